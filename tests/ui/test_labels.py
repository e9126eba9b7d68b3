"""The Labels dialog: add, rename, recolour, re-key and delete labels, all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from claimmark.core.labels import DEFAULT_LABELS
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import mark

CLAIM = "3000 weitere Soldaten"


def _edit(window: MainWindow, row: int, column: int, text: str) -> None:
    window.people.labels_dialog.table.item(row, column).setText(text)


def test_add_a_label_and_mark_with_its_key(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    dialog = window.people.show_labels_dialog()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(lb.name, lb.key) for lb in seeded_repo.labels()][-1] == ("LABEL4", "4")
    _edit(window, 3, 0, "civilians")
    assert seeded_repo.labels()[-1].name == "CIVILIANS"
    assert dialog.table.item(3, 0).text() == "CIVILIANS"
    assert "Mark CIVILIANS" in [a.text() for a in window.toolbar.actions()]
    model = window.articles.model
    assert model.headerData(5, Qt.Orientation.Horizontal) == "4"  # its key, in its colour
    assert "CIVILIANS" in model.headerData(
        5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert window.details.legend.findChild(object, "legend-CIVILIANS") is not None
    mark(qtbot, window, "Nordkoreaner", Qt.Key.Key_4)
    assert [(s.text, s.label) for s in seeded_repo.spans_for(FIRST_SEED)] == [
        ("Nordkoreaner", "CIVILIANS")
    ]


def test_rename_recolour_and_rekey_carry_the_spans(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    window.people.show_labels_dialog()
    _edit(window, 0, 0, "PERSONNEL")
    _edit(window, 0, 1, "7")
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#aabbcc"))
    window.people.labels_dialog.table.cellDoubleClicked.emit(0, 2)
    assert seeded_repo.labels()[0] == DEFAULT_LABELS[0].__class__(
        "PERSONNEL", "7", "#aabbcc", DEFAULT_LABELS[0].description
    )
    assert [s.label for s in seeded_repo.spans_for(FIRST_SEED)] == ["PERSONNEL"]
    assert window.view.spans[0].label == "PERSONNEL"
    mark(qtbot, window, "4000 Verluste", Qt.Key.Key_7)
    assert sorted(s.label for s in seeded_repo.spans_for(FIRST_SEED)) == [
        "PERSONNEL",
        "PERSONNEL",
    ]
    for _ in range(4):
        window.actions_by_name["undo"].trigger()
    assert seeded_repo.labels() == list(DEFAULT_LABELS)
    assert [s.label for s in seeded_repo.spans_for(FIRST_SEED)] == ["TROOPS"]


def test_a_taken_key_or_bad_name_is_refused(
    window: MainWindow, seeded_repo: Repository, told: list[tuple[str, str]]
) -> None:
    window.people.show_labels_dialog()
    _edit(window, 0, 1, "2")
    assert told[-1] == ("warning", "Label not saved: key 2 is LOSSES's already.")
    _edit(window, 1, 0, "")
    assert told[-1][0] == "warning"
    assert seeded_repo.labels() == list(DEFAULT_LABELS)
    assert window.people.labels_dialog.table.item(0, 1).text() == "1"


def test_deleting_a_label_with_spans_asks_and_undo_brings_all_back(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    spans = seeded_repo.spans_for(FIRST_SEED)
    dialog = window.people.show_labels_dialog()
    dialog.table.selectRow(0)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [lb.name for lb in seeded_repo.labels()] == ["TROOPS", "LOSSES", "WEAPONS"]
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("1 span and 0 suggestions carry TROOPS")
    assert [lb.name for lb in seeded_repo.labels()] == ["LOSSES", "WEAPONS"]
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert "Mark TROOPS" not in [a.text() for a in window.toolbar.actions()]
    assert dialog.table.rowCount() == 2
    window.actions_by_name["undo"].trigger()
    assert seeded_repo.labels() == list(DEFAULT_LABELS)
    assert seeded_repo.spans_for(FIRST_SEED) == spans
    assert window.view.spans == spans
