"""Adjudicating by keyboard: agreements taken over, disagreements settled, gold exported."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.core.articles import Status
from claimmark.core.spans import make_span
from claimmark.core.suggestions import proposed
from claimmark.formats.options import ExportOptions
from claimmark.project.exporting import export_project
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from claimmark.ui.version_frames import annotator_colour
from tests.conftest import FIRST_SEED
from tests.ui.conftest import press_in_menus

MARKS = {
    "anna": [
        ("3000 weitere Soldaten", "TROOPS"),
        ("4000 Verluste", "LOSSES"),
        ("Raketen", "WEAPONS"),
    ],
    "ben": [("3000 weitere Soldaten", "TROOPS"), ("4000", "LOSSES")],
}


def _team(qtbot: QtBot, window: MainWindow, seeded_repo: Repository, tmp_path: Path) -> None:
    paths = []
    for name, marks in MARKS.items():
        path = tmp_path / f"{name}.db"
        share = Repository.open(path)
        share.add_articles(record.article for record in seeded_repo.iter_records())
        text = share.article(FIRST_SEED).text
        for words, label in marks:
            start = text.index(words)
            share.save_span(make_span(FIRST_SEED, text, start, start + len(words), label, name))
        share.set_status(FIRST_SEED, Status.DONE)
        share.close()
        paths.append(path)
    with qtbot.waitSignal(window.team.merge_done, timeout=10_000):
        window.team.merge(paths)


def _gold(repo: Repository) -> list[tuple[str, str, str | None]]:
    return [
        (s.label, s.text, s.taken_from) for s in repo.spans_for(FIRST_SEED) if s.annotator == "gold"
    ]


def test_an_adjudication_session_by_keyboard_ends_in_a_gold_export(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, tmp_path: Path
) -> None:
    _team(qtbot, window, seeded_repo, tmp_path)
    text = seeded_repo.article(FIRST_SEED).text
    start = text.index("Nordkorea")
    seeded_repo.add_suggestions(
        [proposed(FIRST_SEED, text, start, start + len("Nordkorea"), "WEAPONS", score=0.8)]
    )
    window.open_article(FIRST_SEED)
    assert [s.text for s in window.view.suggestions] == ["Nordkorea"]  # before adjudicating
    press_in_menus(qtbot, window, Qt.Key.Key_T, Qt.Key.Key_D)  # Team › Adjudicate
    panel = window.adjudication
    qtbot.waitUntil(lambda: panel.active and panel.tree.hasFocus())
    assert window.open.layer == "gold"
    # What both annotators marked alike is gold at once.
    assert _gold(seeded_repo) == [("TROOPS", "3000 weitere Soldaten", "anna,ben")]
    assert [d.start for d in panel.disagreements()] == sorted(
        d.start for d in panel.disagreements()
    )
    assert len(panel.disagreements()) == 2
    assert panel.progress.text().startswith("2 disagreements left here; 2 disagreements left")
    first = panel.tree.topLevelItem(0)
    assert [first.child(n).text(0) for n in range(2)] == [
        "A  anna: WEAPONS 'Raketen'",
        "B  ben: no span",
    ]
    assert window.view.textCursor().selectedText() == "Raketen"  # the text shows where
    # The text frames each version, lettered in its annotator's colour; the detector's
    # suggestions have no say in the gold layer and are not drawn.
    assert window.view.suggestions == []
    frames = {(text[f.start : f.end], f.letter, f.colour) for f in window.view.shown_versions()}
    assert frames == {
        ("Raketen", "A", annotator_colour("anna", ["anna", "ben"])),
        ("4000 Verluste", "A", annotator_colour("anna", ["anna", "ben"])),
        ("4000", "B", annotator_colour("ben", ["anna", "ben"])),
    }
    assert annotator_colour("anna", ["anna", "ben"]) != annotator_colour("ben", ["anna", "ben"])
    window.view.select_range(0, 0)
    qtbot.waitUntil(lambda: len(window.view.version_boxes()) >= 3)  # drawn on screen

    # E: mark gold of one's own in the text; that settles it.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E)
    qtbot.waitUntil(lambda: window.view.hasFocus())
    assert window.view.textCursor().selectedText() == "Raketen"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    qtbot.waitUntil(lambda: len(panel.disagreements()) == 1)
    assert ("WEAPONS", "Raketen", None) in _gold(seeded_repo)

    # Undone, it is open again; X settles it with no span instead.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(panel.disagreements()) == 2)
    panel.tree.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_X)
    qtbot.waitUntil(lambda: len(panel.disagreements()) == 1)
    assert ("WEAPONS", "Raketen", None) not in _gold(seeded_repo)

    # B takes Ben's version of the last one.
    second = panel.tree.topLevelItem(0)
    assert [second.child(n).text(0) for n in range(2)] == [
        "A  anna: LOSSES '4000 Verluste'",
        "B  ben: LOSSES '4000'",
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B)
    qtbot.waitUntil(lambda: panel.disagreements() == [])
    assert panel.left() == 0
    assert "0 disagreements left here" in panel.progress.text()

    out = tmp_path / "gold.jsonl"
    export_project(seeded_repo, "jsonl", out, ExportOptions(annotators=frozenset({"gold"})))
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert [
        (s["label"], s["text"], s["origin"], s["taken_from"]) for s in records[FIRST_SEED]["spans"]
    ] == [
        ("TROOPS", "3000 weitere Soldaten", "adjudicated", "anna,ben"),
        ("LOSSES", "4000", "adjudicated", "ben"),
    ]

    # Stopping gives the window back to its annotator.
    press_in_menus(qtbot, window, Qt.Key.Key_T, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: not panel.active)
    assert window.annotating.annotator == "tester"
    assert window.view.version_boxes() == []


def test_the_agreement_dialog_lists_articles_least_agreed_first_and_opens_one_to_adjudicate(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, tmp_path: Path
) -> None:
    second = [r.article.id for r in seeded_repo.iter_records()][1]
    paths = []
    for name, marks in MARKS.items():
        path = tmp_path / f"{name}.db"
        share = Repository.open(path)
        share.add_articles(record.article for record in seeded_repo.iter_records())
        for article_id, words_and_labels in ((FIRST_SEED, marks), (second, MARKS["ben"][:1])):
            text = share.article(article_id).text
            for words, label in words_and_labels:
                start = text.index(words) if words in text else text.index("Soldaten")
                end = start + (len(words) if words in text else len("Soldaten"))
                share.save_span(make_span(article_id, text, start, end, label, name))
            share.set_status(article_id, Status.DONE)
        share.close()
        paths.append(path)
    with qtbot.waitSignal(window.team.merge_done, timeout=10_000):
        window.team.merge(paths)
    window.open_article(second)
    with qtbot.waitSignal(window.team.agreement_done, timeout=10_000):
        press_in_menus(qtbot, window, Qt.Key.Key_T, Qt.Key.Key_A)  # Team › Agreement…
    dialog = window.team.agreement_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.articles
    assert table.rowCount() == 2
    # The article where anna and ben disagree comes first; the one they agree on last.
    assert table.item(0, 0).data(Qt.ItemDataRole.UserRole) == FIRST_SEED
    assert table.item(0, 1).text() == "anna, ben"
    assert int(table.item(0, 2).text()) > 0
    assert table.item(1, 0).data(Qt.ItemDataRole.UserRole) == second
    assert (table.item(1, 2).text(), table.item(1, 3).text()) == ("0", "1.00")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert table.currentRow() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    panel = window.adjudication
    qtbot.waitUntil(lambda: panel.active and window.open.article is not None)
    qtbot.waitUntil(lambda: window.open.article.id == FIRST_SEED)
    assert window.open.layer == "gold"
    assert len(panel.disagreements()) == 2
    # A double-click on the other opens it, still adjudicating.
    rect = table.visualItemRect(table.item(1, 0))
    # As a mouse sends it: a press and release, then the double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.open.article.id == second)
    assert panel.active
    dialog.close()
