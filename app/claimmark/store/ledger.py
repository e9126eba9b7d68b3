"""The store's claim ledger: confirmed spans with their articles' day and outlet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from claimmark.core.articles import Status
from claimmark.core.articles import iso_day
from claimmark.core.ledger import GROUPINGS
from claimmark.core.ledger import Claim
from claimmark.core.ledger import LedgerFilter
from claimmark.core.spans import qualifier_of
from claimmark.store.connection import _environment_errors
from claimmark.store.records import Records

_COLUMNS = (
    "select s.article_id, a.title, a.published, a.outlet, s.label, s.text, s.value, "
    's.qualifier, s.source, s.annotator, a.status, s."start", s."end", s.id, a.position '
)
_SELECT = _COLUMNS + "from spans s join articles a on a.id = s.article_id"
# CROSS JOIN makes SQLite walk the articles in the index's order (day, or place in
# the list) and each one's spans by theirs: rows come out in the ledger's order with
# no sort of the whole ledger (1.26 M rows: 1.1 s to the first page, now milliseconds).
_IN_ORDER = _COLUMNS + "from articles a cross join spans s on a.id = s.article_id"

_ORDER = 'a.published is null, a.published, a.position, s."start", s."end", s.label, s.id'
"""Day (unknown last), then the article's place in the list, then the span's place."""

_DATED_KEY = '(a.published, a.position, s."start", s."end", s.label, s.id)'
_UNDATED_KEY = '(a.position, s."start", s."end", s.label, s.id)'

Place = tuple[Any, ...]
"""Where a page of the ledger ended: whether in the dated part, and the last row's key."""

SORTABLE: dict[str, str] = {
    "published": "a.published",
    "outlet": "a.outlet",
    "title": "a.title",
    "label": "s.label",
    "text": "s.text",
    "value": "s.value",
    "qualifier": "s.qualifier",
    "source": "s.source",
    "annotator": "s.annotator",
    "status": "a.status",
}
"""The ledger's columns it can be sorted by, and the expression each sorts on."""

_FETCH = 2_000
_EVERY_CLAIM = LedgerFilter()


