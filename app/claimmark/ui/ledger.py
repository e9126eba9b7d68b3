"""View › Claim ledger: every confirmed claim of the project, filtered, sorted, live.

The table reads a page of rows at a time from the store (as the article list
does), so a ledger of a million claims opens as fast as one of ten. A
double-click opens the article with the claim's span selected; an edit
anywhere re-reads the rows shown. Claims a source contradicts carry a flag (⚑)
and their hint as a tooltip. The table's model is in ``ui/ledger_model.py``, the
chart beside the table in ``ui/ledger_chart.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from claimmark.core.articles import iso_day
from claimmark.core.ledger import GROUPINGS
from claimmark.core.ledger import LedgerFilter
from claimmark.core.spans import QUALIFIERS
from claimmark.core.spans import qualifier_of
from claimmark.store import Repository
from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import grouped
from claimmark.ui.jobs import count_claims_job
from claimmark.ui.ledger_model import LedgerModel
from claimmark.ui.messages import plain_tooltip
from claimmark.ui.parts import Parts

SETTLE_MS = 250
"""How long typing in a filter pauses before the ledger is read again."""

Counted = Callable[[tuple[int, dict[str, str] | None]], None]
Counter = Callable[[LedgerFilter, Counted], None]
"""Starts counting the claims of a filter (and their hints) and calls back with both."""

ALL = str(QT_TRANSLATE_NOOP("ledger", "All"))
"""The filters' choice of every label or qualifier (shown translated)."""


class LedgerWindow(QDialog):
    """The claim ledger's window: filters above, the table and the chart side by side.

    Attributes:
        model: the claims shown.
        table: the table of them.
        label, qualifier: the label and qualifier filters (``All`` for any).
        source, outlet, text: parts of names and words to look for (any case).
        since, until: the days the articles' dates must lie between.
        count: how many claims pass, and how many have a hint.
        chart: the chart of values over time, if the plotting library is there.
    """

    def __init__(
        self,
        repo: Repository,
        labels: list[str],
        go_to: Callable[[str, str], None],
        count: Counter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._count = count
        self.setWindowTitle(self.tr("Claim ledger"))
        self.resize(1100, 600)
        self._go_to = go_to
        self.model = LedgerModel(repo, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((28, 90, 90, 80, 220, 80, 80, 140, 200, 80)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)

        self.label = QComboBox()
        self._all = QCoreApplication.translate("ledger", ALL)
        self.label.addItems([self._all, *labels])
        self.qualifier = QComboBox()
        self.qualifier.addItems([self._all, *QUALIFIERS])
        self.source, self.outlet, self.text = QLineEdit(), QLineEdit(), QLineEdit()
        self.since, self.until = QLineEdit(), QLineEdit()
        for edit, hint in ((self.since, "2024-10-01"), (self.until, "2024-12-31")):
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(110)
        self.source.setPlaceholderText(self.tr("part of a name"))
        self.outlet.setPlaceholderText(self.tr("part of a name"))
        self.text.setPlaceholderText(self.tr("words of the claim"))

        filters = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("&Label"), self.label)
        left.addRow(self.tr("&Qualifier"), self.qualifier)
        left.addRow(self.tr("&Words"), self.text)
        # Grouped: the groups and their claims in a list beside the table; choosing
        # one shows its claims only.
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("Nothing"), None)
        for name in GROUPINGS:
            self.group_by.addItem(QCoreApplication.translate("ledger", name.capitalize()), name)
        self.groups = QListWidget()
        self.groups.setVisible(False)
        self.groups.setMaximumWidth(220)
        self.groups.currentRowChanged.connect(self._on_group_chosen)
        self._group: tuple[str, str | None] | None = None
        self._group_values: list[str | None] = []
        left.addRow(self.tr("&Group by"), self.group_by)
        right.addRow(self.tr("&Source"), self.source)
        right.addRow(self.tr("&Outlet"), self.outlet)
        days = QHBoxLayout()
        days.addWidget(self.since)
        days.addWidget(QLabel(self.tr("to")))
        days.addWidget(self.until)
        days.addStretch(1)
        published = QLabel(self.tr("&Published"))
        published.setBuddy(self.since)  # a row of a layout has no buddy of its own
        right.addRow(published, days)
        filters.addLayout(left, 1)
        filters.addLayout(right, 1)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)

        self.chart = _chart(self.model)
        self._split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.groups)
        split.addWidget(self.table)
        if self.chart is not None:
            split.addWidget(self.chart)
            split.setSizes([0, 640, 460])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        # Typing in a filter re-reads once the typing pauses, not at every key.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_grouping)
        for box in (self.label, self.qualifier):
            box.currentIndexChanged.connect(self._on_grouping)
        for edit in (self.source, self.outlet, self.text, self.since, self.until):
            edit.textChanged.connect(self._settle.start)
        self.group_by.currentIndexChanged.connect(self._on_grouping)
        self.model.modelReset.connect(self._count_again)
        self._count_again()

    def _count_again(self) -> None:
        """Count the claims the filter lets through, and look for hints, in a job."""
        self.count.setText(
            self.tr("{claims} shown; counting…").format(claims=self._claims(self.model.rowCount()))
        )
        ledger = self.model.ledger

        def counted_up(result: tuple[int, dict[str, str] | None]) -> None:
            if not isValid(self):  # the window went while the job counted
                return
            total, hints = result
            self.model.set_counted(ledger, total, hints or {})
            if ledger == self.model.ledger:
                self._say_count(total, hints)

        self._count(ledger, counted_up)

    def apply(self) -> None:
        """Show the claims the filters let through (days that do not read are ignored,
        and shown in red)."""
        days: list[str | None] = []
        for edit in (self.since, self.until):
            given = edit.text().strip()
            try:
                days.append(iso_day(given) if given else None)
                edit.setStyleSheet("")
            except ValueError as why:
                days.append(None)
                edit.setStyleSheet("color: #b00020")
                edit.setToolTip(plain_tooltip(str(why)))
        label, qualifier = self.label.currentText(), self.qualifier.currentText()
        self.model.set_filter(
            LedgerFilter(
                labels=None if label == self._all else frozenset({label}),
                qualifier=None if qualifier == self._all else qualifier_of(qualifier),
                source=self.source.text().strip() or None,
                outlet=self.outlet.text().strip() or None,
                text=self.text.text().strip() or None,
                since=days[0],
                until=days[1],
                group=self._group,
            )
        )

    def _say_count(self, total: int, hints: dict[str, str] | None) -> None:
        text = self._claims(total)
        if hints is None:
            text += self.tr("; hints not looked for in so many (claimmark ledger --conflicts)")
        elif hints:
            text += self.tr(", {claims} with a hint (⚑)").format(claims=self._claims(len(hints)))
        self.count.setText(text)

    def _claims(self, number: int) -> str:
        return counted_in(number, self.tr("{n} claim"), self.tr("{n} claims"))

    def _on_grouping(self) -> None:
        """Filter or group anew: every group's claims again, the groups listed again."""
        self._group = None
        self.apply()
        self._list_groups()

    def _list_groups(self) -> None:
        """List the groups of the claims the other filters let through, most first."""
        by = self.group_by.currentData()
        self.groups.setVisible(by is not None)
        sizes = self._split.sizes()
        if by is not None and sizes[0] == 0:  # the list opens beside the table, not on it
            self._split.setSizes([180, max(sizes[1] - 180, 200), *sizes[2:]])
        self.groups.blockSignals(True)  # filling the list is not the user choosing
        try:
            self.groups.clear()
            if by is None:
                return
            ledger = replace(self.model.ledger, group=None)
            found = self.model.groups(ledger, by)
            self.groups.addItem(self.tr("All ({n})").format(n=grouped(sum(n for _, n in found))))
            self._group_values = []
            for value, n in found:
                self.groups.addItem(f"{value if value is not None else f'no {by}'} ({n:,})")
                self._group_values.append(value)
            self.groups.setCurrentRow(0)
        finally:
            self.groups.blockSignals(False)

    def _on_group_chosen(self, row: int) -> None:
        by = self.group_by.currentData()
        if by is None or row < 0:
            return
        self._group = None if row == 0 else (by, self._group_values[row - 1])
        self.apply()

    def _open_current(self) -> None:
        self._open(self.table.currentIndex())

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        claim = self.model.claim(index.row())
        if claim is not None:
            self._go_to(claim.article_id, claim.span_id)


