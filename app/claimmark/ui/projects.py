"""Projects from the window's File menu: New, Open, Open recent and the projects page.

What the user chooses is signalled to the session (``ui/session.py``), which opens
it in a window of its own; the recent list and the dialogs that choose a file are
in ``ui/recent_projects.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from claimmark.store import Repository
from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.recent_projects import ask_new_project
from claimmark.ui.recent_projects import ask_project
from claimmark.ui.recent_projects import recent_entry
from claimmark.ui.recent_projects import recent_projects


class ProjectChooser(QObject):
    """The File menu's New project…, Open project… and Open recent, for one window.

    Signals:
        chosen(path, create): the user chose a project file; ``create`` for a new one.
    """

    chosen = Signal(Path, bool)

    def __init__(self, window: QWidget, current: str, repo: Repository | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._current = current
        self._repo = repo  # the open project's, whose counts it reads through its own
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()

    def new_project(self) -> None:
        """Ask where the new project's file goes, and open it empty."""

        def taken(path: Path) -> None:
            messages.warning(
                self.tr("{path} exists already; choose Open project… to open it.").format(path=path)
            )

        path = ask_new_project(self._window, taken)
        if path is not None:
            self.chosen.emit(path, True)

    def open_project(self) -> None:
        """Ask for a project file, and open it."""
        path = ask_project(self._window, Path(self._current).parent)
        if path is not None:
            self.chosen.emit(path, False)

    def show_projects(self) -> None:
        """Show the recent projects with their counts; open, start or forget one."""
        from claimmark.project.overview import summarize
        from claimmark.project.overview import summary_of
        from claimmark.ui.projects_page import ProjectsDialog

        current = Path(self._current).resolve()
        listed = [current, *(p for p in recent_projects() if p.resolve() != current)]
        summaries = [
            summary_of(self._repo, current) if self._repo is not None and path == current
            else summarize(path)
            for path in listed
        ]  # fmt: skip
        dialog = ProjectsDialog(summaries, current, self._window)
        dialog.exec()
        if dialog.choice is None:
            return
        what, path = dialog.choice
        if what == "open" and path is not None:
            self.chosen.emit(path, False)
        elif what == "new":
            self.new_project()
        elif what == "other":
            self.open_project()

    def declared_actions(self) -> list[Declared]:
        """Return the actions of projects: new, open, the list of projects, quit."""
        return [
            Declared(ActionSpec("new_project", self.tr("&New project…"),
                                (QKeySequence.StandardKey.New,),
                                self.tr("Start an empty project in a database file of its own"),
                                everywhere=False, menu=("&File", 10)), self.new_project),
            Declared(ActionSpec("open_project", self.tr("&Open project…"),
                                (QKeySequence.StandardKey.Open,),
                                self.tr("Open another project's database file"), everywhere=False,
                                menu=("&File", 11)), self.open_project),
            Declared(ActionSpec("projects", self.tr("&Projects…"), ("Ctrl+Shift+O",),
                                self.tr("The recent projects: where they are, what they hold, "
                                        "how far they are (Ctrl+Shift+O)"),
                                everywhere=False, menu=("&File", 13)),
                     self.show_projects),
            Declared(ActionSpec("quit", self.tr("&Quit"), (QKeySequence.StandardKey.Quit,),
                                everywhere=False, menu=("&File", 50)), self._window.close),
        ]  # fmt: skip

    def offer_reopen(self, why: str) -> None:
        """Say that nothing more can be saved through this window's connection (``why``),
        and open the project again if the user agrees."""
        messages.log.error(why)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Reopen the project"),
            self.tr("{why}\n\nReopen the project now?").format(why=why),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.chosen.emit(Path(self._current), False)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        others = [p for p in recent_projects() if str(p) != str(Path(self._current).resolve())]
        for path in others:
            action = self.recent_menu.addAction(recent_entry(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p, False))
        if not others:
            self.recent_menu.addAction(self.tr("(no other project yet)")).setEnabled(False)
