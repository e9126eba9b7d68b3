"""The span list: every span of the open article in a table, sortable, a click away."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QWidget

from claimmark.core.labels import Label
from claimmark.core.spans import QUALIFIERS
from claimmark.core.spans import Span
from claimmark.project.annotating import ArticleState
from claimmark.ui.label_set import LabelSet
from claimmark.ui.messages import plain_tooltip
from claimmark.ui.open_article import OpenArticle

_Index = QModelIndex | QPersistentModelIndex


class _Reversed:
    """A sort key that orders the other way round (for a table sorted descending)."""

    __slots__ = ("key",)

    def __init__(self, key: tuple[object, ...]) -> None:
        self.key = key

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.key < self.key)


# The label and the words first: in a narrow panel they are what shows, the rest a
# scroll away. Start (the position) is last; the rows are in its order by default.
COLUMNS: tuple[str, ...] = tuple(
    str(name)  # English, the columns' names in the code; translated when shown
    for name in (
        QT_TRANSLATE_NOOP("columns", "Label"),
        QT_TRANSLATE_NOOP("columns", "Text"),
        QT_TRANSLATE_NOOP("columns", "Value"),
        QT_TRANSLATE_NOOP("columns", "Qualifier"),
        QT_TRANSLATE_NOOP("columns", "Source"),
        QT_TRANSLATE_NOOP("columns", "Annotator"),
        QT_TRANSLATE_NOOP("columns", "Start"),
    )
)
LABEL_COLUMN, TEXT_COLUMN, VALUE_COLUMN, _, SOURCE_COLUMN, ANNOTATOR_COLUMN, START_COLUMN = range(
    len(COLUMNS)
)
TEXT_CHARACTERS = 30
"""The widest the Text column starts, in average characters (the user can widen it)."""


def _cells(span: Span) -> tuple[object, ...]:
    """Return what each column shows of ``span``, in the order of COLUMNS."""
    return (
        span.label, span.text, span.value, span.qualifier, span.source, span.annotator, span.start
    )  # fmt: skip


SOURCE_CHARACTERS = 40
"""The widest the Source column starts, in average characters (longer ones are cut, whole
in the tooltip)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SpanListModel(QAbstractTableModel):
    """One row per span of the open article; the main window hands it the spans to show."""

    def __init__(self, labels: Sequence[Label], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spans: list[Span] = []
        self._column = START_COLUMN
        self._descending = False
        self._colours = {label.name: QColor(label.colour) for label in labels}

    def set_labels(self, labels: Sequence[Label]) -> None:
        """Use the colours of this (new) label set."""
        self._colours = {label.name: QColor(label.colour) for label in labels}
        if self._spans:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._spans) - 1, 1))

    def set_spans(self, spans: Sequence[Span]) -> None:
        """Show these spans, in the order the user sorted the table by."""
        self.beginResetModel()
        self._spans = sorted(spans, key=self._key, reverse=self._descending)
        self.endResetModel()

    def change_spans(
        self, old: Sequence[Span], new: Sequence[Span], removed: list[Span], added: list[Span]
    ) -> None:
        """Show ``new`` instead of ``old``, which differ by ``removed`` and ``added``, taking
        out and putting in only those rows (sorting 20,000 rows again took 25 ms)."""
        if len(removed) + len(added) > 50 or len(old) != len(self._spans):
            self.set_spans(new)
            return
        for span in removed:
            row = self.row_of(span.id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._spans[row]
                self.endRemoveRows()
        for span in added:
            row = bisect_right(self._spans, self._ranked(span), key=self._ranked)
            self.beginInsertRows(QModelIndex(), row, row)
            self._spans.insert(row, span)
            self.endInsertRows()

    def _ranked(self, span: Span) -> _Reversed | tuple[object, ...]:
        key = self._key(span)
        return _Reversed(key) if self._descending else key

    def _key(self, span: Span) -> tuple[object, ...]:
        # Numbers sort as numbers and empty cells first; the label column sorts by
        # label, then position. Every key ends with the position, so ties stay in order.
        value = _cells(span)[self._column]
        if self._column == LABEL_COLUMN:
            return (span.label, span.start)
        return (value is not None, value if value is not None else 0, span.start)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractItemModel::sort: sort the spans in Python, without a proxy.

        A sorting proxy asks ``data()`` for every row at every reset: for 5,000 spans
        that took 0.6 s after each edit.
        """
        self.layoutAboutToBeChanged.emit()
        self._column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._spans.sort(key=self._key, reverse=self._descending)
        self.layoutChanged.emit()

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
        value = _cells(span)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == ID_ROLE:
            return span.id
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.column() in (TEXT_COLUMN, SOURCE_COLUMN)
            and value
        ):
            return plain_tooltip(str(value))  # the whole text where the cell cuts it
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == LABEL_COLUMN:
            return self._colours.get(span.label)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == LABEL_COLUMN:
            return QColor("#000000")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel::headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", COLUMNS[section])
        return None


class SpanTable(QTableView):
    """The open article's spans in a sortable table; a click or Enter selects one in the text.

    Signals:
        span_chosen(span_id): the user chose a span in the table.
    """

    span_chosen = Signal(str)

    def __init__(self, model: OpenArticle, labels: LabelSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open = model
        self._labels = labels
        self.spans = SpanListModel(labels.labels, self)
        self.setModel(self.spans)
        self.setSortingEnabled(True)
        self.sortByColumn(START_COLUMN, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(False)  # one line a span, cut with an ellipsis, whole in the tooltip
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        # Columns are as wide as what they hold, measured from the font (reading
        # every row's size hint is slow); the last one takes what room is left.
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_columns([])
        self.clicked.connect(self._on_chosen)
        self.activated.connect(self._on_chosen)
        model.opened.connect(self._show_spans)
        model.changed.connect(self._on_changed)
        labels.changed.connect(self._on_labels_changed)

    def _on_labels_changed(self) -> None:
        self.spans.set_labels(self._labels.labels)
        self._fit_columns(self._open.spans)

    def _show_spans(self) -> None:
        self.spans.set_spans(self._open.spans)
        self._fit_columns(self._open.spans)

    def column_width_wanted(self, column: int, spans: Sequence[Span]) -> int:
        """Return the width ``column`` needs for its heading and for what ``spans`` put in it."""
        text = self.fontMetrics()
        heading = self.horizontalHeader().fontMetrics()
        # The heading leaves room for the sort arrow; a cell for its margins.
        widths = [
            heading.horizontalAdvance(QCoreApplication.translate("columns", COLUMNS[column]))
            + 2 * heading.height()
        ]
        article = self._open.article
        name = COLUMNS[column]
        if name == "Start":
            values = ["0" * len(str(len(article.text) if article else 0))]
        elif name == "Text":
            longest = max((s.text for s in spans), key=len, default="")
            values = [longest[:TEXT_CHARACTERS]]
        elif name == "Label":
            values = [label.name for label in self._labels.labels]
        elif name == "Value":
            values = [
                "0" * max((len(str(s.value)) for s in spans if s.value is not None), default=1)
            ]
        elif name == "Qualifier":
            values = list(QUALIFIERS)
        elif name == "Annotator":
            values = [max((s.annotator for s in spans), key=len, default="")]
        else:  # Source
            longest = max((s.source for s in spans if s.source), key=len, default="")
            values = [longest[:SOURCE_CHARACTERS]]
        padding = 2 * text.averageCharWidth()
        widths += [text.horizontalAdvance(value) + padding for value in values]
        return max(widths)

    def _fit_columns(self, spans: Sequence[Span]) -> None:
        for column in range(len(COLUMNS)):
            self.setColumnWidth(column, self.column_width_wanted(column, spans))

    def _on_changed(self, old: ArticleState, new: ArticleState) -> None:
        gone, came = self._open.changes(old, new)
        removed = [i for i in gone if isinstance(i, Span)]
        added = [i for i in came if isinstance(i, Span)]
        if removed or added:  # a status or a suggestion changed: nothing to redo
            self.spans.change_spans(old.spans, new.spans, removed, added)
            self._widen_for(added)

    def _widen_for(self, spans: Sequence[Span]) -> None:
        """Widen the columns a new value or source does not fit in (they never narrow while
        the article is open, so the table does not twitch as spans come and go)."""
        for column in (TEXT_COLUMN, VALUE_COLUMN, SOURCE_COLUMN, ANNOTATOR_COLUMN):
            wanted = self.column_width_wanted(column, spans)
            if wanted > self.columnWidth(column):
                self.setColumnWidth(column, wanted)

    def _on_chosen(self, index: QModelIndex) -> None:
        self.span_chosen.emit(index.data(ID_ROLE))
