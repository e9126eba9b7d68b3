"""The repository: the store's one face, one method per operation, one transaction each.

Its parts, each a module of the store (the methods of one kind of row together):
``connection`` (opening, transactions, files), ``labels``, ``articles``, ``team``,
``spans``, ``suggestions``, ``imports``, ``records`` and ``ledger``; each builds on the one
before it, and ``Repository`` is the last.
"""

from __future__ import annotations

from claimmark.store.connection import before_upgrade_path
from claimmark.store.ledger import Ledger
from claimmark.store.results import DeletedLabel
from claimmark.store.results import ImportResult
from claimmark.store.results import Stats

__all__ = [
    "DeletedLabel",
    "ImportResult",
    "Repository",
    "Stats",
    "before_upgrade_path",
]


class Repository(Ledger):
    """Articles, labels and spans in one SQLite database.

    Every write method is one transaction, committed before it returns.
    Open one repository per thread: a connection is never shared.

    Attributes:
        path: the database file (``":memory:"`` for an in-memory database).
        created: whether this open created the schema, i.e. the database was new.
        read_only: it can be read, not changed (every write raises ReadOnlyError).
    """
