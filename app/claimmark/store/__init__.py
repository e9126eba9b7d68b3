"""The store: the only code that speaks SQL (through sqlite-utils)."""

from claimmark.store.errors import (
    DatabaseBusyError,
    DatabaseReplacedError,
    NewerSchemaError,
    NotFoundError,
    ReadOnlyError,
    SpanConflictError,
    StoreError,
)
from claimmark.store.repository import (
    DeletedLabel,
    ImportResult,
    Repository,
    Stats,
)
from claimmark.store.schema import announced as announced_steps

__all__ = [
    "DatabaseBusyError",
    "DatabaseReplacedError",
    "DeletedLabel",
    "ImportResult",
    "NewerSchemaError",
    "NotFoundError",
    "ReadOnlyError",
    "Repository",
    "SpanConflictError",
    "Stats",
    "StoreError",
    "announced_steps",
]
