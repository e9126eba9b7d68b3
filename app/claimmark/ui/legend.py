"""The legend: each label's colour, name, key and what it marks."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from claimmark.core.labels import Label


class FormatSample(QWidget):
    """A word drawn with a text format, to show in the legend how the view draws it."""

    def __init__(self, text: str, fmt: QTextCharFormat, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(2)
        QTextCursor(self._document).insertText(text, fmt)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        """Override QWidget::sizeHint: the size of the drawn word."""
        return self._document.size().toSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget::paintEvent: draw the word."""
        painter = QPainter(self)
        self._document.drawContents(painter)
        painter.end()


class LegendWidget(QWidget):
    """Shows the label set as a key: swatch with name, keyboard key, and a description line."""

    def __init__(self, labels: Iterable[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for label in labels:
            swatch = QLabel(label.name)
            swatch.setObjectName(f"legend-{label.name}")
            swatch.setStyleSheet(
                f"background: {label.colour}; color: #000000; padding: 2px 6px;"
                " border-radius: 3px; font-weight: bold;"
            )
            key = QLabel(f"key <b>{label.key}</b>")
            key.setToolTip(f"Select text and press {label.key} to mark it {label.name}")
            row = QHBoxLayout()
            row.addWidget(swatch)
            row.addWidget(key)
            row.addStretch(1)
            description = QLabel(label.description)
            description.setWordWrap(True)
            description.setContentsMargins(4, 0, 0, 6)
            column.addLayout(row)
            column.addWidget(description)
        span_format = QTextCharFormat()
        span_format.setBackground(QColor("#cccccc"))
        span_format.setForeground(QColor("#000000"))
        suggestion_format = QTextCharFormat()
        suggestion_format.setFontUnderline(True)
        suggestion_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        suggestion_format.setUnderlineColor(QColor("#555555"))
        for sample, meaning in (
            (FormatSample("filled", span_format), "a span you confirmed"),
            (
                FormatSample("wavy", suggestion_format),
                "a suggestion: Enter accepts, X rejects, Tab goes to the next",
            ),
        ):
            row = QHBoxLayout()
            row.addWidget(sample)
            explanation = QLabel(meaning)
            explanation.setWordWrap(True)
            row.addWidget(explanation, 1)
            column.addLayout(row)
