"""The article view: read-only text, span highlighting, and selection <-> span offsets.

This is the one module that converts between our code point offsets and Qt's
UTF-16 positions (through :class:`claimmark.core.text.Utf16Map`). Highlighting
is a QSyntaxHighlighter over a sorted span index, measured 4-7x faster than
ExtraSelections on large articles; ExtraSelections are used only for the one
selected span.
"""

from __future__ import annotations

from bisect import bisect_left
from bisect import bisect_right
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtCore import QLineF
from PySide6.QtCore import QPoint
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QColor
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtGui import QFont
from PySide6.QtGui import QMouseEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtGui import QTextBlock
from PySide6.QtGui import QTextCharFormat
from PySide6.QtGui import QTextCursor
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import QTextLine
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QTextEdit
from PySide6.QtWidgets import QWidget

from claimmark.core.articles import Article
from claimmark.core.intervals import Intervals
from claimmark.core.labels import Label
from claimmark.core.spans import Edge
from claimmark.core.spans import Span
from claimmark.core.spans import Stretch
from claimmark.core.spans import snap_to_words
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.text import Utf16Map
from claimmark.project.annotating import ArticleState

# Span text is drawn black on the light label fills whatever the palette, so it
# stays readable in dark mode too.
from claimmark.ui.highlighting import _SPAN_TEXT
from claimmark.ui.highlighting import PARAGRAPH_SPACING
from claimmark.ui.highlighting import ParagraphLayout
from claimmark.ui.highlighting import SpanHighlighter
from claimmark.ui.highlighting import _Mark
from claimmark.ui.highlighting import _strong
from claimmark.ui.highlighting import suggestion_pen
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.theme import is_dark
from claimmark.ui.version_frames import VersionFrame
from claimmark.ui.version_frames import paint_versions

Selectable = Span | StoredSuggestion


def _itself(bounds: tuple[int, int]) -> tuple[int, int]:
    return bounds


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
        # Search hits framed, in UTF-16 positions.
        self._found: Intervals[tuple[int, int]] = Intervals(bounds=_itself)
        self._versions: list[VersionFrame] = []  # in UTF-16 positions
        self._labels: dict[str, Label] = {}
        self._context_actions: list[QAction | QMenu | None] = []
        self._dragging: Edge | None = None  # the edge being dragged
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
        self.paragraphs.painted = self._shown_blocks()
        lines = self.suggestion_lines()
        boxes = self.found_boxes()
        if not lines and not boxes and not self._versions:
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
        if self._versions:
            paint_versions(painter, self.font(), self.version_boxes())
        painter.end()

    def show_found(self, found: Iterable[tuple[int, int]]) -> None:
        """Frame these ranges of the text (code points): the search hits in this article.

        The frame stays while the reader moves about the text, unlike the selection
        a hit is opened with; showing none takes it away.
        """
        self._found = Intervals(
            ((self._map.to_utf16(s), self._map.to_utf16(e)) for s, e in found), bounds=_itself
        )
        self.viewport().update()

    def found_boxes(self) -> list[QRectF]:
        """Return the frames around the search hits on screen, in viewport coordinates."""
        boxes: list[QRectF] = []
        for block, visible, box in self._visible_lines():
            begin = block.position()
            shown_from = begin + visible[0].textStart()
            shown_to = begin + visible[-1].textStart() + visible[-1].textLength()
            for start, end in self._found.overlapping(shown_from, shown_to):
                boxes.extend(_boxes(start - begin, end - begin, visible, box.left(), box.top()))
        return boxes

    def show_versions(self, frames: Iterable[VersionFrame]) -> None:
        """Frame each annotator's version of a disagreement, lettered in its colour (code
        points); none takes them away."""
        self._versions = [
            f._replace(start=self._map.to_utf16(f.start), end=self._map.to_utf16(f.end))
            for f in frames
        ]
        self.viewport().update()

    def shown_versions(self) -> list[VersionFrame]:
        """Return the version frames drawn, in code points."""
        return [
            f._replace(start=self._map.from_utf16(f.start), end=self._map.from_utf16(f.end))
            for f in self._versions
        ]

    def version_boxes(self) -> list[tuple[QRectF, VersionFrame]]:
        """Return the frames of the versions on screen, each with its version, the first
        box of a frame first."""
        boxes: list[tuple[QRectF, VersionFrame]] = []
        for block, visible, box in self._visible_lines():
            begin = block.position()
            for frame in self._versions:
                if frame.start < begin + block.length() and frame.end > begin:
                    found = _boxes(frame.start - begin, frame.end - begin, visible, box.left(),
                                   box.top())  # fmt: skip
                    boxes.extend((each, frame) for each in found)
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
        self._found = Intervals(bounds=_itself)
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

    def edge_at(self, pos: QPoint) -> Edge | None:
        """Return the edge of the selected item ``pos`` (viewport) is on, if any."""
        item = self.selected
        if item is None:
            return None
        for edge, offset in ((Edge.START, item.start), (Edge.END, item.end)):
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
        start, end = (offset, item.end) if self._dragging is Edge.START else (item.start, offset)
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
