"""What the text view draws is what the store holds, after every path that changes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import mark

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
