"""The article list: title, status and span counts per label, read from the repository."""

from __future__ import annotations

import functools
import logging
from collections import OrderedDict
from collections.abc import Callable
from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush
from PySide6.QtGui import QColor
from PySide6.QtGui import QIcon
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QPixmap
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QProgressBar
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.articles import ArticleSummary
from claimmark.core.articles import Listing
from claimmark.core.articles import Status
from claimmark.core.errors import ClaimmarkError
from claimmark.core.errors import NotFoundError
from claimmark.core.labels import Label
from claimmark.store import Repository
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import status_text
from claimmark.ui.label_set import LabelSet
from claimmark.ui.messages import plain_tooltip
from claimmark.ui.signals import signals_blocked


@functools.cache
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


log = logging.getLogger("claimmark")
_Index = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200
"""Rows read from the store at a time: the list holds the pages on screen, not the corpus."""
_PAGES_KEPT = 20


def _status_words(row: ArticleSummary) -> str:
    """Return a row's status as words, with how many annotators finished it (a team's
    everyone layer)."""
    if row.finished_by is None:
        return status_text(row.status)
    finished = counted_in(
        row.finished_by,
        QCoreApplication.translate("ArticleListModel", "finished by {n} annotator"),
        QCoreApplication.translate("ArticleListModel", "finished by {n} annotators"),
    )
    return f"{status_text(row.status)} · {finished}"


