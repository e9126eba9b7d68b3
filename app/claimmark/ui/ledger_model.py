"""The claim ledger's table model: the claims a filter lets through, a page at a time.

The ledger window (``ui/ledger.py``) shows it in its table and the chart
(``ui/ledger_chart.py``) reads its filter's days and values from it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt

from claimmark.core.ledger import Claim
from claimmark.core.ledger import LedgerFilter
from claimmark.store import Repository
from claimmark.store.ledger import Place
from claimmark.ui.i18n import grouped
from claimmark.ui.messages import plain_tooltip

PAGE = 200
"""Rows read from the store at a time."""

COLUMNS: tuple[tuple[str, str], ...] = (
    ("hint", "⚑"),
    ("published", str(QT_TRANSLATE_NOOP("ledger", "Date"))),
    ("outlet", str(QT_TRANSLATE_NOOP("ledger", "Outlet"))),
    ("label", str(QT_TRANSLATE_NOOP("ledger", "Label"))),
    ("text", str(QT_TRANSLATE_NOOP("ledger", "Claim"))),
    ("value", str(QT_TRANSLATE_NOOP("ledger", "Value"))),
    ("qualifier", str(QT_TRANSLATE_NOOP("ledger", "Qualifier"))),
    ("source", str(QT_TRANSLATE_NOOP("ledger", "Source"))),
    ("title", str(QT_TRANSLATE_NOOP("ledger", "Article"))),
    ("annotator", str(QT_TRANSLATE_NOOP("ledger", "Annotator"))),
    ("status", str(QT_TRANSLATE_NOOP("ledger", "Status"))),
)
"""The table's columns: the claim's field each shows, and its heading."""


class LedgerModel(QAbstractTableModel):
    """The claims a filter lets through, read a page at a time as the table scrolls.

    In the ledger's own order a page continues where the last ended (the store
    walks its indexes: milliseconds wherever it is); sorted by a column, pages are
    read by offset from a sorted query. The total and the hints come later, from
    a job (``set_counted``): counting a million claims takes a good part of a second.

    Attributes:
        ledger: the filter in force.
        hints: the hint of each flagged claim in it, by span id (once counted).
        total: how many claims the filter lets through, once counted.
    """

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self.ledger = LedgerFilter()
        self.hints: dict[str, str] = {}
        self.total: int | None = None
        self._rows: list[Claim] = []
        self._after: Place | None = None
        self._more = False
        self._sort: str | None = None
        self._descending = False
        self.reload()

    def set_filter(self, ledger: LedgerFilter) -> None:
        """Show the claims ``ledger`` lets through."""
        self.ledger = ledger
        self.reload()

    def reload(self) -> None:
        """Read the first page again; the total and hints are to be counted again."""
        self.beginResetModel()
        self._rows, self._after, self._more = [], None, True
        self.total = None
        self._rows = self._read_page()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the rows after an edit (a claim may have come, gone or changed)."""
        shown = len(self._rows)
        self.reload()
        while self._more and len(self._rows) < shown:  # keep the rows the user scrolled to
            self.fetchMore(QModelIndex())

    def set_counted(self, ledger: LedgerFilter, total: int, hints: dict[str, str]) -> None:
        """Take the total and the hints a job counted, if for the filter still in force."""
        if ledger != self.ledger:
            return
        self.total, self.hints = total, hints
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def _read_page(self) -> list[Claim]:
        """Return the page after the rows read so far (and note whether more follow)."""
        if self._sort is None:
            page, self._after = self._repo.claims_after(self.ledger, self._after, PAGE)
            self._more = self._after is not None
        else:
            page = self._repo.claim_page(
                self.ledger, len(self._rows), PAGE, self._sort, self._descending
            )
            self._more = len(page) == PAGE
        return page

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Override QAbstractTableModel::canFetchMore: until the last page is read."""
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        """Override QAbstractTableModel::fetchMore: read the next page."""
        if parent.isValid() or not self._more:
            return
        first = len(self._rows)
        page = self._read_page()  # read before telling the view what comes
        if page:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def claim(self, row: int) -> Claim | None:
        """Return the claim shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel::rowCount: the claims read so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel::columnCount."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractTableModel::headerData: the column headings."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ledger", COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractTableModel::data: a claim's field, its hint as a tooltip."""
        claim = self.claim(index.row())
        if claim is None:
            return None
        name = COLUMNS[index.column()][0]
        hint = self.hints.get(claim.span_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "hint":
                return "⚑" if hint else ""
            value = getattr(claim, name)
            if name == "value" and value is not None:
                return grouped(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and hint:
            return plain_tooltip(hint)
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def dated_values(self, most: int) -> list[Claim]:
        """Return up to ``most`` claims of the filter that have a day and a value, the
        first by day (one read: the store walks the days in order)."""
        return self._repo.claims_after(replace(self.ledger, charted=True), None, most)[0]

    def groups(self, ledger: LedgerFilter, by: str) -> list[tuple[str | None, int]]:
        """Return the groups of ``ledger``'s claims by a column, with their claims."""
        return self._repo.claim_groups(ledger, by)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractTableModel::sort: the store sorts, the model re-reads pages."""
        # -1: no column (the ledger's own order); the flag column has no order of its own
        name = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "hint"
        self._sort = None if name == "hint" else name
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