def _where(ledger: LedgerFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if ledger.labels is not None:
        clauses.append(f"s.label in ({', '.join('?' for _ in ledger.labels)})")
        params += sorted(ledger.labels)
    for column, value in (
        ("a.status", ledger.status),
        ("s.annotator", ledger.annotator),
        ("s.qualifier", ledger.qualifier),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    for column, part in (
        ("s.source", ledger.source),
        ("a.outlet", ledger.outlet),
        ("s.text", ledger.text),
    ):
        if part:
            # instr on casefolded text (connection.py): LIKE would read % and _ in the
            # user's words, and folds ASCII only
            clauses.append(f"instr(casefolded({column}), ?) > 0")
            params.append(part.casefold())
    if ledger.group is not None:
        column, value = ledger.group
        if value is None:
            clauses.append(f"{SORTABLE[column]} is null")
        else:
            clauses.append(f"{SORTABLE[column]} = ?")
            params.append(value)
    if ledger.charted:
        clauses.append("a.published is not null and s.value is not null")
    if ledger.since is not None:
        clauses.append("a.published >= ?")
        params.append(iso_day(ledger.since))
    if ledger.until is not None:
        clauses.append("a.published <= ?")
        params.append(iso_day(ledger.until))
    return (" where " + " and ".join(clauses) if clauses else ""), params


def _place(row: tuple[Any, ...]) -> Place:
    """Return the key of a row of ``_COLUMNS`` in the ledger's order."""
    if row[2] is not None:
        return (True, row[2], row[14], row[11], row[12], row[4], row[13])
    return (False, row[14], row[11], row[12], row[4], row[13])


def _claim(row: tuple[Any, ...]) -> Claim:
    return Claim(
        row[0], row[1], row[2], row[3], row[4], row[5], row[9], Status(row[10]), row[11],
        row[12], row[13], value=row[6], qualifier=qualifier_of(row[7]), source=row[8],
    )  # fmt: skip


class Ledger(Records):
    """The store's claim ledger: every confirmed span as a claim, filtered and sorted."""

    def iter_claims(self, ledger: LedgerFilter = _EVERY_CLAIM) -> Iterator[Claim]:
        """Yield the claims the filter lets through, by day, article and place, a batch
        of rows at a time (the whole ledger is never held, nor sorted)."""
        after: Place | None = None
        while True:
            claims, after = self.claims_after(ledger, after, _FETCH)
            yield from claims
            if after is None:
                return

    def claims_after(
        self, ledger: LedgerFilter, after: Place | None, limit: int
    ) -> tuple[list[Claim], Place | None]:
        """Return up to ``limit`` claims in the ledger's order that come after ``after``
        (``None``: from the first), and where they end (``None``: at the ledger's end).

        Each page costs what it reads, wherever it is: the articles with a day are
        walked by day, then those without by their place in the list.
        """
        where, params = _where(ledger)
        joined = " and " if where else " where "
        rows: list[tuple[Any, ...]] = []
        with _environment_errors(self.path):
            if after is None or after[0]:
                key = "" if after is None else f" and {_DATED_KEY} > (?, ?, ?, ?, ?, ?)"
                rows = self._db.execute(
                    f"{_IN_ORDER}{where}{joined}a.published is not null{key} "
                    f'order by a.published, a.position, s."start", s."end", s.label, s.id '
                    "limit ?",
                    [*params, *(after[1:] if after else ()), limit],
                ).fetchall()
                if len(rows) == limit:
                    return [_claim(r) for r in rows], _place(rows[-1])
                after = None  # the dated part is read: the undated follow from their start
            key = "" if after is None else f" and {_UNDATED_KEY} > (?, ?, ?, ?, ?)"
            more = self._db.execute(
                f"{_IN_ORDER}{where}{joined}a.published is null{key} "
                'order by a.position, s."start", s."end", s.label, s.id limit ?',
                [*params, *(after[1:] if after else ()), limit - len(rows)],
            ).fetchall()
        rows += more
        ended = len(rows) < limit
        return [_claim(r) for r in rows], None if ended or not rows else _place(rows[-1])

    def claim_page(
        self,
        ledger: LedgerFilter,
        offset: int,
        limit: int,
        sort: str | None = None,
        descending: bool = False,
    ) -> list[Claim]:
        """Return ``limit`` claims from row ``offset`` on, sorted by the column ``sort``
        (one of :data:`SORTABLE`; the ledger's own order within equal values)."""
        where, params = _where(ledger)
        order = _ORDER
        if sort is not None:
            direction = "desc" if descending else "asc"
            order = f"{SORTABLE[sort]} is null, {SORTABLE[sort]} {direction}, {_ORDER}"
        with _environment_errors(self.path):
            rows = self._db.execute(
                f"{_SELECT}{where} order by {order} limit ? offset ?", [*params, limit, offset]
            ).fetchall()
        return [_claim(row) for row in rows]

    def claim_count(self, ledger: LedgerFilter = _EVERY_CLAIM) -> int:
        """Return how many claims the filter lets through."""
        where, params = _where(ledger)
        with _environment_errors(self.path):
            row = self._db.execute(
                "select count(*) from spans s join articles a on a.id = s.article_id" + where,
                params,
            ).fetchone()
        return int(row[0])

    def claim_groups(self, ledger: LedgerFilter, by: str) -> list[tuple[str | None, int]]:
        """Return the groups of the filter's claims by a column (one of ``GROUPINGS``)
        with the claims in each, most first (``None``: the claims without one)."""
        if by not in GROUPINGS:
            raise ValueError(f"the ledger is not grouped by {by!r}")
        column = SORTABLE[by]
        where, params = _where(ledger)
        with _environment_errors(self.path):
            rows = self._db.execute(
                f"select {column}, count(*) as n from spans s join articles a "
                f"on a.id = s.article_id{where} group by {column} order by n desc, {column}",
                params,
            ).fetchall()
        return [(row[0], int(row[1])) for row in rows]
