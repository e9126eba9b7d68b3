"""The command line, in-process: import, export, stats, version, screenshot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimmark import __version__
from claimmark.bundled import seeds_dir
from claimmark.cli import cli
from claimmark.core.articles import Status
from claimmark.core.articles import make_article
from claimmark.core.spans import make_span
from claimmark.store import Repository
from tests.conftest import FIRST_SEED


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_version_names_claimmark_python_qt_and_sqlite() -> None:
    import sqlite3

    import PySide6
    from PySide6.QtCore import qVersion

    code, out, err = _run("--version")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Claimmark {__version__}"
    assert f"PySide6 {PySide6.__version__}" in lines
    assert f"Qt {qVersion()}" in lines
    assert f"SQLite {sqlite3.sqlite_version}" in lines


def test_import_folder_then_again_skips_what_is_there(db_path: Path) -> None:
    code, out, err = _run("import", seeds_dir(), "--db", db_path)
    assert code == 0
    assert out == (
        f"imported 5 articles with 0 spans, merged 0, skipped 0, 0 problems into {db_path}\n"
    )
    assert err == f"note: created a new database {db_path}\n"
    code, out, err = _run("import", seeds_dir() / f"{FIRST_SEED}.txt", "--db", db_path)
    assert code == 0
    assert "imported 0 articles with 0 spans, merged 0, skipped 1" in out
    assert err == f"skipped {FIRST_SEED}: an article with id {FIRST_SEED} exists\n"


def test_import_reports_each_bad_file_and_imports_the_rest(tmp_path: Path, db_path: Path) -> None:
    good = tmp_path / "gut.txt"
    good.write_text("Titel\n100 Soldaten", encoding="utf-8")
    windows = tmp_path / "windows.txt"
    windows.write_bytes("Titel\nÄrger in Köln".encode("cp1252"))
    bad = tmp_path / "schlecht.txt"
    bad.write_bytes(b"ok\n\x81bad")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.7")
    code, out, err = _run("import", good, windows, bad, tmp_path / "x.pdf", "--db", db_path)
    assert code == 1
    assert "imported 2 articles with 0 spans, merged 0, skipped 0, 2 problems" in out
    assert f"note: {windows}: read as cp1252" in err
    assert f"error: {bad}: not text in any known encoding" in err
    assert f"error: {tmp_path / 'x.pdf'}: unknown format .pdf; say --format" in err


def _seed_with_span(db_path: Path) -> str:
    _run("import", seeds_dir(), "--db", db_path)
    repo = Repository.open(db_path)
    text = repo.article(FIRST_SEED).text
    start = text.index("3000 weitere Soldaten")
    span = make_span(FIRST_SEED, text, start, start + 21, "TROOPS", "alice")
    repo.save_span(span)
    repo.close()
    return span.created_at


def test_stats_json(db_path: Path) -> None:
    _seed_with_span(db_path)
    code, out, _ = _run("stats", "--db", db_path, "--json")
    assert code == 0
    assert json.loads(out) == {
        "articles": 5,
        "spans": 1,
        "spans_by_label": {"TROOPS": 1, "LOSSES": 0, "WEAPONS": 0},
        "articles_by_status": {"todo": 5, "in_progress": 0, "done": 0},
        "articles_without_date": 5,
    }


def test_stats_text(db_path: Path) -> None:
    _seed_with_span(db_path)
    code, out, _ = _run("stats", "--db", db_path)
    assert code == 0
    assert out.splitlines()[:2] == ["articles: 5", "  todo: 5"]
    assert "  TROOPS: 1" in out


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export(db_path: Path, tmp_path: Path, fmt: str) -> None:
    created_at = _seed_with_span(db_path)
    out = tmp_path / f"spans.{fmt}"
    code, stdout, _ = _run("export", "--db", db_path, "--format", fmt, "--out", out)
    assert (code, stdout) == (0, f"exported 1 span of 5 articles to {out}\n")
    content = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        first = json.loads(content.splitlines()[0])
        assert first["spans"][0]["text"] == "3000 weitere Soldaten"
        assert first["text"][first["spans"][0]["start"] : first["spans"][0]["end"]] == (
            "3000 weitere Soldaten"
        )
        assert len(content.splitlines()) == 5
    else:
        assert content.splitlines()[1].startswith(
            f"{FIRST_SEED},414,435,TROOPS,3000 weitere Soldaten,alice,{created_at},manual,,,,,"
        )


def test_export_to_an_unwritable_place_is_a_clear_error(db_path: Path, tmp_path: Path) -> None:
    _seed_with_span(db_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db_path), "--out", str(blocker / "out.jsonl")]
    )
    assert result.exit_code == 1
    assert f"Could not export to {blocker / 'out.jsonl'}" in result.stderr


def test_a_bad_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("not a database " * 100)
    result = CliRunner().invoke(cli, ["stats", "--db", str(bogus)])
    assert result.exit_code == 1
    assert f"Error: {bogus}: file is not a database" in result.stderr


@pytest.mark.usefixtures("isolated_settings")
def test_screenshot_renders_the_window_on_the_bundled_articles(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage

    # Without --db: the default database, made in an empty data folder and seeded.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "new" / "folder"))
    db = tmp_path / "new" / "folder" / "Claimmark" / "claimmark.db"
    png = tmp_path / "shot.png"
    code, out, _ = _run("--screenshot", png, "--article", FIRST_SEED)
    assert (code, out) == (0, f"wrote {png}\n")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)
    repo = Repository.open(db)
    assert len(repo.list_articles()) == 5
    repo.close()


@pytest.mark.usefixtures("isolated_settings")
def test_a_screenshot_of_a_long_article_waits_for_its_suggestions(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimmark.core.articles import make_article
    from claimmark.project.project import DETECT_IN_PLACE_CHARACTERS
    from claimmark.ui.main_window import MainWindow

    shown: list[int] = []
    grab = MainWindow.grab

    def grab_and_count(window: MainWindow) -> object:
        shown.append(len(window.view.suggestions))  # what the picture shows
        return grab(window)

    monkeypatch.setattr(MainWindow, "grab", grab_and_count)

    db = tmp_path / "long.db"
    text = "Titel\n" + "Russland schickte 3000 Soldaten nach Kursk. " * 5_000
    assert len(text) > DETECT_IN_PLACE_CHARACTERS  # found by a background job
    repo = Repository.open(db)
    repo.add_articles([make_article("long", text)])
    repo.close()
    png = tmp_path / "long.png"
    result = CliRunner().invoke(
        cli, ["--db", str(db), "--screenshot", str(png), "--article", "long"]
    )
    assert (result.exit_code, result.stdout) == (0, f"wrote {png}\n")
    assert "Traceback" not in result.stderr
    assert shown == [5_000]
    repo = Repository.open(db)
    assert repo.is_detected("long")
    assert len(repo.suggestions_for("long")) == 5_000
    repo.close()


def test_detect_stores_suggestions_once_and_export_writes_them(
    db_path: Path, tmp_path: Path
) -> None:
    _run("import", seeds_dir(), "--db", db_path)
    code, out, _ = _run("detect", "--db", db_path)
    assert (code, out) == (0, "detected 5 articles: 75 new suggestions\n")
    assert _run("detect", "--db", db_path)[1] == "detected 0 articles: 0 new suggestions\n"
    assert _run("detect", "--db", db_path, "--all")[1] == (
        "detected 5 articles: 0 new suggestions\n"
    )
    out_file = tmp_path / "suggestions.jsonl"
    code, out, _ = _run("export", "--db", db_path, "--suggestions", "--out", out_file)
    assert (code, out) == (0, f"exported 75 suggestions of 5 articles to {out_file}\n")
    first = json.loads(out_file.read_text(encoding="utf-8").splitlines()[0])
    troops = next(s for s in first["spans"] if s["text"] == "3000 weitere Soldaten")
    assert {k: troops[k] for k in ("start", "end", "label", "value", "qualifier", "origin")} == {
        "start": 414,
        "end": 435,
        "label": "TROOPS",
        "value": 3000,
        "qualifier": "exact",
        "origin": "detector",
    }


def test_a_lexicon_beside_the_database_extends_the_detector(db_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "neu.txt"
    article.write_text("Titel\nDie Armee erhielt 40 Wunderwaffen.", encoding="utf-8")
    _run("import", article, "--db", db_path)
    (db_path.parent / "lexicon.txt").write_text("[weapon_stems]\nwunderwaffe\n", encoding="utf-8")
    _run("detect", "--db", db_path)
    repo = Repository.open(db_path)
    assert [(s.text, s.label, s.value) for s in repo.suggestions_for("neu")] == [
        ("40 Wunderwaffen", "WEAPONS", 40)
    ]
    repo.close()


def test_a_bad_lexicon_line_is_named_and_the_rest_is_used(db_path: Path, tmp_path: Path) -> None:
    _run("import", seeds_dir(), "--db", db_path)
    bad = tmp_path / "bad.txt"
    bad.write_text("soldat\n[nonsense]\nx\n", encoding="utf-8")
    code, out, err = _run("detect", "--db", db_path, "--lexicon", bad)
    assert code == 0
    assert f"warning: {bad}:1: entry 'soldat' is outside a section" in err
    assert f"warning: {bad}:2: unknown section [nonsense]" in err
    assert "75 new suggestions" in out


def test_eval_prints_scores_per_label() -> None:
    gold = Path(__file__).parent / "data" / "gold" / "seeds.jsonl"
    code, out, _ = _run("eval", "--gold", gold)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["label", "exact", "P", "R", "F1", "overlap", "P", "R", "F1"]
    assert [line.split()[0] for line in lines[1:5]] == ["LOSSES", "TROOPS", "WEAPONS", "all"]
    assert lines[5].startswith("value accuracy: ")
    code, out, _ = _run("eval", "--gold", gold, "--json")
    scores = json.loads(out)
    assert set(scores["overlap"]) == {"LOSSES", "TROOPS", "WEAPONS"}
    assert scores["value_accuracy"] >= 0.95


def test_eval_names_bad_gold_lines(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "x", "text": "Es kamen 300 Soldaten.", "spans": '
        '[{"start": 9, "end": 21, "label": "TROOPS", "text": "300 Soldaten"}]}\n'
        "not json\n"
        '{"id": "y", "text": "kurz", "spans": [{"start": 2, "end": 99, "label": "TROOPS"}]}\n',
        encoding="utf-8",
    )
    code, out, err = _run("eval", "--gold", gold)
    assert code == 0
    assert f"warning: {gold}:2: not a gold record" in err
    assert f"warning: {gold}:3: span 2-99 does not fit y" in err
    assert "TROOPS       1.00  1.00  1.00" in out


def test_spacy_export_without_spacy_says_how_to_install_it(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    _run("import", seeds_dir(), "--db", db_path)
    monkeypatch.setitem(sys.modules, "spacy", None)  # as if it were not installed
    out = tmp_path / "train.spacy"
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db_path), "--format", "spacy", "--out", str(out)]
    )
    assert result.exit_code == 1
    assert "pip install 'claimmark[spacy]'" in result.stderr
    assert not out.exists()


def test_a_mistyped_db_is_refused_and_the_old_export_kept(tmp_path: Path, db_path: Path) -> None:
    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    out = tmp_path / "keep.jsonl"
    assert _run("export", "--db", db_path, "--out", out)[0] == 0
    exported = out.read_bytes()
    typo = tmp_path / "typo.db"
    for command in (["export", "--out", out], ["stats"], ["detect"]):
        code, _out, err = _run(*command, "--db", typo)
        assert code == 1
        assert f"{typo}: there is no such database" in err
    assert out.read_bytes() == exported
    assert not typo.exists()


def test_a_brat_export_never_deletes_a_folder_it_did_not_write(
    tmp_path: Path, db_path: Path
) -> None:
    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.odt").write_bytes(b"years of work")
    code, _out, err = _run("export", "--db", db_path, "--format", "brat", "--out", folder)
    assert code == 1
    assert "holds files Claimmark did not write (thesis.odt); choose a new or empty folder" in err
    assert [p.name for p in folder.iterdir()] == ["thesis.odt"]
    assert (folder / "thesis.odt").read_bytes() == b"years of work"


def test_backup_copies_the_project_while_another_connection_writes(
    tmp_path: Path, db_path: Path
) -> None:
    import sqlite3

    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("update articles set status = 'done' where id = ?", [FIRST_SEED])
    out = tmp_path / "copy.db"
    code, stdout, _err = _run("backup", "--db", db_path, "--out", out)
    writer.execute("COMMIT")
    writer.close()
    assert (code, stdout) == (0, f"backed up 5 articles and 0 spans to {out}\n")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.db"]
    copy = Repository.open(out, create=False)
    assert copy.stats().articles_by_status["done"] == 0  # the state before the open write
    copy.close()
    code, _out, err = _run("backup", "--db", db_path, "--out", db_path)
    assert code == 1
    assert "is the project's database or one of its companion files" in err


def test_split_merge_agree_and_export_a_layer_from_the_command_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.db"
    assert _run("import", seeds_dir(), "--db", corpus)[0] == 0
    code, out, _err = _run(
        "split", "--db", corpus, "--annotators", "anna,ben", "--double", "1", "--out",
        tmp_path / "shares",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[-1] == "split 5 articles among 2 annotators: 5 articles annotated twice"
    for name, words in (("anna", "3000 weitere Soldaten"), ("ben", "3000 weitere")):
        share = Repository.open(tmp_path / "shares" / f"{name}.db", create=False)
        text = share.article(FIRST_SEED).text
        start = text.index(words)
        share.save_span(make_span(FIRST_SEED, text, start, start + len(words), "TROOPS", name))
        share.set_status(FIRST_SEED, "done")
        share.close()
    team = tmp_path / "team.db"
    shares = [tmp_path / "shares" / f"{name}.db" for name in ("anna", "ben")]
    code, out, _err = _run("merge", *shares, "--out", team)
    assert code == 0
    assert out.splitlines()[-1].startswith("merged 2 databases: 5 new articles, 2 spans")
    code, out, _err = _run("agree", "--db", team, "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["articles"], data["annotators"]) == (1, ["anna", "ben"])
    [pair] = data["pairs"]
    assert pair["exact"]["micro"]["tp"] == 0
    assert pair["overlap"]["micro"]["f1"] == 1.0
    code, out, _err = _run(
        "export", "--db", team, "--annotator", "ben", "--status", "done", "--out",
        tmp_path / "ben.jsonl",
    )  # fmt: skip
    assert code == 0
    [record] = [json.loads(line) for line in (tmp_path / "ben.jsonl").read_text().splitlines()]
    assert [span["text"] for span in record["spans"]] == ["3000 weitere"]


def test_detect_proposes_the_words_of_the_projects_spans_where_the_rules_miss_them(
    db_path: Path, tmp_path: Path
) -> None:
    # "Wunderwaffe" is no word of the lexicon: only a span of the project can teach it.
    jsonl = tmp_path / "marked.jsonl"
    teaching = "Titel\nDie Armee zeigte eine Wunderwaffe."
    start = teaching.index("Wunderwaffe")
    jsonl.write_text(
        json.dumps({"id": "a", "text": teaching, "spans": [
            {"start": start, "end": start + 11, "label": "WEAPONS", "annotator": "anna"}
        ]}) + "\n" + json.dumps({"id": "b", "text": "Titel\nSpäter kamen zwei Wunderwaffen."})
        + "\n",
        encoding="utf-8",
    )  # fmt: skip
    _run("import", jsonl, "--db", db_path)
    code, out, _ = _run("detect", "--db", db_path)
    assert code == 0
    assert out.endswith(", 1 more learned from the spans\n")
    repo = Repository.open(db_path, create=False)
    [learned] = [s for s in repo.suggestions_for("b") if s.origin == "learned"]
    assert (learned.text, learned.label, learned.learned_from) == ("Wunderwaffen", "WEAPONS", "a")
    repo.close()


@pytest.mark.slow
def test_train_prints_the_held_out_scores_and_detect_uses_the_model(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from tests.project.test_training import _small_project

    db = tmp_path / "p.db"
    repo = Repository.open(db)
    _small_project(repo)
    repo.close()
    code, out, err = _run("train", "--db", db, "--epochs", "12")
    assert code == 0, err
    # Every command reports alike: the details, the summary line, then (here) the scores.
    lines = out.splitlines()
    # The rules find each "neue Haubitzen" already: the model adds nothing, and says so.
    assert lines[0].startswith("the model does not help: with the rules on the held-out")
    assert lines[1] == f"saved in {tmp_path / 'p-model'}"
    assert lines[2] == "trained on 6 articles marked done (6 spans, German); 2 articles held out"
    assert lines[3].split()[:3] == ["label", "exact", "P"]
    assert [line.split()[0] for line in lines[4:]] == ["WEAPONS", "all"]
    code, out, err = _run("detect", "--db", db, "--all", "--no-model")
    assert code == 0, err
    repo = Repository.open(db)
    assert {s.origin for s in repo.suggestions_for("m0")} == {"rules"}
    repo.close()
    # A model that did not help stays out, and detect says so; --model takes it anyway.
    code, out, err = _run("detect", "--db", db, "--all")
    assert code == 0, err
    assert f"the model in {tmp_path / 'p-model'} did not help the rules" in err
    code, out, err = _run("detect", "--db", db, "--all", "--model", tmp_path / "p-model")
    assert code == 0, err
    repo = Repository.open(db)
    # m0 says "neue Haubitzen": the rules' span. The model's "Haubitzen", nested in it with
    # the same label, is left out: one suggestion per stretch and label.
    assert {(s.text, s.origin) for s in repo.suggestions_for("m0")} == {
        ("neue Haubitzen", "rules"),
    }
    repo.close()


def test_train_and_detect_name_what_is_missing(tmp_path: Path, db_path: Path) -> None:
    _run("import", seeds_dir(), "--db", db_path)
    code, _out, err = _run("train", "--db", db_path, "--epochs", "1")
    assert code == 1
    assert "No article marked done has a span" in err
    code, _out, err = _run("detect", "--db", db_path, "--model", tmp_path / "nothing")
    assert code == 1
    assert f"{tmp_path / 'nothing'}: no Claimmark model here" in err


def test_documented_choices_are_taken_in_any_case(db_path: Path, tmp_path: Path) -> None:
    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    for args in (
        ("--on-duplicate", "merge", "--unknown-labels", "refuse"),
        ("--on-duplicate", "MERGE", "--unknown-labels", "Refuse"),
    ):
        code, out, err = _run("import", seeds_dir(), "--db", db_path, *args)
        assert code == 0, err
        assert "skipped 0" in out


def test_mistakes_are_errors_that_create_nothing(db_path: Path, tmp_path: Path) -> None:
    code, _, err = _run("import", tmp_path / "missing.txt", "--db", db_path)
    assert code == 1
    assert "no such file or folder" in err
    assert "missing.txt" in err
    assert not db_path.exists()
    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    out = tmp_path / "troops.jsonl"
    code, _, err = _run("export", "--db", db_path, "--format", "jsonl", "--label", "TROOP",
                        "--out", out)  # fmt: skip
    assert code == 1
    assert "no label TROOP in this project; its labels: TROOPS, LOSSES, WEAPONS" in err
    assert not out.exists()
    shot = tmp_path / "shot.png"
    code, _, _ = _run("--screenshot", shot, "--db", tmp_path / "mistyped.db")
    assert code == 2
    assert not (tmp_path / "mistyped.db").exists()
    assert not shot.exists()


def test_agree_with_nothing_to_compare_gives_no_figures_and_fails(db_path: Path) -> None:
    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    code, out, err = _run("agree", "--db", db_path, "--json")
    assert code == 1
    data = json.loads(out)
    assert data["overall"] is None
    assert data["krippendorff_alpha"] is None
    assert data["pairs"] == []
    assert err.startswith("No article was finished by two annotators: nothing to compare")
    code, out, _ = _run("agree", "--db", db_path)
    assert code == 1
    assert out.startswith("No article was finished by two annotators: nothing to compare")


def test_import_merge_carries_a_records_status_forward_never_back(
    db_path: Path, tmp_path: Path
) -> None:
    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    repo = Repository.open(db_path)
    text = repo.article(FIRST_SEED).text
    others = [a for a in repo.article_ids() if a != FIRST_SEED]
    repo.set_status(others[0], Status.DONE)
    repo.close()
    start = text.index("3000 weitere Soldaten")
    records = [
        {"id": FIRST_SEED, "text": text, "status": "done",
         "spans": [{"start": start, "end": start + 21, "label": "TROOPS"}]},
        {"id": others[0], "text": Repository.open(db_path).article(others[0]).text,
         "status": "todo", "spans": []},
    ]  # fmt: skip
    source = tmp_path / "team.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, out, err = _run("import", source, "--db", db_path, "--on-duplicate", "merge")
    assert code == 0, err
    assert "merged 1" in out
    repo = Repository.open(db_path)
    assert repo.article(FIRST_SEED).status == Status.DONE
    assert [s.text for s in repo.spans_for(FIRST_SEED)] == ["3000 weitere Soldaten"]
    assert repo.article(others[0]).status == Status.DONE  # a "todo" record moves nothing back
    repo.close()


def _damaged(db_path: Path) -> Path:
    """The seed project with the root page of its articles table overwritten."""
    import sqlite3

    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    with sqlite3.connect(db_path) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
        root = conn.execute("select rootpage from sqlite_master where name = 'articles'")
        page = root.fetchone()[0]
        size = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    with open(db_path, "r+b") as file:
        file.seek(size * (page - 1) + 8)
        file.write(b"\xff" * 64)
    return db_path


def test_stats_and_backup_of_a_damaged_database_say_so(db_path: Path, tmp_path: Path) -> None:
    db = _damaged(db_path)
    code, out, err = _run("stats", "--db", db)
    assert code == 1
    assert "articles: 5" in out  # what could be read is shown
    assert f"{db} is damaged (SQLite's check: " in err
    copy = tmp_path / "copy.db"
    code, _, err = _run("backup", "--db", db, "--out", copy)
    assert code == 1
    assert "the database is damaged and so is the copy" in err
    assert copy.exists()


@pytest.mark.usefixtures("isolated_settings")
def test_a_screenshot_of_a_damaged_database_ends_with_the_error(
    qapp: object, db_path: Path, tmp_path: Path
) -> None:
    db = _damaged(db_path)
    code, _, err = _run("--screenshot", tmp_path / "shot.png", "--db", db)
    assert code in (1, 2)
    assert "database disk image is malformed" in err
    assert "Traceback" not in err


def test_a_brat_export_that_leaves_articles_out_exits_1(tmp_path: Path, db_path: Path) -> None:
    records = [
        {"id": "kurz", "text": "Titel\n3000 Soldaten."},
        {"id": "x" * 300, "text": "Titel\n40 Panzer."},
    ]
    source = tmp_path / "two.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert _run("import", source, "--db", db_path)[0] == 0
    code, _out, err = _run("export", "--db", db_path, "--format", "brat", "--out",
                           tmp_path / "brat")  # fmt: skip
    assert code == 1
    assert "too long (or empty) for a file name; not written" in err
    assert (tmp_path / "brat" / "kurz.ann").is_file()


def test_a_brat_export_killed_while_moving_its_files_in_is_taken_over_by_the_next(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from claimmark.formats import atomic

    real_replace = os.replace

    assert _run("import", seeds_dir(), "--db", db_path)[0] == 0
    folder = tmp_path / "brat"
    assert _run("export", "--db", db_path, "--format", "brat", "--out", folder)[0] == 0
    moved: list[str] = []

    class Killed(BaseException):
        """The process dies here, half-way through the move."""

    def replace(source: object, target: object) -> None:
        if len(moved) == 12:  # the new article's .ann is in, the marker not yet rewritten
            raise Killed
        moved.append(str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "replace", replace)
    repo = Repository.open(db_path)
    repo.add_articles([make_article("neu", "Titel\n12 Haubitzen.")])
    repo.close()
    with pytest.raises(Killed):
        CliRunner().invoke(cli, ["export", "--db", str(db_path), "--format", "brat",
                                 "--out", str(folder)], catch_exceptions=False)  # fmt: skip
    monkeypatch.undo()
    code, _out, err = _run("export", "--db", db_path, "--format", "brat", "--out", folder)
    assert code == 0, err
    names = sorted(p.name for p in folder.iterdir())
    assert "neu.ann" in names
    assert ".claimmark-export.tmp" not in names


def test_import_split_and_merge_report_as_json_with_the_same_figures(tmp_path: Path) -> None:
    # One report protocol: --json gives what the summary line counts, as values.
    corpus, bad = tmp_path / "corpus.db", tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Titel\\nText"}\nnot json\n', encoding="utf-8")
    code, out, err = _run("import", seeds_dir(), bad, "--db", corpus, "--json")
    assert (code, err.count("error:")) == (1, 0)  # JSON only: nothing said twice
    imported = json.loads(out)
    assert len(imported["added"]) == 6
    [problem] = imported["problems"]
    assert (problem["file"], problem["line"]) == (str(bad), 2)
    code, out, _err = _run(
        "split", "--db", corpus, "--annotators", "anna,ben", "--double", "0.5",
        "--out", tmp_path / "shares", "--json",
    )  # fmt: skip
    assert code == 0
    split = json.loads(out)
    assert split["total"] == 6
    shares = split["annotators"]
    assert sorted(shares) == ["anna", "ben"]
    doubled = {i for pair in split["doubled"] for i in pair["articles"]}
    assert len(shares["anna"]["articles"]) + len(shares["ben"]["articles"]) == 6 + len(doubled)
    code, out, _err = _run(
        "merge", shares["anna"]["file"], shares["ben"]["file"], "--out", tmp_path / "team.db",
        "--json",
    )  # fmt: skip
    assert code == 0
    merged = json.loads(out)
    assert [s["owner"] for s in merged["sources"]] == ["anna", "ben"]
    assert sum(s["added"] for s in merged["sources"]) == 6


def test_shard_size_is_for_the_spacy_format_only(db_path: Path, tmp_path: Path) -> None:
    _run("import", seeds_dir(), "--db", db_path)
    out = tmp_path / "x.jsonl"
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db_path), "--out", str(out), "--shard-size", "2"]
    )
    assert result.exit_code == 1
    assert "--shard-size is for the spacy format, not jsonl" in result.stderr
    assert not out.exists()


def test_the_group_names_every_command_with_the_module_that_defines_it() -> None:
    import importlib

    from claimmark.cli.base import _COMMANDS

    for module in sorted(set(_COMMANDS.values())):
        importlib.import_module(f"claimmark.cli.{module}")
    defined = {
        name: command.callback.__module__.rsplit(".", 1)[-1]
        for name, command in cli.commands.items()
        if command.callback is not None
    }
    assert defined == _COMMANDS


def test_an_export_loads_neither_the_detector_nor_the_other_commands() -> None:
    # The group imports a command's module when it is asked for (cli/base.py).
    script = (
        "import sys\n"
        "from claimmark.cli import cli\n"
        "cli(['export', '--help'], standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('claimmark.detector.rules',"
        " 'claimmark.cli.'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "['claimmark.cli.base', 'claimmark.cli.files']"


def test_the_windows_first_paint_loads_no_format_and_no_use_case_of_a_job(
    tmp_path: Path,
) -> None:
    # The format registry imports every format, and the jobs' use cases (detection,
    # training, merging, export) bring the process pool: 24 ms of a start, none of it
    # painted. They load when a dialog opens or a job runs.
    db, png = tmp_path / "p.db", tmp_path / "shot.png"
    assert _run("import", seeds_dir(), "--db", db)[0] == 0
    assert _run("detect", "--db", db)[0] == 0  # else the first paint waits for detection
    script = (
        "import sys\n"
        "from claimmark.cli import cli\n"
        f"cli(['--db', {str(db)!r}, '--annotator', 'a', '--screenshot', {str(png)!r}],"
        " standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m in ('claimmark.formats.registry',"
        " 'claimmark.project.detecting', 'claimmark.project.exporting', 'multiprocessing')))\n"
    )
    environment = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path),
                   "XDG_DATA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True,
        env=environment,
    )  # fmt: skip
    assert png.exists()
    assert result.stdout.splitlines()[-1] == "[]"


@pytest.mark.slow  # spaCy loads in most of a second
def test_a_spacy_jsonl_export_notes_a_span_spacy_would_miss_and_succeeds(
    tmp_path: Path, db_path: Path
) -> None:
    pytest.importorskip("spacy")
    # spaCy keeps "11.000." one token at a sentence's end; the span "11.000" is written on
    # our tokens all the same, so the export is complete: a note, not an error.
    text = "Titel\nEs kamen 11.000."
    start = text.index("11.000")
    record = {"id": "a1", "text": text, "spans": [
        {"start": start, "end": start + 6, "label": "TROOPS", "text": "11.000"}
    ]}  # fmt: skip
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert _run("import", source, "--db", db_path)[0] == 0
    out = tmp_path / "out.jsonl"
    code, printed, err = _run("export", "--db", db_path, "--format", "spacy-jsonl", "--out", out)
    assert code == 0
    assert "note: a1: TROOPS span" in err
    assert "is written on its tokens" in err
    assert "exported 1 span of 1 article" in printed
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert [s["label"] for s in json.loads(line)["spans"]] == ["TROOPS"]
