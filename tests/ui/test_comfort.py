"""Guidelines, shortcuts, zoom, the annotator's name, and a layout that survives a restart."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from claimmark.core.labels import DEFAULT_LABELS
from claimmark.detector.rules import Detector
from claimmark.project.project import Project
from claimmark.store import Repository
from claimmark.ui.actions import all_actions
from claimmark.ui.app import resolve_annotator
from claimmark.ui.main_window import MainWindow
from claimmark.ui.settings import settings
from claimmark.ui.shortcuts import ShortcutsDialog
from claimmark.ui.shortcuts import shortcut_rows
from tests.ui.conftest import listed_ids
from tests.ui.conftest import mark
from tests.ui.conftest import open_window
from tests.ui.conftest import type_into


def test_f1_shows_the_guidelines_rendered(qtbot: QtBot, window: MainWindow) -> None:
    guidelines = window.guidelines_dock.widget()
    assert not window.comfort.guidelines_in_front()  # a tab behind the span panel
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert window.comfort.guidelines_in_front()
    text = guidelines.toPlainText()
    assert "Annotation guidelines" in text
    assert "3000 weitere Soldaten" in text
    assert "|" not in text.splitlines()[0]  # Markdown rendered, not shown raw
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert not window.comfort.guidelines_in_front()
    assert not window.details.attributes.visibleRegion().isEmpty()


def test_shortcuts_window_lists_every_action_with_keys(window: MainWindow) -> None:
    rows = dict(shortcut_rows(all_actions(window)))
    assert rows["Mark TROOPS"] == "1"
    assert rows["Accept suggestion"].startswith("Return")
    assert rows["Next article"] == "Alt+Down  or  J"
    assert rows["Mark article done"].startswith("Ctrl+Return")
    assert rows["Undo"] == "Ctrl+Z"
    assert rows["Guidelines"] == "F1"
    # Qt calls Shift+Tab "Backtab"; the menu and this window say what the keyboard says.
    assert rows["Previous suggestion"] == "Shift+Tab"
    assert window.actions_by_name["previous_suggestion"].text().endswith("\tShift+Tab")
    dialog = ShortcutsDialog(all_actions(window), window)
    assert dialog.table.rowCount() == len(rows)


def test_zoom_changes_the_text_size_and_resets(qtbot: QtBot, window: MainWindow) -> None:
    normal = window.view.font().pointSizeF()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSizeF() == normal + 2
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSizeF() == normal + 1
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.font().pointSizeF() == normal


def test_layout_text_size_and_last_article_survive_a_restart(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    third = listed_ids(window)[2]
    window.open_article(third)
    window.comfort.zoom(1)
    size = window.view.font().pointSizeF()
    window.close()
    second = MainWindow(Project(seeded_repo, None), "tester")
    qtbot.addWidget(second)
    assert second.restore_layout()
    assert second.view.article.id == third
    assert second.view.font().pointSizeF() == size


def test_annotator_is_asked_once_then_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def ask(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(kwargs.get("text")))
        return "Alice", True

    monkeypatch.setattr(QInputDialog, "getText", ask)
    assert resolve_annotator(None, ask=True) == "Alice"
    assert resolve_annotator(None, ask=True) == "Alice"
    assert len(asked) == 1
    assert resolve_annotator("bob", ask=True) == "bob"
    assert settings().value("annotator") == "bob"


def test_annotator_name_is_stored_on_spans_and_shown(
    qtbot: QtBot, seeded_repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeded_repo, annotator="carol")
    assert "Annotator: carol" in window.people.saved_to.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Dana", True))
    window.actions_by_name["annotator"].trigger()
    assert "Annotator: Dana" in window.people.saved_to.text()
    start = window.view.article.text.index("4000 Verluste")
    window.view.select_range(start, start + len("4000 Verluste"))
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert [s.annotator for s in seeded_repo.spans_for(window.view.article.id)] == ["Dana"]


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("label", DEFAULT_LABELS, ids=lambda label: label.name)
def test_span_text_is_readable_on_every_label_colour(label: object) -> None:
    # Span text is drawn black on the label fill in light and dark palettes alike.
    ratio = (_luminance(label.colour) + 0.05) / (0 + 0.05)  # type: ignore[attr-defined]
    assert ratio >= 7.0  # WCAG AAA for normal text


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("label", DEFAULT_LABELS, ids=lambda label: label.name)
@pytest.mark.parametrize(("dark", "background"), [(False, "#ffffff"), (True, "#1f1f1f")])
def test_suggestion_underlines_stand_out_on_light_and_dark(
    label: object, dark: bool, background: str
) -> None:
    from PySide6.QtGui import QColor

    from claimmark.ui.highlighting import _strong

    line = _strong(QColor(label.colour), dark).name()  # type: ignore[attr-defined]
    assert _contrast(line, background) >= 3.0  # WCAG non-text contrast


def test_a_suggestion_is_a_thick_line_in_its_labels_colour_light_and_dark(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    from PySide6.QtGui import QColor

    from claimmark.ui.highlighting import SUGGESTION_LINE_WIDTH
    from claimmark.ui.highlighting import _strong
    from claimmark.ui.theme import _DARK

    window = open_window(qtbot, seeded_repo, detector=detector)
    losses = QColor(next(lb.colour for lb in DEFAULT_LABELS if lb.name == "LOSSES"))

    def painted_rows(dark: bool) -> int:
        """Rows of device pixels in the LOSSES colour under the first LOSSES suggestion."""
        line = next(line for line, label in window.view.suggestion_lines() if label == "LOSSES")
        image = window.view.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        wanted = _strong(losses, dark)
        x = int((line.x1() + 2) * ratio)  # the start of the line's first dash
        rows = range(int((line.y1() - 4) * ratio), int((line.y1() + 4) * ratio))
        return sum(_near(QColor(image.pixel(x, y)), wanted) for y in rows)

    assert SUGGESTION_LINE_WIDTH >= 2.0  # logical pixels: device pixels grow with the scale
    assert painted_rows(dark=False) >= 2
    palette = window.view.palette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    window.view.setPalette(palette)
    assert painted_rows(dark=True) >= 2


def _near(colour: object, wanted: object) -> bool:
    return all(
        abs(getattr(colour, part)() - getattr(wanted, part)()) <= 40
        for part in ("red", "green", "blue")
    )


def test_each_label_has_its_own_line_pattern_for_readers_who_cannot_tell_colours() -> None:
    from PySide6.QtGui import QColor

    from claimmark.ui.highlighting import suggestion_pen

    grey = QColor("#777777")
    styles = [suggestion_pen(grey, index).style() for index in range(len(DEFAULT_LABELS))]
    assert len(set(styles)) == len(DEFAULT_LABELS)


def test_the_toolbar_keeps_its_texts_the_span_words_go_to_tooltips(
    qtbot: QtBot, window: MainWindow
) -> None:
    def texts() -> list[str]:
        return [a.text() for a in window.toolbar.actions() if not a.isSeparator()]

    before = texts()
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)  # selects the new span
    assert texts() == before
    assert "Undo" in before
    assert "Delete span" in before
    by_text = {a.text(): a for a in window.toolbar.actions()}
    assert by_text["Undo"].toolTip() == "Undo mark TROOPS '3000 weitere Soldaten'"
    assert by_text["Delete span"].toolTip() == "Delete span '3000 weitere Soldaten'"
    assert by_text["Delete span"].isEnabled()
    by_text["Undo"].trigger()
    assert window.view.spans == []


def test_the_last_article_is_remembered_without_a_clean_exit(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    from claimmark.ui.settings import settings

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    opened = window.view.article.id
    key = f"last_article/{seeded_repo.path}"
    # No close: a crash would come here. The layout is saved a moment after it changed.
    qtbot.waitUntil(lambda: settings().value(key) == opened, timeout=5_000)
    assert settings().value("window/state") is not None


def test_the_view_menu_shows_and_hides_every_panel_and_resets_the_layout(
    qtbot: QtBot, window: MainWindow
) -> None:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    toggles = {a.text(): a for a in view_menu.actions() if a.isCheckable()}
    assert list(toggles) == [
        "Articles", "Search", "Details", "Spans", "Guidelines", "Adjudication",
    ]  # fmt: skip
    assert not toggles["Adjudication"].isChecked()  # shown while adjudicating
    toggles["Articles"].trigger()
    toggles["Search"].trigger()
    assert not window.docks.articles.isVisible()
    assert not window.docks.search.isVisible()
    window.actions_by_name["reset_layout"].trigger()
    assert window.docks.articles.isVisible()
    assert window.docks.search.isVisible()
    assert not window.comfort.guidelines_in_front()
    assert not window.docks.adjudication.isVisible()


def test_the_status_bar_does_not_keep_the_last_articles_message(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    window = open_window(qtbot, seeded_repo, detector=detector)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # a suggestion is selected
    assert window.statusBar().currentMessage() != ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    assert window.open.article.id == listed_ids(window)[1]
    assert window.statusBar().currentMessage() == ""


def test_a_long_title_takes_two_lines_at_most_and_its_tooltip_says_it_all(
    qtbot: QtBot, window: MainWindow
) -> None:
    longest = max(listed_ids(window), key=lambda i: len(window.project.repo.article(i).title))
    window.open_article(longest)
    title = window.project.repo.article(longest).title
    shown = window.header.title.text()
    assert len(title) > 200  # seed 004's first line
    assert 1 <= len(shown.split("\n")) <= 2
    assert shown.endswith("…")
    assert title in html.unescape(window.header.title.toolTip())  # a plain-text tooltip
    metrics = window.header.title.fontMetrics()
    assert all(
        metrics.horizontalAdvance(line) <= window.header.title.width() for line in shown.split("\n")
    )


def test_the_status_bar_counts_this_sessions_spans_and_finished_articles(
    qtbot: QtBot, window: MainWindow
) -> None:
    label = window.session_label
    assert label.text() == "This session: 0 spans, 0 articles done"
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    mark(qtbot, window, "4000 Verluste", Qt.Key.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert label.text() == "This session: 1 span, 1 article done"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert label.text() == "This session: 1 span, 0 articles done"


def test_the_pace_shows_once_the_session_is_a_minute_old() -> None:
    from claimmark.ui.session_stats import SessionStats

    now = [0.0]
    stats = SessionStats(clock=lambda: now[0])
    stats.spans = 30
    assert stats.per_hour() is None
    now[0] = 1800.0  # half an hour
    assert stats.text() == "This session: 30 spans, 0 articles done, 60 spans an hour"


def test_a_note_on_the_article_is_saved_on_enter_undone_and_exported(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, tmp_path: Path
) -> None:
    from claimmark.formats.registry import export

    article_id = window.view.article.id
    note = window.header.note
    type_into(qtbot, note, "Zahlen nur aus Seoul, unbestätigt")  # Enter saves
    assert seeded_repo.note_of(article_id) == "Zahlen nur aus Seoul, unbestätigt"
    assert window.open.state.article.note == "Zahlen nur aus Seoul, unbestätigt"
    out = tmp_path / "out.jsonl"
    export("jsonl", seeded_repo.iter_records(), out)
    first = json.loads(out.read_text(encoding="utf-8").split("\n")[0])
    assert first["note"] == "Zahlen nur aus Seoul, unbestätigt"
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.note_of(article_id) == ""
    assert note.text() == ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    assert note.text() == ""  # each article its own note


def test_the_guidelines_break_lines_between_words_in_a_narrow_panel(qtbot: QtBot) -> None:
    from claimmark.ui.guidelines import GuidelinesView

    view = GuidelinesView()
    qtbot.addWidget(view)
    view.resize(320, 600)
    view.show()
    qtbot.waitExposed(view)
    document = view.document()
    document.setTextWidth(view.viewport().width())
    broken = []
    block = document.begin()
    while block.isValid():  # table cells are blocks too
        layout, text = block.layout(), block.text()
        for number in range(layout.lineCount() - 1):
            end = layout.lineAt(number).textStart() + layout.lineAt(number).textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                broken.append(text[max(end - 8, 0) : end + 8])
        block = block.next()
    assert broken == []


def test_paragraphs_have_space_between_them_and_clicks_land_where_aimed(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.view
    text = view.article.text if view.article else ""
    paragraphs = text.split("\n")
    assert len(paragraphs) > 4
    line = view.fontMetrics().lineSpacing()
    first = view.document().firstBlock()
    below_first = view.blockBoundingGeometry(first).top() + first.layout().boundingRect().height()
    second_top = view.blockBoundingGeometry(first.next()).top()
    assert second_top - below_first >= line / 3

    # A click in the fifth paragraph puts the cursor under the pointer: the space
    # above it must not shift what a click hits.
    offset = len("\n".join(paragraphs[:4])) + 1 + 3
    cursor = view.textCursor()
    cursor.setPosition(offset)
    aim = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=aim.center())
    assert abs(view.textCursor().position() - offset) <= 1


def test_the_article_list_gives_titles_room_and_says_each_status(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table = window.articles.table
    wanted = 20 * table.fontMetrics().averageCharWidth()
    qtbot.waitUntil(lambda: table.columnWidth(0) >= wanted)
    assert table.columnWidth(1) < table.columnWidth(0) / 3
    # Nothing in the middle asks for more than the status line: a box placed on that
    # line once took the list down to 5 characters of a title.
    assert window.centralWidget().minimumSizeHint().width() <= 650
    assert window.docks.articles.width() >= 340
    status = table.model().index(0, 1)
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "to do"
    assert status.data(Qt.ItemDataRole.AccessibleTextRole) == "to do"
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_help_about_names_the_versions_the_database_and_the_licence(
    qtbot: QtBot, window: MainWindow, dialogs: list[tuple[str, str]]
) -> None:
    import PySide6
    from PySide6.QtCore import qVersion

    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    [(kind, text)] = dialogs
    assert kind == "information"
    assert f"PySide6 {PySide6.__version__}" in text
    assert f"Qt {qVersion()}" in text
    assert str(window.project.path) in text
    assert "Licence: MIT" in text
    assert not window.windowIcon().isNull()
    assert {16, 512} <= {size.width() for size in window.windowIcon().availableSizes()}


def test_the_header_shows_the_articles_language_and_a_correction_reads_it_again(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    window = open_window(qtbot, seeded_repo, detector=detector)
    article_id = window.view.article.id
    german = {(s.start, s.end, s.label, s.value) for s in window.view.suggestions}
    combo = window.header.language
    assert combo.currentText() == "German"  # told from the words on import
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    # The claims are read again with the English rules: "11.000" is eleven in English.
    with qtbot.waitSignal(window.detect_done, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert seeded_repo.language_of(article_id) == "en"
    assert combo.currentText() == "English"
    english = {(s.start, s.end, s.label, s.value) for s in window.view.suggestions}
    assert english != german
    assert english == {
        (s.start, s.end, s.label, s.value) for s in seeded_repo.suggestions_for(article_id)
    }
    window.view.setFocus()
    with qtbot.waitSignal(window.detect_done, timeout=10_000):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
        )
    assert seeded_repo.language_of(article_id) == "de"
    assert combo.currentText() == "German"
    assert {(s.start, s.end, s.label, s.value) for s in window.view.suggestions} == german


def test_a_database_being_upgraded_says_so_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    import sqlite3

    from PySide6.QtWidgets import QProgressDialog

    from claimmark.ui.app import upgrading_notice

    path = tmp_path / "old.db"
    Repository.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("pragma user_version = 8")

    def notices() -> list[QProgressDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]  # fmt: skip

    with upgrading_notice(path):
        [notice] = notices()
        assert "Upgrading" in notice.labelText()
        assert f"{path.name}.before-upgrade-v" in notice.labelText()
    assert notices() == []
    # A step that runs says what it does while it does it.
    from tests.store.test_repository import _made_old

    old = tmp_path / "older.db"
    _made_old(old, "a1", before="m011_article_texts")
    with upgrading_notice(old):
        [notice] = notices()
        Repository.open(old).close()
        assert "Now: Article texts in a table of their own" in notice.labelText()
    assert notices() == []
    with upgrading_notice(tmp_path / "new.db"):
        assert notices() == []


def test_a_detection_asked_for_while_one_runs_runs_again_after_it(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector, told: list[tuple[str, str]]
) -> None:
    window = open_window(qtbot, seeded_repo, detector=detector)
    article_id = window.view.article.id
    done: list[str] = []
    window.detect_done.connect(done.append)
    # The second ask comes while the first job runs (it ends only in the event loop):
    # the language it reads may have changed, so it runs once more, then says it is done.
    window.files.detect_in_background(article_id, "first")
    window.files.detect_in_background(article_id, "second")
    qtbot.waitUntil(lambda: done == [article_id], timeout=10_000)
    found = [text for level, text in told if text.startswith("Found ")]
    assert len(found) == 2
    assert not window.jobs.running


def test_view_messages_shows_every_message_of_the_session_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    from claimmark.ui import messages
    from tests.ui.conftest import press_in_menus

    long = "Not accepted: 'zweier Nordkoreaner' overlaps the LOSSES span " + "x" * 200
    messages.warning(long)
    messages.info("Note saved.")
    press_in_menus(qtbot, window, Qt.Key.Key_V, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: window.message_log.dialog is not None)
    dialog = window.message_log.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    shown = window.message_log.lines
    assert shown[-2].endswith(f"warning  {long}")
    assert shown[-1].endswith("info     Note saved.")
    assert window.message_log.text is not None
    assert long in window.message_log.text.toPlainText()  # whole, not cut
    messages.info("Later.")
    assert window.message_log.text.toPlainText().endswith("Later.")
