"""No sqlite-utils plugin runs on a project's connection: another package's code would
run inside every transaction of the store, and looking for plugins read every installed
package's entry points at each start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import hookimpl
from sqlite_utils.plugins import pm

from claimmark.store import Repository


class _Plugin:
    def __init__(self) -> None:
        self.connections: list[sqlite3.Connection] = []

    @hookimpl
    def prepare_connection(self, conn: sqlite3.Connection) -> None:
        self.connections.append(conn)


@pytest.mark.parametrize("where", [":memory:", "file"])
def test_opening_a_project_runs_no_sqlite_utils_plugin(tmp_path: Path, where: str) -> None:
    plugin = _Plugin()
    pm.register(plugin, name="test-plugin")
    try:
        path = ":memory:" if where == ":memory:" else tmp_path / "p.db"
        Repository.open(path).close()
    finally:
        pm.unregister(plugin)
    assert plugin.connections == []
