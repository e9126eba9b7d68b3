"""Many spans or suggestions changing at once in a long article are drawn a page at a time."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from claimmark.core.labels import DEFAULT_LABELS
from claimmark.ui.highlighting import PAGE_BLOCKS
from claimmark.ui.highlighting import SpanHighlighter
from claimmark.ui.highlighting import _Mark

PARAGRAPHS = 3 * PAGE_BLOCKS


def _filled(document: QTextDocument, number: int) -> bool:
    """Return whether a paragraph has a fill drawn."""
    return bool(document.findBlockByNumber(number).layout().formats())


def test_thousands_of_marks_arriving_are_drawn_on_screen_first_then_a_page_a_turn(
    qtbot: QtBot,
) -> None:
    document = QTextDocument()
    document.setPlainText("\n".join(f"Absatz {n} mit 3000 Soldaten." for n in range(PARAGRAPHS)))
    shown = (1000, 1010)  # the paragraphs on screen
    highlighter = SpanHighlighter(document, lambda: shown)
    highlighter.set_labels(DEFAULT_LABELS)
    highlighter.set_marks([])
    marks = []
    for n in range(PARAGRAPHS):
        block = document.findBlockByNumber(n)
        start = block.position() + block.text().index("3000")
        marks.append(_Mark(start, start + 13, "TROOPS"))

    highlighter.update_marks([], marks)
    assert all(_filled(document, n) for n in range(shown[0], shown[1] + 1))
    assert not _filled(document, 0)  # off screen: a later turn draws it
    assert len(highlighter.pending) == PARAGRAPHS - (shown[1] - shown[0] + 1)
    drawn: list[int] = []
    page = highlighter._draw_a_page

    def counted_page() -> None:
        before = len(highlighter.pending)
        page()
        drawn.append(before - len(highlighter.pending))

    highlighter._pager.timeout.disconnect()
    highlighter._pager.timeout.connect(counted_page)
    qtbot.waitUntil(lambda: not highlighter.pending)
    assert max(drawn) <= PAGE_BLOCKS  # never all at once: the window answers between pages
    assert len(drawn) >= 2
    assert all(_filled(document, n) for n in range(PARAGRAPHS))


def test_a_few_changed_marks_are_drawn_at_once(qtbot: QtBot) -> None:
    document = QTextDocument()
    document.setPlainText("Titel\nEs kamen 3000 Soldaten.")
    highlighter = SpanHighlighter(document, lambda: (0, 0))
    highlighter.set_labels(DEFAULT_LABELS)
    highlighter.set_marks([])
    start = document.toPlainText().index("3000")
    highlighter.update_marks([], [_Mark(start, start + 13, "TROOPS")])
    assert highlighter.pending == {}
    assert _filled(document, 1)


def test_a_mark_repaints_its_paragraph_not_the_whole_text(qtbot: QtBot, fresh_repo: object) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import QObject
    from PySide6.QtCore import QRect
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from claimmark.core.articles import make_article
    from claimmark.store import Repository
    from tests.ui.conftest import open_window

    assert isinstance(fresh_repo, Repository)
    paragraph = "Nordkorea schickte rund 3000 weitere Soldaten und 220 Haubitzen. " * 3
    fresh_repo.add_articles([make_article("a1", "Titel\n" + "\n".join([paragraph] * 40))])
    window = open_window(qtbot, fresh_repo)
    view = window.view
    text = view.article.text
    start = text.index("Haubitzen", len(paragraph) * 2)
    view.select_range(start, start + len("Haubitzen"))
    qtbot.waitUntil(lambda: view.paragraphs.painted[1] > 0)  # the view has painted

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.rects: list[QRect] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.rects.append(event.region().boundingRect())  # type: ignore[attr-defined]
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)  # WEAPONS
    qtbot.waitUntil(lambda: any(s.text == "Haubitzen" for s in view.spans))
    qtbot.waitUntil(lambda: bool(painted.rects))
    view.viewport().removeEventFilter(painted)
    block = view.document().findBlock(view._map.to_utf16(start))
    box = view.blockBoundingGeometry(block).translated(view.contentOffset()).toAlignedRect()
    tall = max(r.height() for r in painted.rects)
    assert tall <= box.height() + 8, (painted.rects, box)  # that paragraph, not the view
    assert all(r.intersects(box) for r in painted.rects)
