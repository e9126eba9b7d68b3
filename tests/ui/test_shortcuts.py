"""Every shortcut reaches one action: none is ambiguous, and Redo works by keyboard."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.store import Repository
from claimmark.ui.actions import key_words
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import mark


def _actions_by_key(window: MainWindow) -> dict[tuple[str, str], list[str]]:
    """Map (key, where it works) to the enabled actions it triggers."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    seen: set[int] = set()
    for widget in (window, window.view, window.menuBar(), *window.findChildren(QAction)):
        actions = widget.actions() if hasattr(widget, "actions") else []
        for action in [*actions, *([widget] if isinstance(widget, QAction) else [])]:
            if id(action) in seen or not action.isEnabled():
                continue
            seen.add(id(action))
            where = (
                "text"
                if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
                else "window"
            )
            for sequence in action.shortcuts():
                found[(sequence.toString(), where)].append(action.text())
    return found


def test_no_two_enabled_actions_share_a_key(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)  # undo, delete, ... enabled
    by_key = _actions_by_key(window)
    shared = {key: names for key, names in by_key.items() if len(names) > 1}
    # A window-wide key must not also be a text key (both would fire in the text).
    for (key, where), names in by_key.items():
        if where == "text" and (key, "window") in by_key:
            shared[(key, "both")] = [*names, *by_key[(key, "window")]]
    assert shared == {}
    for key in (("1", "text"), ("Del", "text"), ("Ctrl+Z", "window"), ("J", "window")):
        assert key in by_key


def test_redo_by_keyboard(qtbot: QtBot, window: MainWindow, seeded_repo: Repository) -> None:
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    for redo in (
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
    ):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
        )
        assert seeded_repo.spans_for(FIRST_SEED) == []
        qtbot.keyClick(QApplication.focusWidget(), *redo)
        assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == ["3000 weitere Soldaten"]


FIELD_KEYS = {"Esc"}
"""Keys the README names that act inside a field (Escape leaves the Details panel)."""


def _readme_keys() -> set[str]:
    """Return the keys the README's keyboard section names, in Qt's spelling."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("Every action is undoable") :]
    section = section[: section.index("\n\n", section.index("| to | do |"))]
    keys = set()
    for token in re.findall(r"`([^`]+)`", section):
        sequence = QKeySequence.fromString(token, QKeySequence.SequenceFormat.PortableText)
        if sequence.toString():  # a key, not a command or a value
            keys.add(key_words(sequence))
    return keys


def test_the_readme_names_the_keys_the_window_has_and_no_others(window: MainWindow) -> None:
    bound: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            bound[action.text().split("\t")[0]].add(key_words(sequence))
    documented = _readme_keys()
    every_key = set().union(*bound.values())
    assert documented - every_key - FIELD_KEYS == set()
    assert {name for name, keys in bound.items() if not keys & documented} == set()
