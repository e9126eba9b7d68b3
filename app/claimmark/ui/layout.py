"""What the window remembers between sessions: size, docks, text size, the last article."""

from __future__ import annotations

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
