"""The legend: each label's colour, name, key and what it marks."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from claimmark.core.labels import Label


class LegendWidget(QWidget):
    """Shows the label set as a key: swatch, name, keyboard key, description."""

    def __init__(self, labels: Iterable[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setColumnStretch(3, 1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        for row, label in enumerate(labels):
            swatch = QLabel(label.name)
            swatch.setObjectName(f"legend-{label.name}")
            swatch.setStyleSheet(
                f"background: {label.colour}; color: #000000; padding: 2px 6px;"
                " border-radius: 3px; font-weight: bold;"
            )
            swatch.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            key = QLabel(f"<b>{label.key}</b>")
            key.setToolTip(f"Select text and press {label.key} to mark it {label.name}")
            description = QLabel(label.description)
            description.setWordWrap(True)
            top = Qt.AlignmentFlag.AlignTop
            layout.addWidget(swatch, row, 0, top)
            layout.addWidget(QLabel("key"), row, 1, top)
            layout.addWidget(key, row, 2, top)
            layout.addWidget(description, row, 3, top)
