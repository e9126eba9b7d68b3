"""Long work off the window's thread: exports and imports run with their own connection.

A job reports progress and can be cancelled; a cancelled or failed export leaves
the old file untouched, because exports write a temporary file and rename it,
and an import writes nothing until every file is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from claimmark.core.detect import Detector, store_form
from claimmark.core.errors import CancelledError
from claimmark.core.records import Record
from claimmark.formats import export
from claimmark.formats.importing import read_paths
from claimmark.formats.options import ExportOptions
from claimmark.formats.reading import ReadResult
from claimmark.formats.spacy_docbin import SpacyMissingError
from claimmark.store import Repository, StoreError


class Job(QObject):
    """Work for Qt's thread pool that reports progress and can be cancelled.

    Signals:
        progressed(done, total): steps done so far, of all.
        finished(result): the work succeeded; what it made.
        failed(message): it failed or was cancelled; the message says why.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the job to stop at its next step."""
        self._cancelled = True

    def run(self) -> None:
        """Do the work in the calling thread, then emit finished or failed."""
        raise NotImplementedError

    def _with_repository(self, db_path: str, work: Callable[[Repository], None]) -> None:
        """Run ``work`` with this job's own connection; a store error becomes ``failed``."""
        try:
            repo = Repository.open(db_path)
        except StoreError as error:
            self.failed.emit(str(error))
            return
        try:
            work(repo)
        except StoreError as error:
            self.failed.emit(str(error))
        finally:
            repo.close()

    def start(self) -> None:
        """Run the job in Qt's global thread pool."""
        QThreadPool.globalInstance().start(_Runner(self))


class ExportCancelledError(Exception):
    """The user cancelled the export."""


class ExportJob(Job):
    """Exports a database to a file; ``finished`` carries the ExportReport."""

    def __init__(
        self,
        db_path: str,
        format_name: str,
        path: Path,
        options: ExportOptions,
        suggestions: bool = False,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.format_name = format_name
        self.path = path
        self.options = options
        self.suggestions = suggestions

    def _records(self, repo: Repository) -> Iterator[Record]:
        total = repo.stats().articles
        for done, record in enumerate(repo.iter_records(suggestions=self.suggestions), 1):
            if self._cancelled:
                raise ExportCancelledError
            yield record
            self.progressed.emit(done, total)
        # Once more after the last record: the writer has not returned, so the new
        # file is not renamed into place yet, and a late cancel still keeps the old one.
        if self._cancelled:
            raise ExportCancelledError

    def run(self) -> None:
        """Do the export, then emit finished or failed."""
        self._with_repository(self.db_path, self._export)

    def _export(self, repo: Repository) -> None:
        try:
            report = export(self.format_name, self._records(repo), self.path, self.options)
        except ExportCancelledError:
            self.failed.emit(f"Export cancelled; {self.path} is as it was.")
        except SpacyMissingError as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"Could not export to {self.path}: {error.strerror or error}")
        else:
            self.finished.emit(report)


class ImportJob(Job):
    """Reads files and imports them; ``finished`` carries ``(ReadResult, ImportSummary)``."""

    def __init__(
        self,
        db_path: str,
        paths: list[Path],
        format_name: str | None,
        on_duplicate: str = "skip",
        unknown_labels: str = "add",
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.paths = paths
        self.format_name = format_name
        self.on_duplicate = on_duplicate
        self.unknown_labels = unknown_labels

    def run(self) -> None:
        """Read every path, then store what was read in one transaction."""
        read = ReadResult()
        for done, path in enumerate(self.paths, 1):
            if self._cancelled:
                self.failed.emit("Import cancelled; nothing was imported.")
                return
            read.extend(read_paths([path], self.format_name))
            self.progressed.emit(done, len(self.paths))
        self._with_repository(self.db_path, lambda repo: self._store(repo, read))

    def _store(self, repo: Repository, read: ReadResult) -> None:
        try:
            summary = repo.import_records(
                read.records, self.on_duplicate, self.unknown_labels, lambda: self._cancelled
            )
        except CancelledError:
            self.failed.emit("Import cancelled; nothing was imported.")
            return
        self.finished.emit((read, summary))


class DetectJob(Job):
    """Runs the claim detector on one article and stores its suggestions.

    ``finished`` carries ``(article_id, new suggestion count)``.
    """

    def __init__(self, db_path: str, detector: Detector, article_id: str) -> None:
        super().__init__()
        self.db_path = db_path
        self.detector = detector
        self.article_id = article_id

    def run(self) -> None:
        """Detect, then store the suggestions with this job's own connection."""
        self._with_repository(self.db_path, self._detect)

    def _detect(self, repo: Repository) -> None:
        article = repo.article(self.article_id)
        found = self.detector.detect(article.text)
        if self._cancelled:
            self.failed.emit("Detection cancelled.")
            return
        stored = [store_form(article.id, article.text, f) for f in found]
        self.finished.emit((article.id, repo.store_suggestions(article.id, stored)))


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        """Override QRunnable::run."""
        self._job.run()
