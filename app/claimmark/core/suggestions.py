"""Suggestions as stored: a detector proposal with its state in the user's review."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from enum import StrEnum

from claimmark.core.spans import Origin, Span, Stretch

RULES, LEARNED = "rules", "learned"
"""Where a suggestion comes from: the detector's rules, or words an annotator marked."""


class SuggestionState(StrEnum):
    """Where a suggestion stands in the user's review."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class StoredSuggestion(Stretch):
    """A detector suggestion in the store: a stretch with its attributes and review state.

    Its id is stable: the same article, offsets and label always give the same id,
    so running the detector again finds the suggestion it made before.

    Attributes:
        value: the figure, where there is one.
        qualifier: the figure's qualifier, or ``None``.
        source: who reported it, or ``None``.
        score: the detector's confidence, 0 to 1.
        state: where it stands in the review.
        span_id: the span made when it was accepted.
        detected_at: when the detector proposed it (ISO 8601 UTC).
        origin: ``rules`` (the detector's rules) or ``learned`` (another occurrence
            of words an annotator marked).
        learned_from: for a learned suggestion, the article of the span it learned from.
    """

    value: int | None
    qualifier: str | None
    source: str | None
    score: float
    state: SuggestionState = SuggestionState.PENDING
    span_id: str | None = None
    detected_at: str = ""
    origin: str = "rules"
    learned_from: str | None = None

    def as_span(self) -> Span:
        """Return the suggestion in the shape exporters write, with origin ``detector``."""
        return Span(
            id=self.id,
            article_id=self.article_id,
            start=self.start,
            end=self.end,
            label=self.label,
            text=self.text,
            annotator="detector",
            created_at=self.detected_at,
            origin=Origin.DETECTOR,
            value=self.value,
            qualifier=self.qualifier,
            source=self.source,
        )


SUGGESTION_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StoredSuggestion))
"""A stored suggestion's fields in order, as the store keeps them."""


def suggestion_id(article_id: str, start: int, end: int, label: str) -> str:
    """Return the stable id of a suggestion (the detector's original label counts)."""
    key = f"{article_id}\x1f{start}\x1f{end}\x1f{label}".encode()
    return hashlib.blake2b(key, digest_size=12).hexdigest()
