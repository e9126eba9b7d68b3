"""The article header: the open article's title, and a line with its id, status and counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from claimmark.ui.label_set import LabelSet
from claimmark.ui.open_article import OpenArticle


class ArticleHeader(QWidget):
    """Title and status line over the text; both follow the open article and the labels."""

    def __init__(
        self,
        model: OpenArticle,
        labels: LabelSet,
        read_only: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = model
        self._labels = labels
        # A read-only project says so above everything, for as long as it is open.
        self.banner = QLabel(
            f"Read-only: {read_only} cannot be changed here (the file or its folder cannot "
            "be written). You can read, search, export and back up."
            if read_only
            else ""
        )
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 6px; border: 1px solid #e0c36a;"
        )
        self.banner.setVisible(bool(read_only))
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.title)
        column.addWidget(self.meta)
        model.opened.connect(self.refresh)
        model.changed.connect(self.refresh)
        labels.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the open article's title, id, status, span counts and suggestions to review."""
        state = self._open.state
        if state is None:
            self.title.setText("No article")
            self.meta.setText("Import articles with File › Import.")
            return
        counts: dict[str, int] = {}
        for span in state.spans:
            counts[span.label] = counts.get(span.label, 0) + 1
        parts = [f"{counts.get(label.name, 0)} {label.name}" for label in self._labels.labels]
        pending = len(state.suggestions)
        self.title.setText(state.article.title or state.article.id)
        self.meta.setText(
            f"{state.article.id}   ·   {state.status.words}   ·   {', '.join(parts)}   ·   "
            f"{pending} suggestion{'s' if pending != 1 else ''} to review"
        )
