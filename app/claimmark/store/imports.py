"""The store's side of an import: the articles an import matches, and a plan carried out."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict

from claimmark.core.errors import CancelledError
from claimmark.core.importing import ImportPlan, OnDuplicate, UnknownLabels, plan_import
from claimmark.core.records import Record
from claimmark.store.connection import (
    _environment_errors,
)
from claimmark.store.results import ImportSummary
from claimmark.store.rows import (
    _SPAN_COLUMNS,
    _SPAN_INSERT,
    _check_fits,
)
from claimmark.store.suggestions import Suggestions


class Imports(Suggestions):
    """The store's side of an import: the articles an import matches, and a plan carried out."""

    def import_records(
        self,
        records: Iterable[Record],
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        unknown_labels: UnknownLabels = UnknownLabels.ADD,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ImportSummary:
        """Store imported articles, their spans and new labels in one transaction.

        What is new, merged or refused is planned by :func:`core.importing.plan_import`
        (see there for the policies); this carries the plan out with bulk inserts.

        Args:
            records: what a reader found.
            on_duplicate: what to do with an article already present (same id or text).
            unknown_labels: what to do with labels the project lacks.
            cancelled: asked just before the commit; if it answers yes, the
                transaction is rolled back and CancelledError raised, so a
                cancelled import writes nothing however late the cancel came.

        Raises:
            CancelledError: ``cancelled()`` was true at the commit.
        """
        records = list(records)
        with _environment_errors(self.path), self._writing():
            stored = self._stored_matching([r.article for r in records])
            stored_spans = (
                {s.id: self.spans_for(s.id) for s in stored}
                if on_duplicate == OnDuplicate.MERGE
                else {}
            )
            plan = plan_import(
                records, stored, stored_spans, self.labels(), on_duplicate, unknown_labels
            )
            self._carry_out(plan)
            if cancelled():
                # Leaving atomic() by an exception rolls the whole import back.
                raise CancelledError("Import cancelled; nothing was imported.")
        return ImportSummary(
            added=plan.added,
            merged=plan.merged,
            skipped=plan.skipped,
            spans=len(plan.spans),
            labels_added=[label.name for label in plan.labels],
            problems=plan.problems,
        )

    def _carry_out(self, plan: ImportPlan) -> None:
        """Insert a plan's labels, articles and spans (inside the caller's transaction)."""
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
