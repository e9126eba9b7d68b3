"""Reviewing detector suggestions in the real window: see, navigate, accept, reject, edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtGui import QTextLayout
from pytestqt.qtbot import QtBot

from claimmark.core.suggestions import StoredSuggestion
from claimmark.detector.rules import Detector
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import open_window
from tests.ui.conftest import type_into


@pytest.fixture
def window(qtbot: QtBot, seeded_repo: Repository, detector: Detector) -> MainWindow:
    """The main window with the detector on, first seed article open."""
    return open_window(qtbot, seeded_repo, detector=detector)


def _suggestion(window: MainWindow, text: str) -> StoredSuggestion:
    return next(s for s in window.view.suggestions if s.text == text)


def _format_at(window: MainWindow, offset: int) -> QTextCharFormat:
    block = window.view.document().findBlock(offset)
    ranges: list[QTextLayout.FormatRange] = block.layout().formats()
    for r in ranges:
        if block.position() + r.start <= offset < block.position() + r.start + r.length:
            return QTextCharFormat(r.format)
    return QTextCharFormat()


def test_opening_an_article_shows_its_suggestions_stored_and_drawn(
    window: MainWindow, seeded_repo: Repository
) -> None:
    stored = seeded_repo.suggestions_for(FIRST_SEED)
    assert len(stored) == 20
    assert window.view.suggestions == stored
    claim = _suggestion(window, "3000 weitere Soldaten")
    assert (claim.label, claim.value, claim.qualifier, claim.source) == (
        "TROOPS",
        3000,
        "exact",
        "südkoreanische Militär",
    )
    drawn = _format_at(window, claim.start + 2)
    assert drawn.background().style() == Qt.BrushStyle.NoBrush  # not filled: not yet a span
    assert "TROOPS" in [label for _line, label in window.view.suggestion_lines()]
    assert "20 suggestions to review" in window.header.meta.full_text()


def test_enter_accepts_and_x_rejects_and_both_states_are_stored(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    first = window.view.selected_suggestion
    assert first is not None
    assert first.text == "Tausende neue Soldaten"
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    [span] = seeded_repo.spans_for(FIRST_SEED)
    assert (span.text, span.label, span.origin, span.value, span.qualifier, span.annotator) == (
        "Tausende neue Soldaten",
        "TROOPS",
        "detector",
        None,
        "vague",
        "tester",
    )
    assert seeded_repo.suggestion(first.id).state == "accepted"
    assert _format_at(window, span.start).background().style() != Qt.BrushStyle.NoBrush
    second = window.view.selected_suggestion
    assert second is not None
    assert second.text == "Raketen"
    qtbot.keyClick(window.view, Qt.Key.Key_X)
    assert seeded_repo.suggestion(second.id).state == "rejected"
    assert second.id not in {s.id for s in window.view.suggestions}
    assert len(seeded_repo.suggestions_for(FIRST_SEED)) == 18
    # A rejected suggestion does not come back when the detector runs again.
    window.actions_by_name["detect"].trigger()
    assert seeded_repo.suggestion(second.id).state == "rejected"
    assert len(window.view.suggestions) == 18


def test_tab_and_shift_tab_move_between_suggestions(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view.selected_suggestion.text == "Raketen"
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.view.selected_suggestion.text == "Tausende neue Soldaten"
    assert window.details.attributes.kind.text().startswith("<b>Suggestion</b>")


def test_clicking_a_suggestion_selects_it(qtbot: QtBot, window: MainWindow) -> None:
    claim = _suggestion(window, "4000 Verluste")
    cursor = window.view.textCursor()
    cursor.setPosition(claim.start + 3)
    rect = window.view.cursorRect(cursor)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.selected_suggestion == claim
    assert window.details.attributes.label.currentText() == "LOSSES"


def test_a_label_key_changes_a_suggestion_before_accepting(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    claim = _suggestion(window, "4000 Verluste")
    window.view.select_item(claim.id)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert seeded_repo.suggestion(claim.id).label == "WEAPONS"
    assert window.view.selected_suggestion.label == "WEAPONS"
    qtbot.keyClick(window.view, Qt.Key.Key_A)
    assert [(s.text, s.label, s.value) for s in seeded_repo.spans_for(FIRST_SEED)] == [
        ("4000 Verluste", "WEAPONS", 4000)
    ]


def test_accept_all_then_undo_restores_every_suggestion(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    window.actions_by_name["accept_all"].trigger()
    assert len(seeded_repo.spans_for(FIRST_SEED)) == 20
    assert seeded_repo.suggestions_for(FIRST_SEED) == []
    assert window.articles.model.index(0, 2).data() == 4  # TROOPS
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert len(seeded_repo.suggestions_for(FIRST_SEED)) == 20


def test_a_span_marked_over_a_suggestion_of_its_label_settles_it_and_undo_reopens_it(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    claim = _suggestion(window, "3000 weitere Soldaten")
    pending = len(window.view.suggestions)
    window.view.select_range(claim.start, claim.start + len("3000 weitere"))
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    [span] = seeded_repo.spans_for(FIRST_SEED)
    assert span.text == "3000 weitere"
    settled = seeded_repo.suggestion(claim.id)
    assert (settled.state, settled.span_id) == ("accepted", span.id)
    assert claim.id not in [s.id for s in window.view.suggestions]
    assert len(window.view.suggestions) == pending - 1
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert _suggestion(window, "3000 weitere Soldaten").state == "pending"
    assert len(window.view.suggestions) == pending


def test_enter_on_a_suggestion_a_span_already_covers_settles_it_as_that_span(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector, told: list[tuple[str, str]]
) -> None:
    from claimmark.core.spans import make_span

    text = seeded_repo.article(FIRST_SEED).text
    start = text.index("3000 weitere Soldaten")
    # Stored beside the suggestion, as older versions left it: pending for ever.
    wide = make_span(FIRST_SEED, text, start, start + 34, "TROOPS", "tester")
    seeded_repo.save_span(wide)
    window = open_window(qtbot, seeded_repo, detector=detector)
    claim = _suggestion(window, "3000 weitere Soldaten")
    window.view.select_item(claim.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert [s.id for s in seeded_repo.spans_for(FIRST_SEED)] == [wide.id]
    settled = seeded_repo.suggestion(claim.id)
    assert (settled.state, settled.span_id) == ("accepted", wide.id)
    assert told[-1] == (
        "info",
        f"Accepted TROOPS '3000 weitere Soldaten', as the span '{wide.text}' that covers it "
        "— saved.",
    )


def test_accepting_over_part_of_a_span_of_the_same_label_is_refused(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector, told: list[tuple[str, str]]
) -> None:
    from claimmark.core.spans import make_span

    text = seeded_repo.article(FIRST_SEED).text
    start = text.index("3000 weitere Soldaten")
    seeded_repo.save_span(make_span(FIRST_SEED, text, start - 8, start + 4, "TROOPS", "tester"))
    window = open_window(qtbot, seeded_repo, detector=detector)
    claim = _suggestion(window, "3000 weitere Soldaten")
    window.view.select_item(claim.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert len(seeded_repo.spans_for(FIRST_SEED)) == 1
    assert told[-1][0] == "warning"
    assert "overlaps the TROOPS span" in told[-1][1]


def test_attributes_are_edited_saved_and_undone(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    claim = _suggestion(window, "3000 weitere Soldaten")
    window.view.select_item(claim.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    [span] = seeded_repo.spans_for(FIRST_SEED)
    window.view.select_item(span.id)
    panel = window.details.attributes
    type_into(qtbot, panel.value, "3100")
    panel.qualifier.setCurrentText("approx")
    panel.qualifier.activated.emit(panel.qualifier.currentIndex())
    type_into(qtbot, panel.source, "Yonhap")
    [edited] = seeded_repo.spans_for(FIRST_SEED)
    assert (edited.value, edited.qualifier, edited.source) == (3100, "approx", "Yonhap")
    assert window.actions_by_name["undo"].text().replace("&", "") == (
        "Undo edit source of '3000 weitere Soldaten'"
    )
    for _ in range(3):
        window.actions_by_name["undo"].trigger()
    [restored] = seeded_repo.spans_for(FIRST_SEED)
    assert (restored.value, restored.qualifier, restored.source) == (
        3000,
        "exact",
        "südkoreanische Militär",
    )
    assert window.details.attributes.value.text() == "3000"


@pytest.mark.slow
def test_a_long_article_is_detected_in_the_background(
    qtbot: QtBot, db_path: object, detector: Detector
) -> None:
    from claimmark.core.articles import make_article
    from claimmark.project.project import DETECT_IN_PLACE_CHARACTERS

    repo = Repository.open(db_path)  # type: ignore[arg-type]
    sentence = "Nordkorea schickte rund 3000 weitere Soldaten nach Russland. "
    text = "Lang\n" + sentence * (DETECT_IN_PLACE_CHARACTERS // len(sentence) + 10)
    repo.add_articles([make_article("lang", text)])
    try:
        window = open_window(qtbot, repo, detector=detector)
        # The job started when the article opened and may already be done: wait for
        # what it shows, not for a signal that may have passed.
        expected = text.count("rund 3000")
        qtbot.waitUntil(lambda: len(window.view.suggestions) == expected, timeout=20_000)
        assert repo.is_detected("lang")
        # Accept all is ready at once, without a click in the text first.
        assert window.actions_by_name["accept_all"].isEnabled()
        assert window.actions_by_name["next_suggestion"].isEnabled()
        window.close()  # before its database: the list reads rows as it paints
    finally:
        repo.close()


@pytest.mark.parametrize(
    ("choice", "spans", "pending", "done"),
    [("Accept them", 20, 0, True), ("Reject them", 0, 0, True), ("Leave them", 0, 20, True),
     (None, 0, 20, False)],
)  # fmt: skip
def test_ctrl_enter_with_suggestions_to_review_says_how_many_and_asks(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    monkeypatch: pytest.MonkeyPatch,
    choice: str | None,
    spans: int,
    pending: int,
    done: bool,
) -> None:
    from PySide6.QtWidgets import QApplication

    from claimmark.ui import dialogs

    asked: list[tuple[str, list[str]]] = []

    def answer(_parent: object, _title: str, text: str, choices: list[str]) -> str | None:
        asked.append((text, list(choices)))
        return choice

    monkeypatch.setattr(dialogs, "choose", answer)
    window.view.setFocus()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert asked == [
        (
            "20 suggestions of this article are still to review. Mark it done anyway?",
            ["Accept them", "Reject them", "Leave them"],
        )
    ]
    assert len(seeded_repo.spans_for(FIRST_SEED)) == spans
    assert len(seeded_repo.suggestions_for(FIRST_SEED)) == pending
    assert (seeded_repo.article(FIRST_SEED).status == "done") is done