class ArticleListModel(QAbstractTableModel):
    """One row per article of the listing: title, status, then a count column per label.

    The model keeps no truth of its own. It counts the articles with one indexed
    query and reads the rows a page at a time as the view asks for them, so a
    corpus of any size opens at once; a change to one article re-reads that row.
    """

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._labels: list[Label] = repo.labels()
        self._listing = Listing()
        self._count = repo.count_articles(self._listing)
        self._pages: OrderedDict[int, list[ArticleSummary]] = OrderedDict()

    @property
    def repo(self) -> Repository:
        """Return the store the rows come from."""
        return self._repo

    @property
    def listing(self) -> Listing:
        """Return which articles are listed."""
        return self._listing

    def set_labels(self, labels: list[Label]) -> None:
        """Show one count column per label of this (new) label set."""
        self.beginResetModel()
        self._labels = list(labels)
        self._read_again()
        self.endResetModel()

    def set_listing(self, listing: Listing) -> None:
        """List the articles of a status and/or with a label's spans (or all)."""
        if listing == self._listing:
            return
        self.beginResetModel()
        self._listing = listing
        self._read_again()
        self.endResetModel()

    def reload(self) -> None:
        """Re-read the listing (articles were added, or another program wrote).

        The view keeps its selection and scroll position when the number of rows
        stays the same.
        """
        count = self._repo.count_articles(self._listing)
        if count != self._count:
            self.beginResetModel()
            self._read_again()
            self.endResetModel()
            return
        self._pages.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, self.columnCount() - 1))

    def refresh_article(
        self, article_id: str, counts: Mapping[str, int] | None = None
    ) -> tuple[Status, Status] | None:
        """Re-read one article's row after its status or spans changed (``counts``: its
        spans per label, where the caller knows them); return its status before and
        after, if its row was read again in place (``None``: it was not on a page read).

        Under a filter the article may enter or leave the listing, so the
        listing is counted again; otherwise only its row is read and repainted.
        """
        if self._listing.filtered:
            self.reload()
            return None
        for page, rows in self._pages.items():
            for offset, summary in enumerate(rows):
                if summary.id == article_id:
                    try:
                        rows[offset] = self._repo.article_summary(
                            article_id, self._listing.annotator, counts
                        )
                    except NotFoundError:
                        self.reload()
                        return None
                    row = page * PAGE_ROWS + offset
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, self.columnCount() - 1)
                    )
                    return summary.status, rows[offset].status
        return None

    def _read_again(self) -> None:
        self._count = self._repo.count_articles(self._listing)
        self._pages.clear()

    def _summary(self, row: int) -> ArticleSummary | None:
        page = row // PAGE_ROWS
        rows = self._pages.get(page)
        if rows is None:
            try:
                rows = self._repo.article_page(self._listing, page * PAGE_ROWS, PAGE_ROWS)
            except ClaimmarkError as error:
                # Painting must not fail: the rows stay blank until the store answers
                # (the change watcher reloads the list then).
                log.warning("article list: %s", error)
                return None
            self._pages[page] = rows
            if len(self._pages) > _PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE_ROWS
        return rows[offset] if offset < len(rows) else None

    def article_id(self, row: int) -> str:
        """Return the id of the article in ``row``."""
        summary = self._summary(row)
        if summary is None:
            raise IndexError(row)
        return summary.id

    def row_of(self, article_id: str) -> int | None:
        """Return the row of an article, or ``None`` if it is not listed."""
        row = self._repo.row_in(self._listing, article_id)
        return row if row is not None and row < self._count else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Override QAbstractItemModel::rowCount."""
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Override QAbstractItemModel::columnCount."""
        return 0 if parent.isValid() else 2 + len(self._labels)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel::data."""
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleTextRole,
        ):  # fmt: skip
            return None
        row = self._summary(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return plain_tooltip(f"{row.title}\n{row.id}")
                return row.title or row.id
            if column == 1:
                # The icon alone in the cell: the word took the title's room.
                return _status_words(row) if role == Qt.ItemDataRole.ToolTipRole else ""
            return row.span_counts.get(self._labels[column - 2].name, 0)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _status_words(row) if column == 1 else None
        if column == 1:
            return status_icon(row.status)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData: label columns show name and colour."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Article")
            if section == 1:
                return ""  # the status icons need no heading wider than themselves
            # The label's key, with its colour: the names took the title's room.
            return self._labels[section - 2].key
        if role == Qt.ItemDataRole.DecorationRole and section >= 2:
            return QColor(self._labels[section - 2].colour)
        if role == Qt.ItemDataRole.ToolTipRole and section == 1:
            return self.tr("Status: ○ to do, ◐ in progress, ✓ done")
        if role == Qt.ItemDataRole.ToolTipRole and section >= 2:
            label = self._labels[section - 2]
            return self.tr("Number of {label} spans (key {key})").format(
                label=label.name, key=label.key
            )
        return None


class ArticlesPanel(QWidget):
    """The article list with its status and label filters, and the progress bar under it."""

    def __init__(self, repo: Repository, labels: LabelSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layer: str | None = None  # whose spans the counts are
        self.known_counts: Callable[[str, str | None], Mapping[str, int] | None] | None = None
        """Where an article's spans per label in a layer may be known without the store
        (the open article's): ``None``, or ``None`` from it, asks the store."""
        self._labels = labels
        self._repo = repo
        self._counts: dict[Status, int] | None = None  # articles by status, as last counted
        self._finished: int | None = None  # finished by an annotator (everyone's layer)
        self.model = ArticleListModel(repo, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # Every row has the same height: the view need not ask each row for its size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_text(status), status)
        # Every status's icon is drawn once the window is up, not in the key that first
        # changes a status: the first drawing of each also makes PySide's enum types and
        # took 6 ms of the first mark of a session.
        QTimer.singleShot(0, lambda: [status_icon(status.value) for status in Status])
        self.status_filter.setToolTip(self.tr("Show only the articles with this status"))
        self.label_filter = QComboBox()
        self.label_filter.setToolTip(self.tr("Show only the articles with spans of this label"))
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.label_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.progress = QProgressBar()
        self.progress.setToolTip(self.tr("Articles marked done (Ctrl+Enter marks the open one)"))
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
        """Re-read the articles (after articles were added) and the progress."""
        self.model.reload()
        self.update_progress()

    def refresh_article(self, article_id: str, status: bool = True) -> None:
        """Re-read one article's row (its spans or status changed); only a status change
        (``status``) moves the progress bar."""
        known = self.known_counts(article_id, self._layer) if self.known_counts else None
        moved = self.model.refresh_article(article_id, known)
        if not status:
            return
        if moved is None or self._counts is None or self._finished is not None:
            self.update_progress()
            return
        # One article's status moved, as its row shows: the counts follow it, without
        # counting every article's status again (5 ms a key on 100,000 articles).
        before, after = moved
        if self._counts[before] < 1:  # the counts are older than the row: count again
            self.update_progress()
            return
        self._counts[before] -= 1
        self._counts[after] += 1
        self._show_progress()

    def update_progress(self) -> None:
        """Show how many articles are done, of all, in the layer shown: an annotator's
        own statuses in theirs; in everyone's, also how many an annotator finished."""
        self._counts = self._repo.status_counts(self._layer)
        self._finished = (
            self._repo.finished_by_annotators()
            if self._layer is None and self._repo.has_annotator_statuses()
            else None
        )
        self._show_progress()

    def _show_progress(self) -> None:
        counts = self._counts or dict.fromkeys(Status, 0)
        done, total = counts[Status.DONE], sum(counts.values())
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        text = self.tr("{done} of {total} done").format(done=done, total=total)
        if self._finished is not None:
            text += self.tr(" · {n} finished by annotators").format(n=self._finished)
        self.progress.setFormat(text)

    def _on_labels_changed(self) -> None:
        self.model.set_labels(self._labels.labels)
        chosen = self.label_filter.currentData()
        with signals_blocked(self.label_filter):
            self.label_filter.clear()
            self.label_filter.addItem(self.tr("Any labels"), None)
            for label in self._labels.labels:
                self.label_filter.addItem(
                    self.tr("with {label}").format(label=label.name), label.name
                )
            self.label_filter.setCurrentIndex(max(self.label_filter.findData(chosen), 0))
        self._on_filter_changed()
        # Widths from the font, not ResizeToContents: that reads a thousand rows
        # each time one row changes, which a large project feels on every edit.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        status_width = max(self.table.iconSize().width(), 16) + 2 * metrics.averageCharWidth() + 8
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, status_width)
        for column in range(2, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance("0000") + 16)

    def _on_filter_changed(self) -> None:
        self.model.set_listing(
            Listing(self.status_filter.currentData(), self.label_filter.currentData(), self._layer)
        )

    def set_layer(self, annotator: str | None) -> None:
        """Count (and filter by label) only ``annotator``'s spans; ``None``: everyone's."""
        self._layer = annotator
        self._on_filter_changed()
        self.update_progress()
