"""Errors of the environment around the database, as opposed to bugs and bad input."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used: locked, read-only, full, not a database, newer schema."""


class NewerSchemaError(StoreError):
    """The database was written by a newer Claimmark whose schema this build does not know."""


class NotFoundError(KeyError):
    """No article or span with that id."""


class SpanConflictError(ValueError):
    """A span of the same label already covers part of that text."""


class ImportCancelledError(Exception):
    """The user cancelled an import; its transaction was rolled back."""
