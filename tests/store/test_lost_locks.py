"""A database whose files another process deleted is never written into: the write stops.

On POSIX, closing any descriptor of a file drops every lock the process holds on
it. These tests drop our locks the way a file dialog did (open and close the
database file outside SQLite), let a second process read, and check what the
store does next.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from claimmark.core.articles import make_article
from claimmark.store import DatabaseReplacedError
from claimmark.store import Repository
from claimmark.store.files import is_database_file

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/locks")


def holds_lock(db: Path) -> bool:
    """Return whether this process holds a POSIX lock on the database file."""
    inode = os.stat(db).st_ino
    with open("/proc/locks", encoding="ascii") as locks:
        return any(f":{inode} " in line and f" {os.getpid()} " in line for line in locks)


def read_in_another_process(db: Path) -> int:
    """Count the articles from another process, which checkpoints when it closes."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(c.execute('select count(*) from articles').fetchone()[0]); c.close()",
            str(db),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


def drop_our_locks(db: Path) -> None:
    """Open and close the database file outside SQLite, as a type sniffer does."""
    with open(db, "rb") as sniffed:
        sniffed.read(16)


def test_a_second_reader_keeps_the_wal_while_our_locks_hold(db_path: Path) -> None:
    repo = Repository.open(db_path)
    repo.add_articles([make_article("a1", "Titel\nText")])
    assert holds_lock(db_path)
    assert read_in_another_process(db_path) == 1
    assert Path(f"{db_path}-wal").exists()
    repo.add_articles([make_article("a2", "Titel\nZwei")])
    assert read_in_another_process(db_path) == 2
    repo.close()


def test_a_write_after_another_process_deleted_the_wal_stops_and_loses_nothing(
    db_path: Path,
) -> None:
    repo = Repository.open(db_path)
    repo.add_articles([make_article("a1", "Titel\nText")])
    drop_our_locks(db_path)
    assert not holds_lock(db_path)
    assert read_in_another_process(db_path) == 1
    assert not Path(f"{db_path}-wal").exists(), "the hazard this guards against is gone"

    with pytest.raises(DatabaseReplacedError, match=r"claimmark\.db-wal") as refused:
        repo.add_articles([make_article("a2", "Titel\nZwei")])
    assert "nothing was written" in str(refused.value)
    assert "Reopen" in str(refused.value)
    repo.close()

    again = Repository.open(db_path)
    again.add_articles([make_article("a2", "Titel\nZwei")])
    assert read_in_another_process(db_path) == 2
    again.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_replaced_database_file_stops_the_next_write(db_path: Path, tmp_path: Path) -> None:
    repo = Repository.open(db_path)
    other = Repository.open(tmp_path / "other.db")
    other.close()
    os.replace(tmp_path / "other.db", db_path)
    with pytest.raises(DatabaseReplacedError, match=r"claimmark\.db"):
        repo.add_articles([make_article("a1", "Titel\nText")])
    repo.close()


def test_the_database_and_its_companions_are_known_by_name_and_by_file(
    db_path: Path, tmp_path: Path
) -> None:
    repo = Repository.open(db_path)
    link = tmp_path / "link.db"
    link.symlink_to(db_path)
    assert is_database_file(db_path, db_path)
    assert is_database_file(f"{db_path}-wal", db_path)
    assert is_database_file(link, db_path)
    assert is_database_file(db_path.parent / ".." / "data" / "claimmark.db-shm", db_path)
    assert not is_database_file(tmp_path / "export.jsonl", db_path)
    assert not is_database_file(db_path, ":memory:")
    repo.close()
