"""The store: the only code that speaks SQL (through sqlite-utils)."""

from claimmark.store.errors import DatabaseBusyError
from claimmark.store.errors import DatabaseReplacedError
from claimmark.store.errors import NewerSchemaError
from claimmark.store.errors import NotFoundError
from claimmark.store.errors import ReadOnlyError
from claimmark.store.errors import SpanConflictError
from claimmark.store.errors import StoreError
from claimmark.store.repository import DeletedLabel
from claimmark.store.repository import ImportResult
from claimmark.store.repository import Repository
from claimmark.store.repository import Stats
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
