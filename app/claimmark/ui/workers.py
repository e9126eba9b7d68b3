"""Long work off the window's thread: exports run with their own database connection.

A job reports progress and can be cancelled; a cancelled or failed export leaves
the old file untouched, because exports write a temporary file and rename it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from claimmark.core.records import Record
from claimmark.formats import export
from claimmark.formats.options import ExportOptions
from claimmark.formats.spacy_docbin import SpacyMissingError
from claimmark.store import Repository, StoreError


class ExportCancelledError(Exception):
    """The user cancelled the export."""


class ExportJob(QObject):
    """Exports a database to a file in a pool thread.

    Signals:
        progressed(done, total): articles written so far, of all to write.
        finished(report): the export succeeded (an ExportReport).
        failed(message): it failed or was cancelled; the message says why.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

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
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the job to stop at the next article."""
        self._cancelled = True

    def _records(self, repo: Repository) -> Iterator[Record]:
        total = repo.stats().articles
        for done, record in enumerate(repo.iter_records(suggestions=self.suggestions), 1):
            if self._cancelled:
                raise ExportCancelledError
            yield record
            self.progressed.emit(done, total)

    def run(self) -> None:
        """Do the export (in whatever thread calls this), then emit finished or failed."""
        try:
            repo = Repository.open(self.db_path)
        except StoreError as error:
            self.failed.emit(str(error))
            return
        try:
            report = export(self.format_name, self._records(repo), self.path, self.options)
        except ExportCancelledError:
            self.failed.emit(f"Export cancelled; {self.path} is as it was.")
        except (StoreError, SpacyMissingError) as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"Could not export to {self.path}: {error.strerror or error}")
        else:
            self.finished.emit(report)
        finally:
            repo.close()

    def start(self) -> None:
        """Run the job in Qt's global thread pool."""
        QThreadPool.globalInstance().start(_Runner(self))


class _Runner(QRunnable):
    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        """Override QRunnable::run."""
        self._job.run()
