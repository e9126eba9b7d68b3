"""Drawing spans in the article text: a syntax highlighter over a sorted span index, and
the paragraph layout that spaces paragraphs apart.

Positions here are Qt's UTF-16 positions: the article view converts (it is the one
caller of ``core.text.Utf16Map``). A QSyntaxHighlighter over a sorted index was
measured 4-7x faster than ExtraSelections on large articles.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtGui import QPen
from PySide6.QtGui import QSyntaxHighlighter
from PySide6.QtGui import QTextBlock
from PySide6.QtGui import QTextCharFormat
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from claimmark.core.intervals import Intervals
from claimmark.core.labels import Label

# Span text is drawn black on the light label fills whatever the palette, so it
# stays readable in dark mode too.

_SPAN_TEXT = QColor("#000000")


def _strong(colour: QColor, dark: bool = False) -> QColor:
    """Return a form of a pastel label colour that is visible as a thin line.

    Saturated and darker on a light background; lighter on a dark one.
    """
    hue = max(colour.hsvHueF(), 0.0)
    return QColor.fromHsvF(hue, 0.6, 1.0) if dark else QColor.fromHsvF(hue, 1.0, 0.7)


SUGGESTION_LINE_WIDTH = 2.0
"""The line under a suggestion, in logical pixels: 2 device pixels at 1x, 4 at 2x (Qt's
own underline stays one device pixel thick at any scale)."""

_PATTERNS = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)


def suggestion_pen(colour: QColor, index: int, dark: bool = False) -> QPen:
    """Return the pen of the line under a suggestion of the ``index``-th label.

    Its colour is the label's, made strong enough for 3:1 against the page; its
    pattern is the label's too (solid, dashed, dotted, ...), so labels differ for
    a reader who cannot tell the colours apart.
    """
    pen = QPen(_strong(colour, dark), SUGGESTION_LINE_WIDTH)
    pen.setStyle(_PATTERNS[index % len(_PATTERNS)])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@dataclass(frozen=True, slots=True)
class _Mark:
    """A span or suggestion in the document's UTF-16 positions, as the highlighter needs it."""

    start: int
    end: int
    label: str
    suggested: bool = False


PAGE_BLOCKS = 400
"""Blocks redrawn in one turn of the event loop: more changed at once are drawn a page at a
time (measured: 24,552 blocks touched by 55,242 arriving suggestions froze the window
4.4 s when drawn at once)."""


