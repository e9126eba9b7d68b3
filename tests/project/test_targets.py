"""Commands never write over the database's files, special files or an earlier backup, and
never read the database outside SQLite."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimmark.cli import cli
from claimmark.core.articles import make_article
from claimmark.project.backup import back_up
from claimmark.project.exporting import ExportError
from claimmark.project.exporting import export_project
from claimmark.project.importing import import_paths
from claimmark.project.merging import merge_databases
from claimmark.project.targets import TargetError
from claimmark.store import Repository


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project_db(tmp_path: Path) -> Path:
    path = tmp_path / "p.db"
    repo = Repository.open(path)
    repo.add_articles([make_article("a1", "Titel\n3000 Soldaten kamen.")])
    repo.close()
    return path


def test_backup_refuses_an_existing_file_unless_forced(project_db: Path, tmp_path: Path) -> None:
    earlier = tmp_path / "earlier.db"
    earlier.write_bytes(b"an older backup")
    code, _, err = _run("backup", "--db", project_db, "--out", earlier)
    assert code == 1
    assert f"{earlier} exists already" in err
    assert "--force" in err
    assert earlier.read_bytes() == b"an older backup"
    code, out, _ = _run("backup", "--db", project_db, "--out", earlier, "--force")
    assert code == 0, out
    copy = Repository.open(earlier, create=False, read_only=True)
    assert copy.stats().articles == 1
    copy.close()


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", "-journal"])
def test_backup_and_export_refuse_the_database_and_its_companions(
    project_db: Path, companion: str
) -> None:
    repo = Repository.open(project_db)
    target = Path(f"{project_db}{companion}")
    before = target.stat().st_ino if target.exists() else None
    with pytest.raises(TargetError, match="companion files"):
        back_up(repo, target, force=True)
    with pytest.raises(ExportError, match="companion files"):
        export_project(repo, "jsonl", target)
    assert (target.stat().st_ino if target.exists() else None) == before
    repo.add_articles([make_article("a2", "Titel\nNoch einer.")])  # the database still works
    repo.close()


def test_export_and_backup_leave_a_pipe_and_a_link_as_they_are(
    project_db: Path, tmp_path: Path
) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "link.jsonl"
    elsewhere = tmp_path / "elsewhere.jsonl"
    elsewhere.write_text("kept\n", encoding="utf-8")
    link.symlink_to(elsewhere)
    repo = Repository.open(project_db)
    for target, why in ((pipe, "not a regular file"), (link, "symbolic link")):
        with pytest.raises(ExportError, match=why):
            export_project(repo, "jsonl", target)
        with pytest.raises(TargetError, match=why):
            back_up(repo, target, force=True)
    repo.close()
    assert pipe.is_fifo()
    assert link.is_symlink()
    assert elsewhere.read_text(encoding="utf-8") == "kept\n"
    code, _, err = _run("export", "--db", project_db, "--format", "csv", "--out", pipe)
    assert code == 1
    assert "not a regular file" in err


def test_import_skips_the_projects_own_database_and_imports_the_rest(
    project_db: Path, tmp_path: Path
) -> None:
    text = tmp_path / "neu.txt"
    text.write_text("Neu\n50 Panzer", encoding="utf-8")
    repo = Repository.open(project_db)
    outcome = import_paths(repo, [project_db, Path(f"{project_db}-wal"), text], "txt")
    assert [p.message for p in outcome.read.problems] == [
        "this is the project's own database; not imported"
    ] * 2
    assert outcome.summary.added == ["neu"]
    repo.close()


def test_merging_a_database_into_itself_or_through_a_link_is_refused(
    project_db: Path, tmp_path: Path
) -> None:
    link = tmp_path / "same.db"
    link.symlink_to(project_db)
    repo = Repository.open(project_db)
    for source in (project_db, link):
        with pytest.raises(TargetError, match="own database"):
            merge_databases(repo, [source])
    assert repo.annotators() == []
    repo.close()
    with sqlite3.connect(project_db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_an_unwritable_folder_is_named_as_what_cannot_be_written(
    project_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access

    def access(path: object, mode: int) -> bool:  # as for a user without write permission
        if mode & os.W_OK and Path(str(path)) == locked:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    for command in (["backup", "--out"], ["export", "--format", "jsonl", "--out"]):
        code, _, err = _run(*command, locked / "new" / "out.db", "--db", project_db)
        assert code == 1
        assert f"cannot write in {locked} (permission denied); choose another folder" in err
    assert list(locked.iterdir()) == []
