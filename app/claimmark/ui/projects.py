"""Projects from the window: New, Open and Open recent, one window per project at a time.

A project is its database file. Choosing another one opens it in a new main
window, which takes the place of the old one; the old project's jobs finish
on their own connections before it is closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QThreadPool
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from claimmark.core.errors import ClaimmarkError
from claimmark.project.project import Project
from claimmark.store import Repository
from claimmark.ui import file_dialogs
from claimmark.ui import history
from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.history import History
from claimmark.ui.i18n import told
from claimmark.ui.settings import settings

log = logging.getLogger("claimmark")

RECENT_KEY = "recent_projects"
OPENED_KEY = "recent_projects_opened"
RECENT_COUNT = 8
_FILTER = "Claimmark projects (*.db *.sqlite *.claimmark);;All files (*)"


def recent_projects() -> list[Path]:
    """Return the projects opened last, most recent first (those that still exist)."""
    stored = settings().value(RECENT_KEY, [])
    paths = (
        [stored] if isinstance(stored, str) else list(stored) if isinstance(stored, list) else []
    )
    return [Path(p) for p in paths if Path(p).exists()]


def remember_project(path: Path) -> None:
    """Put a project first in the recent list, and note when it was opened."""
    resolved = str(Path(path).resolve())
    kept = [str(p) for p in recent_projects() if str(p) != resolved]
    listed = [resolved, *kept][:RECENT_COUNT]
    settings().setValue(RECENT_KEY, listed)
    times = {p: t for p, t in _opened_times().items() if p in listed}
    times[resolved] = datetime.now().astimezone().isoformat(timespec="seconds")
    settings().setValue(OPENED_KEY, times)


def forget_project(path: Path) -> None:
    """Take a project off the recent list (its file stays where it is)."""
    gone = str(Path(path).resolve())
    settings().setValue(RECENT_KEY, [str(p) for p in recent_projects() if str(p) != gone])
    settings().setValue(OPENED_KEY, {p: t for p, t in _opened_times().items() if p != gone})


def last_opened(path: Path) -> str | None:
    """Return when a recent project was last opened (ISO 8601, local time), if noted."""
    return _opened_times().get(str(Path(path).resolve()))


def _opened_times() -> dict[str, str]:
    stored = settings().value(OPENED_KEY, {})
    if not isinstance(stored, dict):
        return {}
    return {str(p): str(t) for p, t in stored.items()}


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


def ask_new_project(parent: QWidget | None, taken: Callable[[Path], None]) -> Path | None:
    """Ask where a new project's file goes; return it, or ``None`` if the user cancelled
    or chose a file that exists (``taken`` tells them so)."""
    chosen = file_dialogs.save_file(
        parent,
        QCoreApplication.translate("ProjectChooser", "New project"),
        str(Path.home() / "project.db"),
        _FILTER,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.exists():
        taken(path)
        return None
    return path


def ask_project(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask for a project file to open, starting in ``folder``; ``None`` if cancelled."""
    chosen = file_dialogs.open_file(
        parent, QCoreApplication.translate("ProjectChooser", "Open project"), str(folder),
        _FILTER,
    )  # fmt: skip
    return Path(chosen) if chosen else None


def recent_entry(path: Path) -> str:
    """Return a recent project as File › Open recent lists it: its name and its folder
    (the home folder as ~), since shares and projects are often all ``claimmark.db``."""
    folder = str(path.parent)
    home = str(Path.home())
    if folder == home or folder.startswith(home + "/"):
        folder = "~" + folder[len(home) :]
    # A menu reads "&" as the next letter's key: doubled, it is shown as written.
    return f"{path.name} — {folder}".replace("&", "&&")


class Session(QObject):
    """The project open in the application and its window; File › New and Open replace both.

    Attributes:
        project: the project open now.
        window: its main window.
    """

    def __init__(
        self, project: Project, window: QWidget, make_window: Callable[[Project], QWidget]
    ) -> None:
        super().__init__()
        self.project = project
        self.window = self._listened(window)
        self._make_window = make_window
        self._histories: dict[Path, History] = {}
        remember_project(Path(project.path))

    def _listened(self, window: QWidget) -> QWidget:
        """Return ``window`` with its File menu's choices opening projects here."""
        chooser = window.findChild(ProjectChooser)
        if chooser is not None:
            chooser.chosen.connect(self.open)
        return window

    def open(self, path: Path, create: bool = False) -> bool:
        """Open ``path`` in place of the project open now; return whether it opened.

        The project left keeps its undo history and session counts, which its window
        gets back when it is opened again (not when the same project is reopened: its
        database was replaced, and the history is of the one before).
        """
        from claimmark.ui.main_window import MainWindow  # which imports this module

        left = Path(self.project.path).resolve()
        kept = history.kept(self.window) if isinstance(self.window, MainWindow) else None

        def made(project: Project) -> QWidget:
            window = self._listened(self._make_window(project))
            back = self._histories.pop(Path(project.path).resolve(), None)
            if back is not None and isinstance(window, MainWindow):
                history.give_back(window, back)
            return window

        opened = switch_project(self.window, self.project, path, create, made)
        if opened is None:
            return False
        self.project, self.window = opened
        if kept is not None and Path(self.project.path).resolve() != left:
            self._histories[left] = kept
        return True


def switch_project(
    old_window: QWidget,
    old_project: Project,
    path: Path,
    create: bool,
    make_window: Callable[[Project], QWidget],
) -> tuple[Project, QWidget] | None:
    """Open ``path`` in a new window in place of ``old_window``; return the project and its
    window, or ``None``.

    The old window stays when the project cannot be opened (the user is told why).
    """
    try:
        project = Project.open(path, create=create)
    except ClaimmarkError as error:
        messages.error(
            QCoreApplication.translate("ProjectChooser", "Could not open the project: {error}")
            .format(error=told(error))
        )  # fmt: skip
        return None
    remember_project(path)
    window = make_window(project)
    if isinstance(window, QMainWindow) and isinstance(old_window, QMainWindow):
        # In the old one's place, as the user left it: its size and docks may have
        # changed a moment ago, after the layout was last remembered.
        window.setWindowState(old_window.windowState())
        window.resize(old_window.size())
        window.move(old_window.pos())
        window.restoreState(old_window.saveState())
    window.show()
    old_window.close()
    # The old project's jobs (an export, say) finish on their own connections first;
    # waited for in slices so that a job written in Python can run.
    while not QThreadPool.globalInstance().waitForDone(50):
        QApplication.processEvents()
    old_project.close()
    return project, window
