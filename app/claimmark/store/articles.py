"""The store's articles: adding, listing a page at a time, statuses, notes, languages."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from claimmark.core.articles import Article
from claimmark.core.articles import ArticleSummary
from claimmark.core.articles import Listing
from claimmark.core.articles import Metadata
from claimmark.core.articles import Status
from claimmark.core.errors import NotFoundError
from claimmark.core.importing import Stored
from claimmark.core.importing import plan_import
from claimmark.core.records import Record
from claimmark.core.spans import now_iso
from claimmark.store.connection import _batches
from claimmark.store.connection import _environment_errors
from claimmark.store.labels import Labels
from claimmark.store.results import ImportResult
from claimmark.store.rows import _STATUS_VALUES
from claimmark.store.rows import _article_from_row

_ALL = Listing()


_FINISHED = (
    ", (select count(*) from annotator_statuses s where s.article_id = articles.id "
    "and s.status = 'done')"
)
"""How many annotators marked an article done: the everyone layer of a team database."""

_OWN_STATUS: tuple[str, list[Any]] = ("status", [])
"""The status column of the database's own annotator (the lead's, in a team database)."""

_LAYER_STATUS = (
    "coalesce((select s.status from annotator_statuses s where s.article_id = articles.id "
    "and s.annotator = ?), 'todo')"
)
"""One annotator's own status of an article (merged from their database), "to do" if none."""


def _listing_where(
    listing: Listing, joiner: str = "where", status: tuple[str, list[Any]] = _OWN_STATUS
) -> tuple[str, list[Any]]:
    """Return the SQL condition of a listing (`` where ...`` or `` and ...``) and its values;
    ``status`` is the status expression and its values (see ``Repository._status_column``)."""
    clauses: list[str] = []
    params: list[Any] = []
    if listing.status is not None:
        clauses.append(f"{status[0]} = ?")
        params += [*status[1], Status(listing.status).value]
    if listing.label is not None:
        whose = "" if listing.annotator is None else " and spans.annotator = ?"
        clauses.append(
            "exists (select 1 from spans where spans.article_id = articles.id "
            f"and spans.label = ?{whose})"
        )
        params.append(listing.label)
        if listing.annotator is not None:
            params.append(listing.annotator)
    if not clauses:
        return "", []
    return f" {joiner} " + " and ".join(clauses), params


