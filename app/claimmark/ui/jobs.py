"""Long work off the window's thread: each job runs one use case on its own connection.

A job reports progress and can be cancelled; it ends with exactly one of
``finished`` or ``failed``, emitted from its thread and delivered to the window's.
Every failure, a bug included, becomes ``failed`` with a message: no widget is
ever made outside the GUI thread. A cancelled export leaves the old file, a
cancelled import writes nothing (the use cases check the cancel at their commit).

The use cases are imported where a job runs them (on its thread), not with this
module: the window's first paint needs none of them (18 ms of a start).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any
from typing import Generic
from typing import TypeVar
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import QRunnable
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from claimmark.core.errors import ClaimmarkError
from claimmark.core.importing import OnDuplicate
from claimmark.core.importing import UnknownLabels
from claimmark.core.spans import Span
from claimmark.core.words import Said
from claimmark.project.progress import Cancelled
from claimmark.project.progress import Progress
from claimmark.project.project import Project
from claimmark.store import Repository
from claimmark.ui.i18n import told

if TYPE_CHECKING:  # types of what the jobs return; the use cases load when a job runs
    from claimmark.core.ledger import LedgerFilter
    from claimmark.formats.options import ExportOptions
    from claimmark.formats.options import ExportReport
    from claimmark.model.spacy_model import Model
    from claimmark.project.edits import Learn
    from claimmark.project.importing import ImportOutcome
    from claimmark.project.merging import MergeReport
    from claimmark.project.splitting import SplitReport
    from claimmark.project.training import TrainingReport
    from claimmark.team.agreement import Agreement


log = logging.getLogger("claimmark")


T = TypeVar("T")

Work = Callable[[Repository, Progress, Cancelled], T]
"""A use case run by a job: given a connection, a progress callback and the cancel question,
it returns what the job finishes with."""


class Job(QObject, Generic[T]):
    """A use case for Qt's thread pool that reports progress and can be cancelled; what it
    finishes with is a ``T`` (``Job[ExportReport]``), which :meth:`JobRunner.launch`
    hands to a callback typed for it.

    Attributes:
        project: the project it works on (it opens its own connection to it).
        name: what it does, to tell jobs apart ("detect a1").

    Signals:
        progressed(done, total): steps done so far, of all.
        finished(result): the work succeeded; what it made (a ``T``: a signal carries
            no Python type, the runner's typed callback does).
        failed(message): it failed or was cancelled; the message says why.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, project: Project, work: Work[T], name: str) -> None:
        super().__init__()
        self.project = project
        self.name = name
        self._work = work
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the job to stop at its next safe point."""
        self._cancelled = True

    def cancelled(self) -> bool:
        """Return whether the user asked the job to stop."""
        return self._cancelled

    def run(self) -> None:
        """Do the work in the calling thread, then emit finished or failed."""
        elsewhere = self.project.has_other_connections
        try:
            repo = self.project.connect_again() if elsewhere else self.project.repo
            try:
                result = self._work(repo, self.progressed.emit, self.cancelled)
            finally:
                if elsewhere:
                    repo.close()
        except ClaimmarkError as error:
            self.failed.emit(told(error))
            return
        except Exception:
            log.exception("a background job failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "Job",
                    "This is a bug in Claimmark: the work stopped with an unexpected error "
                    "(the log has the details). Your saved work is safe in the database.",
                )
            )
            return
        self.finished.emit(result)

    def start(self) -> None:
        """Run the job in Qt's thread pool; in this thread if no other connection is possible."""
        if self.project.has_other_connections:
            QThreadPool.globalInstance().start(_Runner(self))
        else:
            self.run()


def export_job(
    project: Project,
    format_name: str,
    path: Path,
    options: ExportOptions,
    suggestions: bool = False,
) -> Job[ExportReport]:
    """Return a job that exports the project; ``finished`` carries the ExportReport.

    The file is renamed into place only when complete and not cancelled.
    """

    def work(repo: Repository, progress: Progress, cancelled: Cancelled) -> ExportReport:
        from claimmark.project.exporting import export_project

        return export_project(repo, format_name, path, options, suggestions, progress, cancelled)

    return Job(project, work, f"export to {path}")


def import_job(
    project: Project,
    paths: list[Path],
    format_name: str | None,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    unknown_labels: UnknownLabels = UnknownLabels.ADD,
) -> Job[ImportOutcome]:
    """Return a job that reads files and imports them; ``finished`` carries the ImportOutcome."""

    def work(repo: Repository, progress: Progress, cancelled: Cancelled) -> ImportOutcome:
        from claimmark.project.importing import import_paths

        return import_paths(
            repo, paths, format_name, on_duplicate, unknown_labels, progress, cancelled
        )

    return Job(project, work, "import")


def backup_job(project: Project, out: Path) -> Job[Said]:
    """Return a job that copies the project's database; ``finished`` carries its summary."""

    def work(repo: Repository, _progress: Progress, _cancelled: Cancelled) -> Said:
        from claimmark.project.backup import back_up

        # The save dialog asked before a file was replaced.
        return back_up(repo, out, force=True)

    return Job(project, work, f"back up to {out}")


def detect_job(project: Project, article_id: str) -> Job[int]:
    """Return a job that finds one article's claims; ``finished`` carries the new count."""
    detector = project.detector
    model = project.model
    assert detector is not None

    def work(repo: Repository, _progress: Progress, _cancelled: Cancelled) -> int:
        from claimmark.project.detecting import detect_article

        return detect_article(repo, detector, article_id, model)

    return Job(project, work, f"detect {article_id}")


