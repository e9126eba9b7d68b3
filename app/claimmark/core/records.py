"""A record: one article with its spans, as exporters write and importers read it."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from claimmark.core.articles import Article
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion


@dataclass(frozen=True, slots=True)
class Record:
    """One article with its spans.

    Attributes:
        article: the article (its text normalised; offsets index it).
        spans: its spans, ordered by start.
        negatives: rejected detector suggestions, for formats that can say "not a claim".
        line: the line of the file it was read from, where it has one (for problems).
        suggestions: pending suggestions, to be reviewed (what ``preannotate`` and
            ``export --suggestions`` write, and an import stores as suggestions).
    """

    article: Article
    spans: list[Span]
    negatives: list[Span] = field(default_factory=list)
    line: int | None = None
    suggestions: list[StoredSuggestion] = field(default_factory=list)

    def suggestions_as_spans(self) -> Record:
        """Return the record with its suggestions written as spans of origin ``detector``
        (for a format that cannot mark them as suggestions)."""
        if not self.suggestions:
            return self
        spans = sorted(
            [*self.spans, *(s.as_span() for s in self.suggestions)],
            key=lambda s: (s.start, s.end, s.label),
        )
        return Record(self.article, spans, self.negatives, self.line)
