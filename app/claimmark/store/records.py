"""Reading the store whole: records for exports, search, sources and counts."""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Sequence

from claimmark.core.articles import STATUSES
from claimmark.core.articles import Article
from claimmark.core.articles import Status
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.search import SearchHit
from claimmark.core.search import find_hits
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import SuggestionState
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import said
from claimmark.store.connection import _batches
from claimmark.store.connection import _environment_errors
from claimmark.store.errors import StoreError
from claimmark.store.imports import Imports
from claimmark.store.results import Stats
from claimmark.store.rows import _SPAN_SELECT
from claimmark.store.rows import _STATUS_VALUES
from claimmark.store.rows import _SUGGESTION_SELECT
from claimmark.store.rows import _checked_span
from claimmark.store.rows import _suggestion_from_values


class Records(Imports):
    """Reading the store whole: records for exports, search, sources and counts."""

    def iter_records(
        self,
        suggestions: bool = False,
        negatives: bool = True,
        problems: list[ImportProblem] | None = None,
    ) -> Iterator[Record]:
        """Yield each article with its spans and rejected suggestions, in import order.

        Articles are read a batch at a time, each batch with three queries (the
        articles, their spans, their rejected suggestions), so an export holds one
        batch and asks the database no question per article.

        Args:
            suggestions: yield the pending suggestions (in ``Record.suggestions``) instead
                of spans.
            negatives: read the rejected suggestions (only formats that hold them need them).
            problems: where a value Claimmark would not have written (another program
                wrote it: a status ``DONE!!``, an origin or qualifier of its own, a span
                whose text is not the article's) is told, the span left out and the
                status read as "to do"; ``None``: such a value is a StoreError.

        Raises:
            StoreError: a value is not Claimmark's, and ``problems`` is None.
        """

        def odd(message: Said) -> None:
            if problems is None:
                raise StoreError(
                    said(QT_TRANSLATE_NOOP("edits", "{path}: {what}"), path=self.path, what=message)
                )
            problems.append(ImportProblem.told(self.path, message))

        with _environment_errors(self.path):
            ids = [
                row[0] for row in self._db.execute("select id from articles order by position, id")
            ]
        for batch, marks in _batches(ids):
            with _environment_errors(self.path):
                articles: dict[str, Article] = {}
                for row in self._db.execute(
                    "select a.id, a.title, t.text, a.status, a.text_hash, a.source_path, "
                    "a.note, a.language, a.published, a.outlet, a.url from articles as a "
                    f"join article_texts as t on t.article_id = a.id where a.id in ({marks})",
                    batch,
                ):
                    status = row[3]
                    if status not in _STATUS_VALUES:
                        odd(said(
                            QT_TRANSLATE_NOOP(
                                "edits",
                                "article {article}: status {status} is none of {known}; "
                                "read as todo",
                            ),
                            article=row[0], status=repr(status), known=", ".join(_STATUS_VALUES),
                        ))  # fmt: skip
                        status = Status.TODO
                    articles[row[0]] = Article(
                        row[0], row[1], row[2], Status(status), row[4], row[5],
                        row[6] or "", row[7] or "", row[8], row[9], row[10],
                    )  # fmt: skip
                spans: dict[str, list[Span]] = {}
                pending: dict[str, list[StoredSuggestion]] = {}
                if suggestions:
                    for found in self._suggestions_of(batch, marks, SuggestionState.PENDING):
                        pending.setdefault(found.article_id, []).append(found)
                else:
                    for row in self._db.execute(
                        _SPAN_SELECT + f" where article_id in ({marks}) "
                        'order by article_id, "start", "end", label',
                        batch,
                    ):
                        span = _checked_span(row, articles)
                        if isinstance(span, Said):  # what is wrong with the row
                            odd(span)
                            continue
                        spans.setdefault(span.article_id, []).append(span)
                rejected: dict[str, list[Span]] = {}
                if negatives:
                    for found in self._suggestions_of(batch, marks, SuggestionState.REJECTED):
                        rejected.setdefault(found.article_id, []).append(found.as_span())
            for article_id in batch:
                if article_id in articles:  # unless deleted since the ids were read
                    yield Record(
                        articles[article_id], spans.get(article_id, []),
                        rejected.get(article_id, []), suggestions=pending.get(article_id, []),
                    )  # fmt: skip

    def _suggestions_of(
        self, article_ids: Sequence[str], marks: str, state: SuggestionState
    ) -> list[StoredSuggestion]:
        return [
            _suggestion_from_values(row)
            for row in self._db.execute(
                _SUGGESTION_SELECT + f" where article_id in ({marks}) and state = ? "
                'order by article_id, "start", "end", label',
                [*article_ids, state.value],
            )
        ]

    # Search -------------------------------------------------------------

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Return the places in all articles where ``query`` occurs (full-text search).

        Words match whole words in any article, ignoring case and accents; FTS
        syntax in the query is taken literally. At most five hits per article.
        Articles come in import order, as the list shows them: ranking by relevance
        scores every matching article first (a tenth of a second for a common word
        in 100,000 articles), while import order stops at the ``limit``-th.
        """
        if not query.strip():
            return []
        hits: list[SearchHit] = []
        with _environment_errors(self.path):
            rows = self._db.execute(
                "select a.id, a.title, t.text from articles_fts join articles as a "
                "on a.rowid = articles_fts.rowid join article_texts as t on t.article_id = a.id "
                "where articles_fts match ? "
                "order by articles_fts.rowid limit ?",
                [self._db.quote_fts(query), limit],
            ).fetchall()
            for article_id, title, text in rows:
                hits.extend(find_hits(article_id, title, text, query))
        return hits[:limit]

    def sources(self) -> list[str]:
        """Return every source already given, on spans or suggestions, most used first."""
        with _environment_errors(self.path):
            return [
                r["source"]
                for r in self._db.query(
                    # Counted per table first, each from its index of sources alone.
                    "select source, sum(n) as n from ("
                    "  select source, count(*) as n from spans where source is not null"
                    "  group by source union all"
                    "  select source, count(*) from suggestions where source is not null"
                    "  group by source"
                    ") group by source order by n desc, source"
                )
            ]

    # Counts -------------------------------------------------------------

    def stats(self) -> Stats:
        """Return article and span counts, per label and per status."""
        with _environment_errors(self.path):
            by_label = {label.name: 0 for label in self.labels()}
            for r in self._db.query("select label, count(*) as n from spans group by label"):
                by_label[r["label"]] = r["n"]
            by_status: dict[str, int] = dict.fromkeys(STATUSES, 0)
            for r in self._db.query("select status, count(*) as n from articles group by status"):
                by_status[r["status"]] = r["n"]
            return Stats(
                articles=sum(by_status.values()),
                spans=sum(by_label.values()),
                spans_by_label=by_label,
                articles_by_status=by_status,
                articles_without_date=self._db.execute(
                    "select count(*) from articles where published is null"
                ).fetchone()[0],
            )
