"""The versions of the database libraries, for --version and Help › About."""

from __future__ import annotations

import sqlite3
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version


def database_versions() -> dict[str, str]:
    """Return SQLite's and sqlite-utils' versions, by name."""
    try:
        utils = version("sqlite-utils")
    except PackageNotFoundError:  # a frozen bundle without its metadata
        utils = "unknown"
    return {"SQLite": sqlite3.sqlite_version, "sqlite-utils": utils}