class SpanHighlighter(QSyntaxHighlighter):
    """Fills each span with its label's colour, block by block.

    Where spans of different labels overlap, the shortest one gives the fill and
    the next one an underline in its colour, so both stay visible. Suggestions
    are kept in the same index, but the view draws their lines itself
    (:meth:`ArticleView.suggestion_lines`): a format's underline cannot be made
    thicker or patterned.
    """

    def __init__(
        self, document: QTextDocument, shown: Callable[[], tuple[int, int]] | None = None
    ) -> None:
        super().__init__(document)
        self._marks: Intervals[_Mark] = Intervals()
        self._colours: dict[str, QColor] = {}
        self._dark = False
        self._formats: dict[tuple[tuple[str, ...], str | None], QTextCharFormat] = {}
        # Blocks still to redraw, by number: many changes at once (thousands of
        # suggestions arriving in a long article) are drawn a page per turn of the
        # event loop, the blocks on screen first, so the window never freezes.
        self._shown = shown or (lambda: (0, -1))
        self.pending: dict[int, QTextBlock] = {}
        self._pager = QTimer(self)
        self._pager.setInterval(0)
        self._pager.timeout.connect(self._draw_a_page)

    def set_labels(self, labels: Iterable[Label]) -> None:
        """Set the colour of each label (does not rehighlight)."""
        self._colours = {label.name: QColor(label.colour) for label in labels}
        self._formats.clear()

    def set_dark(self, dark: bool) -> None:
        """Say whether the background is dark, and redraw if that changed."""
        if dark != self._dark:
            self._dark = dark
            self._formats.clear()
            self.rehighlight()

    def set_marks(self, marks: Sequence[_Mark], changed: Iterable[_Mark] | None = None) -> None:
        """Replace the span index and redraw.

        Args:
            marks: every span of the article, in UTF-16 positions.
            changed: spans added or removed since the last call; only their blocks
                are redrawn. ``None`` redraws the whole document.
        """
        self._marks = Intervals(marks)
        if changed is None:
            self.pending.clear()  # every block is drawn now (its text may be new)
            self._pager.stop()
            self.rehighlight()
            return
        self._rehighlight_around(changed)

    def update_marks(self, removed: Iterable[_Mark], added: Iterable[_Mark]) -> None:
        """Take some spans out of the index and put others in, redrawing only their blocks.

        Cheaper than :meth:`set_marks` after one edit in a long article: the index
        stays sorted by insertion instead of being rebuilt.
        """
        removed = list(removed)
        added = list(added)
        for mark in removed:
            self._marks.remove(mark)
        for mark in added:
            self._marks.add(mark)
        self._rehighlight_around([*removed, *added])

    def _rehighlight_around(self, marks: Iterable[_Mark]) -> None:
        # Each touched block once: thousands of marks in one long paragraph must not
        # redraw it thousands of times.
        document = self.document()
        touched: dict[int, QTextBlock] = {}
        for mark in marks:
            block = document.findBlock(mark.start)
            while block.isValid() and block.position() < max(mark.end, mark.start + 1):
                touched.setdefault(block.blockNumber(), block)
                block = block.next()
        if len(touched) + len(self.pending) <= PAGE_BLOCKS:
            for number in sorted(touched):
                self.rehighlightBlock(touched[number])
            return
        first, last = self._shown()
        for number in sorted(touched):
            if first <= number <= last:
                self.rehighlightBlock(touched[number])
            else:
                self.pending[number] = touched[number]
        if self.pending and not self._pager.isActive():
            self._pager.start()

    def _draw_a_page(self) -> None:
        """Redraw the next :data:`PAGE_BLOCKS` blocks waiting, those on screen first."""
        first, last = self._shown()
        order = sorted(self.pending, key=lambda n: (not first <= n <= last, n))
        for number in order[:PAGE_BLOCKS]:
            block = self.pending.pop(number)
            if block.isValid():
                self.rehighlightBlock(block)
        if not self.pending:
            self._pager.stop()

    def marks_in(self, start: int, end: int) -> list[_Mark]:
        """Return the spans that share a position with ``[start, end)``."""
        return self._marks.overlapping(start, end)

    def _format(self, filled: tuple[str, ...], suggested: str | None) -> QTextCharFormat:
        key = (filled, suggested)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if filled:
                fmt.setBackground(self._colours.get(filled[0], QColor("#dddddd")))
                fmt.setForeground(_SPAN_TEXT)
            if suggested is None and len(filled) > 1:
                fmt.setFontUnderline(True)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(
                    _strong(self._colours.get(filled[1], QColor("#555555")), self._dark)
                )
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        """Override QSyntaxHighlighter::highlightBlock: draw the spans in this block."""
        block = self.currentBlock()
        begin = block.position()
        # len(text) counts code points; Qt's positions are UTF-16, so ask the block.
        end = begin + block.length() - 1
        marks = self.marks_in(begin, end)
        if not marks:
            return
        points = sorted(
            {begin, end}
            | {m.start for m in marks if m.start > begin}
            | {m.end for m in marks if m.end < end}
        )
        # Sweep over the cut points with the set of marks open there, instead of
        # testing every mark at every cut (quadratic in a long, dense paragraph).
        starting: dict[int, list[_Mark]] = {}
        for mark in marks:
            starting.setdefault(max(mark.start, begin), []).append(mark)
        open_marks: list[_Mark] = []
        for left, right in pairwise(points):
            open_marks = [m for m in open_marks if m.end > left] + starting.get(left, [])
            if not open_marks:
                continue
            covering = sorted(open_marks, key=lambda m: m.end - m.start)
            filled = tuple(m.label for m in covering if not m.suggested)
            suggested = next((m.label for m in covering if m.suggested), None)
            self.setFormat(left - begin, right - left, self._format(filled, suggested))


PARAGRAPH_SPACING = 0.5
"""The space between paragraphs, in lines of the text's font."""


class ParagraphLayout(QPlainTextDocumentLayout):
    """A plain-text layout with space between paragraphs.

    QPlainTextDocumentLayout ignores block margins (measured: a bottom margin
    moves nothing), and QTextEdit's layout, which honours them, is the slow one
    the highlighting was measured against. The space is added to a paragraph's
    bounding rectangle, which is what QPlainTextEdit paints and hit-tests by;
    blank lines already separate paragraphs, so they get none.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spacing = 0.0
        self.painted = (0, -1)
        """The numbers of the first and last paragraph the view painted last."""

    def documentChanged(self, position: int, removed: int, added: int) -> None:
        """Override QPlainTextDocumentLayout::documentChanged: repaint a paragraph whose
        highlighting changed, not the whole view.

        A highlighter marks a paragraph dirty as its ``length`` characters removed and
        ``length`` added; the base class counts both, so the change reaches into the next
        paragraph, and a change of more than one is repainted whole (6 ms of a key on a
        long article). Where as many came as went, the new text is ``added`` characters
        from ``position``: that is the change, and one paragraph is one paragraph.

        Only for a paragraph on screen when the view last painted (``painted``): the
        base class lays a single changed paragraph out at once, and the first
        highlighting of an article changes every paragraph, most of which are never
        shown (laying all 4,000 of a 2 MB article out took its opening from 0.3 s to
        1.2 s). Either way what is drawn is right; only how much is repainted differs.
        """
        first, last = self.painted
        if removed == added and first <= self.document().findBlock(position).blockNumber() <= last:
            super().documentChanged(position, 0, added)
        else:
            super().documentChanged(position, removed, added)

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        """Override QPlainTextDocumentLayout::blockBoundingRect: add the space below."""
        rect = super().blockBoundingRect(block)
        following = block.next()
        if (
            self.spacing
            and block.length() > 1
            and following.isValid()
            and following.length() > 1
            and rect.height()
        ):
            rect.adjust(0, 0, 0, self.spacing)
        return rect
