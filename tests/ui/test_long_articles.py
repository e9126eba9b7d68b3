"""Many spans or suggestions changing at once in a long article are drawn a page at a time."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from claimmark.core.labels import DEFAULT_LABELS
from claimmark.ui.highlighting import PAGE_BLOCKS, SpanHighlighter, _Mark

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
