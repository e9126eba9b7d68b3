"""Parquet in and out, and pending suggestions carried through a file as suggestions."""

from __future__ import annotations

import json
from dataclasses import asdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimmark.cli import cli
from claimmark.core.articles import Metadata
from claimmark.core.articles import Status
from claimmark.core.articles import make_article
from claimmark.core.spans import Qualifier
from claimmark.core.spans import make_span
from claimmark.core.suggestions import Proposer
from claimmark.core.suggestions import SuggestionState
from claimmark.core.suggestions import proposed
from claimmark.formats import parquet
from claimmark.formats.importing import read_path
from claimmark.store import Repository

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

TEXT = (
    "Nordkorea schickt Truppen\n"
    "Kim schickte rund 3000 weitere Soldaten nach Kursk; 👩‍👩‍👧 Größe e\u0301.\n"
    "Dabei wurden mindestens 200 Soldaten getötet, sagte das Ministerium.\n"
)


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _project(path: Path) -> None:
    """A project of every article field and span attribute, and pending suggestions."""
    repo = Repository.open(path)
    article = make_article("n1", TEXT)
    repo.add_articles([article, make_article("n2", "Zweiter Titel\nNichts davon.\n")])
    repo.set_status("n1", Status.DONE)
    repo.set_note("n1", "Quelle prüfen")
    repo.set_metadata("n1", Metadata("2024-10-23", "Tagesschau", "https://x.de/1"))
    start = TEXT.index("rund 3000")
    span = make_span("n1", TEXT, start, start + len("rund 3000 weitere Soldaten"), "TROOPS",
                     "alice")  # fmt: skip
    repo.save_span(
        replace(span, value=3000, qualifier=Qualifier.APPROX, source="Geheimdienst",
                note="laut Bericht")
    )  # fmt: skip
    start = TEXT.index("mindestens 200")
    span = make_span("n1", TEXT, start, start + len("mindestens 200 Soldaten getötet"),
                     "LOSSES", "bob")  # fmt: skip
    repo.save_span(replace(span, value=200, qualifier=Qualifier.AT_LEAST))
    start = TEXT.index("Truppen")
    repo.store_suggestions(
        "n1",
        [
            proposed("n1", TEXT, start, start + 7, "TROOPS", score=0.4, origin="rules+model"),
            proposed(
                "n1", TEXT, TEXT.index("Kursk"), TEXT.index("Kursk") + 5, "WEAPONS",
                score=0.25, origin=Proposer.LEARNED, learned_from="n9",
                detected_at="2026-12-01T08:00:00+00:00",
            ),
        ],
    )  # fmt: skip
    repo.close()


def _dump(path: Path) -> dict[str, Any]:
    """Everything an export carries: articles, spans (but their ids and the origin an
    import gives), pending suggestions; as plain values."""
    repo = Repository.open(path, create=False)
    try:
        articles = {a.id: asdict(repo.article(a.id)) for a in repo.list_articles()}
        for article in articles.values():
            article.pop("source_path")
        spans = sorted(
            json.dumps({k: v for k, v in asdict(s).items() if k not in ("id", "origin")})
            for a in articles
            for s in repo.spans_for(a)
        )
        suggestions = sorted(
            json.dumps(asdict(s), default=str)
            for a in articles
            for s in repo.suggestions_for(a)
            if s.state == SuggestionState.PENDING
        )
        return {"articles": articles, "spans": spans, "suggestions": suggestions}
    finally:
        repo.close()


def test_export_parquet_then_import_gives_an_equal_database(tmp_path: Path) -> None:
    _project(tmp_path / "a.db")
    out = tmp_path / "spans.parquet"
    assert _run("export", "--db", tmp_path / "a.db", "--format", "parquet", "--out", out)[0] == 0
    code, said, _ = _run("import", "--db", tmp_path / "b.db", out)
    assert (code, said.split(" into ")[0]) == (
        0, "imported 2 articles with 2 spans, merged 0, skipped 0, 0 problems"
    )  # fmt: skip
    original, again = _dump(tmp_path / "a.db"), _dump(tmp_path / "b.db")
    assert again["articles"] == original["articles"]
    assert again["spans"] == original["spans"]


def test_suggestions_exported_to_parquet_or_jsonl_import_as_pending_suggestions(
    tmp_path: Path,
) -> None:
    _project(tmp_path / "a.db")
    original = _dump(tmp_path / "a.db")["suggestions"]
    assert len(original) == 2
    for suffix in ("parquet", "jsonl"):
        out = tmp_path / f"suggestions.{suffix}"
        assert _run("export", "--db", tmp_path / "a.db", "--suggestions", "--out", out,
                    "--format", suffix)[0] == 0  # fmt: skip
        target = tmp_path / f"{suffix}.db"
        code, said, _ = _run("import", "--db", target, out)
        assert code == 0
        assert "with 0 spans and 2 suggestions" in said
        assert _dump(target)["suggestions"] == original
        assert _dump(target)["spans"] == []


