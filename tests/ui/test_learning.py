"""Learning from the annotator in the window: a word marked once is proposed elsewhere."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.core.suggestions import Proposer
from claimmark.detector.rules import Detector
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import open_window
from tests.ui.conftest import press_in_menus


def _mark_word(qtbot: QtBot, window: MainWindow, word: str, key: Qt.Key) -> None:
    found = re.search(rf"(?<![\w-]){word}(?![\w-])", window.view.article.text)
    assert found is not None
    window.view.select_range(found.start(), found.end())
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), key)


def _learned(repo: Repository, article_id: str) -> list[str]:
    return [s.text for s in repo.suggestions_for(article_id) if s.origin == Proposer.LEARNED]


def test_a_weapon_marked_once_is_proposed_in_the_other_articles_and_undone_with_it(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    others = [a for a in seeded_repo.article_ids() if a != FIRST_SEED]
    with qtbot.waitSignal(window.learning.learned, timeout=10_000) as done:
        _mark_word(qtbot, window, "Raketen", Qt.Key.Key_3)
    assert done.args[0] is not None
    with_raketen = [a for a in others if _learned(seeded_repo, a)]
    assert len(with_raketen) >= 2  # three other seeds say "Raketen"
    assert all(set(_learned(seeded_repo, a)) <= {"Raketen", "Rakete"} for a in with_raketen)
    # In the open article too, at once: its other "Raketen", and "Rakete" (one word).
    here = [s for s in window.view.suggestions if s.origin == Proposer.LEARNED]
    assert [s.text for s in here] == ["Raketen", "Raketen", "Rakete"]
    window.view.select_item(here[0].id)
    assert window.details.attributes.made.text().startswith(f"learned from a span in {FIRST_SEED}")
    # One Ctrl+Z takes back the span and all it taught.
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert all(_learned(seeded_repo, a) == [] for a in seeded_repo.article_ids())


def test_words_rejected_twice_stop_coming_back(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    with qtbot.waitSignal(window.learning.learned, timeout=10_000):
        _mark_word(qtbot, window, "Raketen", Qt.Key.Key_3)
    for _ in range(2):  # reject two of the learned "Raketen" in the open article
        learned = next(s for s in window.view.suggestions if s.origin == Proposer.LEARNED)
        window.view.select_item(learned.id)
        window.view.setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_X)
    assert ("raket", "WEAPONS", 2) in seeded_repo.word_rejections()
    # Marked again elsewhere, "Raketen" teaches nothing now.
    other = next(
        a for a in seeded_repo.article_ids() if a != FIRST_SEED and _learned(seeded_repo, a)
    )
    for suggestion in seeded_repo.suggestions_for(other):
        if suggestion.origin == Proposer.LEARNED:
            seeded_repo.delete_pending_suggestions([suggestion.id])
    window.open_article(other)
    with qtbot.waitSignal(window.learning.learned, timeout=10_000) as done:
        _mark_word(qtbot, window, "Raketen", Qt.Key.Key_3)
    assert done.args[0] is None
    assert _learned(seeded_repo, other) == []


def test_edit_learned_words_proposes_blocked_words_again_and_edits_the_lexicon(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    seeded_repo.set_rejections("raket", "WEAPONS", 2)
    press_in_menus(qtbot, window, Qt.Key.Key_E, Qt.Key.Key_W)  # Edit › Learned words…
    qtbot.waitUntil(lambda: window.people.learned_words_dialog is not None)
    dialog = window.people.learned_words_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert [dialog.blocked.item(0, c).text() for c in range(3)] == ["raket", "WEAPONS", "2"]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.blocked.setFocus()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, alt)  # Propose again
    # A mnemonic clicks its button as a mouse would: pressed, released a moment later.
    qtbot.waitUntil(lambda: ("raket", "WEAPONS", 0) in seeded_repo.word_rejections())
    assert dialog.blocked.rowCount() == 0
    # The lexicon tab edits the project's lexicon.txt.
    dialog.tabs.setCurrentIndex(1)
    dialog.lexicon.setPlainText("[weapon_words]\nWunderwaffe")
    dialog.lexicon.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, alt)  # Save lexicon
    folder = seeded_repo.folder
    assert folder is not None
    saved = folder / "lexicon.txt"
    qtbot.waitUntil(saved.is_file)
    assert saved.read_text(encoding="utf-8") == "[weapon_words]\nWunderwaffe\n"
    dialog.close()
    # Proposing again is undoable like any edit.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("raket", "WEAPONS", 2) in seeded_repo.word_rejections()


def test_ctrl_z_takes_a_mistaken_words_lesson_out_of_the_lexicon_file(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    window = open_window(qtbot, seeded_repo, detector=detector)
    folder = seeded_repo.folder
    assert folder is not None
    lexicon = folder / "lexicon.txt"
    with qtbot.waitSignal(window.learning.learned, timeout=10_000) as done:
        _mark_word(qtbot, window, "Neben", Qt.Key.Key_3)  # a slip: no weapon
    assert done.args[0] is not None
    assert "\nNeben  # from WEAPONS 'Neben' in " in lexicon.read_text(encoding="utf-8")
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert "Neben" not in lexicon.read_text(encoding="utf-8")
    # Redo teaches it again, once, under the one header of its section.
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    text = lexicon.read_text(encoding="utf-8")
    assert text.count("\nNeben  # from") == 1
    assert len(re.findall(r"^\[weapon_words", text, re.M)) == 1


def test_the_open_article_learns_first_and_the_rest_follows_in_the_same_undo_step(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    others = [a for a in seeded_repo.article_ids() if a != FIRST_SEED]
    seen: list[tuple[list[str], int]] = []

    def first_lesson(_edit: object) -> None:
        # Said as soon as the open article's lesson is in; the others' is not yet.
        mine = [s.text for s in window.view.suggestions if s.origin == Proposer.LEARNED]
        seen.append((mine, sum(len(_learned(seeded_repo, a)) for a in others)))

    window.learning.learned_here.connect(first_lesson)
    with qtbot.waitSignal(window.learning.learned, timeout=10_000):
        _mark_word(qtbot, window, "Raketen", Qt.Key.Key_3)
    assert seen == [(["Raketen", "Raketen", "Rakete"], 0)]
    assert sum(len(_learned(seeded_repo, a)) for a in others) >= 2
    assert window.undo_stack.count() == 1  # the span, its article's lesson and the rest
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(_learned(seeded_repo, a) == [] for a in seeded_repo.article_ids())
    assert window.view.suggestions == [] or all(
        s.origin != Proposer.LEARNED for s in window.view.suggestions
    )


def test_a_lesson_found_after_the_next_key_joins_the_step_of_its_span(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from claimmark.ui import learning

    # The lessons wait until the user has pressed the next key: on a loaded machine
    # that is how they come.
    gate = threading.Event()
    made = learning.learn_job

    def held(*args: object, **kwargs: object) -> object:
        job = made(*args, **kwargs)  # type: ignore[arg-type]
        work = job._work

        def after_the_gate(repo: object, progress: object, cancelled: object) -> object:
            gate.wait(10)
            return work(repo, progress, cancelled)

        job._work = after_the_gate
        return job

    monkeypatch.setattr(learning, "learn_job", held)
    _mark_word(qtbot, window, "Raketen", Qt.Key.Key_3)
    _mark_word(qtbot, window, "Soldaten", Qt.Key.Key_1)  # the next key, before any lesson
    assert window.undo_stack.count() == 2
    with qtbot.waitSignal(window.learning.learned, timeout=10_000):
        gate.set()
    qtbot.waitUntil(lambda: not window.jobs.running)
    others = [a for a in seeded_repo.article_ids() if a != FIRST_SEED]
    assert sum(len(_learned(seeded_repo, a)) for a in others) >= 2
    # Still two steps: the lesson went into the first, which Ctrl+Z takes back second.
    assert window.undo_stack.count() == 2
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == ["Raketen"]
    assert sum(len(_learned(seeded_repo, a)) for a in others) >= 2
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert all(_learned(seeded_repo, a) == [] for a in seeded_repo.article_ids())
