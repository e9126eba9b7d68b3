"""Copies of a database (backups, the copy before an upgrade) are whole or absent."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest


def test_a_failed_copy_leaves_nothing_and_a_killed_ones_leftovers_go(tmp_path: Path) -> None:
    from claimmark.store.files import copy_database

    class FullDisk:
        """A source whose copy fails half-way, as on a full disk."""

        def backup(self, copy: sqlite3.Connection) -> None:
            copy.execute("create table t (x)")
            copy.execute("begin")
            copy.execute("insert into t values (1)")
            raise sqlite3.OperationalError("database or disk is full")

    target = tmp_path / "backup.db"
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        copy_database(FullDisk(), target)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []

    dead = 2**22 + 12345  # above the kernel's pid_max default: no such process
    for name in (f".backup.db.{dead}.tmp", f".backup.db.{dead}.tmp-journal"):
        (tmp_path / name).write_bytes(b"left by a killed backup")
    living = tmp_path / f".backup.db.{os.getppid()}.tmp"  # another backup, still running
    living.write_bytes(b"in progress")
    source = sqlite3.connect(tmp_path / "source.db")
    source.execute("create table t (x)")
    copy_database(source, target)
    source.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["backup.db", "source.db", living.name]
    )
