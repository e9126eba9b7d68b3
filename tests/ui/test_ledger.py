"""View › Claim ledger, driven as an analyst would: filter, sort, open a claim, edit, chart."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from claimmark.project.importing import import_paths
from claimmark.store import Repository
from claimmark.ui.ledger import LedgerWindow
from claimmark.ui.ledger_model import COLUMNS
from claimmark.ui.main_window import MainWindow
from tests.test_ledger_cli import CORPUS
from tests.ui.conftest import open_window
from tests.ui.conftest import press_in_menus
from tests.ui.conftest import type_into

HINT, VALUE, TEXT = (next(i for i, (n, _) in enumerate(COLUMNS) if n == name)
                     for name in ("hint", "value", "text"))  # fmt: skip


def _window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, LedgerWindow]:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in CORPUS), encoding="utf-8")
    repo = Repository.open(tmp_path / "p.db")
    assert not import_paths(repo, [corpus]).problems
    window = open_window(qtbot, repo)
    press_in_menus(qtbot, window, Qt.Key.Key_V, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: window.ledger.window is not None and window.ledger.window.isVisible())
    ledger = window.ledger.window
    assert ledger is not None
    qtbot.waitExposed(ledger)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ledger)
    return window, ledger


def _clear(qtbot: QtBot, field: QLineEdit) -> None:
    """Empty a field as a person does: click, select all, Backspace."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)


def _texts(ledger: LedgerWindow) -> list[str]:
    model = ledger.model
    return [model.index(row, TEXT).data() for row in range(model.rowCount())]


def test_the_ledger_filters_sorts_and_flags_what_a_source_contradicts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _, ledger = _window(qtbot, tmp_path)
    assert _texts(ledger) == [
        "Rund 11.000 Soldaten", "3000 Soldaten", "Mindestens 2000 Soldaten",
        "200 Panzer", "5 Haubitzen",
    ]  # fmt: skip
    qtbot.waitUntil(lambda: ledger.count.text() == "5 claims, 1 claim with a hint (⚑)")
    flagged = ledger.model.index(2, HINT)
    assert flagged.data() == "⚑"
    assert "fewer than the exact 3,000" in flagged.data(Qt.ItemDataRole.ToolTipRole)
    type_into(qtbot, ledger.source, "südkorea", enter=False)
    qtbot.waitUntil(lambda: ledger.model.rowCount() == 3)
    _clear(qtbot, ledger.source)
    type_into(qtbot, ledger.since, "2024-12-01", enter=False)
    qtbot.waitUntil(lambda: _texts(ledger) == ["3000 Soldaten", "Mindestens 2000 Soldaten"])
    _clear(qtbot, ledger.since)
    qtbot.waitUntil(lambda: ledger.model.rowCount() == 5)
    # A click on the Value heading sorts by value, smallest first; again, largest first.
    header = ledger.table.horizontalHeader()
    x = header.sectionViewportPosition(VALUE) + header.sectionSize(VALUE) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    qtbot.waitUntil(lambda: ledger.model.index(0, VALUE).data() == "5")
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    qtbot.waitUntil(lambda: ledger.model.index(0, VALUE).data() == "11,000")


def test_a_double_click_opens_the_claim_and_an_edit_in_the_text_updates_the_ledger(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, ledger = _window(qtbot, tmp_path)
    row = _texts(ledger).index("200 Panzer")
    rect = ledger.table.visualRect(ledger.model.index(row, TEXT))
    # A person's double-click presses twice; QTest's mouseDClick sends only the second.
    qtbot.mouseClick(ledger.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(ledger.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.open.article is not None and window.open.article.id == "c")
    qtbot.waitUntil(lambda: window.open.selected_span is not None)
    assert window.open.selected_span is not None
    assert window.open.selected_span.text == "200 Panzer"
    # The person deletes the span in the text: its row leaves the ledger.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "200 Panzer" not in _texts(ledger))
    qtbot.waitUntil(lambda: ledger.count.text().startswith("4 claims"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "200 Panzer" in _texts(ledger))


def test_the_chart_draws_each_dated_claim_and_saves_as_png_and_svg(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _, ledger = _window(qtbot, tmp_path)
    chart = ledger.chart
    assert chart is not None
    # Three claims have a day and a value; the article without a day is not drawn.
    assert [c.text for c in chart.points] == [
        "Rund 11.000 Soldaten", "3000 Soldaten", "Mindestens 2000 Soldaten",
    ]  # fmt: skip
    assert chart.sources == ["Südkorea"]  # as first spelt, "SÜDKOREA" the same source
    ledger.label.setFocus()  # as Tab would put it there
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ledger.label)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_L
    )  # a combo box finds by typing  # a combo box finds by typing
    qtbot.waitUntil(lambda: [c.value for c in chart.points] == [3000, 2000])
    for name in ("chart.png", "chart.svg"):
        chart.save(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:2000]


def test_the_dateline_proposes_the_day_and_the_header_edits_it_undoably(
    qtbot: QtBot, tmp_path: Path, told: list[tuple[str, str]]
) -> None:
    repo = Repository.open(tmp_path / "p.db")
    path = tmp_path / "a.txt"
    path.write_text("Truppen\nSeoul, 23. Oktober 2024 – Kim schickte 3000 Soldaten.\n")
    import_paths(repo, [path])
    window = open_window(qtbot, repo)
    header = window.header
    # The first read loads dateparser's language data: seconds on a loaded machine.
    qtbot.waitUntil(lambda: header.proposal.isVisible(), timeout=30_000)
    assert header.proposal.text() == "Use 2024-10-23"
    qtbot.mouseClick(header.proposal, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: repo.article("a").published == "2024-10-23")
    assert not header.proposal.isVisible()
    assert header.published.text() == "2024-10-23"
    window.view.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: repo.article("a").published is None)
    assert header.published.text() == ""
    # The outlet, typed and saved with Enter; a day that does not read is refused.
    type_into(qtbot, header.outlet, "dpa")
    qtbot.waitUntil(lambda: repo.article("a").outlet == "dpa")
    type_into(qtbot, header.published, "23.10.2024")
    qtbot.waitUntil(lambda: any("Not saved: the date" in text for _, text in told))
    assert repo.article("a").published is None
    type_into(qtbot, header.published, "2024-10-24")
    qtbot.waitUntil(lambda: repo.article("a").published == "2024-10-24")


def test_grouped_by_source_the_ledger_lists_each_group_and_shows_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _, ledger = _window(qtbot, tmp_path)
    ledger.group_by.setFocus()  # as Tab would put it there
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ledger.group_by)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S)  # "Source"
    qtbot.waitUntil(lambda: ledger.groups.isVisible())
    items = [ledger.groups.item(row).text() for row in range(ledger.groups.count())]
    # Most claims first; the spellings of a source as written.
    assert items == ["All (5)", "no source (2)", "Südkorea (2)", "SÜDKOREA (1)"]
    item = ledger.groups.item(2)
    qtbot.mouseClick(ledger.groups.viewport(), Qt.MouseButton.LeftButton,
                     pos=ledger.groups.visualItemRect(item).center())  # fmt: skip
    qtbot.waitUntil(lambda: _texts(ledger) == ["Rund 11.000 Soldaten", "3000 Soldaten"])
    qtbot.mouseClick(ledger.groups.viewport(), Qt.MouseButton.LeftButton,
                     pos=ledger.groups.visualItemRect(ledger.groups.item(0)).center())  # fmt: skip
    qtbot.waitUntil(lambda: ledger.model.rowCount() == 5)
