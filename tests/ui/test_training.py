"""Suggestions › Train model… in the window: a job with progress and Cancel, a summary, and
the model joining the rules (also when the window opens next time)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from claimmark.core.suggestions import Proposer
from claimmark.core.suggestions import origins_of
from claimmark.detector.rules import Detector
from claimmark.project import training
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.conftest import needs_spacy
from tests.project.test_training import _small_project
from tests.ui.conftest import open_window
from tests.ui.conftest import press_in_menus

pytestmark = needs_spacy


WEAPON = "Wunderkanonen"
"""A weapon the rules do not know: a model trained on it helps them, and is used."""


@pytest.fixture
def taught_window(qtbot: QtBot, fresh_file_repo: Repository, detector: Detector) -> MainWindow:
    _small_project(fresh_file_repo, WEAPON)
    return open_window(qtbot, fresh_file_repo, detector=detector)


@pytest.fixture
def fresh_file_repo(db_path) -> Repository:  # type: ignore[no-untyped-def]
    repo = Repository.open(db_path)
    yield repo  # type: ignore[misc]
    repo.close()


def _train_by_menu(qtbot: QtBot, window: MainWindow) -> None:
    press_in_menus(qtbot, window, Qt.Key.Key_S, Qt.Key.Key_T)  # Suggestions › Train model…


@pytest.mark.slow
def test_a_model_is_trained_from_the_menu_and_suggests_beside_the_rules(
    qtbot: QtBot,
    taught_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    window = taught_window
    monkeypatch.setattr(training, "EPOCHS", 12)
    with qtbot.waitSignal(window.training.trained, timeout=60_000) as done:
        _train_by_menu(qtbot, window)
    report = done.args[0]
    assert report is not None
    assert report.path == window.project.model_path
    assert (report.path / "claimmark-model.json").is_file()
    assert window.project.model is not None
    box = window.training.result_box
    assert box is not None
    assert box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().startswith(
        "Trained on 6 articles marked done (6 spans, German); 2 articles held out."
    )
    assert "WEAPONS" in box.text()
    assert "The model helps: with the rules on the held-out articles" in box.text()
    assert "Its suggestions join the rules'" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.training.result_box is None)

    # A new article: the model's suggestion is there beside the rules', and says so.
    repo = window.project.repo
    from claimmark.core.articles import make_article

    text = f"Neu\nDie Truppen erhielten {WEAPON} und Haubitzen aus dem Westen."
    repo.add_articles([make_article("new", text)])
    window.open_article("new")
    by_text = {s.text: s for s in window.view.suggestions}
    assert origins_of(by_text["Haubitzen"].origin) == {"rules"}
    assert origins_of(by_text[WEAPON].origin) == {Proposer.MODEL}
    window.view.select_item(by_text[WEAPON].id)
    assert window.details.attributes.made.text().startswith("model")


@pytest.mark.slow
def test_a_model_that_does_not_help_the_rules_is_trained_but_left_out(
    qtbot: QtBot,
    fresh_file_repo: Repository,
    detector: Detector,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    _small_project(fresh_file_repo)  # "Haubitzen": the rules find each already
    window = open_window(qtbot, fresh_file_repo, detector=detector)
    monkeypatch.setattr(training, "EPOCHS", 6)
    with qtbot.waitSignal(window.training.trained, timeout=60_000) as done:
        _train_by_menu(qtbot, window)
    assert done.args[0] is not None
    assert window.project.model is None
    box = window.training.result_box
    assert box is not None
    assert "The model does not help" in box.text()
    assert "Its suggestions join the rules'" not in box.text()


def test_cancelled_training_saves_no_model(
    qtbot: QtBot,
    taught_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    window = taught_window
    monkeypatch.setattr(training, "EPOCHS", 500)
    _train_by_menu(qtbot, window)

    def progress_dialog() -> QProgressDialog | None:
        found = [w for w in window.findChildren(QProgressDialog) if w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=10_000)
    dialog = progress_dialog()
    assert dialog is not None
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(window.training.trained, timeout=30_000) as done:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert done.args[0] is None
    assert not window.project.model_path.exists()
    assert window.project.model is None
    assert ("warning", "Training cancelled; no model was saved.") in told


def test_without_spacy_the_menu_says_how_to_install_it(
    qtbot: QtBot,
    taught_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    from claimmark.ui import training as ui_training

    monkeypatch.setattr(ui_training, "can_train", lambda: False)
    with qtbot.waitSignal(taught_window.training.trained) as done:
        _train_by_menu(qtbot, taught_window)
    assert done.args[0] is None
    assert told[-1][0] == "warning"
    assert "pip install 'claimmark[spacy]'" in told[-1][1]


@pytest.mark.slow
def test_the_model_beside_the_database_is_read_when_a_window_opens(
    qtbot: QtBot,
    fresh_file_repo: Repository,
    detector: Detector,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _small_project(fresh_file_repo, WEAPON)
    first = open_window(qtbot, fresh_file_repo, detector=detector)
    monkeypatch.setattr(training, "EPOCHS", 12)
    with qtbot.waitSignal(first.training.trained, timeout=60_000):
        _train_by_menu(qtbot, first)
    first.close()
    again = open_window(qtbot, fresh_file_repo, detector=detector)
    qtbot.waitUntil(lambda: again.project.model is not None, timeout=30_000)
    assert again.project.model.path == again.project.model_path
    assert QApplication.activeWindow() is not None
