"""Twenty mixed actions, all undone, leave the database exactly as before; all redone, as after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from claimmark.detector.rules import Detector
from claimmark.formats.lexicon import load_lexicon
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.ui.conftest import listed_ids
from tests.ui.conftest import open_window
from tests.ui.conftest import type_into

Snapshot = dict[str, list[tuple[object, ...]]]


def snapshot(db_path: Path) -> Snapshot:
    """Every row a user action can change, read with a separate connection."""
    with sqlite3.connect(db_path) as conn:
        return {
            table: conn.execute(f"select * from {table} order by {key}").fetchall()
            for table, key in (
                ("articles", "id"),
                ("spans", "id"),
                ("suggestions", "id"),
                ("labels", "name"),
            )
        }


@pytest.mark.slow
def test_twenty_actions_undone_and_redone(
    qtbot: QtBot, seeded_repo: Repository, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimmark.ui import annotating
    from claimmark.ui import dialogs

    # Done with suggestions still to review: the user leaves them (asked, each time).
    monkeypatch.setattr(dialogs, "choose", lambda *_args: annotating.LEAVE_THEM)
    window = open_window(qtbot, seeded_repo, detector=Detector(load_lexicon()[0]))
    view = window.view
    ids = listed_ids(window)
    # Detection runs when an article first opens; it is no user action, so it runs first.
    window.open_article(ids[1])
    window.open_article(ids[0])
    before = snapshot(db_path)

    def shown_as_stored() -> bool:
        """The open article as the window follows it equals the article read back."""
        state = window.open.state
        return state is not None and state == window.project.article_state(state.article.id)

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(view, key, modifiers)
        assert shown_as_stored()

    def select(words: str, start_at: int = 0) -> None:
        start = view.article.text.index(words, start_at)
        view.select_range(start, start + len(words))

    def select_span(words: str) -> None:
        view.select_item(next(s.id for s in view.spans if s.text == words))

    def edit(field: str, value: str) -> None:
        panel = window.details.attributes
        if field == "qualifier":
            panel.qualifier.setCurrentText(value)
            panel.qualifier.activated.emit(panel.qualifier.currentIndex())
        else:
            type_into(qtbot, getattr(panel, field), value)
            view.setFocus()  # back to the text, where the next keys go

    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    pending = len(view.suggestions)
    select("Gefangennahme")
    press(Qt.Key.Key_2)  # 1 mark LOSSES (and the article goes in progress)
    select("Schlagzeilen")
    press(Qt.Key.Key_1)  # 2 mark TROOPS
    press(Qt.Key.Key_3)  # 3 relabel it WEAPONS
    select_span("Gefangennahme")
    edit("value", "2")  # 4
    edit("qualifier", "exact")  # 5
    edit("source", "ukrainisches Militär")  # 6
    press(Qt.Key.Key_Right, alt_shift)  # 7 end one word right
    select_span("Schlagzeilen")
    press(Qt.Key.Key_Delete)  # 8 delete
    view.place_cursor(0)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)  # 9 accept
    press(Qt.Key.Key_X)  # 10 reject
    press(Qt.Key.Key_2)  # 11 relabel a suggestion
    press(Qt.Key.Key_A)  # 12 accept it
    press(Qt.Key.Key_Return, ctrl)  # 13 done
    press(Qt.Key.Key_Return, ctrl)  # 14 back in progress
    edit("source", "Seoul")  # 15 edit the accepted span's source
    press(Qt.Key.Key_J)
    select("nordkoreanische Soldaten")
    press(Qt.Key.Key_3)  # 16 mark in the second article
    window.actions_by_name["accept_all"].trigger()  # 17 accept all
    select_span("nordkoreanische Soldaten")
    press(Qt.Key.Key_Delete)  # 18 delete
    press(Qt.Key.Key_Return, ctrl)  # 19 done
    press(Qt.Key.Key_K)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Backspace)  # 20 reject
    after = snapshot(db_path)
    assert window.undo_stack.count() == 20
    assert after != before
    assert len(seeded_repo.suggestions_for(ids[0])) == pending - 4

    while window.undo_stack.canUndo():
        window.undo_stack.undo()
        assert shown_as_stored()
    assert snapshot(db_path) == before

    while window.undo_stack.canRedo():
        window.undo_stack.redo()
        assert shown_as_stored()
    assert snapshot(db_path) == after
    assert isinstance(window, MainWindow)
