"""The legend: each label's colour, name, key and what it marks."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from claimmark.core.labels import Label


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
