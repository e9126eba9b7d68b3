"""The project open in the application and its window: File › New and Open replace both.

Choosing another project opens it in a new main window, which takes the place of
the old one; the old project's jobs finish on their own connections before it is
closed, and its undo history waits for it to be opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QWidget

from claimmark.core.errors import ClaimmarkError
from claimmark.project.project import Project
from claimmark.ui import history
from claimmark.ui import messages
from claimmark.ui.history import History
from claimmark.ui.i18n import told
from claimmark.ui.main_window import MainWindow
from claimmark.ui.projects import ProjectChooser
from claimmark.ui.recent_projects import remember_project


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
