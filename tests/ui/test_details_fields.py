"""Typing in the Details panel: nothing typed is lost, and Enter and Tab stay the field's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtCore import QRect
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimmark.detector.rules import Detector
from claimmark.store import Repository
from claimmark.ui.attributes_panel import FIELD_CHARACTERS
from claimmark.ui.main_window import MainWindow
from claimmark.ui.span_list import TEXT_COLUMN
from tests.conftest import FIRST_SEED
from tests.ui.conftest import mark
from tests.ui.conftest import open_window
from tests.ui.conftest import type_into

CLAIM = "3000 weitere Soldaten"


def _leave_by_alt_down(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)


def _leave_by_ctrl_down(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)


def _leave_by_a_click_in_the_span_list(qtbot: QtBot, window: MainWindow) -> None:
    window.docks.spans.raise_()
    table = window.span_table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 2)
    row = next(r for r in range(2) if table.model().index(r, TEXT_COLUMN).data() == "4000 Verluste")
    rect = table.visualRect(table.model().index(row, TEXT_COLUMN))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.parametrize(
    "leave",
    [_leave_by_alt_down, _leave_by_ctrl_down, _leave_by_a_click_in_the_span_list],
    ids=["alt-down", "ctrl-down", "click-in-span-list"],
)
def test_a_typed_note_and_value_are_saved_however_the_user_moves_on(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    leave: Callable[[QtBot, MainWindow], None],
) -> None:
    mark(qtbot, window, "4000 Verluste", Qt.Key.Key_2)
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    panel = window.details.attributes
    type_into(qtbot, panel.value, "3100")
    type_into(qtbot, panel.note, "zweite Welle", enter=False)  # still in the field
    leave(qtbot, window)
    troops = next(s for s in seeded_repo.spans_for(FIRST_SEED) if s.label == "TROOPS")
    assert (troops.value, troops.note) == (3100, "zweite Welle")


def test_enter_in_a_field_saves_it_and_does_not_accept_the_suggestion(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    window = open_window(qtbot, seeded_repo, detector=detector)
    claim = next(s for s in window.view.suggestions if s.text == CLAIM)
    window.view.select_item(claim.id)
    type_into(qtbot, window.details.attributes.value, "45")  # ends with Enter
    [stored] = [s for s in seeded_repo.suggestions_for(FIRST_SEED) if s.id == claim.id]
    assert (stored.value, stored.state) == (45, "pending")
    assert seeded_repo.spans_for(FIRST_SEED) == []
    # Tab moves to the next field, not to the next suggestion.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.details.attributes.qualifier
    assert window.view.selected_suggestion is not None
    assert window.view.selected_suggestion.id == claim.id
    # Escape returns to the text, where Enter accepts, with the value typed.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    [span] = seeded_repo.spans_for(FIRST_SEED)
    assert (span.text, span.value) == (CLAIM, 45)


def _top_left(widget: QWidget) -> tuple[int, int]:
    point = widget.mapTo(widget.window(), QPoint(0, 0))
    return point.x(), point.y()


def test_the_fields_stay_put_and_wide_whatever_is_selected(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    window = open_window(qtbot, seeded_repo, detector=detector)
    panel = window.details.attributes
    qtbot.waitUntil(lambda: panel.value.isVisible())
    nothing = [_top_left(field) for field in panel.fields()]
    by_length = sorted(window.view.suggestions, key=lambda s: len(s.text))
    shortest, longest = by_length[0], by_length[-1]
    assert len(longest.text) > 3 * len(shortest.text)
    wanted = panel.fontMetrics().averageCharWidth() * FIELD_CHARACTERS
    for suggestion in (shortest, longest):
        window.view.select_item(suggestion.id)
        assert panel.text.full_text() == suggestion.text
        assert [_top_left(field) for field in panel.fields()] == nothing
        assert all(field.width() >= wanted for field in panel.fields())
    window.view.place_cursor(0)  # nothing selected: no label's colour is left in the box
    assert panel.item is None
    assert panel.label.styleSheet() == ""


def test_tab_walks_the_fields_of_a_span_top_to_bottom(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.details.attributes
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    assert panel.item is not None
    assert panel.item.text == CLAIM
    qtbot.mouseClick(panel.value, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.value)
    visited = [panel.value]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [panel.value, panel.qualifier, panel.note, panel.source]
    tops = [_top_left(field)[1] for field in visited]
    assert tops == sorted(tops)


def test_source_completions_cover_no_other_field(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    window = open_window(qtbot, seeded_repo, detector=detector)
    panel = window.details.attributes
    with_source = next(s for s in window.view.suggestions if s.source)
    window.view.select_item(window.view.suggestions[0].id)
    qtbot.mouseClick(panel.source, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.source)
    panel.source.selectAll()
    qtbot.keyClick(QApplication.focusWidget(), with_source.source[0])
    popup = panel.source.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    covered = QRect(popup.mapToGlobal(QPoint(0, 0)), popup.size())
    for field in panel.fields():
        if field is not panel.source:
            place = QRect(field.mapToGlobal(QPoint(0, 0)), field.size())
            assert not covered.intersects(place), field
    qtbot.keyClick(popup, Qt.Key.Key_Escape)


def test_the_span_list_shows_every_column_whole_and_the_text_in_a_tooltip(
    qtbot: QtBot, window: MainWindow
) -> None:
    mark(qtbot, window, "4000 Verluste", Qt.Key.Key_2)
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    type_into(qtbot, window.details.attributes.value, "3000")
    type_into(qtbot, window.details.attributes.source, "Südkoreanischer Generalstab")
    window.docks.spans.raise_()
    table = window.span_table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 2)
    model, cells = table.model(), table.fontMetrics()
    heading = table.horizontalHeader().fontMetrics()
    for column in range(model.columnCount()):
        width = table.columnWidth(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert heading.horizontalAdvance(title) < width, title
        if title == "Text":
            continue  # the one column that takes what is left, and cuts
        for row in range(2):
            shown = model.index(row, column).data()
            assert cells.horizontalAdvance(shown) < width, (title, shown)
    row = next(r for r in range(2) if model.index(r, TEXT_COLUMN).data() == CLAIM)
    assert CLAIM in model.index(row, TEXT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("3k", 3000), ("3.000", 3000), ("3,000", 3000), ("drei Tausend", 3000), ("11 000", 11000)],
)
def test_a_value_is_read_as_people_write_figures(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, typed: str, saved: int
) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    panel = window.details.attributes
    type_into(qtbot, panel.value, typed)
    [troops] = seeded_repo.spans_for(FIRST_SEED)
    assert troops.value == saved
    assert panel.value.text() == str(saved)


def test_a_value_that_cannot_be_read_is_refused_with_the_reason_and_kept(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, told: list[tuple[str, str]]
) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    panel = window.details.attributes
    type_into(qtbot, panel.value, "about 3k")
    [troops] = seeded_repo.spans_for(FIRST_SEED)
    assert troops.value is None  # not 3, as the digits-only field made of it
    assert panel.value.text() == "about 3k"
    assert ("warning", "Not saved: the value 'about 3k' cannot be read ('about' is not part of "
            "a number; the qualifier (about, at least) has a field of its own). Correct it and "
            "press Enter.") in told  # fmt: skip
    assert "Not saved" in panel.value.toolTip()
    type_into(qtbot, panel.value, "3k")
    [troops] = seeded_repo.spans_for(FIRST_SEED)
    assert troops.value == 3000
    assert "Not saved" not in panel.value.toolTip()


def test_f2_goes_from_the_text_into_the_selected_spans_fields_and_escape_comes_back(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    panel = window.details.attributes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.value)
    for char in "3100":
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [s.value for s in seeded_repo.spans_for(FIRST_SEED)] == [3100]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
