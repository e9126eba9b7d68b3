"""Projects from the window: New and Open by keyboard, Open recent, the title says which."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimmark.core.articles import make_article
from claimmark.store import Repository
from claimmark.ui import file_dialogs
from claimmark.ui.main_window import MainWindow
from claimmark.ui.recent_projects import recent_entry
from claimmark.ui.recent_projects import recent_projects
from claimmark.ui.recent_projects import remember_project
from claimmark.ui.session import switch_project
from tests.ui.conftest import open_session


def _other_project(tmp_path: Path) -> Path:
    path = tmp_path / "other.db"
    repo = Repository.open(path)
    repo.add_articles([make_article("anderer", "Anderer Artikel\n200 Soldaten kamen.")])
    repo.close()
    return path


def test_ctrl_o_opens_another_project_in_place_of_this_one(
    qtbot: QtBot, seeded_repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _other_project(tmp_path)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(other))

    session = open_session(qtbot, seeded_repo)
    old = session.window
    old.resize(1111, 777)  # just now: the remembered layout has not caught up yet
    qtbot.waitUntil(lambda: old.size().width() == 1111)
    details_width = old.docks.details.width()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    new = session.window
    # The new project's window takes the old one's place as it was: size and docks.
    assert (new.width(), new.height()) == (1111, 777)
    qtbot.waitUntil(lambda: new.docks.details.width() == details_width)
    assert isinstance(new, MainWindow)
    assert new is not old
    assert new.windowTitle() == "Claimmark — other.db"
    assert new.view.article.id == "anderer"
    assert session.project.path == str(other)
    assert not old.isVisible()
    assert recent_projects()[0] == other.resolve()


def test_ctrl_n_makes_an_empty_project_and_refuses_an_existing_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "neu.db"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(target))
    chosen: list[tuple[Path, bool]] = []
    window.projects.chosen.connect(lambda path, create: chosen.append((path, create)))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert chosen == [(target, True)]
    target.write_bytes(b"")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(chosen) == 1  # an existing file is not a new project


def test_open_recent_lists_the_other_projects_opened_before(
    window: MainWindow, tmp_path: Path
) -> None:
    other = _other_project(tmp_path)
    remember_project(Path(window.project.path))
    remember_project(other)
    menu = window.projects.recent_menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [recent_entry(other.resolve())]
    chosen: list[tuple[Path, bool]] = []
    window.projects.chosen.connect(lambda path, create: chosen.append((path, create)))
    menu.actions()[0].trigger()
    assert chosen == [(other.resolve(), False)]


def test_a_project_that_cannot_be_opened_leaves_the_window_as_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialogs: list[tuple[str, str]]
) -> None:
    broken = tmp_path / "kaputt.db"
    broken.write_bytes(b"this is not a database" * 100)
    assert switch_project(window, window.project, broken, False, lambda p: QWidget()) is None
    assert window.isVisible()
    assert dialogs[-1][0] == "warning"  # the window stays; the message says why
    assert "kaputt.db" in dialogs[-1][1]


def test_recent_projects_of_one_name_are_told_apart_by_their_folders(tmp_path: Path) -> None:
    anna, ben = tmp_path / "anna & co" / "claimmark.db", tmp_path / "ben" / "claimmark.db"
    assert recent_entry(anna) == f"claimmark.db — {tmp_path}/anna && co"  # "&" shown as is
    assert recent_entry(ben) == f"claimmark.db — {tmp_path}/ben"
    assert recent_entry(Path.home() / "p" / "x.db") == "x.db — ~/p"


def test_the_projects_page_tells_each_project_and_opens_or_forgets_one_by_key(
    qtbot: QtBot, seeded_repo: Repository, db_path: Path, tmp_path: Path
) -> None:
    from claimmark.core.articles import Status
    from claimmark.core.spans import make_span
    from claimmark.ui.projects_page import ProjectsDialog
    from tests.store.test_lost_locks import holds_lock
    from tests.ui.modal import ModalDriver

    other = tmp_path / "team" / "claimmark.db"
    repo = Repository.open(other)
    text = "Anderer Artikel\n200 Soldaten kamen."
    repo.add_articles([make_article("a", text), make_article("b", "Zweiter\nNichts.")])
    repo.save_span(make_span("a", text, 16, 28, "TROOPS", "anna"))
    repo.set_status("a", Status.DONE)
    repo.close()
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is no database" * 100)
    for path in (broken, other, db_path):
        remember_project(path)

    session = open_session(qtbot, seeded_repo)
    seen: list[list[list[str]]] = []

    def look_then_forget_and_open(dialog: QWidget) -> bool:
        focus = QApplication.focusWidget()
        if not isinstance(dialog, ProjectsDialog) or focus is not dialog.table:
            return False  # asked again once the dialog is shown with the keys in its list
        seen.append(dialog.row_texts())
        assert dialog.table.currentRow() == 1  # the project opened before this one
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Delete):
            qtbot.keyClick(focus, key)  # down to the broken one, and off the list
        seen.append(dialog.row_texts())
        qtbot.keyClick(focus, Qt.Key.Key_Return)  # the selection is on the other one now
        if dialog.isVisible():  # a failure must not leave the test in the dialog's loop
            dialog.reject()
        return True

    driver = ModalDriver([look_then_forget_and_open])
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    qtbot.waitUntil(lambda: not driver.steps and QApplication.activeModalWidget() is None)

    first, after = seen
    assert [row[:5] for row in first] == [
        ["claimmark.db  (open now)", str(db_path.parent), "5", "0", "0 of 5 done, 0 %"],
        ["claimmark.db", str(other.parent), "2", "1", "1 of 2 done, 50 %"],
        ["broken.db", str(tmp_path), "", "", f"{broken}: file is not a database"],
    ]
    assert all(row[5] for row in first)  # each one's last opening, noted
    assert [row[1] for row in after] == [str(db_path.parent), str(other.parent)]
    assert session.project.path == str(other.resolve())
    assert broken.resolve() not in recent_projects()
    assert broken.exists()  # off the list, not deleted
    assert holds_lock(db_path) or session.project.path != str(db_path)


def test_each_project_keeps_its_undo_history_and_session_counts_across_a_switch(
    qtbot: QtBot, seeded_repo: Repository, db_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from tests.ui.conftest import mark

    other = _other_project(tmp_path)
    session = open_session(qtbot, seeded_repo)
    first = session.window
    assert isinstance(first, MainWindow)
    # Each mark's lessons are in before the next key: one that came later would be a
    # step of its own.
    mark(qtbot, first, "3000 weitere Soldaten", Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not first.jobs.running)
    mark(qtbot, first, "Nordkorea", Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not first.jobs.running)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    article = first.view.article.id
    assert [s.text for s in seeded_repo.spans_for(article)] == ["3000 weitere Soldaten"]

    def switch_to(path: Path) -> MainWindow:
        monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(path))
        window = session.window
        assert isinstance(window, MainWindow)
        window.activateWindow()
        window.view.setFocus()
        qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        new = session.window
        assert isinstance(new, MainWindow)
        assert new is not window
        new.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is new)
        new.view.setFocus()
        return new

    # The other project starts with nothing to undo and its own counts.
    second = switch_to(other)
    assert not second.undo_stack.canUndo()
    assert second.session_label.stats.spans == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    mark(qtbot, second, "200 Soldaten", Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not second.jobs.running)

    # Back in the first, its steps are there again: one to undo, one to redo.
    back = switch_to(db_path)
    assert back.session_label.stats.spans == 1
    assert back.undo_stack.undoText() == "mark TROOPS '3000 weitere Soldaten'"
    assert back.undo_stack.redoText() == "mark WEAPONS 'Nordkorea'"
    back.open_article(article)
    repo = back.project.repo
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.spans_for(article) == []
    assert back.session_label.stats.spans == 0
    for _ in range(2):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )  # fmt: skip
    assert sorted(s.text for s in repo.spans_for(article)) == ["3000 weitere Soldaten", "Nordkorea"]
    assert not back.undo_stack.canRedo()
    # The other project's span stayed where it was made.
    check = Repository.open(other, create=False, read_only=True)
    try:
        assert [s.text for s in check.spans_for("anderer")] == ["200 Soldaten"]
    finally:
        check.close()
