"""Synthetic corpora for the scale benchmarks and tests: German sentences of the seeds.

Each article is a title and sentences drawn (deterministically) from the five
seed articles, about 4 KB long; the spans are the gold spans that fall inside
the sentences drawn, so an article has about ten of them and every span fits
its text. The same ``count`` and ``seed`` always give the same corpus.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimmark.formats.gold import read_gold

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "gold" / "seeds.jsonl"
SEEDS = ROOT / "seeds"
ARTICLE_CHARACTERS = 4000

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a seed and the gold spans inside it (offsets into the sentence)."""

    text: str
    spans: tuple[dict[str, Any], ...]


def sentences() -> list[Sentence]:
    """Return every one-line sentence of the seeds' bodies, with the gold spans inside it."""
    gold, problems = read_gold(GOLD, SEEDS)
    assert not problems, problems
    found: list[Sentence] = []
    for article_id, text in gold.texts.items():
        body_start = text.find("\n") + 1
        position = body_start
        for piece in _SENTENCE_END.split(text[body_start:]):
            start = text.find(piece, position)
            end = start + len(piece)
            position = end
            inside = tuple(
                {
                    "start": s.start - start,
                    "end": s.end - start,
                    "label": s.label,
                    "text": text[s.start : s.end],
                    "value": s.value,
                    "qualifier": s.qualifier,
                    "source": s.source,
                }
                for s in gold.spans[article_id]
                if start <= s.start and s.end <= end
            )
            if piece and "\n" not in piece:
                found.append(Sentence(piece, inside))
    return found


def articles(count: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """Yield ``count`` articles as Claimmark JSONL objects (id, title, text, status, spans)."""
    pool = sentences()
    chooser = random.Random(seed)
    for number in range(count):
        title = f"Meldung {number}: {chooser.choice(pool).text[:60]}"
        parts = [title, "\n"]
        spans: list[dict[str, Any]] = []
        length = len(title) + 1
        while length < ARTICLE_CHARACTERS:
            sentence = chooser.choice(pool)
            for span in sentence.spans:
                spans.append({**span, "start": span["start"] + length, "end": span["end"] + length})
            parts.append(sentence.text + " ")
            length += len(sentence.text) + 1
        yield {
            "id": f"a{number:07d}",
            "title": title,
            "text": "".join(parts).rstrip(" "),
            "status": "todo",
            "spans": spans,
        }


def write_jsonl(path: Path, count: int, spans: bool = True, nested: bool = False) -> Path:
    """Write a corpus as Claimmark JSONL (without spans if ``spans`` is false). With
    ``nested``, each span of more than four characters comes again one character
    shorter at its start, with its label: a span the import must refuse (same-label
    overlap), as a corpus made by machine often holds."""
    with path.open("w", encoding="utf-8") as out:
        for article in articles(count):
            if not spans:
                article["spans"] = []
            if nested:
                article["spans"] += [
                    {"start": s["start"] + 1, "end": s["end"], "label": s["label"]}
                    for s in article["spans"]
                    if s["end"] - s["start"] > 4
                ]
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def write_txt(folder: Path, count: int) -> Path:
    """Write a corpus as one ``.txt`` file per article."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles(count):
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    return folder
