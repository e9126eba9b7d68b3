"""``claimmark sample``: articles of a pre-annotated corpus, chosen and written to import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimmark.cli import cli
from claimmark.formats.importing import read_path
from claimmark.store import Repository

TEXT = "Titel\nDrei Panzer, zwei Soldaten, ein Toter."
PLACES = {"WEAPONS": (6, 17), "TROOPS": (19, 32), "LOSSES": (34, 43)}


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _corpus(path: Path) -> Path:
    """60 pre-annotated articles: 40 with a troop claim, 15 with a loss, 5 with a weapon;
    article n12 has all three."""
    with path.open("w", encoding="utf-8") as out:
        for n in range(60):
            labels = ["TROOPS"] if n < 40 else ["LOSSES"] if n < 55 else ["WEAPONS"]
            if n == 12:
                labels = list(PLACES)
            spans = [
                {"start": PLACES[label][0], "end": PLACES[label][1], "label": label,
                 "state": "pending", "score": 0.9, "proposed_by": "rules"}
                for label in labels
            ]  # fmt: skip
            line = {"id": f"n{n}", "text": f"{TEXT} ({n})", "spans": spans}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


def test_sample_by_claims_writes_the_richest_article_first_in_line(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    out = tmp_path / "sample.jsonl"
    code, said, _ = _run("sample", corpus, "--out", out, "-n", "3")
    assert code == 0
    assert said == (
        f"sampled 3 articles of 60 by claims (LOSSES 1, TROOPS 3, WEAPONS 1) into {out}, "
        "0 problems\n"
    )
    assert [r.article.id for r in read_path(out).records] == ["n0", "n1", "n12"]


def test_sample_by_label_balances_and_imports_as_pending_suggestions(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    out = tmp_path / "sample.parquet"
    assert _run("sample", corpus, "--out", out, "-n", "12", "--by", "label", "--seed", "4")[0] == 0
    records = read_path(out).records
    assert len(records) == 12
    having = {label: sum(any(s.label == label for s in r.suggestions) for r in records)
              for label in PLACES}  # fmt: skip
    assert min(having.values()) >= 4  # 5 weapon articles of 60, yet a third of the sample
    db = tmp_path / "p.db"
    assert _run("import", out, "--db", db)[0] == 0
    repo = Repository.open(db, create=False)
    assert repo.stats().spans == 0
    assert sum(len(repo.suggestions_for(r.article.id)) for r in records) == sum(
        len(r.suggestions) for r in records
    )
    repo.close()


def test_the_same_seed_gives_the_same_sample_another_seed_another(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    chosen = []
    for seed in ("1", "1", "2"):
        out = tmp_path / f"s{len(chosen)}.jsonl"
        _run("sample", corpus, "--out", out, "-n", "10", "--by", "random", "--seed", seed)
        chosen.append([r.article.id for r in read_path(out).records])
    assert chosen[0] == chosen[1] != chosen[2]


@pytest.mark.parametrize("out", ["sample.csv", "sample"])
def test_an_output_of_another_kind_is_refused(tmp_path: Path, out: str) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    result = CliRunner().invoke(
        cli, ["sample", str(corpus), "--out", str(tmp_path / out), "-n", "1"]
    )
    assert result.exit_code == 1
    assert "name a file ending in .jsonl or .parquet" in result.stderr
    assert not (tmp_path / out).exists()


def test_bad_lines_of_the_input_are_named_and_the_rest_sampled(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    with corpus.open("a", encoding="utf-8") as more:
        more.write("{not json\n")
    code, said, errors = _run("sample", corpus, "--out", tmp_path / "s.jsonl", "-n", "2")
    assert code == 1
    assert f"error: {corpus}:61: invalid JSON" in errors
    assert said.startswith("sampled 2 articles of 60 by claims")


def test_sample_json_gives_the_figures_and_the_problems(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    out = tmp_path / "s.jsonl"
    code, said, _ = _run("sample", corpus, "--out", out, "-n", "2", "--json")
    assert code == 0
    assert json.loads(said) == {
        "out": str(out), "by": "claims", "chosen": 2, "offered": 60,
        "labels": {"LOSSES": 1, "TROOPS": 2, "WEAPONS": 1}, "notes": [], "problems": [],
    }  # fmt: skip
