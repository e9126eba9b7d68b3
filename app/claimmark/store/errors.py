"""Errors of the environment around the database, beside the core's rule and lookup errors."""

from __future__ import annotations

from claimmark.core.errors import ClaimmarkError
from claimmark.core.errors import NotFoundError
from claimmark.core.errors import SpanConflictError

__all__ = [
    "DatabaseBusyError",
    "DatabaseReplacedError",
    "NewerSchemaError",
    "NotFoundError",
    "ReadOnlyError",
    "SpanConflictError",
    "StoreError",
]


class StoreError(ClaimmarkError):
    """The database cannot be used: locked, read-only, full, not a database, newer schema."""


class NewerSchemaError(StoreError):
    """The database was written by a newer Claimmark whose schema this build does not know."""


class DatabaseBusyError(StoreError):
    """Another program held the database's write lock for longer than the busy timeout."""


class ReadOnlyError(StoreError):
    """The database is open read-only: it can be read, searched and exported, not changed."""


class DatabaseReplacedError(StoreError):
    """The database file, or its write-ahead log, is no longer the one this connection opened:
    another program deleted or replaced it. Writing on would go into a file nobody reads."""