class Articles(Labels):
    """The store's articles: adding, listing a page at a time, statuses, notes, languages."""

    def add_articles(self, articles: Iterable[Article]) -> ImportResult:
        """Store new articles in one transaction; those already present are skipped.

        An article is already present when an article with the same id, or the
        same text, is stored.
        """
        with _environment_errors(self.path), self._writing():
            articles = list(articles)
            plan = plan_import(
                (Record(a, []) for a in articles),
                self.stored_matching(articles),
                {},
                self.labels(),
            )
            self._insert_articles(plan.articles)
        return ImportResult(tuple(plan.added), tuple(plan.skipped))

    def _insert_articles(self, articles: Sequence[Article]) -> None:
        """Insert new articles at the end of the list (inside the caller's transaction)."""
        position = self._db.execute(
            "select coalesce(max(position) + 1, 0) from articles"
        ).fetchone()[0]
        stamp = now_iso()
        self._db.conn.executemany(
            "insert into articles (id, title, status, text_hash, source_path, "
            "imported_at, position, note, language, published, outlet, url) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (a.id, a.title, a.status.value, a.text_hash, a.source_path, stamp,
                 position + n, a.note or None, a.language, a.published, a.outlet, a.url)
                for n, a in enumerate(articles)
            ),
        )  # fmt: skip
        # The texts in a table of their own (schema m011).
        self._db.conn.executemany(
            "insert into article_texts (article_id, text) values (?, ?)",
            ((a.id, a.text) for a in articles),
        )
        # The search index is filled here, in bulk, not by a trigger per row (schema m005).
        self._db.execute(
            'insert into articles_fts (rowid, "title", "text") '
            "select a.rowid, a.title, t.text from articles as a "
            "join article_texts as t on t.article_id = a.id where a.position >= ?",
            [position],
        )

    def article_ids(self) -> list[str]:
        """Return every article's id, in import order."""
        with _environment_errors(self.path):
            return [
                str(row[0])
                for row in self._db.execute("select id from articles order by position, id")
            ]

    def article(self, article_id: str) -> Article:
        """Return the article with ``article_id``.

        Raises:
            NotFoundError: there is none.
        """
        with _environment_errors(self.path):
            rows = list(
                self._db.query(
                    "select a.*, t.text from articles as a "
                    "join article_texts as t on t.article_id = a.id where a.id = ?",
                    [article_id],
                )
            )
        if not rows:
            raise NotFoundError("article", article_id)
        return _article_from_row(rows[0])

    def list_articles(self, listing: Listing = _ALL) -> list[ArticleSummary]:
        """Return every article the listing shows, in import order, with span counts."""
        return self.article_page(listing, 0, -1)

    def _status_column(self, annotator: str | None) -> tuple[str, list[Any]]:
        """Return the SQL of the status a layer shows, and its values: an annotator's own
        statuses where a team database holds them, otherwise the database's own."""
        if annotator is None:
            return _OWN_STATUS
        with _environment_errors(self.path):
            found = self._db.execute(
                "select 1 from annotator_statuses where annotator = ? limit 1", [annotator]
            ).fetchone()
        return (_LAYER_STATUS, [annotator]) if found is not None else _OWN_STATUS

    def count_articles(self, listing: Listing = _ALL) -> int:
        """Return how many articles the listing shows."""
        where, params = _listing_where(listing, status=self._status_column(listing.annotator))
        with _environment_errors(self.path):
            return int(
                self._db.execute(f"select count(*) from articles{where}", params).fetchone()[0]
            )

    def article_page(self, listing: Listing, offset: int, limit: int) -> list[ArticleSummary]:
        """Return ``limit`` articles (-1: all) of the listing from row ``offset`` on.

        The article list reads the rows it shows a page at a time: no query reads
        every article, and a page's span counts come from the index on article and label.
        """
        status, status_params = self._status_column(listing.annotator)
        where, params = _listing_where(listing, status=(status, status_params))
        finished = _FINISHED if listing.annotator is None and self.has_annotator_statuses() else ""
        with _environment_errors(self.path):
            rows = self._db.execute(
                f"select id, title, {status}{finished} from articles{where} "
                "order by position, id limit ? offset ?",
                [*status_params, *params, limit, offset],
            ).fetchall()
            counts = self._span_counts([r[0] for r in rows], listing.annotator)
        return [
            ArticleSummary(r[0], r[1], Status(r[2]), counts.get(r[0], {}), *r[3:]) for r in rows
        ]

    def article_summary(
        self,
        article_id: str,
        annotator: str | None = None,
        counts: Mapping[str, int] | None = None,
    ) -> ArticleSummary:
        """Return one article's row of the list; ``counts``, its spans per label where the
        caller knows them (counting 20,000 spans takes a millisecond).

        Raises:
            NotFoundError: there is no such article.
        """
        status, status_params = self._status_column(annotator)
        finished = _FINISHED if annotator is None and self.has_annotator_statuses() else ""
        with _environment_errors(self.path):
            row = self._db.execute(
                f"select id, title, {status}{finished} from articles where id = ?",
                [*status_params, article_id],
            ).fetchone()
            if row is None:
                raise NotFoundError("article", article_id)
            if counts is None:
                counts = self._span_counts([article_id], annotator).get(article_id, {})
        return ArticleSummary(row[0], row[1], Status(row[2]), dict(counts), *row[3:])

    def _span_counts(
        self, article_ids: Sequence[str], annotator: str | None = None
    ) -> dict[str, dict[str, int]]:
        """Return the spans of each label of these articles (``annotator``'s only, if given)."""
        counts: dict[str, dict[str, int]] = {}
        whose = "" if annotator is None else " and annotator = ?"
        for batch, marks in _batches(article_ids):
            for article_id, label, n in self._db.execute(
                f"select article_id, label, count(*) from spans where article_id in ({marks})"
                f"{whose} group by article_id, label",
                [*batch, *([annotator] if annotator is not None else [])],
            ):
                counts.setdefault(article_id, {})[label] = n
        return counts

    def row_in(self, listing: Listing, article_id: str) -> int | None:
        """Return the row an article has in the listing, or ``None`` if it is not shown."""
        status = self._status_column(listing.annotator)
        where, params = _listing_where(listing, "and", status)
        with _environment_errors(self.path):
            found = self._db.execute(
                f"select position from articles where id = ?{where}", [article_id, *params]
            ).fetchone()
            if found is None:
                return None
            before, before_params = _listing_where(listing, status=status)
            joiner = " and " if before else " where "
            return int(
                self._db.execute(
                    f"select count(*) from articles{before}{joiner}(position, id) < (?, ?)",
                    [*before_params, found[0], article_id],
                ).fetchone()[0]
            )

    def article_after(self, listing: Listing, article_id: str | None, step: int = 1,
                      unfinished: bool = False) -> str | None:  # fmt: skip
        """Return the id of the next (``step`` 1) or previous (-1) article of the listing.

        Args:
            listing: which articles count.
            article_id: where to start; ``None`` starts before the first (or after the
                last, going back).
            step: 1 forwards, -1 backwards.
            unfinished: skip articles marked done.

        Returns:
            The id, or ``None`` at the end of the listing.
        """
        status = self._status_column(listing.annotator)
        where, params = _listing_where(listing, status=status)
        clauses = [where.removeprefix(" where ")] if where else []
        if unfinished:
            clauses.append(f"{status[0]} != 'done'")
            params += status[1]
        after: list[Any] = []
        if article_id is not None:
            with _environment_errors(self.path):
                found = self._db.execute(
                    "select position from articles where id = ?", [article_id]
                ).fetchone()
            if found is not None:
                clauses.append(f"(position, id) {'>' if step > 0 else '<'} (?, ?)")
                after = [found[0], article_id]
        order = "position, id" if step > 0 else "position desc, id desc"
        condition = (" where " + " and ".join(clauses)) if clauses else ""
        with _environment_errors(self.path):
            row = self._db.execute(
                f"select id from articles{condition} order by {order} limit 1", [*params, *after]
            ).fetchone()
        return None if row is None else str(row[0])

    def export_counts(
        self,
        statuses: frozenset[str] | None,
        labels: frozenset[str] | None,
        suggestions: bool = False,
    ) -> tuple[int, int]:
        """Return how many articles, and spans (or pending suggestions), an export with
        these filters writes (``None``: any status, any label)."""
        article_where, params = "", []
        if statuses is not None:
            marks = ", ".join("?" for _ in statuses) or "null"
            article_where = f" where status in ({marks})"
            params = sorted(statuses)
        table = "suggestions" if suggestions else "spans"
        conditions = [f"{table}.article_id in (select id from articles{article_where})"]
        span_params: list[Any] = list(params)
        if suggestions:
            conditions.append("suggestions.state = 'pending'")
        if labels is not None:
            conditions.append(f"{table}.label in ({', '.join('?' for _ in labels) or 'null'})")
            span_params += sorted(labels)
        with _environment_errors(self.path):
            articles = self._db.execute(
                f"select count(*) from articles{article_where}", params
            ).fetchone()[0]
            spans = self._db.execute(
                f"select count(*) from {table} where {' and '.join(conditions)}", span_params
            ).fetchone()[0]
        return int(articles), int(spans)

    def status_counts(self, annotator: str | None = None) -> dict[Status, int]:
        """Return how many articles have each status (in ``annotator``'s layer: theirs)."""
        counts = dict.fromkeys(Status, 0)
        status, params = self._status_column(annotator)
        with _environment_errors(self.path):
            for value, n in self._db.execute(
                f"select {status}, count(*) from articles group by 1", params
            ):
                if value in _STATUS_VALUES:
                    counts[Status(value)] += n
        return counts

    def finished_by_annotators(self) -> int:
        """Return how many articles at least one annotator marked done (a team database)."""
        with _environment_errors(self.path):
            return int(
                self._db.execute(
                    "select count(distinct article_id) from annotator_statuses "
                    "where status = 'done'"
                ).fetchone()[0]
            )

    def status_of(self, article_id: str) -> Status:
        """Return an article's status.

        Raises:
            NotFoundError: there is no such article.
        """
        return Status(self._article_column(article_id, "status"))

    def _article_column(self, article_id: str, column: str) -> Any:
        """Return one column of one article, without reading its text.

        Raises:
            NotFoundError: there is no such article.
        """
        with _environment_errors(self.path):
            row = self._db.execute(
                f"select {column} from articles where id = ?", [article_id]
            ).fetchone()
        if row is None:
            raise NotFoundError("article", article_id)
        return row[0]

    def set_status(self, article_id: str, status: Status) -> None:
        """Set an article's status."""
        with _environment_errors(self.path), self._writing():
            cursor = self._db.execute(
                "update articles set status = ? where id = ?", [Status(status).value, article_id]
            )
            if cursor.rowcount == 0:
                raise NotFoundError("article", article_id)

    def set_language(self, article_id: str, language: str) -> None:
        """Set an article's language (``de``, ``en``, or "" for unknown)."""
        with _environment_errors(self.path), self._writing():
            cursor = self._db.execute(
                "update articles set language = ? where id = ?", [language, article_id]
            )
            if cursor.rowcount == 0:
                raise NotFoundError("article", article_id)

    def language_of(self, article_id: str) -> str:
        """Return an article's language ("" when it cannot be told).

        Raises:
            NotFoundError: there is no such article.
        """
        return str(self._article_column(article_id, "language") or "")

    def note_of(self, article_id: str) -> str:
        """Return an article's note ("" for none).

        Raises:
            NotFoundError: there is no such article.
        """
        return str(self._article_column(article_id, "note") or "")

    def set_note(self, article_id: str, note: str) -> None:
        """Set an article's note ("" removes it)."""
        with _environment_errors(self.path), self._writing():
            cursor = self._db.execute(
                "update articles set note = ? where id = ?", [note or None, article_id]
            )
            if cursor.rowcount == 0:
                raise NotFoundError("article", article_id)

    def set_metadata(self, article_id: str, metadata: Metadata) -> None:
        """Set an article's publication day, outlet and URL."""
        with _environment_errors(self.path), self._writing():
            cursor = self._db.execute(
                "update articles set published = ?, outlet = ?, url = ? where id = ?",
                [metadata.published, metadata.outlet, metadata.url, article_id],
            )
            if cursor.rowcount == 0:
                raise NotFoundError("article", article_id)

    def stored_matching(self, articles: Sequence[Article]) -> list[Stored]:
        """Return the stored articles with the id or the text of one of ``articles``."""
        found: dict[str, Stored] = {}
        for batch, marks in _batches(articles):
            ids = [a.id for a in batch]
            hashes = [a.text_hash for a in batch]
            for row in self._db.query(
                f"select id, text_hash, status from articles where id in ({marks}) "
                f"or text_hash in ({marks})",
                [*ids, *hashes],
            ):
                found[row["id"]] = Stored(row["id"], row["text_hash"], Status(row["status"]))
        return list(found.values())

    def has_annotator_statuses(self) -> bool:
        """Return whether any annotator's own status is recorded (a merged team database)."""
        with _environment_errors(self.path):
            return (
                self._db.execute("select 1 from annotator_statuses limit 1").fetchone() is not None
            )
