"""Gold annotations for scoring the detector: JSONL, one article per line.

Each line is ``{"id": ..., "spans": [{"start", "end", "label", "value",
"qualifier", "source", ...}]}`` (the export's shape); a ``"text"`` key, if
present, is the article text, otherwise the text comes from ``<id>.txt``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from claimmark.core.evaluate import Annotated
from claimmark.core.problems import ImportProblem
from claimmark.core.spans import qualifier_of
from claimmark.core.text import normalize
from claimmark.formats.reading import text_lines


@dataclass
class GoldSet:
    """Gold spans and article texts by article id."""

    spans: dict[str, list[Annotated]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)


def read_gold(path: Path, texts_dir: Path) -> tuple[GoldSet, list[ImportProblem]]:
    """Read a gold JSONL file; texts not inside it are read from ``texts_dir/<id>.txt``.

    Lines that are not valid, and spans whose offsets do not fit their text, are
    problems; the rest is read.
    """
    gold = GoldSet()
    problems: list[ImportProblem] = []
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return gold, [ImportProblem(name, f"cannot read: {error}")]
    for number, line in text_lines(text):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            article_id = str(record["id"])
            raw_spans = record["spans"]
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            problems.append(ImportProblem(name, f"not a gold record: {error}", number))
            continue
        if "text" in record:
            text = normalize(str(record["text"]))
        else:
            text_path = texts_dir / f"{article_id}.txt"
            try:
                text = normalize(text_path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as error:
                problems.append(ImportProblem(name, f"no text for {article_id}: {error}", number))
                continue
        spans: list[Annotated] = []
        for raw in raw_spans:
            start, end = raw.get("start"), raw.get("end")
            if not (
                isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
            ):
                problems.append(
                    ImportProblem(name, f"span {start}-{end} does not fit {article_id}", number)
                )
                continue
            if "text" in raw and text[start:end] != raw["text"]:
                problems.append(
                    ImportProblem(
                        name,
                        f"span {start}-{end} of {article_id} says {raw['text']!r} but the "
                        f"text there is {text[start:end]!r}",
                        number,
                    )
                )
                continue
            try:
                qualifier = qualifier_of(raw.get("qualifier"))
            except ValueError:
                problems.append(
                    ImportProblem(
                        name,
                        f"span {start}-{end} of {article_id}: unknown qualifier "
                        f"{raw.get('qualifier')!r}",
                        number,
                    )
                )
                qualifier = None
            spans.append(
                Annotated(
                    start,
                    end,
                    raw["label"],
                    value=raw.get("value"),
                    qualifier=qualifier,
                    source=raw.get("source"),
                )
            )
        gold.spans[article_id] = spans
        gold.texts[article_id] = text
    return gold, problems
