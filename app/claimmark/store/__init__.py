"""The store: the only code that speaks SQL (through sqlite-utils)."""

from claimmark.store.errors import NewerSchemaError, NotFoundError, SpanConflictError, StoreError
from claimmark.store.repository import (
    DeletedLabel,
    ImportResult,
    ImportSummary,
    Repository,
    Stats,
)

__all__ = [
    "DeletedLabel",
    "ImportResult",
    "ImportSummary",
    "NewerSchemaError",
    "NotFoundError",
    "Repository",
    "SpanConflictError",
    "Stats",
    "StoreError",
]
