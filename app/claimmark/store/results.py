"""What store operations report: import summaries, a deleted label, database counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claimmark.core.labels import Label
from claimmark.core.problems import ImportProblem
from claimmark.core.spans import (
    Span,
)
from claimmark.core.suggestions import (
    StoredSuggestion,
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What adding articles did.

    Attributes:
        added: ids of the articles stored.
        skipped: ``(id, reason)`` for each article already present (same id or same text).
    """

    added: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()


@dataclass
class ImportSummary:
    """What importing records did.

    Attributes:
        added: ids of new articles.
        merged: ids of articles already present that received spans.
        skipped: ``(id, reason)`` of articles already present and left alone.
        spans: how many spans were stored.
        labels_added: labels that were new to the project and were added.
        problems: spans that could not be stored, and why.
    """

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    spans: int = 0
    labels_added: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def extend(self, other: ImportSummary) -> None:
        """Add what another import (a later batch of the same one) did."""
        self.added.extend(other.added)
        self.merged.extend(other.merged)
        self.skipped.extend(other.skipped)
        self.spans += other.spans
        self.labels_added.extend(other.labels_added)
        self.problems.extend(other.problems)


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

    def as_dict(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready dict."""
        return {
            "articles": self.articles,
            "spans": self.spans,
            "spans_by_label": self.spans_by_label,
            "articles_by_status": self.articles_by_status,
        }