def _chart(model: LedgerModel) -> QWidget | None:
    """Return the chart of the ledger's values over time (``None`` without pyqtgraph)."""
    try:
        from claimmark.ui.ledger_chart import LedgerChart
    except ImportError:
        return None
    return LedgerChart(model)


class ClaimLedger(QObject):
    """The window part that shows the ledger, and keeps it in step with every edit.

    Attributes:
        window: the ledger's window, once opened.
    """

    def __init__(
        self,
        parts: Parts,
        go_to: Callable[[str, str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parts = parts
        self._go_to = go_to
        self._parent = parent
        self.window: LedgerWindow | None = None
        # Edits in a row (marks, an Accept all) re-read the ledger once, after them:
        # on a large project each re-read starts a count of every claim.
        self._after_edits = QTimer(self)
        self._after_edits.setSingleShot(True)
        self._after_edits.setInterval(SETTLE_MS)
        self._after_edits.timeout.connect(self._refresh)
        parts.events.spans_changed.connect(self._changed)
        parts.events.articles_changed.connect(self._changed)
        parts.events.labels_changed.connect(self._changed)

    def declared_actions(self) -> list[Declared]:
        """Return the action of showing the ledger."""
        return [
            Declared(ActionSpec("ledger", self.tr("&Claim ledger"), (),
                                self.tr("Every confirmed claim, by source and date, with a chart"),
                                everywhere=False, menu=("&View", 36)), self.show),
        ]  # fmt: skip

    def show(self) -> LedgerWindow:
        """Show the ledger (not modal: the window stays usable beside it)."""
        if self.window is None:
            labels = [label.name for label in self._parts.labels.labels]
            self.window = LedgerWindow(
                self._parts.project.repo, labels, self._go_to, self._count, self._parent
            )
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def _count(self, ledger: LedgerFilter, done: Counted) -> None:
        job = count_claims_job(self._parts.project, ledger)
        self._parts.jobs.launch(
            job,
            done,
            lambda why: messages.warning(self.tr("Claims not counted: {why}").format(why=why)),
        )

    def _changed(self, *_: object) -> None:
        if self.window is not None and self.window.isVisible():
            self._after_edits.start()

    def _refresh(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.model.refresh()
