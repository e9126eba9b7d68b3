"""Full-text search: type, see hits with context, choose one, mark it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from claimmark.ui.search_panel import HIT_ROLE
from tests.ui.conftest import listed_ids


def test_search_lists_hits_and_opens_the_chosen_one_selected(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_panel.field.hasFocus()
    qtbot.keyClicks(window.search_panel.field, "3.500 weitere")
    qtbot.keyClick(window.search_panel.field, Qt.Key.Key_Return)
    panel = window.search_panel
    assert panel.summary.text() == "1 hit in 1 article"
    [hit] = panel.hits()
    assert hit.match == "3.500 weitere"
    assert hit.after.startswith(" Soldaten")
    # Grouped under its article's title, with the count of its hits.
    group = panel.results.topLevelItem(0)
    assert group.text(0) == f"{hit.title} (1)"
    assert group.child(0).data(0, HIT_ROLE) == hit
    article = window.view.article
    assert article.id.startswith("002_")
    assert window.view.textCursor().selectedText() == "3.500 weitere"
    assert window.view.hasFocus()
    # Ready to mark: the selection snaps to whole words and the span is saved.
    start = article.text.index("3.500 weitere Soldaten")
    window.view.select_range(start, start + len("3.500 weitere Soldaten"))
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert [s.text for s in seeded_repo.spans_for(article.id)] == ["3.500 weitere Soldaten"]


def test_search_counts_hits_and_says_when_there_are_none(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    panel.field.setText("Raketen")
    panel.run()
    # "Raketen" stands as a word in four seed articles (003 has none).
    assert panel.summary.text().endswith("in 4 articles")
    assert len(panel.hits()) == int(panel.summary.text().split()[0])
    assert panel.results.topLevelItemCount() == 4
    panel.field.setText("Zeppelin")
    panel.run()
    assert panel.summary.text() == "No hits."
    assert panel.hits() == []
    assert not panel.results.isVisible()  # no empty box under the field
    panel.field.setText("")
    panel.run()
    assert not panel.results.isVisible()


def test_newly_imported_articles_are_searchable(qtbot: QtBot, window: MainWindow, tmp_path) -> None:
    new = tmp_path / "neu.txt"
    new.write_text("Neuer Bericht\nDort standen Kampfpanzer.", encoding="utf-8")
    with qtbot.waitSignal(window.import_done, timeout=10_000):
        window.files.import_files([new])
    window.search_panel.field.setText("Kampfpanzer")
    window.search_panel.run()
    assert window.search_panel.summary.text() == "1 hit in 1 article"


def test_a_hit_is_drawn_with_its_match_in_bold_and_its_context_escaped(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository
) -> None:
    from claimmark.core.articles import make_article

    seeded_repo.add_articles([make_article("markup", "Titel\n<b>x</b> Kampfpanzer <i>y</i>")])
    panel = window.search_panel
    panel.field.setText("Kampfpanzer")
    panel.run()
    assert len(panel.hits()) == 1
    item = panel.results.topLevelItem(0).child(0)
    index = panel.results.indexFromItem(item)
    delegate = panel.results.itemDelegate()
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.rect = panel.results.visualRect(index)
    document = delegate._document(option, index)
    assert document.toPlainText() == "…Titel <b>x</b> Kampfpanzer <i>y</i>…"
    cursor = document.find("Kampfpanzer")
    assert cursor.charFormat().fontWeight() >= 700  # the match, in bold
    assert document.find("Titel").charFormat().fontWeight() < 700
    panel.results.grab()  # paints without error


def _framed(window: MainWindow) -> set[str]:
    """Return the words framed as search hits on screen."""
    view = window.view
    framed = set()
    for box in view.found_boxes():
        cursor = view.cursorForPosition(box.center().toPoint())
        cursor.select(cursor.SelectionType.WordUnderCursor)
        framed.add(cursor.selectedText())
    return framed


def test_the_hits_stay_framed_in_the_opened_text_until_the_search_is_cleared(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Raketen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    view = window.view
    assert view.hasFocus()
    in_article = window.search_panel.hits_in(view.article.id)
    assert len(in_article) >= 2
    qtbot.waitUntil(lambda: _framed(window) == {"Raketen"})
    # Moving about the text leaves the frames; the selection is gone.
    view.place_cursor(0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert not view.textCursor().hasSelection()
    assert len(view.found_boxes()) >= 1
    # The frame is drawn: orange where the first hit is.
    first = view.found_boxes()[0]
    image = view.viewport().grab().toImage()
    left = [image.pixelColor(int(first.left()) + dx, int(first.center().y())) for dx in (-1, 0, 1)]
    assert any(c.red() > 180 and c.green() < 150 and c.blue() < 100 for c in left)
    # An article the hits are not in has no frames.
    article = view.article.id
    without = next(a for a in listed_ids(window) if not window.search_panel.hits_in(a))
    window.open_article(without)
    assert view.found_boxes() == []
    window.open_article(article)
    assert len(view.found_boxes()) >= 1
    # Cleared, none anywhere.
    window.search_panel.field.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.search_panel.hits() == [])
    assert view.found_boxes() == []