def test_a_suggestion_in_jsonl_is_a_span_of_origin_detector_marked_pending(
    tmp_path: Path,
) -> None:
    _project(tmp_path / "a.db")
    out = tmp_path / "s.jsonl"
    _run("export", "--db", tmp_path / "a.db", "--suggestions", "--out", out)
    first = json.loads(out.read_text(encoding="utf-8").split("\n")[0])
    troops = next(s for s in first["spans"] if s["label"] == "TROOPS")
    assert troops["origin"] == "detector"  # what every consumer of export --suggestions reads
    assert (troops["state"], troops["score"], troops["proposed_by"]) == (
        "pending", 0.4, "rules+model"
    )  # fmt: skip


def test_other_tools_read_the_parquet_file(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    _project(tmp_path / "a.db")
    out = tmp_path / "spans.parquet"
    _run("export", "--db", tmp_path / "a.db", "--format", "parquet", "--out", out)
    table = pq.read_table(out)
    assert table.num_rows == 2
    assert table.schema.field("spans").type == parquet.schema().field("spans").type
    loaded = datasets.Dataset.from_parquet(str(out), cache_dir=str(tmp_path / "cache"))
    row = loaded[0]
    assert row["id"] == "n1"
    assert row["published"] == "2024-10-23"
    span = row["spans"][0]
    assert row["text"][span["start"] : span["end"]] == span["text"] == "rund 3000 weitere Soldaten"
    assert span["value"] == 3000


def test_a_parquet_export_writes_one_row_group_per_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = Repository.open(tmp_path / "a.db")
    repo.add_articles(make_article(f"a{n}", f"Titel {n}\nText {n}.\n") for n in range(25))
    repo.close()
    monkeypatch.setattr(parquet, "ROW_GROUP_ARTICLES", 10)
    out = tmp_path / "a.parquet"
    assert _run("export", "--db", tmp_path / "a.db", "--format", "parquet", "--out", out)[0] == 0
    assert [pq.ParquetFile(out).metadata.row_group(i).num_rows for i in range(3)] == [10, 10, 5]


def test_bad_parquet_input_is_named_and_the_rest_is_read(tmp_path: Path) -> None:
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 not really")
    found = read_path(broken)
    assert found.records == []
    [problem] = found.problems
    assert problem.path == str(broken)
    assert "not a Parquet file" in problem.message

    textless = tmp_path / "textless.parquet"
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), textless)
    [problem] = read_path(textless).problems
    assert problem.message == "no text column (it has id, body)"

    mixed = tmp_path / "mixed.parquet"
    pq.write_table(
        pa.table(
            {
                "id": ["good", "empty", "bad-span"],
                "text": ["Titel\nDrei Panzer.", "   ", "Titel\nZwei."],
                "spans": [
                    [{"start": 6, "end": 17, "label": "WEAPONS"}],
                    [],
                    [{"start": 6, "end": 99, "label": "WEAPONS"}],
                ],
            }
        ),
        mixed,
    )
    found = read_path(mixed)
    assert [r.article.id for r in found.records] == ["good", "bad-span"]
    assert found.records[0].spans[0].text == "Drei Panzer"
    assert [(p.line, p.message) for p in found.problems] == [
        (2, "the text is empty"),
        (3, "span 6-99 of bad-span is outside the text (11 characters)"),
    ]


def test_a_marked_suggestion_with_odd_fields_is_named(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    line = {
        "id": "x",
        "text": "Titel\nDrei Panzer.",
        "spans": [
            {"start": 6, "end": 17, "label": "WEAPONS", "state": "pending", "score": 7},
            {"start": 6, "end": 10, "label": "TROOPS", "state": "accepted"},
            {"start": 11, "end": 17, "label": "TROOPS", "state": "pending", "proposed_by": "me"},
        ],
    }
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    found = read_path(path)
    [record] = found.records
    assert [(s.label, s.score, s.origin) for s in record.suggestions] == [
        ("WEAPONS", 1.0, "rules"),
        ("TROOPS", 1.0, "rules"),
    ]
    assert record.spans == []
    assert [p.message for p in found.problems] == [
        "WEAPONS suggestion 6-17 of x: score 7 is not a number from 0 to 1; read as 1",
        "TROOPS suggestion 6-10 of x: state 'accepted': only \"pending\" marks a suggestion "
        "to review; not imported",
        "TROOPS suggestion 11-17 of x: proposed_by 'me' is none of rules, learned, model; "
        "read as rules",
    ]
