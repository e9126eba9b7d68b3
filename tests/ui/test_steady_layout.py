"""Nothing moves while a person works: docks, tabs and the Details fields keep their place
over a session of twenty actions by keyboard, and no dock tab is cut short."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QTabBar
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimmark.detector.rules import Detector
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.ui.conftest import open_window
from tests.ui.conftest import press_in_menus


def _places(window: MainWindow) -> dict[str, QRect]:
    """Return where each thing a person's eyes rest on is, in window coordinates."""
    fields = window.details.attributes
    watched: dict[str, QWidget] = {
        "text": window.view,
        "header": window.header,
        **{f"dock {d.objectName()}": d for d in window.docks.panels() if d.isVisible()},
        "value": fields.value,
        "qualifier": fields.qualifier,
        "source": fields.source,
        "note": fields.note,
        "label": fields.label,
    }
    return {
        name: QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        for name, widget in watched.items()
    }


def _settle() -> None:
    # Layouts are redone from posted events: flushed, nothing is left to move them.
    for _ in range(3):
        QApplication.processEvents()


def _at_default_size(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """Give the window the default size the issue was seen at, 1280 by 800, laid out."""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    _settle()
    return window


def _tab_texts(window: MainWindow) -> list[tuple[str, bool]]:
    """Return each dock tab's text and whether it is shown whole."""
    shown = []
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            text = bar.tabText(index)
            whole = bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(text)
            shown.append((text, whole))
    return shown


def test_nothing_moves_over_twenty_actions(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    window = _at_default_size(qtbot, open_window(qtbot, seeded_repo, detector=detector))
    before = _places(window)
    view = window.view

    def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        view.setFocus()
        qtbot.keyClick(QApplication.focusWidget(), k, modifiers)

    def accepted_more(count: int) -> Callable[[], bool]:
        return lambda: len(window.view.spans) == count

    ctrl = Qt.KeyboardModifier.ControlModifier

    def selected() -> bool:
        return view.selected_suggestion is not None

    steps: list[tuple[str, Callable[[], None], Callable[[], bool]]] = []
    for n in range(4):
        steps.append(("Tab", lambda: key(Qt.Key.Key_Tab), selected))
        steps.append(("Enter", lambda: key(Qt.Key.Key_Return), accepted_more(n + 1)))
    steps += [
        ("Tab", lambda: key(Qt.Key.Key_Tab), selected),
        ("X", lambda: key(Qt.Key.Key_X), lambda: True),
        ("Ctrl+Z", lambda: key(Qt.Key.Key_Z, ctrl), lambda: True),
        ("Ctrl+Z", lambda: key(Qt.Key.Key_Z, ctrl), accepted_more(3)),
        ("Ctrl+Shift+Z", lambda: key(Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier),
         accepted_more(4)),
        ("Shift+Tab", lambda: key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
         lambda: True),
        ("J", lambda: key(Qt.Key.Key_J), lambda: window.open.article is not None),
        ("Tab", lambda: key(Qt.Key.Key_Tab), lambda: True),
        ("Enter", lambda: key(Qt.Key.Key_Return), lambda: True),
        ("K", lambda: key(Qt.Key.Key_K), lambda: True),
        ("Tab", lambda: key(Qt.Key.Key_Tab), lambda: True),
        ("Tab", lambda: key(Qt.Key.Key_Tab), lambda: True),
    ]  # fmt: skip
    assert len(steps) >= 20
    for number, (name, act, done) in enumerate(steps, 1):
        act()
        # And its lessons are in: one that came after the next key would be a step of its
        # own, and the next Ctrl+Z would take that back instead of the span.
        qtbot.waitUntil(done)
        qtbot.waitUntil(lambda: not window.jobs.running)
        _settle()
        after = _places(window)
        moved = {k: (before[k], after[k]) for k in before if before[k] != after.get(k)}
        assert moved == {}, f"step {number} ({name}) moved {moved}"
    assert all(whole for _text, whole in _tab_texts(window)), _tab_texts(window)


def test_every_dock_tab_reads_whole_with_adjudication_shown(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    # The header says "20 suggestions to review": its length squeezed the docks.
    window = _at_default_size(qtbot, open_window(qtbot, seeded_repo, detector=detector))
    window.docks.adjudication.show()
    qtbot.waitUntil(lambda: len(_tab_texts(window)) == 4)
    _settle()
    assert [text for text, _whole in _tab_texts(window)] == [
        "Details", "Spans", "Guidelines", "Adjudication",
    ]  # fmt: skip
    assert all(whole for _text, whole in _tab_texts(window)), _tab_texts(window)
    press_in_menus(qtbot, window, Qt.Key.Key_H)  # the menus still open by keyboard
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
