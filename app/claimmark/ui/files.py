"""Files in and out of the window: the Import and Export dialogs and their background jobs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QWidget

from claimmark.core.importing import OnDuplicate
from claimmark.core.importing import UnknownLabels
from claimmark.core.words import Said
from claimmark.core.words import first_upper
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.project.importing import ImportOutcome
from claimmark.ui import file_dialogs
from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import translated
from claimmark.ui.jobs import Job
from claimmark.ui.jobs import backup_job
from claimmark.ui.jobs import detect_job
from claimmark.ui.jobs import export_job
from claimmark.ui.jobs import import_job
from claimmark.ui.parts import Parts


class Files(QObject):
    """Imports and exports from the window, and detection of long articles, as jobs.

    Signals:
        import_done(outcome): an import ended (an :class:`ImportOutcome`, None if it failed).
        export_done(report): an export ended (an ``ExportReport``, None if it failed).
        detect_done(article_id): a background detection ended.
        imported(article_id): the first article an import added, to open it.
        backup_done(path): a backup ended (the copy's path, None if it failed).
    """

    import_done = Signal(ImportOutcome)
    export_done = Signal(ExportReport)
    detect_done = Signal(str)
    imported = Signal(str)
    backup_done = Signal(Path)

    def __init__(self, parts: Parts, window: QWidget, written: Callable[[], None]) -> None:
        """Make the file actions of ``window``.

        Args:
            parts: what the window's parts share.
            window: the window, parent of the dialogs.
            written: shows what a job of this window wrote, once (the change watcher's
                check, so its own look a second later finds nothing new).
        """
        super().__init__(window)
        self._written = written
        self._project = parts.project
        self._labels = parts.labels
        self._window = window
        self._jobs = parts.jobs
        self._detect_again: set[str] = set()
        # An article's language set (or the setting undone): its language's rules read it.
        parts.events.language_changed.connect(
            lambda article_id: self.detect_in_background(
                article_id, self.tr("Reading the article's claims again in its language…")
            )
        )

    # Export ---------------------------------------------------------------

    def export_dialog(self) -> None:
        """Ask how to export, then export in the background with a progress bar."""
        # The dialogs list the formats: their registry is imported when one is opened,
        # not at the window's start.
        from claimmark.ui.export_dialog import ExportDialog

        repo = self._project.repo
        dialog = ExportDialog(
            self._labels.labels,
            self._window,
            lambda options, suggestions: repo.export_counts(
                options.statuses, options.labels, suggestions
            ),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.export_to(
            dialog.path(), dialog.format_name, dialog.options(), dialog.suggestions.isChecked()
        )

    def export_to(
        self,
        path: Path,
        format_name: str,
        options: ExportOptions | None = None,
        suggestions: bool = False,
    ) -> Job[ExportReport]:
        """Export to ``path`` in the background; a progress dialog can cancel it."""
        job = export_job(self._project, format_name, path, options or ExportOptions(), suggestions)

        def finished(report: ExportReport) -> None:
            what = (
                counted_in(report.spans, self.tr("{n} suggestion"), self.tr("{n} suggestions"))
                if suggestions
                else self._spans(report.spans)
            )
            of_articles = counted_in(
                report.articles, self.tr("of {n} article"), self.tr("of {n} articles")
            )
            text = self.tr("Exported {what} {of_articles} to {path} as {format}.").format(
                what=what, of_articles=of_articles, path=path, format=format_name
            )
            looks = [*report.problems, *report.notes]
            if looks:
                details = "\n".join(translated(p.words()) for p in looks[:20])
                look = (
                    self.tr("{text} {spans} needs a look:")
                    if len(looks) == 1
                    else self.tr("{text} {spans} need a look:")
                )
                messages.warning(
                    look.format(text=text, spans=self._spans(len(looks))) + "\n" + details
                )
            else:
                messages.info(text)
            self.export_done.emit(report)

        self._jobs.launch(job, finished, self._failed(self.export_done), self.tr("Export"))
        return job

    # Import ---------------------------------------------------------------

    def import_dialog(self) -> None:
        """Ask what to import (files, folders, format, policies) and import it."""
        from claimmark.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.paths():
            return
        # Asked for in a dialog: the summary is said in one too, problems listed.
        self.import_files(
            dialog.paths(), dialog.format_name, dialog.duplicate_policy, dialog.label_policy,
            in_a_box=True,
        )  # fmt: skip

    def import_files(
        self,
        paths: list[Path],
        format_name: str | None = None,
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        unknown_labels: UnknownLabels = UnknownLabels.ADD,
        in_a_box: bool = False,
    ) -> Job[ImportOutcome]:
        """Import files and folders in the background; report what was added and refused
        (``in_a_box``: in a message box, every problem listed; else in the status bar,
        with a box only for problems)."""
        job = import_job(self._project, paths, format_name, on_duplicate, unknown_labels)

        def finished(outcome: ImportOutcome) -> None:
            self._on_imported(outcome, in_a_box)

        self._jobs.launch(job, finished, self._failed(self.import_done), self.tr("Importing"))
        return job

    def _on_imported(self, outcome: ImportOutcome, in_a_box: bool = False) -> None:
        summary = outcome.summary
        self._written()  # new articles, labels, and spans merged into the open one
        messages.report(outcome, self._window, self.tr("Import") if in_a_box else "")
        if summary.added:
            self.imported.emit(summary.added[0])
        self.import_done.emit(outcome)

    def _spans(self, number: int) -> str:
        return counted_in(number, self.tr("{n} span"), self.tr("{n} spans"))

    def _articles(self, number: int) -> str:
        return counted_in(number, self.tr("{n} article"), self.tr("{n} articles"))

    # Actions ---------------------------------------------------------------

    def declared_actions(self) -> list[Declared]:
        """Return the actions of files: import, export, back up."""
        return [
            Declared(ActionSpec("import", self.tr("&Import…"), ("Ctrl+I",), everywhere=False,
                                menu=("&File", 20)),
                     self.import_dialog, lambda: not self._project.read_only),
            Declared(ActionSpec("export", self.tr("&Export…"), ("Ctrl+E",), everywhere=False,
                                menu=("&File", 21), toolbar=60), self.export_dialog),
            Declared(ActionSpec("backup", self.tr("&Back up…"), (),
                                self.tr("Copy the project's database, while you "
                                        "work"), everywhere=False,
                                menu=("&File", 40)), self.backup_dialog),
        ]  # fmt: skip

    # Backup ---------------------------------------------------------------

    def backup_dialog(self) -> None:
        """Ask where to put a copy of the database, then write it in the background."""
        suggested = str(Path(self._project.path).with_suffix(".backup.db"))
        chosen = file_dialogs.save_file(
            self._window,
            self.tr("Back up the project to"),
            suggested,
            self.tr("SQLite database (*.db)"),
        )
        if chosen:
            self.back_up_to(Path(chosen))

    def back_up_to(self, out: Path) -> Job[Said]:
        """Copy the database to ``out`` in the background (the window stays usable)."""
        job = backup_job(self._project, out)

        def finished(summary: Said) -> None:
            messages.info(first_upper(translated(summary)) + ".")
            self.backup_done.emit(out)

        self._jobs.launch(job, finished, self._failed(self.backup_done), self.tr("Backing up"))
        return job

    # Detection ------------------------------------------------------------

    def detect_in_background(self, article_id: str, why: str | None = None) -> None:
        """Find an article's claims in the background; they appear when found."""
        if self._project.detector is None or self._project.read_only:
            return
        why = why or self.tr("Looking for claims in this long article…")
        job = detect_job(self._project, article_id)
        if any(running.name == job.name for running in self._jobs.running):
            # What it reads may have changed since it started (its language, say):
            # it runs once more when it ends.
            self._detect_again.add(article_id)
            return

        def ended() -> None:
            if article_id in self._detect_again:
                self._detect_again.discard(article_id)
                self.detect_in_background(article_id, why)
            else:
                self.detect_done.emit(article_id)

        def finished(added: int) -> None:
            self._written()
            found = counted_in(added, self.tr("{n} suggestion"), self.tr("{n} suggestions"))
            messages.info(self.tr("Found {found}.").format(found=found))
            ended()

        def failed(message: str) -> None:
            messages.error(message)
            ended()

        messages.info(why)
        self._jobs.launch(job, finished, failed)

    @staticmethod
    def _failed(done: SignalInstance) -> Callable[[str], None]:
        """Return what a failed job does: tell the user why, then say it ended (with None)."""

        def failed(message: str) -> None:
            messages.error(message)
            done.emit(None)

        return failed
