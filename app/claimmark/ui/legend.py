"""The legend: each label's colour, name, key and what it marks."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLineF
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPaintEvent
from PySide6.QtGui import QPen
from PySide6.QtGui import QTextCharFormat
from PySide6.QtGui import QTextCursor
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.labels import Label
from claimmark.ui.highlighting import SUGGESTION_LINE_WIDTH
from claimmark.ui.highlighting import suggestion_pen
from claimmark.ui.theme import is_dark


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


class SuggestionSample(QWidget):
    """A word with the line the view draws under a suggestion of one label (or, with no
    colour, a plain line of that thickness in the text's colour)."""

    def __init__(
        self, text: str, colour: QColor | None, index: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._colour = colour
        self._index = index
        metrics = self.fontMetrics()
        self.setFixedSize(metrics.horizontalAdvance(text) + 6, metrics.height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget::paintEvent: the word, and its label's line under it."""
        painter = QPainter(self)
        metrics = self.fontMetrics()
        painter.setPen(self.palette().text().color())
        painter.drawText(3, metrics.ascent() + 1, self._text)
        y = metrics.ascent() + 1 + metrics.descent() * 0.6 + 1
        if self._colour is None:
            painter.setPen(QPen(self.palette().text().color(), SUGGESTION_LINE_WIDTH))
        else:
            painter.setPen(suggestion_pen(self._colour, self._index, is_dark(self.palette())))
        painter.drawLine(QLineF(3, y, self.width() - 3, y))
        painter.end()


class LegendWidget(QWidget):
    """Shows the label set as a key: swatch with name, keyboard key, and a description line."""

    def __init__(self, labels: Iterable[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for index, label in enumerate(labels):
            swatch = QLabel(label.name)
            swatch.setObjectName(f"legend-{label.name}")
            swatch.setStyleSheet(
                f"background: {label.colour}; color: #000000; padding: 2px 6px;"
                " border-radius: 3px; font-weight: bold;"
            )
            key = QLabel(self.tr("key <b>{key}</b>").format(key=label.key))
            key.setToolTip(
                self.tr("Select text and press {key} to mark it {label}").format(
                    key=label.key, label=label.name
                )
            )
            suggested = SuggestionSample(self.tr("suggested"), QColor(label.colour), index)
            suggested.setObjectName(f"legend-suggested-{label.name}")
            suggested.setToolTip(
                self.tr("A {label} suggestion is underlined like this").format(label=label.name)
            )
            row = QHBoxLayout()
            row.addWidget(swatch)
            row.addWidget(key)
            row.addStretch(1)
            row.addWidget(suggested)
            # The default labels' descriptions in the window's language; a user's own as
            # written (no translation matches it).
            description = QLabel(QCoreApplication.translate("labels", label.description))
            description.setTextFormat(Qt.TextFormat.PlainText)
            description.setWordWrap(True)
            description.setContentsMargins(4, 0, 0, 6)
            column.addLayout(row)
            column.addWidget(description)
        span_format = QTextCharFormat()
        span_format.setBackground(QColor("#cccccc"))
        span_format.setForeground(QColor("#000000"))
        for sample, meaning in (
            (FormatSample(self.tr("filled"), span_format), self.tr("a span you confirmed")),
            (
                SuggestionSample(self.tr("underlined"), None),
                self.tr(
                    "a suggestion, in its label's line: Enter accepts, X rejects, Tab goes to "
                    "the next"
                ),
            ),
        ):
            row = QHBoxLayout()
            row.addWidget(sample)
            explanation = QLabel(meaning)
            explanation.setWordWrap(True)
            row.addWidget(explanation, 1)
            column.addLayout(row)
