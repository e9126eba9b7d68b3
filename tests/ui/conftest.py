"""UI fixtures: the real main window, and modal dialogs recorded instead of shown."""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimmark.core.articles import Article
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.detector.rules import Detector
from claimmark.formats.lexicon import load_lexicon
from claimmark.project.annotating import ArticleState
from claimmark.project.project import Project
from claimmark.store import Repository
from claimmark.ui import messages
from claimmark.ui.main_window import MainWindow
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.session import Session
from claimmark.ui.store_events import StoreEvents


@pytest.fixture(scope="session")
def detector() -> Detector:
    """The claim detector with the bundled lexicon (made once: it takes a moment)."""
    lexicon, _ = load_lexicon()
    return Detector(lexicon)


@pytest.fixture(autouse=True)
def _settings(isolated_settings: None) -> None:
    """Every UI test starts with empty settings."""


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box the code opens, as ``(kind, text)``; none of them blocks."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda *args, _kind=kind: shown.append((_kind, str(args[2]))),
        )
    kinds = {
        QMessageBox.Icon.Warning: "warning",
        QMessageBox.Icon.Critical: "critical",
        QMessageBox.Icon.Information: "information",
    }

    def record(box: QMessageBox) -> int:
        assert box.textFormat() == Qt.TextFormat.PlainText, "a message box guessed rich text"
        shown.append((kinds.get(box.icon(), "other"), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def told() -> Iterator[list[tuple[str, str]]]:
    """Every message sent through ui.messages during the test, as ``(level, text)``."""
    received: list[tuple[str, str]] = []

    def record(level: str, text: str) -> None:
        received.append((level, text))

    messages.bridge.shown.connect(record)
    yield received
    messages.bridge.shown.disconnect(record)


def open_window(
    qtbot: QtBot, repo: Repository, annotator: str = "tester", detector: Detector | None = None
) -> MainWindow:
    """Show a main window on ``repo`` with its first article open and focus in the text."""
    window = MainWindow(Project(repo, detector), annotator)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    # Shortcuts such as "1" only reach the active window; activation is asynchronous.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_first_article()
    window.view.setFocus()
    return window


def press_in_menus(qtbot: QtBot, window: MainWindow, menu_key: Qt.Key, *keys: Qt.Key) -> None:
    """Open a menu with Alt and its letter, then press ``keys`` in the menus that open."""
    # The offscreen platform leaves a closed menu the active window: a person's
    # window is active again once its menu closes.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), menu_key, Qt.KeyboardModifier.AltModifier)
    for key in keys:
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        qtbot.keyClick(QApplication.activePopupWidget(), key)


def open_session(qtbot: QtBot, repo: Repository) -> Session:
    """A session (the project and its window, which File › Open replaces) on ``repo``,
    its window active with the first article open and the focus in the text."""

    def make_window(project: Project) -> QWidget:
        made = MainWindow(project, "tester")
        qtbot.addWidget(made)
        made.show()
        made.open_first_article()
        return made

    first = Project(repo, None)
    session = Session(first, make_window(first), make_window)
    window = session.window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    return session


def open_article_model() -> OpenArticle:
    """An open-article model over an empty in-memory project, for views tested alone."""
    return OpenArticle(Project(Repository.open(":memory:"), None), StoreEvents())


def state_of(
    article: Article,
    spans: Sequence[Span] = (),
    suggestions: Sequence[StoredSuggestion] = (),
) -> ArticleState:
    """The state of an article with these spans and suggestions, as a view shows it."""
    by_start = sorted(spans, key=lambda s: (s.start, s.end))
    return ArticleState(article, article.status, tuple(by_start), tuple(suggestions))


def type_into(qtbot: QtBot, field: QLineEdit, text: str, enter: bool = True) -> None:
    """Click into a field, type ``text`` over what it holds, and press Enter, as a person would.

    A completion popup that opens while typing is closed first (a person presses
    Escape), so Enter goes to the field.
    """
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClick(field, char)
        else:  # QTest maps ASCII only; a keyboard layout sends "ä" as a key with its text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
    completer = field.completer()
    popup = completer.popup() if completer is not None else None
    if popup is not None and popup.isVisible():
        popup.hide()
    if enter:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def mark(qtbot: QtBot, window: MainWindow, words: str, key: Qt.Key) -> None:
    """Select the first occurrence of ``words`` in the open article and press ``key``."""
    article = window.view.article
    assert article is not None, "an article is open"
    start = article.text.index(words)
    window.view.select_range(start, start + len(words))
    qtbot.keyClick(window.view, key)


@pytest.fixture
def window(qtbot: QtBot, seeded_repo: Repository) -> MainWindow:
    """The main window on the five seed articles, the first one open."""
    return open_window(qtbot, seeded_repo)


def listed_ids(window: MainWindow) -> list[str]:
    """Return the ids of the articles the list shows, top to bottom (filters applied)."""
    model = window.articles.model
    assert window.articles.table.model() is model
    return [model.article_id(row) for row in range(model.rowCount())]
