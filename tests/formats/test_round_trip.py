"""Export, then import: the same articles and spans, for every format that carries spans.

Texts mix umlauts, emoji (with skin tones and ZWJ sequences), combining marks,
tabs and line breaks; spans start and end on words chosen at random.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from claimmark.core.articles import make_article
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.text import normalize
from claimmark.core.text import normalize_with_map
from claimmark.core.tokens import tokenize
from claimmark.formats.importing import read_path
from claimmark.formats.registry import export

WORDS = [
    "Soldaten", "Größe", "Straße", "😀", "👍🏽", "👩‍👩‍👧", "e\u0301", "11.000",
    "KN23-Raketen", "rund", "Kämpfer", "🇺🇦", "\t", "Ärger",
]  # fmt: skip
LABELS = ["TROOPS", "LOSSES", "WEAPONS"]


@st.composite
def records(draw: st.DrawFn) -> Record:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=25))
    breaks = draw(st.lists(st.sampled_from([" ", " ", "\n", ", "]), min_size=len(words)))
    body = "".join(w + b for w, b in zip(words, breaks, strict=False)).strip() or "Titel"
    article = make_article(f"a{draw(st.integers(0, 999))}", "Titel\n" + body)
    tokens = [t for t in tokenize(article.text) if t.is_word]
    spans: list[Span] = []
    for label in LABELS:
        if len(tokens) < 2 or not draw(st.booleans()):
            continue
        i = draw(st.integers(0, len(tokens) - 1))
        j = draw(st.integers(i, min(i + 3, len(tokens) - 1)))
        start, end = tokens[i].start, tokens[j].end
        value = draw(st.none() | st.integers(0, 10**7))
        spans.append(
            Span(
                f"{label}{i}",
                article.id,
                start,
                end,
                label,
                article.text[start:end],
                "alice",
                "2026-11-24T10:00:00+00:00",
                value=value,
            )
        )
    return Record(article, sorted(spans, key=lambda s: (s.start, s.end)))


def _round_trip(format_name: str, record: Record) -> Record:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / ("out" if format_name == "brat" else f"out.{format_name}")
        report = export(format_name, [record], target)
        # spacy-jsonl notes spans spaCy's own tokenizer would not align with (when spaCy
        # is installed) but writes them; no other report is expected.
        assert [p for p in report.problems if "spaCy's tokens" not in p.message] == []
        read = read_path(target, format_name)
    assert read.problems == []
    [back] = read.records
    return back


def _spans(record: Record) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.label, s.text) for s in record.spans]


def _check(format_name: str, record: Record) -> Record:
    back = _round_trip(format_name, record)
    assert back.article.text == record.article.text
    assert _spans(back) == _spans(record)
    assert all(back.article.text[s.start : s.end] == s.text for s in back.spans)
    return back


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(records())
def test_jsonl_round_trip_keeps_ids_status_and_attributes(record: Record) -> None:
    back = _check("jsonl", record)
    assert back.article.id == record.article.id
    assert [(s.value, s.annotator) for s in back.spans] == [
        (s.value, s.annotator) for s in record.spans
    ]


@FAST
@given(records())
def test_doccano_round_trip_through_utf16_offsets(record: Record) -> None:
    assert _check("doccano", record).article.id == record.article.id


@FAST
@given(records())
@pytest.mark.slow
def test_spacy_jsonl_round_trip(record: Record) -> None:
    assert _check("spacy-jsonl", record).article.id == record.article.id


@FAST
@given(records())
def test_label_studio_round_trip(record: Record) -> None:
    assert _check("label-studio", record).article.id == record.article.id


@FAST
@given(records())
def test_brat_round_trip_keeps_values(record: Record) -> None:
    back = _check("brat", record)
    assert [s.value for s in back.spans] == [s.value for s in record.spans]


@FAST
@given(
    st.lists(
        st.sampled_from(["Wort", "\r\n", "\r", "\x00", "\x07", "😀", " ", "ü", "\u2028"]),
        min_size=1,
        max_size=30,
    ),
    st.data(),
)
def test_imported_offsets_cover_the_same_characters_after_normalising(
    pieces: list[str], data: st.DataObject
) -> None:
    raw = "\ufeffTitel\r\n" + "".join(pieces) + " Wort"
    starts = [i for i in range(len(raw)) if raw.startswith("Wort", i)]
    start = data.draw(st.sampled_from(starts))
    end = start + 4
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        span = {"start": start, "end": end, "label": "TROOPS", "text": "Wort"}
        line = {"id": "x", "text": raw, "spans": [span]}
        path.write_text(json.dumps(line) + "\n", encoding="utf-8")
        read = read_path(path, "jsonl")
    assert read.problems == []
    [record] = read.records
    assert record.article.text == normalize(raw)
    [imported] = record.spans
    _, where = normalize_with_map(raw)
    assert (imported.start, imported.end, imported.text) == (where[start], where[end], "Wort")


def _write_source(format_name: str, folder: Path, raw: str, start: int, end: int) -> Path:
    """Write a file in ``format_name`` whose text is ``raw`` (CRLF and all), one span."""
    if format_name == "brat":
        (folder / "b").mkdir()
        (folder / "b" / "x.txt").write_bytes(raw.encode("utf-8"))
        (folder / "b" / "x.ann").write_text(f"T1\tTROOPS {start} {end}\tWort\n", encoding="utf-8")
        return folder / "b"
    if format_name == "doccano":
        units = len(raw[:start].encode("utf-16-le")) // 2
        line = {"id": "x", "text": raw, "label": [[units, units + 4, "TROOPS"]]}
    elif format_name == "spacy-jsonl":
        spans = [{"start": start, "end": end, "label": "TROOPS"}]
        line = {"text": raw, "spans": spans, "meta": {"id": "x"}}
    elif format_name == "label-studio":
        value = {"start": start, "end": end, "text": "Wort", "labels": ["TROOPS"]}
        result = [{"type": "labels", "value": value}]
        task = {
            "id": 1,
            "data": {"text": raw, "article_id": "x"},
            "annotations": [{"result": result}],
        }
        path = folder / "in.json"
        path.write_text(json.dumps([task]), encoding="utf-8")
        return path
    else:
        spans = [{"start": start, "end": end, "label": "TROOPS", "text": "Wort"}]
        line = {"id": "x", "text": raw, "spans": spans}
    path = folder / "in.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


@FAST
@given(
    st.sampled_from(["jsonl", "doccano", "spacy-jsonl", "label-studio", "brat"]),
    st.lists(
        st.sampled_from(["Wort", "\r\n", "\r", "\x00", "\x07", "😀", " ", "ü", "\t", "e\u0301"]),
        min_size=1,
        max_size=30,
    ),
    st.data(),
)
def test_every_reader_maps_source_offsets_onto_the_normalised_text(
    format_name: str, pieces: list[str], data: st.DataObject
) -> None:
    raw = "Titel\r\n" + "".join(pieces) + " Wort"
    starts = [i for i in range(len(raw)) if raw.startswith("Wort", i)]
    start = data.draw(st.sampled_from(starts))
    with tempfile.TemporaryDirectory() as folder:
        path = _write_source(format_name, Path(folder), raw, start, start + 4)
        read = read_path(path, format_name)
    assert read.problems == []
    [record] = read.records
    assert record.article.text == normalize(raw)
    [imported] = record.spans
    _, where = normalize_with_map(raw)
    assert (imported.start, imported.end, imported.text) == (
        where[start],
        where[start + 4],
        "Wort",
    )
