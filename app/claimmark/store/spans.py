"""The store's spans: saving, deleting, correcting, checked against the overlap rule."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence

from claimmark.core.errors import NotFoundError
from claimmark.core.errors import RuleError
from claimmark.core.spans import Span
from claimmark.core.spans import check_no_overlap
from claimmark.store.connection import _batches
from claimmark.store.connection import _environment_errors
from claimmark.store.rows import _SPAN_SELECT
from claimmark.store.rows import _SPAN_UPSERT
from claimmark.store.rows import _check_fits
from claimmark.store.rows import _check_stretch
from claimmark.store.rows import _span_from_row
from claimmark.store.rows import _span_from_values
from claimmark.store.rows import _span_values
from claimmark.store.team import Team


class Spans(Team):
    """The store's spans: saving, deleting, correcting, checked against the overlap rule."""

    def spans_for(self, article_id: str) -> list[Span]:
        """Return the spans of an article, ordered by start, then end."""
        with _environment_errors(self.path):
            return [
                _span_from_values(r)
                for r in self._db.execute(
                    _SPAN_SELECT + ' where article_id = ? order by "start", "end", label',
                    [article_id],
                )
            ]

    def span(self, span_id: str) -> Span:
        """Return the span with ``span_id``.

        Raises:
            NotFoundError: there is none.
        """
        return _span_from_row(self._row("span", _SPAN_SELECT, span_id))

    def _check_in_article(self, span: Span) -> None:
        """Raise unless ``span`` lies in its article and says what stands there.

        SQLite cuts the stretch out: the article's text (megabytes) is not read into
        Python. Its length is counted (a scan of the whole text) only for a stretch
        that does not fit, to say why.

        Raises:
            NotFoundError: its article does not exist.
            RuleError: its offsets or text do not fit the article.
        """
        row = self._db.execute(
            "select substr(text, ?, ?) from article_texts where article_id = ?",
            [span.start + 1, max(span.end - span.start, 0), span.article_id],
        ).fetchone()
        if row is None:
            raise NotFoundError("article", span.article_id)
        there = row[0]
        if span.start < 0 or len(there) != span.end - span.start:
            length = self._db.execute(
                "select length(text) from article_texts where article_id = ?",
                [span.article_id],
            ).fetchone()[0]
        else:
            length = span.end
        _check_stretch(span, span.article_id, length, there)

    def _check_no_conflict(self, span: Span) -> None:
        # SQL only narrows the candidates down (through the index on article and
        # start); the rule itself is the core's one definition.
        candidates = [
            _span_from_row(r)
            for r in self._db.query(
                _SPAN_SELECT + ' where article_id = ? and label = ? and "start" < ? and "end" > ?',
                [span.article_id, span.label, span.end, span.start],
            )
        ]
        check_no_overlap(candidates, span)

    def save_span(self, span: Span, settles: Sequence[str] = ()) -> None:
        """Insert the span, or replace the stored span with the same id.

        The span's text is checked against the article, so a stored span always
        covers exactly the text it claims to.

        Args:
            span: the span.
            settles: ids of pending suggestions the span settles (of its label, under
                it): they are recorded as accepted, as this span, in the same transaction.

        Raises:
            NotFoundError: its article does not exist.
            SpanConflictError: a span of the same label overlaps it.
            RuleError: its offsets or text do not fit the article.
        """
        with _environment_errors(self.path), self._writing():
            self._check_in_article(span)
            self._check_no_conflict(span)
            self._db.execute(_SPAN_UPSERT, _span_values(span))
            self.settle_suggestions([(suggestion, span.id) for suggestion in settles])

    def delete_span(self, span_id: str, reopens: Sequence[str] = ()) -> None:
        """Delete the span with ``span_id``; deleting a missing span does nothing.

        Args:
            span_id: the span.
            reopens: ids of suggestions it settled, to make pending again (undo of
                :meth:`save_span` with ``settles``).
        """
        with _environment_errors(self.path), self._writing():
            self._db.execute("delete from spans where id = ?", [span_id])
            self.unsettle_suggestions(reopens)

    def correct_spans(
        self, updated: Sequence[Span], removed: Sequence[str]
    ) -> list[tuple[Span, str]]:
        """Carry out corrections a merged file brings, in one transaction: delete the
        spans ``removed``, and save each of ``updated`` over the span of its id.

        Returns:
            The updated spans that were not saved, each with why (it would overlap a
            span of its label, or does not fit its article).
        """
        refused: list[tuple[Span, str]] = []
        with _environment_errors(self.path), self._writing():
            for batch, marks in _batches(list(removed)):
                self._db.execute(f"delete from spans where id in ({marks})", list(batch))
            for span in updated:
                try:
                    _check_fits(span, span.article_id, self.article(span.article_id).text)
                    self._check_no_conflict(span)
                except RuleError as why:
                    refused.append((span, str(why)))
                    continue
                self._db.execute(_SPAN_UPSERT, _span_values(span))
        return refused

    def settle_suggestions(self, settled: Iterable[tuple[str, str]]) -> None:
        """Record pending suggestions as accepted, each as the span a user made over it:
        ``(suggestion id, span id)`` pairs. A suggestion no longer pending is left."""
        with _environment_errors(self.path), self._writing():
            self._db.conn.executemany(
                "update suggestions set state = 'accepted', span_id = ? "
                "where id = ? and state = 'pending'",
                ((span_id, suggestion_id) for suggestion_id, span_id in settled),
            )

    def unsettle_suggestions(self, suggestion_ids: Iterable[str]) -> None:
        """Make settled suggestions pending again; the spans they were settled by stay."""
        with _environment_errors(self.path), self._writing():
            self._db.conn.executemany(
                "update suggestions set state = 'pending', span_id = null where id = ?",
                ([suggestion_id] for suggestion_id in suggestion_ids),
            )
