"""The details of the selected span: label, text, offsets, who made it and when."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from claimmark.core.labels import Label
from claimmark.core.spans import Span


class SpanDetails(QWidget):
    """Read-only details of one span; says how to select one when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.label = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.position = QLabel()
        self.made = QLabel()
        self.made.setWordWrap(True)
        layout.addRow("Label", self.label)
        layout.addRow("Text", self.text)
        layout.addRow("Offsets", self.position)
        layout.addRow("Made by", self.made)
        self.show_span(None, None)

    def show_span(self, span: Span | None, label: Label | None) -> None:
        """Show ``span`` (with its label's colour), or a hint when it is ``None``."""
        if span is None:
            self.label.setText("—")
            self.label.setStyleSheet("")
            self.text.setText("Click a highlighted span to see it here.")
            self.position.setText("")
            self.made.setText("")
            return
        self.label.setText(span.label)
        colour = label.colour if label else "#dddddd"
        self.label.setStyleSheet(
            f"background: {colour}; color: #000000; padding: 2px 6px; font-weight: bold;"
        )
        self.text.setText(span.text)
        self.position.setText(f"{span.start}–{span.end}")
        self.made.setText(f"{span.annotator}, {span.created_at} ({span.origin})")
