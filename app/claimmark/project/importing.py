"""Importing files into a project: read, store, and say what happened, for both front ends."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from claimmark.core.errors import CancelledError
from claimmark.core.importing import OnDuplicate
from claimmark.core.importing import UnknownLabels
from claimmark.core.importing import plan_import
from claimmark.core.outcome import SaidOutcome
from claimmark.core.outcome import error_line
from claimmark.core.outcome import label_added_line
from claimmark.core.outcome import note_line
from claimmark.core.outcome import problems_json
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import article_count
from claimmark.core.words import counted
from claimmark.core.words import figure
from claimmark.core.words import problem_count
from claimmark.core.words import said
from claimmark.core.words import span_count
from claimmark.formats.reading import ReadResult
from claimmark.project.progress import Cancelled
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore
from claimmark.project.progress import never
from claimmark.store import Repository
from claimmark.store.files import is_database_file


@dataclass
class ImportSummary:
    """What importing records did.

    Attributes:
        added: ids of new articles.
        merged: ids of articles already present that received spans.
        skipped: ``(id, reason)`` of articles already present and left alone.
        spans: how many spans were stored.
        suggestions: how many pending suggestions were new (a pre-annotated file's).
        labels_added: labels that were new to the project and were added.
        problems: spans that could not be stored, and why.
    """

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    spans: int = 0
    labels_added: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    suggestions: int = 0

    def extend(self, other: ImportSummary) -> None:
        """Add what another import (a later batch of the same one) did."""
        self.added.extend(other.added)
        self.merged.extend(other.merged)
        self.skipped.extend(other.skipped)
        self.spans += other.spans
        self.suggestions += other.suggestions
        self.labels_added.extend(other.labels_added)
        self.problems.extend(other.problems)


def store_records(
    repo: Repository,
    records: Iterable[Record],
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    unknown_labels: UnknownLabels = UnknownLabels.ADD,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportSummary:
    """Store imported articles, their spans and new labels in one transaction.

    What is new, merged or refused is planned by :func:`core.importing.plan_import`
    (see there for the policies) from what the store holds, read in the same
    transaction; the store carries the plan out.

    Args:
        repo: the project's store.
        records: what a reader found.
        on_duplicate: what to do with an article already present (same id or text).
        unknown_labels: what to do with labels the project lacks.
        cancelled: asked just before the commit; if it answers yes, the transaction
            is rolled back and CancelledError raised, so a cancelled import writes
            nothing however late the cancel came.

    Raises:
        CancelledError: ``cancelled()`` was true at the commit.
    """
    records = list(records)
    with repo.transaction():
        stored = repo.stored_matching([r.article for r in records])
        merging = on_duplicate == OnDuplicate.MERGE
        stored_spans = {s.id: repo.spans_for(s.id) for s in stored} if merging else {}
        plan = plan_import(
            records, stored, stored_spans, repo.labels(), on_duplicate, unknown_labels
        )
        repo.carry_out(plan)
        # A pre-annotated article's suggestions are stored as the detector run they are:
        # pending, to review, and the article counted as detected.
        suggestions = repo.store_detections(plan.suggestions) if plan.suggestions else 0
        if cancelled():  # leaving the transaction by an exception rolls it all back
            raise CancelledError("Import cancelled; nothing was imported.")
    return ImportSummary(
        added=plan.added,
        merged=plan.merged,
        skipped=plan.skipped,
        spans=len(plan.spans),
        labels_added=[label.name for label in plan.labels],
        problems=plan.problems,
        suggestions=suggestions,
    )


@dataclass(frozen=True, slots=True)
class ImportOutcome(SaidOutcome):
    """What an import read and stored.

    Attributes:
        read: what the readers found (records, problems, notes such as encodings).
        summary: what the store did with it (added, merged, skipped, labels added).
    """

    read: ReadResult
    summary: ImportSummary

    @property
    def problems(self) -> list[ImportProblem]:
        """Return every problem, of reading and of storing, each naming its file."""
        return [*self.read.problems, *self.summary.problems]

    def summary_said(self) -> Said:
        """Return the one line that sums the import up."""
        s = self.summary
        # Its own forms: after "with" German takes the dative ("und 3 Vorschlägen").
        suggested = (
            said(
                QT_TRANSLATE_NOOP("edits", " and {n} suggestion"),
                QT_TRANSLATE_NOOP("edits", " and {n} suggestions"),
                s.suggestions,
            )
            if s.suggestions
            else said("")
        )
        return said(
            QT_TRANSLATE_NOOP(
                "edits",
                "imported {articles} with {spans}{suggested}, merged {merged}, skipped "
                "{skipped}, {problems}",
            ),
            articles=article_count(len(s.added)),
            spans=span_count(s.spans),
            suggested=suggested,
            merged=figure(len(s.merged)),
            skipped=figure(len(s.skipped)),
            problems=problem_count(len(self.problems)),
        )

    def details_said(self) -> list[Said]:
        """Return a line per note, skipped article, added label and problem."""
        return [
            *map(note_line, self.read.notes),
            *(
                said(
                    QT_TRANSLATE_NOOP("edits", "skipped {article}: {why}"),
                    article=article_id,
                    why=reason,
                )
                for article_id, reason in self.summary.skipped
            ),
            *map(label_added_line, self.summary.labels_added),
            *map(error_line, self.problems),
        ]

    def as_json(self) -> dict[str, Any]:
        """Return the import's figures: ids added, merged and skipped, spans, problems."""
        s = self.summary
        return {
            "added": s.added,
            "merged": s.merged,
            "skipped": [{"id": i, "reason": why} for i, why in s.skipped],
            "spans": s.spans,
            "suggestions": s.suggestions,
            "labels_added": s.labels_added,
            "notes": [str(note) for note in self.read.notes],
            "problems": problems_json(self.problems),
        }


BATCH_ARTICLES = 2_000
"""Articles stored per transaction: an import holds one batch in memory, never the corpus."""

BATCH_CHARACTERS = 20_000_000
"""A batch also ends at this much text, so a file of long articles is held in pieces too."""


def import_paths(
    repo: Repository,
    paths: Sequence[Path],
    format_name: str | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    unknown_labels: UnknownLabels = UnknownLabels.ADD,
    progress: Progress = ignore,
    cancelled: Cancelled = never,
) -> ImportOutcome:
    """Read files and folders and store their articles and spans, a batch at a time.

    Records are read as a stream and stored in batches of :data:`BATCH_ARTICLES`,
    each in one transaction: memory stays flat however large the corpus, and
    another connection (the window) can write between batches. The result is the
    same whatever the batch size, since each batch's duplicates are checked against
    what earlier batches stored. A cancelled or killed import keeps the batches
    committed before it and nothing of the one in progress.

    Args:
        repo: the project's store.
        paths: files and folders to import.
        format_name: the files' format, or ``None`` to guess it from each path.
        on_duplicate: what to do with an article already present.
        unknown_labels: what to do with labels the project lacks.
        progress: told after each path is read.
        cancelled: asked before each batch and once more at each batch's commit.

    Raises:
        CancelledError: the user cancelled; the message says what was kept.
        StoreError: the database cannot be written.
    """
    # Here, not with the module: the window imports this module at its start (a merge
    # stores records) and reads no file then; the formats' registry imports every format.
    from claimmark.formats.importing import stream_path

    read = ReadResult()
    summary = ImportSummary()
    batch: list[Record] = []
    characters = 0

    def store() -> None:
        nonlocal characters
        if cancelled():
            raise CancelledError(_cancelled_message(summary))
        try:
            summary.extend(store_records(repo, batch, on_duplicate, unknown_labels, cancelled))
        except CancelledError:
            raise CancelledError(_cancelled_message(summary)) from None
        batch.clear()
        characters = 0

    for done, path in enumerate(paths, 1):
        if is_database_file(path, repo.path):
            # Reading it outside SQLite would drop the database's locks.
            read.problems.append(
                ImportProblem.of(
                    str(path),
                    None,
                    QT_TRANSLATE_NOOP("edits", "this is the project's own database; not imported"),
                )
            )
            continue
        for record in stream_path(path, read, format_name):
            batch.append(record)
            characters += len(record.article.text)
            if len(batch) >= BATCH_ARTICLES or characters >= BATCH_CHARACTERS:
                store()
        progress(done, len(paths))
    store()
    return ImportOutcome(read, summary)


def _cancelled_message(kept: ImportSummary) -> str:
    if not (kept.added or kept.merged):
        return "Import cancelled; nothing was imported."
    return (
        f"Import cancelled; {counted(len(kept.added) + len(kept.merged), 'article')} of the "
        "batches stored before it are kept, the rest was not imported."
    )
