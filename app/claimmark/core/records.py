"""A record: one article with its spans, as exporters write and importers read it."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimmark.core.articles import Article
from claimmark.core.spans import Span


@dataclass(frozen=True, slots=True)
class Record:
    """One article with its spans.

    Attributes:
        article: the article (its text normalised; offsets index it).
        spans: its spans, ordered by start.
        negatives: rejected detector suggestions, for formats that can say "not a claim".
        line: the line of the file it was read from, where it has one (for problems).
    """

    article: Article
    spans: list[Span]
    negatives: list[Span] = field(default_factory=list)
    line: int | None = None
