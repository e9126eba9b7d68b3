"""Importing a corpus: streamed, stored a batch at a time, the same whatever the batch size."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from claimmark.core.errors import CancelledError
from claimmark.project import importing
from claimmark.project.importing import import_paths
from claimmark.store import Repository
from tests.benchmarks.corpus import articles
from tests.benchmarks.corpus import write_jsonl


def _rows(repo: Repository) -> tuple[list[tuple[str, str]], list[tuple[str, int, int, str]]]:
    listed = [(a.id, a.status) for a in repo.list_articles()]
    spans = sorted(
        (s.article_id, s.start, s.end, s.label) for a, _ in listed for s in repo.spans_for(a)
    )
    return listed, spans


def _corpus_with_a_repeat(tmp_path: Path) -> Path:
    path = write_jsonl(tmp_path / "corpus.jsonl", 30)
    lines = path.read_text(encoding="utf-8").split("\n")[:-1]
    repeat = json.loads(lines[3])
    repeat["id"] = "same-text-again"
    lines.insert(20, json.dumps(repeat, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_rows_are_the_same_whatever_the_batch_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _corpus_with_a_repeat(tmp_path)
    whole = Repository.open(tmp_path / "whole.db")
    outcome = import_paths(whole, [path])
    monkeypatch.setattr(importing, "BATCH_ARTICLES", 7)
    batched = Repository.open(tmp_path / "batched.db")
    in_batches = import_paths(batched, [path])

    assert _rows(batched) == _rows(whole)
    assert in_batches.summary.skipped == outcome.summary.skipped
    assert [article_id for article_id, _ in outcome.summary.skipped] == ["same-text-again"]
    assert len(outcome.summary.added) == 30
    assert outcome.summary.spans == sum(len(a["spans"]) for a in articles(30))


def test_a_cancel_keeps_the_batches_stored_before_it_and_nothing_of_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_jsonl(tmp_path / "corpus.jsonl", 30)
    monkeypatch.setattr(importing, "BATCH_ARTICLES", 10)
    repo = Repository.open(tmp_path / "p.db")
    commits = 0

    def after_two_batches() -> bool:
        nonlocal commits
        commits += 1  # asked before each batch and at its commit
        return commits > 4

    with pytest.raises(CancelledError) as cancelled:
        import_paths(repo, [path], cancelled=after_two_batches)
    assert "; 20 articles of the batches stored before it are kept" in str(cancelled.value)
    assert [a.id for a in repo.list_articles()] == [a["id"] for a in articles(20)]


@pytest.mark.slow
def test_an_import_asks_the_database_a_bounded_number_of_questions(tmp_path: Path) -> None:
    """The queries an import runs grow with its batches, not with its articles or
    spans (a regression to a query per article or per span, quadratic work, fails)."""
    path = write_jsonl(tmp_path / "corpus.jsonl", 1000)
    repo = Repository.open(tmp_path / "p.db")
    import_paths(repo, [write_jsonl(tmp_path / "first.jsonl", 50)])
    statements: list[str] = []
    connection: sqlite3.Connection = repo._db.conn
    connection.set_trace_callback(statements.append)
    outcome = import_paths(repo, [path])
    connection.set_trace_callback(None)
    assert len(outcome.summary.added) == 950  # the first 50 were there already
    queries = [s for s in statements if s.lstrip().lower().startswith("select")]
    assert len(queries) < 20, queries[:20]


def test_a_line_in_another_encoding_is_read_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    first = json.dumps({"id": "a", "text": "Titel\n3000 Soldaten kamen."})
    second = json.dumps({"id": "b", "text": "Titel\nVerwundete Männer."}, ensure_ascii=False)
    path.write_bytes(first.encode() + b"\n" + second.encode("cp1252") + b"\n")
    repo = Repository.open(tmp_path / "p.db")
    outcome = import_paths(repo, [path])
    assert outcome.problems == []
    assert repo.article("b").text == "Titel\nVerwundete Männer."
    assert [str(note) for note in outcome.read.notes] == [f"{path}: read as cp1252"]
