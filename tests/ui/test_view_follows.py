"""What the text view draws is what the store holds, after every path that changes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.detector.rules import Detector
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import mark
from tests.ui.conftest import open_window

CLAIM = "3000 weitere Soldaten"


def _fill_at(window: MainWindow, offset: int) -> QColor:
    """Return the fill drawn under a character of the open article."""
    block = window.view.document().findBlock(offset)
    for r in block.layout().formats():
        if block.position() + r.start <= offset < block.position() + r.start + r.length:
            return QTextCharFormat(r.format).background().color()
    return QColor()


def _colour_of(window: MainWindow, label: str) -> QColor:
    return QColor(next(lb.colour for lb in window.label_set.labels if lb.name == label))


def test_relabel_undo_and_redo_draw_the_label_the_store_holds(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    start = window.view.article.text.index(CLAIM)
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    window.view.setFocus()
    steps = [
        (Qt.Key.Key_2, Qt.KeyboardModifier.NoModifier),  # relabel LOSSES
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),  # undo: TROOPS
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),  # undo: no span
        (Qt.Key.Key_Z,
         Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),  # redo
        (Qt.Key.Key_Z,
         Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),  # redo
    ]  # fmt: skip
    for key, modifiers in steps:
        qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
        stored = seeded_repo.spans_for(FIRST_SEED)
        drawn = _fill_at(window, start + 2)
        if stored:
            assert drawn == _colour_of(window, stored[0].label), (key, stored[0].label)
        else:
            assert drawn not in (_colour_of(window, "TROOPS"), _colour_of(window, "LOSSES"))


def _drawn_suggestions(window: MainWindow) -> set[tuple[int, int, str]]:
    """Return the suggestions the highlighter's index holds: what the view underlines."""
    length = window.view.document().characterCount()
    marks = window.view.highlighter.marks_in(0, length)
    return {(m.start, m.end, m.label) for m in marks if m.suggested}


def _stored_suggestions(repo: Repository, article_id: str) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in repo.suggestions_for(article_id)}


def test_a_language_change_draws_the_suggestions_of_the_new_language(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    window = open_window(qtbot, seeded_repo, detector=detector)
    article_id = window.open.state.article.id if window.open.state else ""
    # The seeds are detected when first opened, in the background.
    qtbot.waitUntil(lambda: bool(_stored_suggestions(seeded_repo, article_id)))
    qtbot.waitUntil(lambda: not window.jobs.running)
    german = _stored_suggestions(seeded_repo, article_id)
    assert _drawn_suggestions(window) == german
    # The header's language box, by keyboard: Tab order is the person's path there.
    window.header.language.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.header.language)
    english = window.header.language.findData("en")
    while window.header.language.currentIndex() != english:
        step = Qt.Key.Key_Down if window.header.language.currentIndex() < english else Qt.Key.Key_Up
        qtbot.keyClick(QApplication.focusWidget(), step)
    qtbot.waitUntil(lambda: _stored_suggestions(seeded_repo, article_id) != german)
    qtbot.waitUntil(lambda: not window.jobs.running)
    assert _drawn_suggestions(window) == _stored_suggestions(seeded_repo, article_id)
    # And back: Ctrl+Z in the text undoes the change, and the German ones are drawn again.
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored_suggestions(seeded_repo, article_id) == german)
    qtbot.waitUntil(lambda: not window.jobs.running)
    assert _drawn_suggestions(window) == german
