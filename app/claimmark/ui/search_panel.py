"""The search panel: full-text search over all articles, hits listed with their context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from claimmark.core.search import SearchHit
from claimmark.core.words import counted
from claimmark.ui.messages import plain_tooltip


class SearchPanel(QWidget):
    """A search field and the hits of the search, one line of context each.

    Typing searches after a short pause; Enter in the field or on a hit, or a
    click, chooses the hit.

    Signals:
        hit_chosen(hit): the user chose a hit (a :class:`SearchHit`).
    """

    hit_chosen = Signal(object)

    def __init__(
        self, search: Callable[[str], list[SearchHit]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self.field = QLineEdit()
        self.field.setPlaceholderText("Search all articles (Ctrl+F)")
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.summary = QLabel()
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

    def run(self) -> None:
        """Search for what the field holds and list the hits."""
        self._pause.stop()
        query = self.field.text().strip()
        self.results.clear()
        if not query:
            self.summary.setText("")
            return
        hits = self._search(query)
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}\n{hit.context}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            item.setToolTip(plain_tooltip(f"{hit.article_id}, offset {hit.start}"))
            self.results.addItem(item)
        articles = len({h.article_id for h in hits})
        self.summary.setText(
            f"{counted(len(hits), 'hit')} in {counted(articles, 'article')}" if hits else "No hits."
        )

    def _on_return(self) -> None:
        if self._pause.isActive() or self.results.count() == 0:
            self.run()
        if self.results.count():
            self.results.setCurrentRow(0)
            self._on_item_activated(self.results.item(0))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.hit_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: object, event: object) -> bool:
        """Override QObject::eventFilter: Down in the field moves into the hits."""
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
