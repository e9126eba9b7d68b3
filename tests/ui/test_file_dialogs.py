"""Every file dialog of the window leaves the database's locks alone.

A file dialog that reads the project's ``.db`` to show its type dropped SQLite's
POSIX locks; an outside reader then deleted the WAL and the next mark was lost.
Here each dialog is opened as a person opens it, waits until it has listed the
project's folder with each file's type, and is cancelled; then another process
reads the database, the window marks again, and a third process must see it.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from claimmark.store import Repository
from claimmark.ui.file_dialogs import type_of
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.store.test_lost_locks import drop_our_locks
from tests.store.test_lost_locks import holds_lock
from tests.store.test_lost_locks import read_in_another_process
from tests.ui.conftest import mark
from tests.ui.conftest import open_session
from tests.ui.conftest import open_window
from tests.ui.conftest import press_in_menus
from tests.ui.modal import ModalDriver
from tests.ui.modal import Step
from tests.ui.modal import cancel_when_listed
from tests.ui.modal import click
from tests.ui.modal import reject

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/locks")


def _open_project(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)


def _new_project(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def _import(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def _export(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)


def _back_up(qtbot: QtBot, window: MainWindow) -> None:
    press_in_menus(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_B)


def _merge(qtbot: QtBot, window: MainWindow) -> None:
    press_in_menus(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_M)


def _split(qtbot: QtBot, window: MainWindow) -> None:
    press_in_menus(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_S)


DB_NAME = "claimmark.db"

# How each dialog is reached, and what is done in the dialogs that open.
DIALOGS: dict[str, tuple[Callable[[QtBot, MainWindow], None], Callable[[Path], list[Step]]]] = {
    "open project": (_open_project, lambda f: [cancel_when_listed(f, DB_NAME)]),
    "new project": (_new_project, lambda f: [cancel_when_listed(f, DB_NAME)]),
    "back up": (_back_up, lambda f: [cancel_when_listed(f, DB_NAME)]),
    "merge": (_merge, lambda f: [cancel_when_listed(f, DB_NAME)]),
    "import files": (
        _import,
        lambda f: [click("Add files…"), cancel_when_listed(f, f"{DB_NAME}-wal"), reject()],
    ),
    "import folder": (
        _import,
        lambda f: [click("Add folder…"), cancel_when_listed(f, ""), reject()],
    ),
    "export to": (
        _export,
        lambda f: [click("Choose…"), cancel_when_listed(f, DB_NAME), reject()],
    ),
    "split into folder": (
        _split,
        lambda f: [click("Choose…"), cancel_when_listed(f, ""), reject()],
    ),
}


@pytest.mark.parametrize("which", DIALOGS)
def test_a_cancelled_file_dialog_leaves_the_locks_and_the_next_mark_reaches_the_file(
    qtbot: QtBot,
    seeded_repo: Repository,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    which: str,
) -> None:
    folder = db_path.parent
    # Import and export start in the home folder: make it the project's.
    monkeypatch.setenv("HOME", str(folder))
    window = open_window(qtbot, seeded_repo)
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    assert holds_lock(db_path)

    press, steps = DIALOGS[which]
    driver = ModalDriver(steps(folder))
    window.view.setFocus()
    press(qtbot, window)
    qtbot.waitUntil(lambda: not driver.steps and QApplication.activeModalWidget() is None)

    assert holds_lock(db_path), f"the {which} dialog dropped the database's locks"
    assert read_in_another_process(db_path) == 5
    assert Path(f"{db_path}-wal").exists()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    mark(qtbot, window, "Truppen aus Nordkorea", Qt.Key.Key_1)
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as outside:
        seen = [r[0] for r in outside.execute("select text from spans order by start")]
        assert outside.execute("pragma integrity_check").fetchone()[0] == "ok"
    outside.close()
    assert "Truppen aus Nordkorea" in seen, seen
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == seen


def test_the_type_column_names_files_by_their_names() -> None:
    assert type_of("claimmark.db") == "Claimmark project"
    assert type_of("claimmark.db-wal") == "SQLite write-ahead log"
    assert type_of("articles.JSONL") == "JSON Lines"
    assert type_of("notes.odt") == "ODT file"
    assert type_of("README") == "File"


def test_a_mark_refused_because_the_wal_was_deleted_offers_to_reopen_and_then_saves(
    qtbot: QtBot,
    seeded_repo: Repository,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]],
) -> None:
    session = open_session(qtbot, seeded_repo)
    window = session.window
    assert isinstance(window, MainWindow)
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    drop_our_locks(db_path)  # what a sniffing dialog did
    assert read_in_another_process(db_path) == 5
    assert not Path(f"{db_path}-wal").exists()

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    mark(qtbot, window, "Truppen aus Nordkorea", Qt.Key.Key_1)
    assert "Truppen aus Nordkorea" not in [s.text for s in window.open.state.spans]
    assert "Truppen aus Nordkorea" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: session.window is not window)

    again = session.window
    assert isinstance(again, MainWindow)
    qtbot.waitExposed(again)
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    again.open_article(FIRST_SEED)
    again.view.setFocus()
    mark(qtbot, again, "Truppen aus Nordkorea", Qt.Key.Key_1)
    outside = Repository.open(db_path, create=False, read_only=True)
    assert sorted(s.text for s in outside.spans_for(FIRST_SEED)) == [
        "3000 weitere Soldaten",
        "Truppen aus Nordkorea",
    ]
    outside.close()
