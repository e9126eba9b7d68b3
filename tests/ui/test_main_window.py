"""Marking, seeing, deleting and relabelling spans in the real window, as a user does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from claimmark.bundled import seeds_dir
from claimmark.core.articles import make_article
from claimmark.core.labels import DEFAULT_LABELS
from claimmark.core.spans import Span
from claimmark.store import Repository
from claimmark.ui.export_dialog import ExportDialog
from claimmark.ui.import_dialog import ImportDialog
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import open_window

TROOPS = next(label for label in DEFAULT_LABELS if label.name == "TROOPS")
CLAIM = "3000 weitere Soldaten"


def _select(window: MainWindow, words: str) -> tuple[int, int]:
    """Select ``words`` by cursor positions, as a user dragging the mouse would."""
    text = window.view.article.text
    start = text.index(words)
    window.view.select_range(start, start + len(words))
    return start, start + len(words)


def _fills(window: MainWindow, utf16_start: int, utf16_end: int) -> set[str]:
    """Return the background colours the highlighter drew over a UTF-16 range."""
    document = window.view.document()
    block = document.findBlock(utf16_start)
    colours: set[str] = set()
    for fmt in block.layout().formats():
        assert isinstance(fmt, QTextLayout.FormatRange)
        begin = block.position() + fmt.start
        if begin < utf16_end and utf16_start < begin + fmt.length:
            colours.add(fmt.format.background().color().name())
    return colours


def test_select_press_1_and_the_span_is_saved_and_highlighted(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    assert window.view.article.id == FIRST_SEED
    start, end = _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    [span] = seeded_repo.spans_for(FIRST_SEED)
    assert (span.start, span.end, span.label, span.text, span.annotator) == (
        start,
        end,
        "TROOPS",
        CLAIM,
        "tester",
    )
    assert _fills(window, start, end) == {QColor(TROOPS.colour).name()}
    assert window.view.selected_span == span
    assert window.details.attributes.text.full_text() == CLAIM
    assert window.details.attributes.offsets.text() == "414–435"
    assert window.articles.model.index(0, 2).data() == 1


def test_sloppy_selection_is_snapped_to_whole_words(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    text = window.view.article.text
    start = text.index(CLAIM)
    window.view.select_range(start - 1, start + len(CLAIM) - 3)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert [(s.text, s.label) for s in seeded_repo.spans_for(FIRST_SEED)] == [(CLAIM, "WEAPONS")]


@pytest.mark.parametrize("emoji", ["😀", "👍🏽", "🇺🇦", "👩‍👩‍👧"])
def test_offsets_stay_code_points_after_an_emoji(
    qtbot: QtBot, fresh_repo: Repository, emoji: str
) -> None:
    seed = (seeds_dir() / f"{FIRST_SEED}.txt").read_text(encoding="utf-8")
    text = seed.replace(f"Februar {CLAIM}", f"Februar {emoji} {CLAIM} {emoji}", 1)
    fresh_repo.add_articles([make_article("emoji", text)])
    window = open_window(qtbot, fresh_repo)
    start, end = _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    [span] = fresh_repo.spans_for("emoji")
    assert (span.start, span.end, span.text) == (start, end, CLAIM)
    assert window.view.article.text[span.start : span.end] == CLAIM
    # Every astral code point before the span shifts it one UTF-16 unit in Qt.
    shift = sum(1 for c in emoji if ord(c) > 0xFFFF)
    assert _fills(window, start + shift, end + shift) == {QColor(TROOPS.colour).name()}
    assert _fills(window, start + shift - 2, start + shift) == set()
    assert _fills(window, end + shift, end + shift + 1) == set()


def test_click_selects_a_span_and_delete_removes_it(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    start, _ = _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    window.view.place_cursor(0)
    assert window.view.selected_span is None
    rect = window.view.cursorRect(_cursor_at(window, start + 5))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.selected_span is not None
    assert window.view.selected_span.text == CLAIM
    assert window.details.attributes.label.currentText() == "LOSSES"
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert window.view.spans == []
    assert _fills(window, start, start + len(CLAIM)) == set()


def _cursor_at(window: MainWindow, offset: int):
    cursor = window.view.textCursor()
    cursor.setPosition(offset)
    return cursor


def test_same_label_overlap_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, told: list[tuple[str, str]]
) -> None:
    _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    _select(window, "Soldaten zur Verfügung")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == [CLAIM]
    assert told[-1][0] == "warning"
    assert "Spans of the same label cannot overlap" in told[-1][1]
    assert "Spans of the same label cannot overlap" in window.statusBar().currentMessage()
    # A different label may overlap: both stay visible.
    start, _ = _select(window, "Soldaten zur Verfügung")
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert sorted(s.label for s in seeded_repo.spans_for(FIRST_SEED)) == ["TROOPS", "WEAPONS"]
    overlap = window.view.document().findBlock(start)
    ranges = overlap.layout().formats()  # keep the ranges alive while reading their formats
    shared = [r for r in ranges if overlap.position() + r.start == start]
    assert len(shared) == 1
    assert shared[0].format.fontUnderline()


def test_relabel_from_the_context_menu_actions(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.relabel_actions["TROOPS"].isEnabled() is False
    window.relabel_actions["LOSSES"].trigger()
    assert [s.label for s in seeded_repo.spans_for(FIRST_SEED)] == ["LOSSES"]
    assert window.view.selected_span.label == "LOSSES"


def test_context_menu_offers_mark_delete_and_relabel(qtbot: QtBot, window: MainWindow) -> None:
    _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.view.place_cursor(0)
    start = window.view.article.text.index(CLAIM)
    on_span = window.view.cursorRect(_cursor_at(window, start + 3)).center()
    menu = window.view.context_menu(on_span)
    offered = [a.text() for a in menu.actions()]
    assert offered[:3] == ["Mark TROOPS", "Mark LOSSES", "Mark WEAPONS"]
    assert f"Delete span '{CLAIM}'" in offered
    assert "Change label to" in offered
    assert window.view.selected_span.text == CLAIM


def test_spans_are_there_after_reopening_in_a_new_window(
    qtbot: QtBot, window: MainWindow, db_path: Path, seeded_repo: Repository
) -> None:
    _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    _select(window, "4000 Verluste")
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    before = seeded_repo.spans_for(FIRST_SEED)
    window.close()
    reopened = Repository.open(db_path)
    try:
        second = open_window(qtbot, reopened)
        assert second.view.spans == before
        assert [s.text for s in second.view.spans] == [CLAIM, "4000 Verluste"]
        assert second.articles.model.index(0, 2).data() == 1
        assert second.articles.model.index(0, 3).data() == 1
    finally:
        reopened.close()


def test_undo_and_redo_a_mark(qtbot: QtBot, window: MainWindow, seeded_repo: Repository) -> None:
    _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.actions_by_name["undo"].text().replace("&", "") == f"Undo mark TROOPS '{CLAIM}'"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == [CLAIM]


def test_export_from_the_window_writes_the_spans(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start, end = _select(window, CLAIM)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    [span] = window.view.spans
    out = tmp_path / "export.jsonl"

    def fill_in(dialog: ExportDialog) -> QDialog.DialogCode:
        dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
        dialog.target.setText(str(out))
        # Only articles marked done are chosen at first; this export wants them all.
        assert (
            dialog.summary.text() == "0 articles with 0 spans (no article has the statuses ticked)"
        )
        for box in dialog.statuses.values():
            box.setChecked(True)
        assert dialog.summary.text() == "5 articles with 1 span"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fill_in)
    with qtbot.waitSignal(window.export_done, timeout=10_000) as done:
        window.actions_by_name["export"].trigger()
    assert done.args[0].spans == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    seed_text = (seeds_dir() / f"{FIRST_SEED}.txt").read_text(encoding="utf-8")
    assert len(lines) == 5
    assert json.loads(lines[0]) == {
        "id": FIRST_SEED,
        "title": seed_text.splitlines()[0],
        "text": seed_text,
        "status": "in_progress",  # the first mark of an article sets it in progress
        "language": "de",
        "spans": [
            {
                "start": 414,
                "end": 435,
                "label": "TROOPS",
                "text": CLAIM,
                "annotator": "tester",
                "created_at": span.created_at,
                "origin": "manual",
                "value": None,
                "qualifier": None,
                "source": None,
                "note": None,
            }
        ],
    }
    assert (start, end) == (414, 435)
    assert all(json.loads(line)["spans"] == [] for line in lines[1:])


def test_import_from_the_window_reports_bad_files(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialogs: list[tuple[str, str]]
) -> None:
    good = tmp_path / "neu.txt"
    good.write_text("Neuer Artikel\n200 Soldaten", encoding="utf-8")
    bad = tmp_path / "kaputt.txt"
    bad.write_bytes(b"ok\n\x81bad")
    with qtbot.waitSignal(window.import_done, timeout=10_000):
        window.files.import_files([good, bad])
    assert window.articles.model.rowCount() == 6
    assert window.view.article.id == "neu"
    assert dialogs[-1][0] == "warning"
    assert "kaputt.txt: not text in any known encoding" in dialogs[-1][1]


def test_article_list_switches_the_view(qtbot: QtBot, window: MainWindow) -> None:
    window.articles.table.setCurrentIndex(window.articles.model.index(2, 0))
    assert window.view.article.id == window.articles.model.article_id(2)
    assert window.header.title.full_text() == window.view.article.title


def test_spans_of_other_articles_do_not_leak_into_the_view(
    window: MainWindow, seeded_repo: Repository
) -> None:
    other = window.articles.model.article_id(1)
    text = seeded_repo.article(other).text
    seeded_repo.save_span(
        Span("x1", other, 0, 4, "TROOPS", text[0:4], "bob", "2026-01-01T00:00:00+00:00")
    )
    window.events.spans_changed_in(other)
    assert window.view.spans == []
    assert window.articles.model.index(1, 2).data() == 1


def test_import_dialog_reads_the_chosen_format_with_its_spans(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Neu 😀\nEs kamen 300 Soldaten."
    # doccano counts UTF-16 units: the emoji shifts the span by two.
    start = text.index("300") + 1
    line = {"id": "neu", "text": text, "label": [[start, start + 12, "TROOPS"]]}
    path = tmp_path / "team.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")

    def fill_in(dialog: ImportDialog) -> QDialog.DialogCode:
        dialog.add_path(path)
        dialog.format.setCurrentIndex(dialog.format.findData("doccano"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fill_in)
    with qtbot.waitSignal(window.import_done, timeout=10_000):
        window.actions_by_name["import"].trigger()
    assert window.view.article.id == "neu"
    assert [(s.text, s.label, s.origin) for s in seeded_repo.spans_for("neu")] == [
        ("300 Soldaten", "TROOPS", "import")
    ]
    assert [s.text for s in window.view.spans] == ["300 Soldaten"]


def test_the_import_dialog_hints_when_empty_removes_and_imports_only_something(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.hint.isVisible()
    assert not dialog.import_button.isEnabled()
    assert not dialog.remove.isEnabled()
    for name in ("a.txt", "b.txt"):
        dialog.add_path(tmp_path / name)
    dialog.add_path(tmp_path / "a.txt")  # once only
    assert dialog.paths() == [tmp_path / "a.txt", tmp_path / "b.txt"]
    assert not dialog.hint.isVisible()
    assert dialog.import_button.isEnabled()
    dialog.files.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert dialog.paths() == [tmp_path / "b.txt"]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.files.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.files)
    dialog.files.setCurrentRow(0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert dialog.paths() == []
    assert dialog.hint.isVisible()
    assert not dialog.import_button.isEnabled()


def test_an_import_from_the_dialog_ends_with_a_summary_listing_the_problems(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]],
) -> None:
    good = tmp_path / "neu.txt"
    good.write_text("Neuer Artikel\n200 Soldaten", encoding="utf-8")
    bad = tmp_path / "kaputt.txt"
    bad.write_bytes(b"ok\n\x81bad")

    def fill_in(dialog: ImportDialog) -> QDialog.DialogCode:
        dialog.add_path(good)
        dialog.add_path(bad)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fill_in)
    with qtbot.waitSignal(window.import_done, timeout=10_000):
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert text.startswith("Imported 1 article with 0 spans, merged 0, skipped 0, 1 problem.")
    assert "kaputt.txt: not text in any known encoding" in text
    assert len(dialogs) == 1  # one box: the summary, not an error box besides
