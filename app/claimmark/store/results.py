"""What store operations report: import summaries, a deleted label, database counts."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from claimmark.core.labels import Label
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What adding articles did.

    Attributes:
        added: ids of the articles stored.
        skipped: ``(id, reason)`` for each article already present (same id or same text).
    """

    added: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class DeletedLabel:
    """A deleted label with what it took along, so undo can put everything back."""

    label: Label
    position: int
    spans: tuple[Span, ...]
    suggestions: tuple[StoredSuggestion, ...]


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts over the whole database."""

    articles: int
    spans: int
    spans_by_label: dict[str, int] = field(default_factory=dict)
    articles_by_status: dict[str, int] = field(default_factory=dict)
    articles_without_date: int = 0
