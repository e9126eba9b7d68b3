"""What the window remembers between sessions: size, docks, text size, the last article."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QMainWindow

from claimmark.ui.article_view import ArticleView
from claimmark.ui.settings import settings


def restore_layout(window: QMainWindow, view: ArticleView, project_path: str) -> str | None:
    """Restore window size, docks and text size; return the project's last open article."""
    store = settings()
    geometry = store.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = store.value("window/state")
    if state is not None:
        window.restoreState(state)
    size = store.value("view/font_size")
    if size is not None:
        view.set_font_size(float(size))
    last = store.value(f"last_article/{project_path}")
    return str(last) if last is not None else None


def save_layout(window: QMainWindow, view: ArticleView, project_path: str) -> None:
    """Remember window size, docks, text size and the open article for next time."""
    store = settings()
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("view/font_size", view.font().pointSizeF())
    if view.article is not None:
        store.setValue(f"last_article/{project_path}", view.article.id)
    store.sync()


class LayoutSaver(QObject):
    """Remembers the layout a moment after it changes, not only on a clean exit.

    A window killed or crashed would otherwise forget the article the user was on.
    Resizing, moving docks, zooming and opening articles restart a one-second
    timer; when it runs out, the layout is saved.
    """

    DELAY_MS = 1000

    def __init__(self, window: QMainWindow, view: ArticleView, project_path: str) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._path = project_path
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        window.installEventFilter(self)
        view.installEventFilter(self)
        for dock in window.findChildren(QDockWidget):
            dock.dockLocationChanged.connect(self.changed)
            dock.topLevelChanged.connect(self.changed)
            dock.visibilityChanged.connect(self.changed)

    def changed(self) -> None:
        """Save the layout a moment from now (restarting the wait)."""
        self._timer.start()

    def save_now(self) -> None:
        """Save the layout at once."""
        self._timer.stop()
        save_layout(self._window, self._view, self._path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: a resize, move or font change is a layout change."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.FontChange):
            self.changed()
        return False
