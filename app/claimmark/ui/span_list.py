"""The span list: every span of the open article in a table, sortable, a click away."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from claimmark.core.labels import Label
from claimmark.core.spans import Span

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Start", "Label", "Text", "Value", "Qualifier", "Source")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SpanListModel(QAbstractTableModel):
    """One row per span of the open article; the main window hands it the spans to show."""

    def __init__(self, labels: Sequence[Label], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spans: list[Span] = []
        self._colours = {label.name: QColor(label.colour) for label in labels}

    def set_labels(self, labels: Sequence[Label]) -> None:
        """Use the colours of this (new) label set."""
        self._colours = {label.name: QColor(label.colour) for label in labels}
        if self._spans:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._spans) - 1, 1))

    def set_spans(self, spans: Sequence[Span]) -> None:
        """Show these spans (in position order)."""
        self.beginResetModel()
        self._spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.endResetModel()

    def row_of(self, span_id: str) -> int | None:
        """Return the row of a span, or ``None``."""
        return next((i for i, s in enumerate(self._spans) if s.id == span_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        span = self._spans[index.row()]
        values = (span.start, span.label, span.text, span.value, span.qualifier, span.source)
        value = values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            # Numbers sort as numbers; the label column sorts by label, then position.
            if index.column() == 1:
                return f"{span.label}\x00{span.start:012d}"
            return value if isinstance(value, int) else (value or "")
        if role == ID_ROLE:
            return span.id
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return self._colours.get(span.label)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor("#000000")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None
