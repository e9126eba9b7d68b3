"""The search panel: full-text search over all articles, hits grouped by article."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QAbstractTextDocumentLayout
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QPainter
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QStyleOptionViewItem
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.search import SearchHit
from claimmark.ui.i18n import counted_in
from claimmark.ui.messages import plain_tooltip

HIT_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's line of context with the match in bold.

    The context comes from an article, so it is escaped: only the bold is markup.
    """

    BEFORE = 24
    """Characters of context before the match: the match stays in view in a narrow panel."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        hit = index.data(HIT_ROLE)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        before = hit.before[-self.BEFORE :].lstrip()
        document.setHtml(
            f"…{html.escape(before)}<b>{html.escape(hit.match)}</b>{html.escape(hit.after)}…"
        )
        # One line: rows keep one height, and a narrow panel cuts the end, not the match.
        document.setTextWidth(-1)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Override QStyledItemDelegate::paint: the context as rich text, match in bold."""
        if not isinstance(index.data(HIT_ROLE), SearchHit):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                context.palette.ColorRole.Text, option.palette.highlightedText().color()
            )
        painter.save()
        painter.setClipRect(option.rect)
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Override QStyledItemDelegate::sizeHint: the wrapped context's height."""
        if not isinstance(index.data(HIT_ROLE), SearchHit):
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        height = self._document(option, index).size().height()
        return QSize(option.rect.width(), int(height))


class SearchPanel(QWidget):
    """A search field and its hits, grouped under their articles, the match in bold.

    Typing searches after a short pause; Enter in the field or on a hit, or a
    click, chooses the hit (Enter on an article chooses its first hit). With no
    query the list is hidden and a line says what the field does.

    Signals:
        hit_chosen(hit): the user chose a hit (a :class:`SearchHit`).
        searched(): the hits listed changed (a new query, or none).
    """

    hit_chosen = Signal(SearchHit)
    searched = Signal()

    def __init__(
        self, search: Callable[[str], list[SearchHit]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search all articles (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(False)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(250)
        self._pause.timeout.connect(self.run)
        self.field.textChanged.connect(self._pause.start)
        self.field.returnPressed.connect(self._on_return)
        self.results.itemActivated.connect(self._on_item_activated)
        self.results.itemClicked.connect(self._on_item_activated)
        self.field.installEventFilter(self)
        self._show_hits(False)

    def hits(self) -> list[SearchHit]:
        """Return the hits listed, in order."""
        return [
            child.data(0, HIT_ROLE)
            for group in (
                self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount())
            )
            if group is not None
            for child in (group.child(n) for n in range(group.childCount()))
            if child is not None
        ]

    def hits_in(self, article_id: str) -> list[SearchHit]:
        """Return the hits listed in one article."""
        return [hit for hit in self.hits() if hit.article_id == article_id]

    def run(self) -> None:
        """Search for what the field holds and list the hits under their articles."""
        self._pause.stop()
        query = self.field.text().strip()
        self.results.clear()
        if not query:
            self.summary.setText(
                self.tr("Words in any article: type, then Enter opens the first hit.")
            )
            self._show_hits(False)
            self.searched.emit()
            return
        hits = self._search(query)
        groups: dict[str, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.article_id)
            if group is None:
                group = groups[hit.article_id] = QTreeWidgetItem(self.results)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setToolTip(0, plain_tooltip(f"{hit.title}\n{hit.article_id}"))
                group.setData(0, HIT_ROLE, None)
            item = QTreeWidgetItem(group)
            item.setData(0, HIT_ROLE, hit)
            item.setToolTip(
                0,
                plain_tooltip(
                    self.tr("{article}, offset {offset}").format(
                        article=hit.article_id, offset=hit.start
                    )
                ),
            )
        for article_id, group in groups.items():
            title = next(h.title for h in hits if h.article_id == article_id) or article_id
            group.setText(0, f"{title} ({group.childCount()})")
        self.results.expandAll()
        self.summary.setText(
            self.tr("{hits} in {articles}").format(
                hits=counted_in(len(hits), self.tr("{n} hit"), self.tr("{n} hits")),
                articles=counted_in(len(groups), self.tr("{n} article"), self.tr("{n} articles")),
            )
            if hits
            else self.tr("No hits.")
        )
        self._show_hits(bool(hits))
        self.searched.emit()

    def _show_hits(self, shown: bool) -> None:
        # No empty white box under the field when there is nothing to list.
        self.results.setVisible(shown)

    def _first_hit(self) -> QTreeWidgetItem | None:
        group = self.results.topLevelItem(0)
        return group.child(0) if group is not None and group.childCount() else None

    def _on_return(self) -> None:
        if self._pause.isActive() or self._first_hit() is None:
            self.run()
        first = self._first_hit()
        if first is not None:
            self.results.setCurrentItem(first)
            self._on_item_activated(first)

    def _on_item_activated(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        first = item.child(0) if item.childCount() else None
        if hit is None and first is not None:  # an article: its first hit
            hit = first.data(0, HIT_ROLE)
        if hit is not None:
            self.hit_chosen.emit(hit)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Override QObject::eventFilter: Down in the field moves into the hits."""
        first = self._first_hit()
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and first is not None
        ):
            self.results.setFocus()
            self.results.setCurrentItem(first)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
