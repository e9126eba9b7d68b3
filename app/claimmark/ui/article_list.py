"""The article list: title, status and span counts per label, read from the repository."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimmark.core.articles import ArticleSummary, Status
from claimmark.core.labels import Label
from claimmark.store import Repository
from claimmark.ui.label_set import LabelSet
from claimmark.ui.messages import plain_tooltip
from claimmark.ui.signals import signals_blocked


def status_icon(status: str) -> QIcon:
    """Return the list icon of a status: an empty circle, a half-filled one, a check mark."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if status == "done":
        painter.setBrush(QBrush(QColor("#2e7d32")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(0, 0, 14, 14)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawPolyline(QPolygonF([QPointF(3.5, 7.5), QPointF(6, 10), QPointF(10.5, 4)]))
    elif status == "in_progress":
        painter.setPen(QPen(QColor("#b26a00"), 1.5))
        painter.drawEllipse(1, 1, 12, 12)
        painter.setBrush(QBrush(QColor("#f0a202")))
        painter.drawPie(1, 1, 12, 12, 90 * 16, 180 * 16)
    else:
        painter.setPen(QPen(QColor("#8a8a8a"), 1.5))
        painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


_Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
LABELS_ROLE = Qt.ItemDataRole.UserRole + 2


class ArticleListModel(QAbstractTableModel):
    """One row per article: title, status, then one count column per label.

    The model keeps no truth of its own: :meth:`reload` re-reads the repository.
    """

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._labels: list[Label] = repo.labels()
        self._rows: list[ArticleSummary] = repo.list_articles()

    def set_labels(self, labels: list[Label]) -> None:
        """Show one count column per label of this (new) label set."""
        self.beginResetModel()
        self._labels = list(labels)
        self._rows = self._repo.list_articles()
        self.endResetModel()

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

    def status_of(self, article_id: str) -> Status | None:
        """Return an article's status as listed, or ``None`` if it is not listed."""
        return next((r.status for r in self._rows if r.id == article_id), None)

    def progress(self) -> tuple[int, int]:
        """Return (articles done, articles in all)."""
        return sum(r.status == "done" for r in self._rows), len(self._rows)

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
                    return plain_tooltip(f"{row.title}\n{row.id}")
                return row.title or row.id
            if column == 1:
                return row.status.words
            return row.span_counts.get(self._labels[column - 2].name, 0)
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return status_icon(row.status)
        if role == STATUS_ROLE:
            return row.status
        if role == LABELS_ROLE:
            return {label for label, n in row.span_counts.items() if n}
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


class ArticleFilter(QSortFilterProxyModel):
    """Shows the articles of one status and/or with spans of one label."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._label: str | None = None

    def set_status(self, status: str | None) -> None:
        """Show only articles with this status (``None``: any)."""
        self._refilter(lambda: setattr(self, "_status", status))

    def set_label(self, label: str | None) -> None:
        """Show only articles with at least one span of this label (``None``: any)."""
        self._refilter(lambda: setattr(self, "_label", label))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.9 added begin/endFilterChange and deprecated invalidateRowsFilter;
        # the dependency range still admits 6.8.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Override QSortFilterProxyModel::filterAcceptsRow."""
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._status is not None and index.data(STATUS_ROLE) != self._status:
            return False
        return self._label is None or self._label in index.data(LABELS_ROLE)


class ArticlesPanel(QWidget):
    """The article list with its status and label filters, and the progress bar under it."""

    def __init__(self, repo: Repository, labels: LabelSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self.model = ArticleListModel(repo, self)
        self.listed = ArticleFilter(self)
        self.listed.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.listed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", None)
        for status in Status:
            self.status_filter.addItem(status.words, status)
        self.status_filter.setToolTip("Show only the articles with this status")
        self.label_filter = QComboBox()
        self.label_filter.setToolTip("Show only the articles with spans of this label")
        self.status_filter.currentIndexChanged.connect(
            lambda: self.listed.set_status(self.status_filter.currentData())
        )
        self.label_filter.currentIndexChanged.connect(
            lambda: self.listed.set_label(self.label_filter.currentData())
        )
        self.progress = QProgressBar()
        self.progress.setToolTip("Articles marked done (Ctrl+Enter marks the open one)")
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.label_filter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.progress)
        labels.changed.connect(self._on_labels_changed)
        self._on_labels_changed()
        self.update_progress()

    def reload(self) -> None:
        """Re-read the articles (after statuses or spans changed) and the progress."""
        self.model.reload()
        self.update_progress()

    def update_progress(self) -> None:
        """Show how many articles are done, of all."""
        done, total = self.model.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} of {total} done")

    def _on_labels_changed(self) -> None:
        self.model.set_labels(self._labels.labels)
        chosen = self.label_filter.currentData()
        with signals_blocked(self.label_filter):
            self.label_filter.clear()
            self.label_filter.addItem("Any labels", None)
            for label in self._labels.labels:
                self.label_filter.addItem(f"with {label.name}", label.name)
            self.label_filter.setCurrentIndex(max(self.label_filter.findData(chosen), 0))
        self.listed.set_label(self.label_filter.currentData())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
