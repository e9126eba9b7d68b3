"""A label of a fixed number of lines: long text is cut with an ellipsis and whole in its tooltip.

A label that grows with its text moves everything below it; an article title of
300 characters pushed the text down by seven lines, a long span pushed the
Details fields down from one selection to the next.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from claimmark.ui.messages import plain_tooltip


def elide_lines(text: str, metrics: QFontMetrics, width: int, lines: int = 2) -> str:
    """Return ``text`` wrapped at words into at most ``lines`` lines of ``width`` pixels,
    the last one cut with an ellipsis if the text is longer."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(out)


class ElidedLabel(QLabel):
    """Plain text in ``lines`` lines at most, cut with an ellipsis; always that high, so what
    is below it stays where it is; the whole text in the tooltip."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._lines = lines
        self.setTextFormat(Qt.TextFormat.PlainText)  # text from a file: never HTML
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fix_height()

    def setFont(self, font: QFont | str | Sequence[str]) -> None:
        """Override QWidget::setFont: keep the height at the label's lines of this font."""
        super().setFont(font)
        self._fix_height()

    def _fix_height(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 4)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, cut to the label's lines at its width."""
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self._fit()

    def full_text(self) -> str:
        """Return the whole text shown."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: cut the text again for the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = max(self.width() - 4, 50)
        self.setText(elide_lines(self._full, self.fontMetrics(), width, self._lines))
