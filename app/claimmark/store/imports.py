"""The store's side of an import: a plan carried out (the use case plans it)."""

from __future__ import annotations

from dataclasses import asdict

from claimmark.core.importing import ImportPlan
from claimmark.store.connection import _environment_errors
from claimmark.store.rows import _SPAN_COLUMNS
from claimmark.store.rows import _SPAN_INSERT
from claimmark.store.rows import _check_fits
from claimmark.store.suggestions import Suggestions


class Imports(Suggestions):
    """The store's side of an import: a plan carried out (the use case plans it)."""

    def carry_out(self, plan: ImportPlan) -> None:
        """Insert an import plan's labels, articles, statuses and spans, as one transaction
        (or inside the caller's: see :meth:`transaction`). The plan is the use case's
        (``core.importing.plan_import``); only each span's fit is checked again here.
        """
        with _environment_errors(self.path), self._writing():
            self._carry_out(plan)

    def _carry_out(self, plan: ImportPlan) -> None:
        label_position = self._db.execute(
            "select coalesce(max(position) + 1, 0) from labels"
        ).fetchone()[0]
        self._db.table("labels").insert_all(
            {**asdict(label), "position": label_position + n} for n, label in enumerate(plan.labels)
        )
        self._insert_articles(plan.articles)
        self._db.conn.executemany(
            "update articles set status = ? where id = ?",
            ((status.value, article_id) for article_id, status in plan.statuses),
        )
        texts = {a.id: a.text for a in plan.articles}
        for span in plan.spans:
            text = texts.get(span.article_id)
            if text is None:
                text = texts[span.article_id] = self.article(span.article_id).text
            _check_fits(span, span.article_id, text)
        # executemany, not insert_all: sqlite-utils inspects and converts every value,
        # a third of an import's store time.
        self._db.conn.executemany(
            _SPAN_INSERT, ([getattr(s, c) for c in _SPAN_COLUMNS] for s in plan.spans)
        )
