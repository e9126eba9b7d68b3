"""A long annotation session: status, progress, filters and moving around by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from claimmark.ui.span_list import LABEL_COLUMN
from claimmark.ui.span_list import TEXT_COLUMN
from tests.conftest import FIRST_SEED
from tests.ui.conftest import listed_ids
from tests.ui.conftest import mark
from tests.ui.conftest import type_into

CLAIM = "3000 weitere Soldaten"


def _listed(window: MainWindow) -> list[str]:
    return listed_ids(window)


def test_first_edit_sets_in_progress_and_its_undo_sets_todo_again(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    assert seeded_repo.article(FIRST_SEED).status == "todo"
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    assert seeded_repo.article(FIRST_SEED).status == "in_progress"
    assert (
        window.articles.model.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "in progress"
    )
    assert "in progress" in window.header.meta.full_text()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.article(FIRST_SEED).status == "todo"
    assert seeded_repo.spans_for(FIRST_SEED) == []


def test_ctrl_enter_marks_done_and_counts_progress(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    assert window.articles.progress.text() == "0 of 5 done"
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.article(FIRST_SEED).status == "done"
    assert window.articles.progress.text() == "1 of 5 done"
    status = window.articles.model.index(0, 1)
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "done"
    assert not window.articles.model.index(0, 1).data(Qt.ItemDataRole.DecorationRole).isNull()
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.article(FIRST_SEED).status == "in_progress"
    assert window.articles.progress.text() == "0 of 5 done"


def test_filter_by_status_and_by_label(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    window.actions_by_name["done"].trigger()
    window.articles.status_filter.setCurrentIndex(window.articles.status_filter.findData("done"))
    assert _listed(window) == [FIRST_SEED]
    window.articles.status_filter.setCurrentIndex(window.articles.status_filter.findData("todo"))
    assert len(_listed(window)) == 4
    assert FIRST_SEED not in _listed(window)
    window.articles.status_filter.setCurrentIndex(0)
    window.articles.label_filter.setCurrentIndex(window.articles.label_filter.findData("TROOPS"))
    assert _listed(window) == [FIRST_SEED]
    window.articles.label_filter.setCurrentIndex(window.articles.label_filter.findData("LOSSES"))
    assert _listed(window) == []


def test_next_and_previous_article_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    ids = _listed(window)
    qtbot.keyClick(window.view, Qt.Key.Key_J)
    assert window.view.article.id == ids[1]
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.article.id == ids[2]
    qtbot.keyClick(window.view, Qt.Key.Key_K)
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.view.article.id == ids[0]
    qtbot.keyClick(window.view, Qt.Key.Key_K)
    assert window.view.article.id == ids[0]
    assert window.statusBar().currentMessage() == "This is the first article."


def test_next_unfinished_skips_articles_that_are_done(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    ids = _listed(window)
    seeded_repo.set_status(ids[1], "done")
    seeded_repo.set_status(ids[2], "done")
    window.events.articles_changed.emit()
    qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert window.view.article.id == ids[3]


def test_jump_between_spans_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    mark(qtbot, window, "4000 Verluste", Qt.Key.Key_2)
    window.view.place_cursor(0)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.view.selected.text == CLAIM
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.view.selected.text == "4000 Verluste"
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.view.selected.text == CLAIM


def test_span_boundaries_move_one_word_by_keyboard_and_undo(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    start = window.view.article.text.index(CLAIM)
    window.view.select_range(start + len("3000 "), start + len(CLAIM))  # "weitere Soldaten"
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    [span] = seeded_repo.spans_for(FIRST_SEED)
    assert span.text == "weitere Soldaten"
    keys = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Left, keys | Qt.KeyboardModifier.ControlModifier)
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == [CLAIM]
    qtbot.keyClick(window.view, Qt.Key.Key_Right, keys)
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == [CLAIM + " zur"]
    qtbot.keyClick(window.view, Qt.Key.Key_Left, keys)
    [moved] = seeded_repo.spans_for(FIRST_SEED)
    assert (moved.id, moved.text, moved.annotator) == (span.id, CLAIM, span.annotator)
    assert (
        window.actions_by_name["undo"].text().replace("&", "").startswith("Undo edit boundaries of")
    )
    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    assert seeded_repo.spans_for(FIRST_SEED) == [span]


def test_span_list_sorts_and_jumps_to_a_span(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    mark(qtbot, window, "4000 Verluste", Qt.Key.Key_2)
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    table = window.span_table
    rows = [table.model().index(r, TEXT_COLUMN).data() for r in range(table.model().rowCount())]
    assert rows == [CLAIM, "4000 Verluste"]
    window.docks.spans.raise_()
    qtbot.waitUntil(table.isVisible)
    header = table.horizontalHeader()
    label_heading = QPoint(header.sectionViewportPosition(LABEL_COLUMN) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=label_heading)
    assert table.model().index(0, LABEL_COLUMN).data() == "LOSSES"
    window.view.place_cursor(0)
    cell = table.visualRect(table.model().index(0, TEXT_COLUMN)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert window.view.selected.text == "4000 Verluste"


def test_note_and_source_completion(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    panel = window.details.attributes
    type_into(qtbot, panel.source, "Yonhap")
    type_into(qtbot, panel.note, "zweite Welle")
    [span] = seeded_repo.spans_for(FIRST_SEED)
    assert (span.source, span.note) == ("Yonhap", "zweite Welle")
    # Back to the text (Escape), the next mark is selected as it is made.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    mark(qtbot, window, "4000 Verluste", Qt.Key.Key_2)
    assert window.view.selected is not None
    assert window.view.selected.text == "4000 Verluste"
    # Entering the new span's source field, "Y" offers the source typed before.
    qtbot.mouseClick(panel.source, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.source)
    qtbot.keyClick(QApplication.focusWidget(), "Y")
    popup = panel.source.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert "Yonhap" in [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    qtbot.keyClick(popup, Qt.Key.Key_Escape)


def test_dragging_a_span_edge_with_the_mouse(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    [span] = seeded_repo.spans_for(FIRST_SEED)
    view = window.view

    def point(offset: int) -> object:
        cursor = view.textCursor()
        cursor.setPosition(offset)
        rect = view.cursorRect(cursor)
        return rect.center()

    text = view.article.text
    end_edge = point(span.end)
    assert view.edge_at(end_edge) == "end"
    target = point(text.index("Verfügung", span.end) + 3)  # inside "Verfügung"
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=end_edge)
    qtbot.mouseMove(view.viewport(), pos=target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    [dragged] = seeded_repo.spans_for(FIRST_SEED)
    assert dragged.id == span.id
    assert dragged.text == CLAIM + " zur Verfügung"
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point(dragged.start))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point(span.start + 5))
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == ["weitere Soldaten zur Verfügung"]
    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    assert seeded_repo.spans_for(FIRST_SEED) == [span]


def test_what_another_program_writes_shows_in_the_open_window(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    from claimmark.core.spans import make_span

    other = Repository.open(seeded_repo.path, create=False)  # another process, say
    text = other.article(FIRST_SEED).text
    start = text.index(CLAIM)
    other.save_span(make_span(FIRST_SEED, text, start, start + len(CLAIM), "TROOPS", "ben"))
    other.set_status(FIRST_SEED, "done")
    other.close()
    qtbot.waitUntil(lambda: [s.text for s in window.view.spans] == [CLAIM], timeout=5_000)
    qtbot.waitUntil(lambda: window.articles.progress.text() == "1 of 5 done", timeout=5_000)


def test_a_busy_database_is_a_word_in_the_status_bar_not_a_dialog(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    told: list[tuple[str, str]],
    dialogs: list[tuple[str, str]],
) -> None:
    import sqlite3

    holder = sqlite3.connect(seeded_repo.path, isolation_level=None)
    holder.execute("pragma busy_timeout = 0")
    holder.execute("BEGIN IMMEDIATE")  # another program writes, and keeps writing
    seeded_repo.wait_for_writers(0.05)  # not five seconds in a test
    try:
        mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert told[-1][0] == "warning"
    assert "The database is busy" in told[-1][1]
    assert dialogs == []
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert window.undo_stack.count() == 0


def test_a_read_only_project_says_so_and_changes_nothing(
    qtbot: QtBot, seeded_repo: Repository, dialogs: list[tuple[str, str]]
) -> None:
    from claimmark.project.project import Project
    from claimmark.ui.main_window import MainWindow as Window

    path = seeded_repo.path
    read_only = Repository.open(path, read_only=True)
    window = Window(Project(read_only, None), "tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_first_article()
    window.view.setFocus()
    assert window.header.banner.isVisible()
    assert window.header.banner.text().startswith(f"Read-only: {path} cannot be changed")
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert not window.actions_by_name["done"].isEnabled()
    assert not window.details.attributes.isEnabled()
    assert dialogs == []
    read_only.close()


def test_the_list_has_one_selected_row_the_open_article_however_it_was_opened(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = window.articles.table

    def selected_ids() -> list[str]:
        rows = {i.row() for i in table.selectionModel().selectedIndexes()}
        listed = listed_ids(window)
        return [listed[r] for r in sorted(rows)]

    assert selected_ids() == [FIRST_SEED]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    assert selected_ids() == [window.view.article.id]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K)
    assert selected_ids() == [window.view.article.id]
    window.search_panel.field.setFocus()
    qtbot.keyClicks(window.search_panel.field, "Wladimir")
    qtbot.waitUntil(lambda: len(window.search_panel.hits()) > 0)
    results = window.search_panel.results
    results.setCurrentItem(results.topLevelItem(0).child(0))
    qtbot.keyClick(results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.hasFocus())
    assert selected_ids() == [window.view.article.id]


def test_shift_alt_right_at_a_paragraph_end_leaves_the_span_in_its_paragraph(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, told: list[tuple[str, str]]
) -> None:
    text = window.view.article.text
    end = text.index("\n")  # the title's last word ends its paragraph
    start = text.rindex("neue Soldaten", 0, end)
    window.view.select_range(start, end)
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    [span] = seeded_repo.spans_for(FIRST_SEED)
    assert span.text == "neue Soldaten"
    keys = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, keys)
    assert seeded_repo.spans_for(FIRST_SEED) == [span]
    assert "cannot move further" in told[-1][1]


def test_one_row_is_current_and_the_table_hears_the_last_one_left(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = window.articles.table
    deselected: list[int] = []
    table.selectionModel().selectionChanged.connect(
        lambda _selected, gone: deselected.extend(i.row() for i in gone.indexes())
    )
    window.view.setFocus()
    for key in (Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_N):
        before = table.selectionModel().selectedRows()[0].row()
        qtbot.keyClick(QApplication.focusWidget(), key)
        rows = [index.row() for index in table.selectionModel().selectedRows()]
        assert len(rows) == 1
        assert rows[0] == window.articles.model.row_of(window.view.article.id)
        if rows[0] != before:
            # The table repaints what it hears was deselected: the row left looks so too.
            assert before in deselected


def test_a_done_article_is_read_only_until_ctrl_enter_reopens_it(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, told: list[tuple[str, str]]
) -> None:
    window.view.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, ctrl)
    assert seeded_repo.article(FIRST_SEED).status == "done"
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert told[-1] == (
        "warning",
        "This article is marked done, so it is read-only: Ctrl+Enter reopens it "
        "(Go › Mark article done).",
    )
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, ctrl)  # reopen
    assert seeded_repo.article(FIRST_SEED).status == "in_progress"
    mark(qtbot, window, CLAIM, Qt.Key.Key_1)
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == [CLAIM]
