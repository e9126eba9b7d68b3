"""The article list: title, status and span counts per label, read from the repository."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from claimmark.core.articles import ArticleSummary
from claimmark.core.labels import Label
from claimmark.store import Repository

STATUS_TEXT = {"todo": "to do", "in_progress": "in progress", "done": "done"}

_Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """One row per article: title, status, then one count column per label.

    The model keeps no truth of its own: :meth:`reload` re-reads the repository.
    """

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._labels: list[Label] = repo.labels()
        self._rows: list[ArticleSummary] = repo.list_articles()

    def reload(self) -> None:
        """Re-read the articles; keeps the selection when the same articles are listed."""
        rows = self._repo.list_articles()
        if [r.id for r in rows] == [r.id for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
                )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def article_id(self, row: int) -> str:
        """Return the id of the article in ``row``."""
        return self._rows[row].id

    def row_of(self, article_id: str) -> int | None:
        """Return the row of an article, or ``None`` if it is not listed."""
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else 2 + len(self._labels)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return f"{row.title}\n{row.id}"
                return row.title or row.id
            if column == 1:
                return STATUS_TEXT.get(row.status, row.status)
            return row.span_counts.get(self._labels[column - 2].name, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData: label columns show name and colour."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "Article"
            if section == 1:
                return "Status"
            return self._labels[section - 2].name
        if role == Qt.ItemDataRole.DecorationRole and section >= 2:
            return QColor(self._labels[section - 2].colour)
        if role == Qt.ItemDataRole.ToolTipRole and section >= 2:
            label = self._labels[section - 2]
            return f"Number of {label.name} spans (key {label.key})"
        return None
