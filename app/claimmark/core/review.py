"""Reviewing suggestions: the span accepting one makes, and what "Accept all" accepts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace

from claimmark.core.errors import SpanConflictError
from claimmark.core.spans import Origin
from claimmark.core.spans import Span
from claimmark.core.spans import SpanIndex
from claimmark.core.spans import make_span
from claimmark.core.suggestions import StoredSuggestion


def span_from_suggestion(suggestion: StoredSuggestion, article_text: str, annotator: str) -> Span:
    """Return the span accepting ``suggestion`` makes: its bounds, label and attributes.

    The span gets a fresh id and the origin ``detector``, so an export can tell
    confirmed suggestions from spans marked by hand.
    """
    span = make_span(
        suggestion.article_id,
        article_text,
        suggestion.start,
        suggestion.end,
        suggestion.label,
        annotator,
        origin=Origin.DETECTOR,
    )
    return replace(
        span, value=suggestion.value, qualifier=suggestion.qualifier, source=suggestion.source
    )


@dataclass(frozen=True, slots=True)
class AcceptPlan:
    """What accepting every pending suggestion of an article does.

    Attributes:
        accepted: each suggestion to accept with the span it becomes, in text order.
        left: how many stay pending because they overlap a span of their label
            (one already there, or one accepted before them in this plan).
    """

    accepted: tuple[tuple[StoredSuggestion, Span], ...]
    left: int


def plan_accept_all(
    spans: Sequence[Span],
    suggestions: Sequence[StoredSuggestion],
    article_text: str,
    annotator: str,
) -> AcceptPlan:
    """Plan "Accept all": every suggestion that overlaps no span of its label, in order.

    Of two pending suggestions of one label that overlap, the first (by start)
    is accepted and the second is left to review.
    """
    index = SpanIndex(spans)
    accepted: list[tuple[StoredSuggestion, Span]] = []
    for suggestion in sorted(suggestions, key=lambda s: (s.start, s.end)):
        span = span_from_suggestion(suggestion, article_text, annotator)
        try:
            index.check(span)
        except SpanConflictError:
            continue
        index.add(span)
        accepted.append((suggestion, span))
    return AcceptPlan(tuple(accepted), len(suggestions) - len(accepted))
