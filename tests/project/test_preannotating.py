"""Pre-annotating on a real Dask cluster: what ``detect`` finds in a project, as a file
that imports as pending suggestions."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimmark.cli import cli
from claimmark.core.suggestions import SuggestionState
from claimmark.formats.importing import read_path
from claimmark.project import preannotating
from claimmark.store import Repository
from tests.benchmarks.corpus import write_jsonl

ARTICLES = 2_000
TEACHING = "Titel\nDas Atomprogramm wächst."


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _pending(db: Path, article_ids: set[str]) -> list[str]:
    """Every pending suggestion of these articles, as comparable text (but its date)."""
    repo = Repository.open(db, create=False)
    try:
        return sorted(
            json.dumps({k: v for k, v in asdict(s).items() if k != "detected_at"}, default=str)
            for article_id in article_ids
            for s in repo.suggestions_for(article_id)
            if s.state == SuggestionState.PENDING
        )
    finally:
        repo.close()


@pytest.mark.slow
def test_preannotate_on_a_local_cluster_gives_what_detect_gives_in_a_project(
    tmp_path: Path,
) -> None:
    distributed = pytest.importorskip("distributed")

    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES, spans=False)
    ids = {f"a{n:07d}" for n in range(ARTICLES)}  # the corpus's article ids
    # A span of the project teaches a word the rules do not know: detect proposes it in
    # the corpus as learned, and preannotate --db must too.
    teach = tmp_path / "teach.jsonl"
    start = TEACHING.index("Atomprogramm")
    spans = [{"start": start, "end": start + 12, "label": "WEAPONS", "annotator": "anna"}]
    teach.write_text(json.dumps({"id": "t", "text": TEACHING, "spans": spans}) + "\n")
    project = tmp_path / "project.db"
    assert _run("import", teach, corpus, "--db", project)[0] == 0
    assert _run("detect", "--db", project)[0] == 0
    detected = _pending(project, ids)
    assert sum('"origin": "learned"' in s for s in detected) > 100

    out = tmp_path / "corpus.preannotated.jsonl"
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        code, said, _ = _run(
            "preannotate", corpus, "--out", out, "--db", project,
            "--scheduler", cluster.scheduler_address,
        )  # fmt: skip
    assert code == 0
    assert said.startswith(
        f"pre-annotated {ARTICLES:,} articles with {len(detected):,} suggestions on 2 workers "
        f"({ARTICLES // preannotating.PARTITION_ARTICLES} partitions)"
    )
    read = read_path(out)
    assert [r.article.id for r in read.records] == sorted(ids)  # the input's order
    assert all(r.spans == [] for r in read.records)

    target = tmp_path / "imported.db"
    code, said, _ = _run("import", out, "--db", target)
    assert code == 0
    assert f"and {len(detected):,} suggestions" in said
    assert _pending(target, ids) == detected
    repo = Repository.open(target, create=False)
    assert repo.undetected() == []  # counted as detected, as detect would have
    assert repo.stats().spans == 0
    repo.close()


@pytest.mark.slow
def test_preannotate_starts_its_own_cluster_and_writes_parquet(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 120, spans=False)
    project = tmp_path / "project.db"
    _run("import", corpus, "--db", project)
    _run("detect", "--db", project)
    with corpus.open("a", encoding="utf-8") as more:  # a bad line: named, the rest written
        more.write('{"id": "broken", "text": 7}\n')
    out = tmp_path / "out.parquet"
    code, said, errors = _run(
        "preannotate", corpus, "--out", out, "--workers", "2", "--language", "de"
    )
    assert code == 1
    assert f'error: {corpus}:121: no "text" string' in errors
    assert said.startswith("pre-annotated 120 articles with ")
    assert "on 2 workers" in said
    target = tmp_path / "imported.db"
    assert _run("import", out, "--db", target)[0] == 0
    ids = {f"a{n:07d}" for n in range(120)}
    assert _pending(target, ids) == _pending(project, ids) != []


@pytest.mark.slow
def test_an_unreachable_scheduler_is_named_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(preannotating, "CONNECT_SECONDS", 1)
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 3, spans=False)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        cli, ["preannotate", str(corpus), "--out", str(out), "--scheduler", "tcp://127.0.0.1:1"]
    )
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in result.stderr
    assert not out.exists()


def test_an_output_of_another_kind_is_refused_before_anything_runs(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 3, spans=False)
    result = CliRunner().invoke(cli, ["preannotate", str(corpus), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 1
    assert "name a file ending in .jsonl or .parquet" in result.stderr
