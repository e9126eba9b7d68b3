"""The article view: read-only text, span highlighting, and selection <-> span offsets.

This is the one module that converts between our code point offsets and Qt's
UTF-16 positions (through :class:`claimmark.core.text.Utf16Map`). Highlighting
is a QSyntaxHighlighter over a sorted span index, measured 4-7x faster than
ExtraSelections on large articles; ExtraSelections are used only for the one
selected span.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from PySide6.QtCore import QEvent, QLineF, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QMenu, QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QWidget

from claimmark.core.articles import Article
from claimmark.core.labels import Label
from claimmark.core.spans import Span, Stretch, snap_to_words
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.text import Utf16Map
from claimmark.project.annotating import ArticleState
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.theme import is_dark

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


def _position(mark: _Mark) -> tuple[int, int]:
    return (mark.start, mark.end)


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
        self._marks: list[_Mark] = []
        self._starts: list[int] = []
        self._longest = 0
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
        self._marks = sorted(marks, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._marks]
        self._longest = max((m.end - m.start for m in self._marks), default=0)
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
            index = bisect_left(self._marks, (mark.start, mark.end), key=_position)
            while index < len(self._marks) and self._marks[index] != mark:
                index += 1
            if index < len(self._marks):
                del self._marks[index]
                del self._starts[index]
        for mark in added:
            index = bisect_right(self._marks, (mark.start, mark.end), key=_position)
            self._marks.insert(index, mark)
            self._starts.insert(index, mark.start)
            # Removing a long span leaves this too large: a wider search, never a wrong one.
            self._longest = max(self._longest, mark.end - mark.start)
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
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return [m for m in self._marks[first:last] if m.end > start]

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


Selectable = Span | StoredSuggestion


def _under(
    mark: _Mark, begin: int, words: str, lines: Sequence[QTextLine], left: float, top: float
) -> Iterator[QLineF]:
    """Yield the pieces of line under a mark on laid-out lines of the block at ``begin``."""
    first, last = mark.start - begin, mark.end - begin
    for line in lines:
        start = max(first, line.textStart())
        end = min(last, line.textStart() + line.textLength())
        while end > start and words[end - 1].isspace():  # where a line wraps
            end -= 1
        if start < end:
            y = top + line.y() + line.ascent() + line.descent() * 0.6
            yield QLineF(left + _x(line, start), y, left + _x(line, end), y)


def _boxes(
    first: int, last: int, lines: Sequence[QTextLine], left: float, top: float
) -> Iterator[QRectF]:
    """Yield the boxes around block positions ``[first, last)`` on laid-out lines."""
    for line in lines:
        start = max(first, line.textStart())
        end = min(last, line.textStart() + line.textLength())
        if start < end:
            x = left + _x(line, start)
            yield QRectF(x, top + line.y(), left + _x(line, end) - x, line.height())


FOUND_COLOUR = QColor("#e8590c")
"""The frame around search hits: an orange no label uses, 3.6:1 on white and 4.9:1 on the
dark theme's base, so a hit stands out from spans and suggestions alike."""

FOUND_LINE_WIDTH = 2.0


def _x(line: QTextLine, position: int) -> float:
    """Return where a position of its block is on a laid-out line (PySide6 may add the
    position it used to the answer)."""
    found: object = line.cursorToX(position)
    value = found[0] if isinstance(found, tuple) else found
    assert isinstance(value, int | float)
    return float(value)


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


