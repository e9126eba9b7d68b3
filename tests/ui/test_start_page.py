"""The start page: with no project open, the recent projects to choose from, by key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from claimmark.core.articles import make_article
from claimmark.project.project import Project
from claimmark.store import Repository
from claimmark.ui.app import _open_first_project
from claimmark.ui.projects_page import ProjectsDialog
from claimmark.ui.projects_page import project_at_start
from claimmark.ui.recent_projects import remember_project
from tests.ui.modal import ModalDriver
from tests.ui.modal import Step


def _project(path: Path, articles: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    repo = Repository.open(path)
    repo.add_articles(
        [make_article(f"a{n}", f"Artikel {n}\n{n}00 Soldaten kamen.") for n in range(articles)]
    )
    repo.close()
    return path


def _on_the_page(
    qtbot: QtBot, act: list[Qt.Key], seen: list[list[list[str]]], titles: list[str]
) -> Step:
    """A step that reads the start page once its list has the keys, then presses ``act``."""

    def step(dialog: QWidget) -> bool:
        focus = QApplication.focusWidget()
        if not isinstance(dialog, ProjectsDialog) or focus is not dialog.table:
            return False
        seen.append(dialog.row_texts())
        titles.append(dialog.windowTitle())
        for key in act:
            qtbot.keyClick(focus, key)
        if dialog.isVisible():  # a failure must not leave the test in the dialog's loop
            dialog.reject()
        return True

    return step


def test_two_recent_projects_are_listed_at_start_and_enter_opens_the_chosen_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    older = _project(tmp_path / "anna" / "claimmark.db", 2)
    newer = _project(tmp_path / "ben" / "claimmark.db", 3)
    remember_project(older)
    remember_project(newer)
    seen: list[list[list[str]]] = []
    titles: list[str] = []
    driver = ModalDriver([_on_the_page(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Return], seen, titles)])
    chosen = project_at_start(tmp_path / "default.db")
    assert not driver.steps
    assert chosen == (older.resolve(), False)
    (rows,) = seen
    assert titles == ["Claimmark — Projects"]
    # Both shares are called claimmark.db: the folder tells them apart; none is "open now".
    assert [row[:4] for row in rows] == [
        ["claimmark.db", str(newer.parent.resolve()), "3", "0"],
        ["claimmark.db", str(older.parent.resolve()), "2", "0"],
    ]
    assert not (tmp_path / "default.db").exists()


def test_escape_on_the_start_page_quits_and_one_project_opens_without_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    only = _project(tmp_path / "only.db", 1)
    assert project_at_start(tmp_path / "default.db") == (tmp_path / "default.db", True)
    remember_project(only)
    assert project_at_start(tmp_path / "default.db") == (only.resolve(), False)
    remember_project(_project(tmp_path / "second.db", 1))
    driver = ModalDriver([_on_the_page(qtbot, [Qt.Key.Key_Escape], [], [])])
    assert project_at_start(tmp_path / "default.db") is None
    assert not driver.steps


def test_the_start_page_can_be_turned_off_and_the_last_project_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = _project(tmp_path / "first.db", 1)
    last = _project(tmp_path / "last.db", 1)
    remember_project(first)
    remember_project(last)

    def turn_off(dialog: QWidget) -> bool:
        if not isinstance(dialog, ProjectsDialog) or not dialog.at_start.isChecked():
            return False
        qtbot.mouseClick(dialog.at_start, Qt.MouseButton.LeftButton)
        assert not dialog.at_start.isChecked()
        dialog.reject()
        return True

    driver = ModalDriver([turn_off])
    assert project_at_start(tmp_path / "default.db") is None
    assert not driver.steps
    assert project_at_start(tmp_path / "default.db") == (last.resolve(), False)


def test_a_project_from_the_start_page_that_cannot_be_opened_is_told_and_the_page_comes_back(
    qtbot: QtBot, tmp_path: Path, dialogs: list[tuple[str, str]]
) -> None:
    good = _project(tmp_path / "good.db", 2)
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is no database" * 100)
    remember_project(good)
    remember_project(broken)
    seen: list[list[list[str]]] = []
    driver = ModalDriver([
        _on_the_page(qtbot, [Qt.Key.Key_Return], seen, []),  # the broken one, listed first
        _on_the_page(qtbot, [Qt.Key.Key_Down, Qt.Key.Key_Return], seen, []),
    ])  # fmt: skip
    opened = _open_first_project(None, headless=False)
    assert not driver.steps
    assert isinstance(opened, Project)
    try:
        assert Path(opened.path) == good.resolve()
        assert opened.repo.count_articles() == 2  # not seeded: it is the user's own
    finally:
        opened.close()
    ((_, told),) = dialogs
    assert told == f"{broken}: file is not a database"
    assert len(seen) == 2
