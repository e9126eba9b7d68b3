"""The Labels dialog: add, rename, recolour, re-key and delete labels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.labels import LABEL_KEYS
from claimmark.core.labels import Label

COLUMNS = (
    QT_TRANSLATE_NOOP("LabelsDialog", "Name"),
    QT_TRANSLATE_NOOP("LabelsDialog", "Key"),
    QT_TRANSLATE_NOOP("LabelsDialog", "Colour"),
    QT_TRANSLATE_NOOP("LabelsDialog", "Description"),
)


class LabelsDialog(QDialog):
    """Lists the labels; every change is requested from the main window, which saves it.

    Edit a name, key or description in place; double-click a colour to choose
    another. The dialog shows the labels as stored: after each change the main
    window calls :meth:`show_labels`.

    Signals:
        save_requested(old_name, label): add (old_name "") or change a label.
        delete_requested(name): delete a label.
    """

    save_requested = Signal(str, object)
    delete_requested = Signal(str)

    def __init__(self, labels: Sequence[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Labels"))
        self._labels: list[Label] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(str(name)) for name in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("&Add label"))
        self.delete_button = QPushButton(self.tr("&Delete label"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        self.add_button.clicked.connect(self.add_label)
        self.delete_button.clicked.connect(self.delete_selected)
        self.resize(640, 320)
        self.show_labels(labels)

    def show_labels(self, labels: Sequence[Label]) -> None:
        """Show the label set as stored."""
        self._labels = list(labels)
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._labels))
            for row, label in enumerate(self._labels):
                colour = QTableWidgetItem(label.colour)
                colour.setBackground(QColor(label.colour))
                colour.setForeground(QColor("#000000"))
                colour.setFlags(colour.flags() & ~Qt.ItemFlag.ItemIsEditable)
                colour.setToolTip(self.tr("Double-click to choose another colour"))
                for column, item in enumerate(
                    (
                        QTableWidgetItem(label.name),
                        QTableWidgetItem(label.key),
                        colour,
                        QTableWidgetItem(label.description),
                    )
                ):
                    self.table.setItem(row, column, item)
        finally:
            self.table.blockSignals(False)

    def add_label(self) -> None:
        """Request a new label with a free key and a name to change."""
        used = {label.key for label in self._labels}
        key = next((k for k in LABEL_KEYS if k not in used), None)
        if key is None:
            self.save_requested.emit("", Label("NEW", "", "#c0c0c0", ""))  # refused: no key
            return
        number = len(self._labels) + 1
        name = next(
            f"LABEL{n}" for n in range(number, number + 20)
            if all(lb.name != f"LABEL{n}" for lb in self._labels)
        )  # fmt: skip
        self.save_requested.emit("", Label(name, key, "#c7b8ea", ""))

    def delete_selected(self) -> None:
        """Request deleting the selected label."""
        row = self.table.currentRow()
        if 0 <= row < len(self._labels):
            self.delete_requested.emit(self._labels[row].name)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        old = self._labels[item.row()]
        text = item.text().strip()
        field = ("name", "key", "colour", "description")[item.column()]
        new = replace(old, **{field: text.upper() if field == "name" else text})
        if new != old:
            self.save_requested.emit(old.name, new)
        self.show_labels(self._labels)  # as stored; the main window refreshes after saving

    def _on_cell_double_clicked(self, row: int, column: int) -> None:
        if column != 2 or not 0 <= row < len(self._labels):
            return
        old = self._labels[row]
        chosen = QColorDialog.getColor(
            QColor(old.colour), self, self.tr("Colour of {label}").format(label=old.name)
        )
        if chosen.isValid() and chosen.name() != old.colour:
            self.save_requested.emit(old.name, replace(old, colour=chosen.name()))
