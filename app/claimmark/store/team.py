"""The store's team tables: annotators, their statuses, disagreements settled."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence

from claimmark.core.articles import Status
from claimmark.core.spans import Span
from claimmark.core.spans import now_iso
from claimmark.store.articles import Articles
from claimmark.store.connection import _batches
from claimmark.store.connection import _environment_errors
from claimmark.store.rows import _SPAN_SELECT
from claimmark.store.rows import _STATUS_VALUES
from claimmark.store.rows import _span_from_values


class Team(Articles):
    """The store's team tables: annotators, their statuses, disagreements settled."""

    def project_info(self, key: str) -> str | None:
        """Return what the database says of itself under ``key`` (``None``: nothing)."""
        with _environment_errors(self.path):
            row = self._db.execute("select value from project_info where key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_project_info(self, key: str, value: str) -> None:
        """Record ``value`` under ``key`` in what the database says of itself."""
        with _environment_errors(self.path), self._writing():
            self._db.execute(
                "insert into project_info (key, value) values (?, ?) "
                "on conflict (key) do update set value = excluded.value",
                [key, value],
            )

    def annotators(self) -> list[str]:
        """Return everyone with a span or a status of their own here, by name.

        The names are read by skipping through the annotator index, one seek per
        name (a ``distinct`` reads the whole index: a million spans for three names).
        """
        with _environment_errors(self.path):
            rows = self._db.execute(
                """
                with recursive people(name) as (
                    select min(annotator) from spans
                    union all
                    select (select min(annotator) from spans where annotator > name)
                    from people where name is not null
                ), statused(name) as (
                    select min(annotator) from annotator_statuses
                    union all
                    select (select min(annotator) from annotator_statuses where annotator > name)
                    from statused where name is not null
                )
                select name from people where name is not null
                union select name from statused where name is not null order by 1
                """
            ).fetchall()
        return [str(row[0]) for row in rows]

    def annotator_statuses(self) -> dict[str, dict[str, Status]]:
        """Return each annotator's recorded statuses, by annotator then article."""
        found: dict[str, dict[str, Status]] = {}
        with _environment_errors(self.path):
            for article_id, annotator, status in self._db.execute(
                "select article_id, annotator, status from annotator_statuses"
            ):
                if status in _STATUS_VALUES:  # another program's odd value is no status
                    found.setdefault(annotator, {})[article_id] = Status(status)
        return found

    def set_annotator_statuses(self, rows: Iterable[tuple[str, str, Status]]) -> None:
        """Record ``(article_id, annotator, status)`` rows, replacing earlier ones."""
        with _environment_errors(self.path), self._writing():
            self._db.conn.executemany(
                "insert into annotator_statuses (article_id, annotator, status) values (?, ?, ?) "
                "on conflict (article_id, annotator) do update set status = excluded.status",
                ([a, who, Status(status).value] for a, who, status in rows),
            )

    def done_articles_by_annotator(self) -> dict[str, set[str]]:
        """Return, for each annotator, the articles marked done that hold a span of theirs
        (pairs only: no span is read whole)."""
        found: dict[str, set[str]] = {}
        with _environment_errors(self.path):
            for annotator, article_id in self._db.execute(
                "select distinct s.annotator, s.article_id from spans s "
                "join articles a on a.id = s.article_id where a.status = 'done'"
            ):
                found.setdefault(str(annotator), set()).add(str(article_id))
        return found

    def spans_by_annotator(self, article_ids: Sequence[str]) -> dict[str, dict[str, list[Span]]]:
        """Return the spans of these articles by annotator, then article."""
        found: dict[str, dict[str, list[Span]]] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                for row in self._db.execute(
                    _SPAN_SELECT + f' where article_id in ({marks}) order by "start", "end"', batch
                ):
                    span = _span_from_values(row)
                    found.setdefault(span.annotator, {}).setdefault(span.article_id, []).append(
                        span
                    )
        return found

    def rejected_disagreements(self, article_id: str) -> list[tuple[int, int]]:
        """Return the stretches of an article whose disagreement was settled with no span."""
        with _environment_errors(self.path):
            return [
                (int(row[0]), int(row[1]))
                for row in self._db.execute(
                    'select "start", "end" from rejected_disagreements where article_id = ? '
                    'order by "start"',
                    [article_id],
                )
            ]

    def set_rejected_disagreement(self, article_id: str, start: int, end: int, on: bool) -> None:
        """Record (``on``) or forget that a stretch's disagreement was settled with no span."""
        with _environment_errors(self.path), self._writing():
            if on:
                self._db.execute(
                    'insert or replace into rejected_disagreements (article_id, "start", "end", '
                    "decided_at) values (?, ?, ?, ?)",
                    [article_id, start, end, now_iso()],
                )
            else:
                self._db.execute(
                    'delete from rejected_disagreements where article_id = ? and "start" = ? '
                    'and "end" = ?',
                    [article_id, start, end],
                )

    def article_statuses(self) -> dict[str, Status]:
        """Return every article's status (of the database's own annotator), by id."""
        with _environment_errors(self.path):
            return {
                row[0]: Status(row[1])
                for row in self._db.execute("select id, status from articles order by position")
                if row[1] in _STATUS_VALUES  # another program's odd value is no status
            }
