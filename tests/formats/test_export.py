"""JSONL and CSV exports: exact content, offsets that index the text, atomic writes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from claimmark.core.articles import make_article
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.formats.registry import export

TEXT = "Titel 😀\nKim schickte „3000 weitere Soldaten“, sagte er. Das war alles."


def _span(article_text: str, words: str, label: str) -> Span:
    start = article_text.index(words)
    return Span(
        id="s1",
        article_id="a1",
        start=start,
        end=start + len(words),
        label=label,
        text=words,
        annotator="alice",
        created_at="2026-11-24T10:00:00+00:00",
    )


def _records() -> list[Record]:
    article = make_article("a1", TEXT)
    return [Record(article, [_span(article.text, "3000 weitere Soldaten", "TROOPS")])]


def test_jsonl_is_one_line_per_article_with_exact_offsets(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert export("jsonl", _records(), out).spans == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {
            "id": "a1",
            "title": "Titel 😀",
            "text": TEXT,
            "status": "todo",
            "spans": [
                {
                    "start": 22,  # code points: the emoji before counts one
                    "end": 43,
                    "label": "TROOPS",
                    "text": "3000 weitere Soldaten",
                    "annotator": "alice",
                    "created_at": "2026-11-24T10:00:00+00:00",
                    "origin": "manual",
                    "value": None,
                    "qualifier": None,
                    "source": None,
                    "note": None,
                }
            ],
        }
    ]
    record = json.loads(lines[0])
    assert all(record["text"][s["start"] : s["end"]] == s["text"] for s in record["spans"])


def test_csv_is_one_row_per_span_with_its_sentence(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export("csv", _records(), out).spans == 1
    raw = out.read_bytes()
    assert raw.startswith(b"article_id,start,end,label,text,annotator,created_at,")
    assert raw.count(b"\r\n") == 2
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows == [
        {
            "article_id": "a1",
            "start": "22",
            "end": "43",
            "label": "TROOPS",
            "text": "3000 weitere Soldaten",
            "annotator": "alice",
            "created_at": "2026-11-24T10:00:00+00:00",
            "origin": "manual",
            "value": "",
            "qualifier": "",
            "source": "",
            "note": "",
            "taken_from": "",
            "sentence": "Kim schickte „3000 weitere Soldaten“, sagte er.",
            "published": "",
            "outlet": "",
            "url": "",
        }
    ]


def test_a_failed_export_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous good export\n", encoding="utf-8")

    def records():
        yield from _records()
        raise RuntimeError("disk pulled")

    with pytest.raises(RuntimeError):
        export("jsonl", records(), out)
    assert out.read_text(encoding="utf-8") == "previous good export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_an_export_has_the_users_file_mode_and_clears_a_killed_exports_leftovers(
    tmp_path: Path,
) -> None:
    import os
    import time

    from claimmark.formats.atomic import mode_for_new_files

    out = tmp_path / "out.jsonl"
    stale = tmp_path / ".out.jsonl.abc123.tmp"
    stale.write_text("half an export")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".out.jsonl.def456.tmp"  # another export, writing now
    fresh.write_text("being written")
    export("jsonl", [], out)
    assert out.stat().st_mode & 0o777 == mode_for_new_files()
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, "out.jsonl"]
