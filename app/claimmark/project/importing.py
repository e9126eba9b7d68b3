"""Importing files into a project: read, store, and say what happened, for both front ends."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimmark.core.errors import CancelledError
from claimmark.core.importing import OnDuplicate, UnknownLabels
from claimmark.core.problems import ImportProblem
from claimmark.formats.importing import read_path
from claimmark.formats.reading import ReadResult
from claimmark.project.progress import Cancelled, Progress, ignore, never
from claimmark.store import ImportSummary, Repository


@dataclass(frozen=True, slots=True)
class ImportOutcome:
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

    def summary_line(self) -> str:
        """Return the one line that sums the import up."""
        s = self.summary
        return (
            f"imported {len(s.added)} article(s) with {s.spans} span(s), "
            f"merged {len(s.merged)}, skipped {len(s.skipped)}, "
            f"{len(self.problems)} problem(s)"
        )

    def detail_lines(self) -> list[str]:
        """Return a line per note, skipped article, added label and problem."""
        return [
            *(f"note: {note}" for note in self.read.notes),
            *(f"skipped {article_id}: {reason}" for article_id, reason in self.summary.skipped),
            *(f"note: added label {label}" for label in self.summary.labels_added),
            *(f"error: {problem}" for problem in self.problems),
        ]


def import_paths(
    repo: Repository,
    paths: Sequence[Path],
    format_name: str | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    unknown_labels: UnknownLabels = UnknownLabels.ADD,
    progress: Progress = ignore,
    cancelled: Cancelled = never,
) -> ImportOutcome:
    """Read files and folders and store their articles and spans in one transaction.

    Args:
        repo: the project's store.
        paths: files and folders to import.
        format_name: the files' format, or ``None`` to guess it from each path.
        on_duplicate: what to do with an article already present.
        unknown_labels: what to do with labels the project lacks.
        progress: told after each path is read.
        cancelled: asked before each path and once more at the commit.

    Raises:
        CancelledError: the user cancelled; nothing was written.
        StoreError: the database cannot be written.
    """
    read = ReadResult()
    for done, path in enumerate(paths, 1):
        if cancelled():
            raise CancelledError("Import cancelled; nothing was imported.")
        read.extend(read_path(path, format_name))
        progress(done, len(paths))
    summary = repo.import_records(read.records, on_duplicate, unknown_labels, cancelled)
    return ImportOutcome(read, summary)