def propose_day_job(project: Project, text: str, language: str) -> Job[str | None]:
    """Return a job that reads a day from an article's dateline; ``finished`` carries it
    (``None`` if the first lines give no full date)."""

    def work(_repo: Repository, _progress: Progress, _cancelled: Cancelled) -> str | None:
        from claimmark.detector.dates import propose_day

        return propose_day(text, language)

    return Job(project, work, "read the dateline")


def count_claims_job(
    project: Project, ledger: LedgerFilter
) -> Job[tuple[int, dict[str, str] | None]]:
    """Return a job that counts a ledger filter's claims and finds their hints."""

    def work(
        repo: Repository, _progress: Progress, _cancelled: Cancelled
    ) -> tuple[int, dict[str, str] | None]:
        from claimmark.project.ledger import count_claims

        return count_claims(repo, ledger)

    return Job(project, work, "count the claims")


def split_job(
    project: Project, annotators: list[str], double: float, out: Path
) -> Job[SplitReport]:
    """Return a job that splits the corpus into shares; ``finished`` carries the SplitReport."""

    def work(repo: Repository, progress: Progress, cancelled: Cancelled) -> SplitReport:
        from claimmark.project.splitting import split_corpus

        return split_corpus(repo, annotators, double, out, progress=progress, cancelled=cancelled)

    return Job(project, work, f"split into {out}")


def merge_job(project: Project, sources: list[Path]) -> Job[MergeReport]:
    """Return a job that merges databases into the project; ``finished`` carries the report."""

    def work(repo: Repository, progress: Progress, cancelled: Cancelled) -> MergeReport:
        from claimmark.project.merging import merge_databases

        return merge_databases(repo, sources, progress, cancelled)

    return Job(project, work, "merge")


def learn_job(project: Project, span: Span, *, here: bool = True) -> Job[Learn | None]:
    """Return a job that finds what a span teaches: in its own article (suggestions, and
    a word the detector does not know for the lexicon), or with ``here`` false in the
    other articles; ``finished`` carries a Learn edit, or None."""
    detector = project.detector

    def work(repo: Repository, _progress: Progress, _cancelled: Cancelled) -> Learn | None:
        from claimmark.project.learning import learn_edit

        return learn_edit(repo, span, detector, here=here, elsewhere=not here)

    return Job(project, work, f"learn from {span.id}")


def train_job(project: Project, out: Path) -> Job[tuple[TrainingReport, Model]]:
    """Return a job that trains a model on the project's done articles and reads it back;
    ``finished`` carries (the TrainingReport, the Model)."""

    def work(
        repo: Repository, progress: Progress, cancelled: Cancelled
    ) -> tuple[TrainingReport, Model]:
        from claimmark.project.training import load_model
        from claimmark.project.training import train_model

        report = train_model(
            repo, out, detector=project.detector, progress=progress, cancelled=cancelled
        )
        return report, load_model(out)

    return Job(project, work, f"train {out}")


def load_model_job(project: Project, path: Path) -> Job[Model]:
    """Return a job that reads a model folder; ``finished`` carries the Model."""

    def work(_repo: Repository, _progress: Progress, _cancelled: Cancelled) -> Model:
        from claimmark.project.training import load_model

        return load_model(path)

    return Job(project, work, f"read {path}")


def agreement_job(project: Project) -> Job[Agreement]:
    """Return a job that measures the annotators' agreement; ``finished`` carries it."""

    def work(repo: Repository, _progress: Progress, _cancelled: Cancelled) -> Agreement:
        from claimmark.project.agreeing import measure_agreement

        return measure_agreement(repo)

    return Job(project, work, "agreement")


class _Runner(QRunnable):
    def __init__(self, job: Job[Any]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        """Override QRunnable::run."""
        self._job.run()


class JobRunner(QObject):
    """Starts the window's jobs, shows their progress, and keeps them alive until they end."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.running: list[Job[Any]] = []

    def launch(
        self,
        job: Job[T],
        on_finished: Callable[[T], None],
        on_failed: Callable[[str], None],
        title: str | None = None,
    ) -> None:
        """Start ``job``; with a ``title``, a progress dialog whose Cancel stops it."""
        progress: QProgressDialog | None = None
        if title is not None:
            progress = QProgressDialog(
                f"{title}…", QCoreApplication.translate("Jobs", "Cancel"), 0, 0, self._window
            )
            progress.setWindowTitle(title)
            progress.setMinimumDuration(500)
            progress.canceled.connect(job.cancel)
            shown = progress

            def moved(done: int, total: int) -> None:
                shown.setMaximum(total)
                shown.setValue(done)

            job.progressed.connect(moved)

        def ended(report: Callable[[], None]) -> None:
            if not isValid(self):
                # The window closed while the job ran (a lesson still looked for): its
                # parts are gone, and nobody is left to tell or to push what it found.
                return
            if progress is not None:
                progress.close()
            self.running.remove(job)
            report()

        # The signal carries object: the job's own work made it, so it is a T.
        job.finished.connect(lambda result: ended(lambda: on_finished(cast(T, result))))
        job.failed.connect(lambda message: ended(lambda: on_failed(message)))
        self.running.append(job)
        job.start()