class ArticleView(QPlainTextEdit):
    """Shows the open article read-only, its spans and suggestions drawn; selections become offsets.

    What it shows is the :class:`OpenArticle` model's: the view redraws on its
    signals and tells it which item the user selected. The user selects one span
    or suggestion at a time, by clicking it, moving the cursor into it, or with
    Tab / Shift+Tab (suggestions).

    Dragging the start or end edge of the selected span with the mouse moves it,
    snapped to whole words.

    Signals:
        edge_dragged(item_id, start, end): the user dragged an edge of the selected item;
            the new bounds, snapped to words (nothing is saved by the view).
    """

    edge_dragged = Signal(str, int, int)

    EDGE_GRAB_PIXELS = 5

    def __init__(self, model: OpenArticle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        document = QTextDocument(self)
        self.paragraphs = ParagraphLayout(document)
        document.setDocumentLayout(self.paragraphs)
        self.setDocument(document)
        self.normal_font_size = max(QFont(self.font()).pointSizeF(), 11.0)
        self.set_font_size(self.normal_font_size)
        self.document().setDocumentMargin(12)
        self.highlighter = SpanHighlighter(self.document(), self._shown_blocks)
        self.highlighter.set_dark(is_dark(self.palette()))
        self._map = Utf16Map("")
        self._found: list[tuple[int, int]] = []  # search hits framed, in UTF-16 positions
        self._labels: dict[str, Label] = {}
        self._context_actions: list[QAction | QMenu | None] = []
        self._dragging: str | None = None  # "start" or "end" while an edge is dragged
        self.viewport().setMouseTracking(True)
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)
        self.selectionChanged.connect(self._on_cursor_position_changed)
        model.opened.connect(self._on_opened)
        model.changed.connect(self._on_changed)
        model.selection_changed.connect(self._on_selection_changed)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QPlainTextEdit::paintEvent: the text, then the lines under suggestions
        and the frames around search hits."""
        super().paintEvent(event)
        lines = self.suggestion_lines()
        boxes = self.found_boxes()
        if not lines and not boxes:
            return
        dark = is_dark(self.palette())
        order = {name: index for index, name in enumerate(self._labels)}
        painter = QPainter(self.viewport())
        for line, label in lines:
            known = self._labels.get(label)
            colour = QColor(known.colour) if known else QColor("#555555")
            painter.setPen(suggestion_pen(colour, order.get(label, 0), dark))
            painter.drawLine(line)
        painter.setPen(QPen(FOUND_COLOUR, FOUND_LINE_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for box in boxes:
            painter.drawRoundedRect(box.adjusted(-1, 0, 1, 0), 3, 3)
        painter.end()

    def show_found(self, found: Iterable[tuple[int, int]]) -> None:
        """Frame these ranges of the text (code points): the search hits in this article.

        The frame stays while the reader moves about the text, unlike the selection
        a hit is opened with; showing none takes it away.
        """
        self._found = sorted((self._map.to_utf16(s), self._map.to_utf16(e)) for s, e in found)
        self.viewport().update()

    def found_boxes(self) -> list[QRectF]:
        """Return the frames around the search hits on screen, in viewport coordinates."""
        boxes: list[QRectF] = []
        if not self._found:
            return boxes
        longest = max(end - start for start, end in self._found)
        for block, visible, box in self._visible_lines():
            begin = block.position()
            shown_from = begin + visible[0].textStart()
            shown_to = begin + visible[-1].textStart() + visible[-1].textLength()
            first = bisect_left(self._found, (shown_from - longest, 0))
            for start, end in self._found[first:]:
                if start >= shown_to:
                    break
                if end > shown_from:
                    boxes.extend(_boxes(start - begin, end - begin, visible, box.left(), box.top()))
        return boxes

    def _shown_blocks(self) -> tuple[int, int]:
        """Return the numbers of the first and last paragraph on screen."""
        first = self.firstVisibleBlock()
        last = self.cursorForPosition(self.viewport().rect().bottomRight()).block()
        return first.blockNumber(), max(last.blockNumber(), first.blockNumber())

    def _visible_lines(self) -> Iterator[tuple[QTextBlock, list[QTextLine], QRectF]]:
        """Yield each paragraph on screen: its block, its lines on screen, and its box in
        viewport coordinates.

        Only the lines of text on screen are looked at: a paragraph can be a whole
        long article, with thousands of suggestions.
        """
        offset = self.contentOffset()
        bottom = self.viewport().height()
        block = self.firstVisibleBlock()
        while block.isValid():
            box = self.blockBoundingGeometry(block).translated(offset)
            if box.top() > bottom:
                break
            layout = block.layout()
            count = layout.lineCount()
            # The first and last line of the block on screen, by binary search on y.
            first = bisect_right(range(count), -box.top(), key=lambda n: layout.lineAt(n).y())
            last = bisect_left(range(count), bottom - box.top(), key=lambda n: layout.lineAt(n).y())
            visible = [layout.lineAt(n) for n in range(max(first - 1, 0), min(last, count))]
            if visible:
                yield block, visible, box
            block = block.next()

    def suggestion_lines(self) -> list[tuple[QLineF, str]]:
        """Return the lines under the suggestions on screen, in viewport coordinates, each
        with its label: one per suggestion and line of text it runs over."""
        found: list[tuple[QLineF, str]] = []
        for block, visible, box in self._visible_lines():
            begin, words = block.position(), block.text()
            shown_from = begin + visible[0].textStart()
            shown_to = begin + visible[-1].textStart() + visible[-1].textLength()
            for mark in self.highlighter.marks_in(shown_from, shown_to):
                if mark.suggested:
                    found.extend(
                        (line, mark.label)
                        for line in _under(mark, begin, words, visible, box.left(), box.top())
                    )
        return found

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: redraw underlines for a light or dark palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_dark(is_dark(self.palette()))

    def set_font_size(self, points: float) -> None:
        """Set the text size (6 to 48 points)."""
        font = QFont(self.font())
        font.setPointSizeF(min(max(points, 6.0), 48.0))
        self.setFont(font)
        self.paragraphs.spacing = round(self.fontMetrics().lineSpacing() * PARAGRAPH_SPACING)
        self.paragraphs.requestUpdate()

    # What is shown --------------------------------------------------------

    @property
    def article(self) -> Article | None:
        """Return the article shown, if any."""
        return self.model.article

    @property
    def spans(self) -> list[Span]:
        """Return the spans shown, ordered by start."""
        return self.model.spans

    @property
    def suggestions(self) -> list[StoredSuggestion]:
        """Return the pending suggestions shown, ordered by start."""
        return self.model.suggestions

    @property
    def selected(self) -> Selectable | None:
        """Return the selected span or suggestion, if any."""
        return self.model.selected

    @property
    def selected_span(self) -> Span | None:
        """Return the selected span, if a span (not a suggestion) is selected."""
        return self.model.selected_span

    @property
    def selected_suggestion(self) -> StoredSuggestion | None:
        """Return the selected suggestion, if a suggestion is selected."""
        return self.model.selected_suggestion

    def set_labels(self, labels: Iterable[Label]) -> None:
        """Set the label colours used for highlighting, and redraw."""
        self._labels = {label.name: label for label in labels}
        self.highlighter.set_labels(self._labels.values())
        self.highlighter.rehighlight()
        self._on_selection_changed()

    def _on_opened(self) -> None:
        article = self.model.article
        self._map = Utf16Map(article.text if article else "")
        self._found = []
        self.blockSignals(True)
        try:
            self.setPlainText(article.text if article else "")
        finally:
            self.blockSignals(False)
        self.setExtraSelections([])
        self.highlighter.set_marks(self._marks())

    def _on_changed(self, old: ArticleState, new: ArticleState) -> None:
        """Redraw only the spans and suggestions that changed."""
        gone, came = self.model.changes(old, new)
        if gone or came:
            self.highlighter.update_marks(
                [self._mark_of(item) for item in gone], [self._mark_of(item) for item in came]
            )

    def _marks(self) -> list[_Mark]:
        return [self._mark_of(item) for item in (*self.spans, *self.suggestions)]

    def _mark_of(self, item: Stretch) -> _Mark:
        return _Mark(
            self._map.to_utf16(item.start),
            self._map.to_utf16(item.end),
            item.label,
            isinstance(item, StoredSuggestion),
        )

    # Offsets in and out ---------------------------------------------------

    def selection_range(self) -> tuple[int, int] | None:
        """Return the selected text as code point offsets, or ``None`` with no selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (
            self._map.from_utf16(cursor.selectionStart()),
            self._map.from_utf16(cursor.selectionEnd()),
        )

    def select_range(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` (code points), as a user would with the mouse."""
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def place_cursor(self, offset: int) -> None:
        """Put the cursor at a code point offset, with no selection."""
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_utf16(offset))
        self.setTextCursor(cursor)

    def item_at(self, offset: int) -> Selectable | None:
        """Return the innermost span covering ``offset``, else the innermost suggestion.

        A cursor right after the last character also finds the item, so a click at
        the end of a word selects it.
        """
        for items in (self.spans, self.suggestions):
            inside = [s for s in items if s.start <= offset < s.end]
            if not inside:
                inside = [s for s in items if s.end == offset]
            if inside:
                return min(inside, key=lambda s: s.end - s.start)
        return None

    def select_item(self, item_id: str | None) -> None:
        """Make the span or suggestion with ``item_id`` the selected one, cursor on it."""
        state = self.model.state
        item = state.item(item_id) if state is not None and item_id else None
        if item is not None:
            self.blockSignals(True)
            try:
                self.place_cursor(item.start)
            finally:
                self.blockSignals(False)
            self.ensureCursorVisible()
        self.model.select(item.id if item else None)

    def select_next_suggestion(self, backwards: bool = False) -> StoredSuggestion | None:
        """Select the next pending suggestion after the cursor (or before it), wrapping round."""
        suggestions = self.suggestions
        if not suggestions:
            return None
        selected = self.selected
        here = selected.start if selected else self._cursor_offset()
        if backwards:
            before = [s for s in suggestions if s.start < here]
            target = before[-1] if before else suggestions[-1]
        else:
            after = [s for s in suggestions if s.start > here]
            if selected is None:
                after = [s for s in suggestions if s.start >= here]
            target = after[0] if after else suggestions[0]
        self.select_item(target.id)
        return target

    def _cursor_offset(self) -> int:
        return self._map.from_utf16(self.textCursor().position())

    def _on_selection_changed(self) -> None:
        item = self.selected
        self.setExtraSelections([self._selection_of(item)] if item else [])

    def _selection_of(self, item: Selectable) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(item.start))
        cursor.setPosition(self._map.to_utf16(item.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        label = self._labels.get(item.label)
        colour = QColor(label.colour if label else "#999999")
        if isinstance(item, Span):
            selection.format.setBackground(colour.darker(165))
            selection.format.setForeground(QColor("#ffffff"))
        else:
            # A selected suggestion: a see-through tint, still wavy, so it reads as "not yet".
            tint = QColor(colour)
            tint.setAlpha(110)
            selection.format.setBackground(tint)
            selection.format.setForeground(_SPAN_TEXT)
            selection.format.setFontUnderline(True)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            selection.format.setUnderlineColor(_strong(colour, is_dark(self.palette())))
        selection.format.setFontWeight(QFont.Weight.Bold)
        return selection

    def _on_cursor_position_changed(self) -> None:
        cursor = self.textCursor()
        if cursor.hasSelection():
            self.model.select(None)
            return
        item = self.item_at(self._map.from_utf16(cursor.position()))
        self.model.select(item.id if item else None)

    # Dragging an edge -----------------------------------------------------

    def edge_at(self, pos: QPoint) -> str | None:
        """Return "start" or "end" if ``pos`` (viewport) is on an edge of the selected item."""
        item = self.selected
        if item is None:
            return None
        for edge, offset in (("start", item.start), ("end", item.end)):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_utf16(offset))
            rect = self.cursorRect(cursor)
            if (
                abs(pos.x() - rect.x()) <= self.EDGE_GRAB_PIXELS
                and rect.top() <= pos.y() <= rect.bottom()
            ):
                return edge
        return None

    def _dragged_bounds(self, pos: QPoint) -> tuple[int, int] | None:
        item = self.selected
        article = self.article
        if item is None or article is None or self._dragging is None:
            return None
        offset = self._map.from_utf16(self.cursorForPosition(pos).position())
        start, end = (offset, item.end) if self._dragging == "start" else (item.start, offset)
        return snap_to_words(article.text, start, end)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Override QPlainTextEdit::mousePressEvent: grab an edge of the selected span."""
        if event.button() == Qt.MouseButton.LeftButton:
            edge = self.edge_at(event.position().toPoint())
            if edge is not None:
                self._dragging = edge
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Override QPlainTextEdit::mouseMoveEvent: preview a dragged edge, or show it can be."""
        pos = event.position().toPoint()
        if self._dragging is not None:
            bounds = self._dragged_bounds(pos)
            if bounds is not None and self.selected is not None:
                preview = replace(self.selected, start=bounds[0], end=bounds[1])
                self.setExtraSelections([self._selection_of(preview)])
            event.accept()
            return
        shape = Qt.CursorShape.SizeHorCursor if self.edge_at(pos) else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Override QPlainTextEdit::mouseReleaseEvent: report the dragged edge's new bounds."""
        if self._dragging is None:
            super().mouseReleaseEvent(event)
            return
        bounds = self._dragged_bounds(event.position().toPoint())
        self._dragging = None
        item = self.selected
        event.accept()
        if item is None:
            return
        self.setExtraSelections([self._selection_of(item)])
        if bounds is not None and bounds != (item.start, item.end):
            self.edge_dragged.emit(item.id, bounds[0], bounds[1])

    # Context menu ---------------------------------------------------------

    def set_context_actions(self, actions: Sequence[QAction | QMenu | None]) -> None:
        """Set the actions (and submenus; ``None`` for a separator) the context menu offers."""
        self._context_actions = list(actions)

    def context_menu(self, pos: QPoint) -> QMenu:
        """Build the context menu for a right click at ``pos`` (viewport coordinates).

        A right click on a span or suggestion with no text selected selects it
        first, so the actions act on what was clicked.
        """
        if not self.textCursor().hasSelection():
            cursor = self.cursorForPosition(pos)
            item = self.item_at(self._map.from_utf16(cursor.position()))
            self.model.select(item.id if item else None)
        menu = self.createStandardContextMenu(pos)
        # Ours go before the standard ones (Copy, Select All); a menu has those always.
        first = menu.actions()[0]
        separated = True  # no separator at the top, and never two in a row
        for entry in self._context_actions:
            if entry is None:
                if not separated:
                    menu.insertSeparator(first)
                    separated = True
            elif isinstance(entry, QMenu):
                menu.insertMenu(first, entry)
                separated = False
            elif entry.isEnabled():  # offer only what applies to what was clicked
                menu.insertAction(first, entry)
                separated = False
        if not separated:
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Override QPlainTextEdit::contextMenuEvent: our actions first, then Copy."""
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
