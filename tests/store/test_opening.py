"""Opening a database: another program's file is left alone; first opens may race."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from claimmark.store import NewerSchemaError
from claimmark.store import Repository
from claimmark.store import StoreError

ROOT = Path(__file__).parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path: Path, table: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(f"create table {table} (id integer primary key, body text)")
        conn.execute(f"insert into {table} (body) values ('keep me')")
    conn.close()


@pytest.mark.parametrize("table", ["notes", "articles"])
def test_another_programs_database_is_refused_untouched(tmp_path: Path, table: str) -> None:
    path = tmp_path / "other.db"
    _foreign(path, table)
    before = _digest(path)
    with pytest.raises(StoreError, match=f"is not a Claimmark database \\(it holds {table}\\)"):
        Repository.open(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no -wal, no lock
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
        assert [r[0] for r in conn.execute("select name from sqlite_master")] == [table]
    conn.close()


def test_a_schema_version_from_elsewhere_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "versioned.db"
    with sqlite3.connect(path) as conn:
        conn.execute("pragma user_version = 99")
    conn.close()
    with pytest.raises(NewerSchemaError, match="version 99"):
        Repository.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["versioned.db"]  # no lock file


def test_an_empty_file_becomes_a_claimmark_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    repo = Repository.open(path)
    assert repo.created
    repo.close()


def test_the_stats_command_refuses_another_programs_database(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimmark.cli import cli

    path = tmp_path / "other.db"
    _foreign(path, "notes")
    result = CliRunner().invoke(cli, ["stats", "--db", str(path)])
    assert result.exit_code == 1
    assert "is not a Claimmark database" in result.stderr


_OPEN_AND_IMPORT = """
import sys
from claimmark.core.articles import make_article
from claimmark.store import Repository
repo = Repository.open(sys.argv[1])
repo.add_articles([make_article(sys.argv[2], "Titel\\nText " + sys.argv[2])])
repo.close()
"""


@pytest.mark.slow
def test_processes_creating_one_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    for round_ in range(6):
        path = tmp_path / f"new{round_}.db"
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", _OPEN_AND_IMPORT, str(path), f"a{n}"],
                cwd=ROOT,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in range(3)
        ]
        errors = [run.communicate(timeout=60)[1] for run in runs]
        assert [run.returncode for run in runs] == [0, 0, 0], errors
        repo = Repository.open(path)
        assert sorted(a.id for a in repo.list_articles()) == ["a0", "a1", "a2"]
        repo.close()


def test_a_write_waits_for_another_writer_instead_of_failing(db_path: Path) -> None:
    import threading

    from claimmark.core.articles import make_article

    repo = Repository.open(db_path)
    repo.add_articles([make_article("a1", "Titel\nText eins")])
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    other.execute("update articles set status = 'done'")
    holding = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    holding.start()
    try:
        # Reads first, then writes: with a deferred BEGIN this failed at once.
        repo.add_articles([make_article("a2", "Titel\nText zwei")])
    finally:
        holding.join()
        other.close()
    assert [a.id for a in repo.list_articles()] == ["a1", "a2"]
    repo.close()


def test_a_lock_file_that_cannot_be_taken_is_named_and_no_empty_database_is_left(
    tmp_path: Path,
) -> None:
    db = tmp_path / "p.db"
    (tmp_path / "p.db.lock").mkdir()  # as unusable as another user's lock file
    with pytest.raises(StoreError, match=r"cannot take its lock file .*p\.db\.lock"):
        Repository.open(db)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db.lock"]
