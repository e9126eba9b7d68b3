"""The main window: wiring of the article list, the article view, actions, menus and status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPixmap,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from claimmark.core.detect import Detector, store_form
from claimmark.core.labels import Label, label_problems
from claimmark.core.search import SearchHit
from claimmark.core.spans import Span, make_span, move_edge, same_label_overlap, snap_to_words
from claimmark.core.suggestions import StoredSuggestion
from claimmark.formats.options import ExportOptions, ExportReport
from claimmark.formats.reading import ReadResult
from claimmark.store import ImportSummary, NotFoundError, Repository, StoreError
from claimmark.ui import messages
from claimmark.ui.article_list import STATUS_TEXT, ArticleFilter, ArticleListModel
from claimmark.ui.article_view import ArticleView
from claimmark.ui.attributes_panel import AttributesPanel
from claimmark.ui.commands import (
    AcceptSuggestions,
    DeleteLabel,
    DeleteSpan,
    EditSpan,
    EditSuggestion,
    MarkSpan,
    RejectSuggestion,
    RelabelSpan,
    SaveLabel,
    SetStatus,
)
from claimmark.ui.export_dialog import ExportDialog
from claimmark.ui.guidelines import GuidelinesView
from claimmark.ui.import_dialog import ImportDialog
from claimmark.ui.labels_dialog import LabelsDialog
from claimmark.ui.legend import LegendWidget
from claimmark.ui.search_panel import SearchPanel
from claimmark.ui.settings import settings
from claimmark.ui.shortcuts import ShortcutsDialog
from claimmark.ui.span_list import ID_ROLE, SORT_ROLE, SpanListModel
from claimmark.ui.store_events import StoreEvents
from claimmark.ui.workers import DetectJob, ExportJob, ImportJob, Job


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


# Longer articles are searched for claims in a pool thread: at the measured
# 2.4 MB/s, 200,000 characters take about 80 ms, which the window may block for.
DETECT_IN_PLACE_CHARACTERS = 200_000


class MainWindow(QMainWindow):
    """The annotation window over one repository.

    Attributes:
        repo: the store every action writes to.
        annotator: the name stored on every span made here.
        detector: proposes suggestions for articles it has not seen (None: no detection).
        events: signals emitted after each write; views re-read on them.
        undo_stack: every user action, undoable.
    """

    export_done = Signal(object)
    import_done = Signal(object)
    detect_done = Signal(str)

    def __init__(
        self,
        repo: Repository,
        annotator: str,
        detector: Detector | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.annotator = annotator
        self.detector = detector
        self._jobs: list[Job] = []  # running jobs, kept alive until they end
        self.labels: list[Label] = repo.labels()
        self.events = StoreEvents(self)
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(f"Claimmark — {Path(repo.path).name}")
        self.resize(1280, 800)

        self.view = ArticleView()
        self.view.set_labels(self.labels)
        self.article_title = QLabel()
        self.article_title.setWordWrap(True)
        self.article_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.article_title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.article_title.setFont(title_font)
        self.article_meta = QLabel()
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.article_title)
        column.addWidget(self.article_meta)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.article_model = ArticleListModel(repo, self)
        self.article_filter = ArticleFilter(self)
        self.article_filter.setSourceModel(self.article_model)
        self.article_table = self._build_article_table()
        self.attributes = AttributesPanel(self.labels)
        self._build_docks()
        self._build_actions()
        self._build_menus_and_toolbar()
        self.labels_dialog: LabelsDialog | None = None
        self._install_label_actions()
        self._resize_article_columns()
        self.saved_to = QLabel(f"Annotator: {annotator}   ·   Saved to {repo.path}")
        self.saved_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.saved_to)

        self.events.spans_changed.connect(self._on_spans_changed)
        self.events.articles_changed.connect(self._on_articles_changed)
        self.events.labels_changed.connect(self._on_labels_changed)
        self.view.item_selected.connect(self._on_item_selected)
        self.view.edge_dragged.connect(self._on_edge_dragged)
        self.attributes.edited.connect(self._on_attributes_edited)
        self.view.selectionChanged.connect(self._update_actions)
        self.article_table.selectionModel().currentRowChanged.connect(self._on_article_row_changed)
        messages.bridge.shown.connect(self._on_message)
        self._shown_once = False
        self._update_progress()
        self._update_actions()

    # Building -------------------------------------------------------------

    def _build_article_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.article_filter)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        return table

    def _build_docks(self) -> None:
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", None)
        for status, text in STATUS_TEXT.items():
            self.status_filter.addItem(text, status)
        self.status_filter.setToolTip("Show only the articles with this status")
        self.label_filter = QComboBox()
        self._fill_label_filter()
        self.label_filter.setToolTip("Show only the articles with spans of this label")
        self.status_filter.currentIndexChanged.connect(
            lambda: self.article_filter.set_status(self.status_filter.currentData())
        )
        self.label_filter.currentIndexChanged.connect(
            lambda: self.article_filter.set_label(self.label_filter.currentData())
        )
        self.progress = QProgressBar()
        self.progress.setToolTip("Articles marked done (Ctrl+Enter marks the open one)")
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.label_filter)
        articles_panel = QWidget()
        articles_column = QVBoxLayout(articles_panel)
        articles_column.setContentsMargins(0, 0, 0, 0)
        articles_column.addLayout(filters)
        articles_column.addWidget(self.article_table, 1)
        articles_column.addWidget(self.progress)
        articles = QDockWidget("Articles", self)
        articles.setObjectName("articles-dock")
        articles.setWidget(articles_panel)
        articles.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, articles)

        side = QWidget()
        layout = QVBoxLayout(side)
        labels_box = QGroupBox("Labels")
        self.labels_box = labels_box
        self.legend = LegendWidget(self.labels)
        QVBoxLayout(labels_box).addWidget(self.legend)
        span_box = QGroupBox("Selected span or suggestion")
        QVBoxLayout(span_box).addWidget(self.attributes)
        layout.addWidget(labels_box)
        layout.addWidget(span_box, 1)
        details = QDockWidget("Details", self)
        details.setObjectName("details-dock")
        details.setWidget(side)
        details.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, details)
        self.search_panel = SearchPanel(self._search)
        self.search_panel.hit_chosen.connect(self._on_hit_chosen)
        self.search_dock = QDockWidget("Search", self)
        self.search_dock.setObjectName("search-dock")
        self.search_dock.setWidget(self.search_panel)
        self.search_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.splitDockWidget(articles, self.search_dock, Qt.Orientation.Vertical)
        self.span_model = SpanListModel(self.labels, self)
        self.span_sorter = QSortFilterProxyModel(self)
        self.span_sorter.setSourceModel(self.span_model)
        self.span_sorter.setSortRole(SORT_ROLE)
        self.span_table = QTableView()
        self.span_table.setModel(self.span_sorter)
        self.span_table.setSortingEnabled(True)
        self.span_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.span_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.span_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.span_table.verticalHeader().hide()
        self.span_table.horizontalHeader().setStretchLastSection(True)
        self.span_table.clicked.connect(self._on_span_row_clicked)
        self.span_table.activated.connect(self._on_span_row_clicked)
        self.spans_dock = QDockWidget("Spans", self)
        self.spans_dock.setObjectName("spans-dock")
        self.spans_dock.setWidget(self.span_table)
        self.spans_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.spans_dock)
        self.guidelines_dock = QDockWidget("Guidelines", self)
        self.guidelines_dock.setObjectName("guidelines-dock")
        self.guidelines_dock.setWidget(GuidelinesView())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.guidelines_dock)
        self.details_dock = details
        # One tab group only: with two, Qt 6.11 drew a second, stale tab bar of the
        # later group over the status bar.
        self.resizeDocks([articles, details], [440, 330], Qt.Orientation.Horizontal)
        self.resizeDocks([articles, self.search_dock], [520, 220], Qt.Orientation.Vertical)
        self.tabifyDockWidget(details, self.spans_dock)
        self.tabifyDockWidget(details, self.guidelines_dock)

    def _fill_label_filter(self) -> None:
        chosen = self.label_filter.currentData()
        self.label_filter.blockSignals(True)
        try:
            self.label_filter.clear()
            self.label_filter.addItem("Any labels", None)
            for label in self.labels:
                self.label_filter.addItem(f"with {label.name}", label.name)
            index = self.label_filter.findData(chosen)
            self.label_filter.setCurrentIndex(max(index, 0))
        finally:
            self.label_filter.blockSignals(False)
        self.article_filter.set_label(self.label_filter.currentData())

    def _resize_article_columns(self) -> None:
        header = self.article_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.article_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _build_actions(self) -> None:
        # Filled from the label set by _install_label_actions, again whenever it changes.
        self.mark_actions: dict[str, QAction] = {}
        self.relabel_menu = QMenu("Change label to", self)
        self.relabel_actions: dict[str, QAction] = {}
        self.labels_action = QAction("&Labels…", self)
        self.labels_action.setToolTip("Add, rename, recolour, re-key or delete labels")
        self.labels_action.triggered.connect(self.show_labels_dialog)
        self.accept_action = QAction("&Accept suggestion", self)
        self.accept_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence("A")]
        )
        self.accept_action.setToolTip("Accept the selected suggestion as a span (Enter or A)")
        self.accept_action.triggered.connect(self.accept_suggestion)
        self.reject_action = QAction("&Reject suggestion", self)
        self.reject_action.setShortcuts([QKeySequence("X"), QKeySequence(Qt.Key.Key_Backspace)])
        self.reject_action.setToolTip("Reject the selected suggestion (X or Backspace)")
        self.reject_action.triggered.connect(self.reject_suggestion)
        self.accept_all_action = QAction("Accept &all suggestions", self)
        self.accept_all_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.accept_all_action.setToolTip("Accept every suggestion of this article (Ctrl+Shift+A)")
        self.accept_all_action.triggered.connect(self.accept_all_suggestions)
        self.next_suggestion_action = QAction("&Next suggestion", self)
        self.next_suggestion_action.setShortcut(QKeySequence(Qt.Key.Key_Tab))
        self.next_suggestion_action.triggered.connect(
            lambda: self._go_to_suggestion(backwards=False)
        )
        self.previous_suggestion_action = QAction("&Previous suggestion", self)
        # Shift+Tab reaches Qt as Backtab, with or without the Shift modifier.
        self.previous_suggestion_action.setShortcuts(
            [
                QKeySequence(Qt.Key.Key_Backtab),
                QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Backtab),
            ]
        )
        self.previous_suggestion_action.triggered.connect(
            lambda: self._go_to_suggestion(backwards=True)
        )
        self.detect_action = QAction("&Detect claims again", self)
        self.detect_action.setToolTip(
            "Run the claim detector on this article again; rejected suggestions stay rejected"
        )
        self.detect_action.triggered.connect(self.detect_again)
        for action in (
            self.accept_action,
            self.reject_action,
            self.accept_all_action,
            self.next_suggestion_action,
            self.previous_suggestion_action,
        ):
            self.addAction(action)
        self.done_action = QAction("Mark article &done", self)
        self.done_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.done_action.setToolTip("Mark the article done, or back to in progress (Ctrl+Enter)")
        self.done_action.triggered.connect(self.toggle_done)
        self.next_article_action = QAction("Next article", self)
        self.next_article_action.setShortcuts([QKeySequence("Alt+Down"), QKeySequence("J")])
        self.next_article_action.triggered.connect(lambda: self.go_to_article(1))
        self.previous_article_action = QAction("Previous article", self)
        self.previous_article_action.setShortcuts([QKeySequence("Alt+Up"), QKeySequence("K")])
        self.previous_article_action.triggered.connect(lambda: self.go_to_article(-1))
        self.next_unfinished_action = QAction("Next unfinished article", self)
        self.next_unfinished_action.setShortcuts([QKeySequence("Alt+N"), QKeySequence("N")])
        self.next_unfinished_action.triggered.connect(self.go_to_unfinished)
        self.next_item_action = QAction("Next span or suggestion", self)
        self.next_item_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.next_item_action.triggered.connect(lambda: self.go_to_item(1))
        self.previous_item_action = QAction("Previous span or suggestion", self)
        self.previous_item_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.previous_item_action.triggered.connect(lambda: self.go_to_item(-1))
        for action in (
            self.done_action,
            self.next_article_action,
            self.previous_article_action,
            self.next_unfinished_action,
            self.next_item_action,
            self.previous_item_action,
        ):
            self.addAction(action)
        self.edge_actions: list[QAction] = []
        for text, keys, edge, step in (
            ("End one word right", "Shift+Alt+Right", "end", 1),
            ("End one word left", "Shift+Alt+Left", "end", -1),
            ("Start one word left", "Ctrl+Shift+Alt+Left", "start", -1),
            ("Start one word right", "Ctrl+Shift+Alt+Right", "start", 1),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(f"Move the selected span's {edge} one word ({keys})")
            action.triggered.connect(
                lambda _=False, edge=edge, step=step: self.move_selected_edge(edge, step)
            )
            self.addAction(action)
            self.edge_actions.append(action)
        self.delete_action = QAction("Delete span", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected_span)
        self.addAction(self.delete_action)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.import_action = QAction("&Import…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_dialog)
        self.export_action = QAction("&Export…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_dialog)
        self.search_action = QAction("&Search all articles", self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)
        self.zoom_in_action = QAction("Zoom &in", self)
        self.zoom_in_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_in_action.triggered.connect(lambda: self.zoom(1))
        self.zoom_out_action = QAction("Zoom &out", self)
        self.zoom_out_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.zoom(-1))
        self.zoom_reset_action = QAction("&Normal size", self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.zoom(0))
        self.guidelines_action = QAction("&Guidelines", self)
        self.guidelines_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guidelines_action.setToolTip("Show the annotation guidelines; F1 again goes back")
        self.guidelines_action.triggered.connect(self.toggle_guidelines)
        self.addAction(self.guidelines_action)
        self.shortcuts_action = QAction("&Keyboard shortcuts", self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.annotator_action = QAction("Your &name…", self)
        self.annotator_action.setToolTip("The name stored on every span you make")
        self.annotator_action.triggered.connect(self.ask_annotator)
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            self.addAction(action)
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def _build_menus_and_toolbar(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self._edit_menu_mark_anchor = edit_menu.addSeparator()  # mark actions go before it
        self.edit_menu = edit_menu
        edit_menu.addAction(self.delete_action)
        edit_menu.addMenu(self.relabel_menu)
        boundaries = edit_menu.addMenu("Span &boundaries")
        for action in self.edge_actions:
            boundaries.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.labels_action)
        edit_menu.addAction(self.annotator_action)
        view_menu = self.menuBar().addMenu("&View")
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        go_menu = self.menuBar().addMenu("&Go")
        for action in (
            self.next_article_action,
            self.previous_article_action,
            self.next_unfinished_action,
            self.next_item_action,
            self.previous_item_action,
        ):
            go_menu.addAction(action)
        go_menu.addSeparator()
        go_menu.addAction(self.search_action)
        go_menu.addSeparator()
        go_menu.addAction(self.done_action)
        suggestions_menu = self.menuBar().addMenu("&Suggestions")
        for action in (
            self.accept_action,
            self.reject_action,
            self.accept_all_action,
            self.next_suggestion_action,
            self.previous_suggestion_action,
        ):
            suggestions_menu.addAction(action)
        suggestions_menu.addSeparator()
        suggestions_menu.addAction(self.detect_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.guidelines_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        about = help_menu.addAction("&About Claimmark")
        about.triggered.connect(self._show_about)

        toolbar = QToolBar("Annotate", self)
        toolbar.setObjectName("annotate-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toolbar_mark_anchor = toolbar.addSeparator()  # mark actions go before it
        self.toolbar = toolbar
        toolbar.addAction(self.accept_action)
        toolbar.addAction(self.reject_action)
        toolbar.addAction(self.accept_all_action)
        toolbar.addSeparator()
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.done_action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        self.addToolBar(toolbar)

    # Labels ---------------------------------------------------------------

    def _install_label_actions(self) -> None:
        """Make the mark and change-label actions of the current label set (again)."""
        for action in [*self.mark_actions.values(), *self.relabel_actions.values()]:
            self.toolbar.removeAction(action)
            self.edit_menu.removeAction(action)
            self.relabel_menu.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        self.mark_actions = {}
        self.relabel_actions = {}
        for label in self.labels:
            mark = QAction(_swatch(label.colour), f"Mark {label.name}", self)
            mark.setShortcut(QKeySequence(label.key))
            mark.setToolTip(f"Mark the selected text {label.name} ({label.key})")
            mark.triggered.connect(lambda _=False, name=label.name: self.mark(name))
            self.addAction(mark)
            self.toolbar.insertAction(self._toolbar_mark_anchor, mark)
            self.edit_menu.insertAction(self._edit_menu_mark_anchor, mark)
            self.mark_actions[label.name] = mark
            relabel = QAction(_swatch(label.colour), label.name, self)
            relabel.triggered.connect(lambda _=False, name=label.name: self.relabel(name))
            self.relabel_menu.addAction(relabel)
            self.relabel_actions[label.name] = relabel
        self.view.set_context_actions(
            [
                self.accept_action,
                self.reject_action,
                None,
                *self.mark_actions.values(),
                None,
                self.delete_action,
                self.relabel_menu,
            ]
        )

    def _on_labels_changed(self) -> None:
        """Show the new label set everywhere: actions, legend, list, filter, panels, text."""
        self.labels = self.repo.labels()
        self._install_label_actions()
        self.view.set_labels(self.labels)
        self.view.highlighter.rehighlight()
        self.article_model.set_labels(self.labels)
        self._resize_article_columns()
        self._fill_label_filter()
        old_legend = self.legend
        self.legend = LegendWidget(self.labels)
        self.labels_box.layout().replaceWidget(old_legend, self.legend)
        old_legend.deleteLater()
        self.attributes.set_labels(self.labels)
        self.span_model.set_labels(self.labels)
        if self.view.article is not None:
            self._on_spans_changed(self.view.article.id)
        if self.labels_dialog is not None:
            self.labels_dialog.show_labels(self.labels)
        self._update_actions()

    def show_labels_dialog(self) -> LabelsDialog:
        """Open the Labels dialog (not modal: the window stays usable)."""
        if self.labels_dialog is None:
            self.labels_dialog = LabelsDialog(self.labels, self)
            self.labels_dialog.save_requested.connect(self.save_label)
            self.labels_dialog.delete_requested.connect(self.delete_label)
        self.labels_dialog.show()
        self.labels_dialog.raise_()
        return self.labels_dialog

    def save_label(self, old_name: str, label: Label) -> None:
        """Add a label (``old_name`` empty) or change one, if it is valid."""
        old = next((lb for lb in self.labels if lb.name == old_name), None)
        others = [lb for lb in self.labels if old is None or lb.name != old.name]
        problems = label_problems(label, others)
        if problems:
            messages.warning(f"Label not saved: {'; '.join(problems)}.")
            return
        self.undo_stack.push(SaveLabel(self.repo, self.events, old, label))
        messages.info(f"Label {label.name} saved.")

    def delete_label(self, name: str) -> None:
        """Delete a label; if spans or suggestions carry it, ask first."""
        spans, suggestions = self.repo.label_use(name)
        if spans or suggestions:
            answer = QMessageBox.question(
                self,
                "Delete label",
                f"{spans} span(s) and {suggestions} suggestion(s) carry {name}. Delete the "
                "label and all of them? (Edit › Undo brings them back.)",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo_stack.push(DeleteLabel(self.repo, self.events, name))
        messages.info(f"Label {name} deleted. Ctrl+Z brings it back.")

    # Articles -------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        """Show an article and select it in the list."""
        try:
            article = self.repo.article(article_id)
            if self.detector is not None and not self.repo.is_detected(article_id):
                if len(article.text) <= DETECT_IN_PLACE_CHARACTERS or self.repo.path == ":memory:":
                    self._detect(article.id, article.text)
                else:
                    self._detect_in_background(article.id)
            spans = self.repo.spans_for(article_id)
            suggestions = self.repo.suggestions_for(article_id)
        except NotFoundError:
            messages.warning(f"There is no article with id {article_id}.")
            return
        except StoreError as error:
            messages.error(str(error))
            return
        self.view.show_article(article, spans, suggestions)
        self.span_model.set_spans(spans)
        self._show_article_header()
        self._select_in_list(article_id)
        self.view.setFocus()
        self._update_actions()

    def _detect(self, article_id: str, text: str) -> int:
        """Run the detector on one article and store its suggestions; return how many are new."""
        assert self.detector is not None
        found = self.detector.detect(text)
        return self.repo.store_suggestions(
            article_id, [store_form(article_id, text, f) for f in found]
        )

    def _detect_in_background(self, article_id: str) -> None:
        """Detect a long article's claims in a pool thread; they appear when found."""
        assert self.detector is not None
        if any(isinstance(j, DetectJob) and j.article_id == article_id for j in self._jobs):
            return
        job = DetectJob(self.repo.path, self.detector, article_id)
        job.finished.connect(lambda result: self._on_detected(job, result))
        job.failed.connect(lambda message: self._on_detect_failed(job, message))
        self._jobs.append(job)
        messages.info("Looking for claims in this long article…")
        job.start()

    def _on_detected(self, job: DetectJob, result: tuple[str, int]) -> None:
        article_id, added = result
        self._jobs.remove(job)
        self.events.spans_changed.emit(article_id)
        messages.info(f"Found {added} suggestion(s).")
        self.detect_done.emit(article_id)

    def _on_detect_failed(self, job: DetectJob, message: str) -> None:
        self._jobs.remove(job)
        messages.error(message)
        self.detect_done.emit(job.article_id)

    def detect_again(self) -> None:
        """Run the detector on the open article again (after a lexicon change, say)."""
        article = self.view.article
        if article is None or self.detector is None:
            return
        try:
            added = self._detect(article.id, article.text)
        except StoreError as error:
            messages.error(str(error))
            return
        self.events.spans_changed.emit(article.id)
        messages.info(f"Detector ran again: {added} new suggestion(s).")

    def _select_in_list(self, article_id: str) -> None:
        row = self.article_model.row_of(article_id)
        selection = self.article_table.selectionModel()
        index = (
            self.article_filter.mapFromSource(self.article_model.index(row, 0))
            if row is not None
            else QModelIndex()
        )
        selection.blockSignals(True)
        try:
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.article_table.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            selection.blockSignals(False)

    def _listed_ids(self) -> list[str]:
        """Return the ids of the articles the list shows now (filters applied), in order."""
        return [
            self.article_model.article_id(
                self.article_filter.mapToSource(self.article_filter.index(row, 0)).row()
            )
            for row in range(self.article_filter.rowCount())
        ]

    def open_first_article(self) -> None:
        """Show the first article of the list, if there is one."""
        listed = self._listed_ids()
        if listed:
            self.open_article(listed[0])

    def go_to_article(self, step: int) -> None:
        """Open the next (``step`` 1) or previous (-1) article of the list as shown."""
        listed = self._listed_ids()
        if not listed:
            return
        current = self.view.article.id if self.view.article else None
        position = listed.index(current) if current in listed else -step
        target = position + step
        if 0 <= target < len(listed):
            self.open_article(listed[target])
        else:
            messages.info("This is the last article." if step > 0 else "This is the first article.")

    def go_to_unfinished(self) -> None:
        """Open the next article after this one that is not done (wrapping round)."""
        listed = self._listed_ids()
        current = self.view.article.id if self.view.article else None
        start = listed.index(current) + 1 if current in listed else 0
        for article_id in listed[start:] + listed[:start]:
            if article_id != current and self.article_model.status_of(article_id) != "done":
                self.open_article(article_id)
                return
        messages.info("Every other article is done.")

    def go_to_item(self, step: int) -> None:
        """Select the next (1) or previous (-1) span or suggestion after the cursor."""
        items = sorted([*self.view.spans, *self.view.suggestions], key=lambda i: (i.start, i.end))
        if not items:
            messages.info("This article has no spans or suggestions yet.")
            return
        current = self.view.selected
        here = current.start if current else self.view.textCursor().position()
        ahead = [i for i in items if (i.start > here if step > 0 else i.start < here)]
        if current is None and step > 0:
            ahead = [i for i in items if i.start >= here]
        target = (ahead[0] if step > 0 else ahead[-1]) if ahead else items[0 if step > 0 else -1]
        self.view.select_item(target.id)

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected to type over."""
        self.search_dock.show()
        self.search_panel.field.setFocus()
        self.search_panel.field.selectAll()

    def _search(self, query: str) -> list[SearchHit]:
        try:
            return self.repo.search(query)
        except StoreError as error:
            messages.error(str(error))
            return []

    def _on_hit_chosen(self, hit: SearchHit) -> None:
        """Open the hit's article with the hit selected, ready to mark with 1, 2 or 3."""
        if self.view.article is None or self.view.article.id != hit.article_id:
            self.open_article(hit.article_id)
        self.view.select_range(hit.start, hit.end)
        self.view.ensureCursorVisible()
        self.view.setFocus()

    def toggle_done(self) -> None:
        """Mark the open article done; if it is done already, back to in progress."""
        article = self.view.article
        if article is None:
            return
        old = self.article_model.status_of(article.id) or article.status
        new = "in_progress" if old == "done" else "done"
        self.undo_stack.push(SetStatus(self.repo, self.events, article.id, old, new))
        if new == "done":
            done, total = self.article_model.progress()
            messages.info(f"Article done: {done} of {total} done. N goes to the next unfinished.")

    def _push_edit(self, command: QUndoCommand) -> None:
        """Push an edit of the open article; its first edit also marks it in progress.

        Both go into one undo step, so undoing the first edit makes it "to do" again.
        """
        article = self.view.article
        status = self.article_model.status_of(article.id) if article else None
        if article is None or status != "todo":
            self.undo_stack.push(command)
            return
        self.undo_stack.beginMacro(command.text())
        self.undo_stack.push(SetStatus(self.repo, self.events, article.id, "todo", "in_progress"))
        self.undo_stack.push(command)
        self.undo_stack.endMacro()

    def _show_article_header(self) -> None:
        article = self.view.article
        if article is None:
            self.article_title.setText("No article")
            self.article_meta.setText("Import .txt files with File › Import.")
            return
        counts: dict[str, int] = {}
        for span in self.view.spans:
            counts[span.label] = counts.get(span.label, 0) + 1
        parts = [f"{counts.get(label.name, 0)} {label.name}" for label in self.labels]
        current = self.article_model.status_of(article.id) or article.status
        status = STATUS_TEXT.get(current, current)
        pending = len(self.view.suggestions)
        self.article_title.setText(article.title or article.id)
        self.article_meta.setText(
            f"{article.id}   ·   {status}   ·   {', '.join(parts)}   ·   "
            f"{pending} suggestion{'s' if pending != 1 else ''} to review"
        )

    def _on_article_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            source = self.article_filter.mapToSource(current)
            self.open_article(self.article_model.article_id(source.row()))

    # Span actions ---------------------------------------------------------

    def mark(self, label: str) -> None:
        """Mark the selected text with ``label``: trimmed, snapped to words, saved at once."""
        article = self.view.article
        key = next((lb.key for lb in self.labels if lb.name == label), "?")
        if article is None:
            messages.warning("Open an article first.")
            return
        selected = self.view.selection_range()
        if selected is None:
            if self.view.selected is not None:
                self.relabel(label)  # a label key on a span or suggestion changes its label
                return
            messages.warning(f"Select the words of a claim first, then press {key}.")
            return
        snapped = snap_to_words(article.text, *selected)
        if snapped is None:
            messages.warning("The selection holds no word to mark.")
            return
        start, end = snapped
        clash = same_label_overlap(self.view.spans, start, end, label)
        if clash is not None:
            messages.warning(
                f"Not marked: '{article.text[start:end]}' overlaps the {label} span "
                f"'{clash.text}'. Spans of the same label cannot overlap."
            )
            return
        span = make_span(article.id, article.text, start, end, label, self.annotator)
        self._push_edit(MarkSpan(self.repo, self.events, span))
        if any(s.id == span.id for s in self.view.spans):
            self.view.select_span(span.id)
            messages.info(f"Marked {label} '{span.text}' — saved.")

    def delete_selected_span(self) -> None:
        """Delete the selected span."""
        span = self.view.selected_span
        if span is None:
            messages.warning("Click a span first to delete it.")
            return
        self._push_edit(DeleteSpan(self.repo, self.events, span))
        messages.info(f"Deleted {span.label} '{span.text}' — saved. Ctrl+Z brings it back.")

    def relabel(self, label: str) -> None:
        """Give the selected span, or the selected suggestion, another label."""
        item = self.view.selected
        if item is None or item.label == label:
            return
        if isinstance(item, StoredSuggestion):
            self._push_edit(
                EditSuggestion(self.repo, self.events, item, replace(item, label=label))
            )
            self.view.select_item(item.id)
            messages.info(f"Suggestion '{item.text}' is now {label}: Enter accepts it.")
            return
        clash = same_label_overlap(
            [s for s in self.view.spans if s.id != item.id], item.start, item.end, label
        )
        if clash is not None:
            messages.warning(
                f"Not changed: '{item.text}' would overlap the {label} span '{clash.text}'."
            )
            return
        self._push_edit(RelabelSpan(self.repo, self.events, item, label))
        self.view.select_span(item.id)
        messages.info(f"'{item.text}' is now {label} — saved.")

    def move_selected_edge(self, edge: str, step: int) -> None:
        """Move the selected span's (or suggestion's) start or end one word left or right."""
        item = self.view.selected
        article = self.view.article
        if item is None or article is None:
            messages.warning("Select a span first, then move its start or end.")
            return
        moved = move_edge(article.text, item.start, item.end, edge, step)
        if moved is None:
            messages.warning(f"The {edge} of '{item.text}' cannot move further that way.")
            return
        self.set_bounds(item, *moved)

    def _on_edge_dragged(self, item_id: str, start: int, end: int) -> None:
        item = self.view.selected
        if item is not None and item.id == item_id:
            self.set_bounds(item, start, end)

    def set_bounds(self, item: Span | StoredSuggestion, start: int, end: int) -> None:
        """Give a span or suggestion new bounds (keeping its id and attributes), undoably."""
        article = self.view.article
        assert article is not None
        new = replace(item, start=start, end=end, text=article.text[start:end])
        if isinstance(new, StoredSuggestion):
            assert isinstance(item, StoredSuggestion)
            self._push_edit(EditSuggestion(self.repo, self.events, item, new))
        else:
            assert isinstance(item, Span)
            clash = same_label_overlap(
                [s for s in self.view.spans if s.id != item.id], start, end, item.label
            )
            if clash is not None:
                messages.warning(
                    f"Not moved: '{new.text}' would overlap the {item.label} span '{clash.text}'."
                )
                return
            self._push_edit(EditSpan(self.repo, self.events, item, new))
        self.view.select_item(item.id)
        messages.info(f"Now '{new.text}' — saved.")

    # Suggestions ----------------------------------------------------------

    def _span_from(self, suggestion: StoredSuggestion) -> Span:
        article = self.view.article
        assert article is not None
        return replace(
            make_span(
                article.id,
                article.text,
                suggestion.start,
                suggestion.end,
                suggestion.label,
                self.annotator,
                origin="detector",
            ),
            value=suggestion.value,
            qualifier=suggestion.qualifier,
            source=suggestion.source,
        )

    def accept_suggestion(self) -> None:
        """Accept the selected suggestion: it becomes a span; the next one is selected."""
        suggestion = self.view.selected_suggestion
        if suggestion is None:
            messages.warning("Select a suggestion first (click it, or press Tab).")
            return
        clash = same_label_overlap(
            self.view.spans, suggestion.start, suggestion.end, suggestion.label
        )
        if clash is not None:
            messages.warning(
                f"Not accepted: '{suggestion.text}' overlaps the {suggestion.label} span "
                f"'{clash.text}'. Reject it (X) or change its label."
            )
            return
        self._push_edit(
            AcceptSuggestions(self.repo, self.events, [(suggestion, self._span_from(suggestion))])
        )
        messages.info(f"Accepted {suggestion.label} '{suggestion.text}' — saved.")
        self._after_review(suggestion)

    def reject_suggestion(self) -> None:
        """Reject the selected suggestion; it will not be proposed again."""
        suggestion = self.view.selected_suggestion
        if suggestion is None:
            messages.warning("Select a suggestion first (click it, or press Tab).")
            return
        self._push_edit(RejectSuggestion(self.repo, self.events, suggestion))
        messages.info(f"Rejected {suggestion.label} '{suggestion.text}'.")
        self._after_review(suggestion)

    def accept_all_suggestions(self) -> None:
        """Accept every pending suggestion of the article that overlaps no span of its label."""
        taken: list[Span] = list(self.view.spans)
        accepted: list[tuple[StoredSuggestion, Span]] = []
        for suggestion in self.view.suggestions:
            if same_label_overlap(taken, suggestion.start, suggestion.end, suggestion.label):
                continue
            span = self._span_from(suggestion)
            taken.append(span)
            accepted.append((suggestion, span))
        left = len(self.view.suggestions) - len(accepted)
        if not accepted:
            messages.warning(
                "No suggestion to accept."
                if not left
                else (f"All {left} suggestions overlap spans of their label.")
            )
            return
        self._push_edit(AcceptSuggestions(self.repo, self.events, accepted))
        text = f"Accepted {len(accepted)} suggestion(s) — saved."
        if left:
            text += f" {left} overlap spans of their label and stay to review."
        messages.info(text)

    def _after_review(self, reviewed: StoredSuggestion) -> None:
        """Move on to the next suggestion after the one just reviewed, as annotators expect."""
        after = [s for s in self.view.suggestions if s.start >= reviewed.start]
        following = after[0] if after else (self.view.suggestions or [None])[0]
        if following is not None:
            self.view.select_item(following.id)

    def _go_to_suggestion(self, backwards: bool) -> None:
        if self.view.select_next_suggestion(backwards=backwards) is None:
            messages.info("No suggestions to review in this article.")

    def _on_attributes_edited(self, item: Span | StoredSuggestion) -> None:
        current = self.view.selected
        if current is None or current.id != item.id:
            return
        if isinstance(item, StoredSuggestion):
            assert isinstance(current, StoredSuggestion)
            self._push_edit(EditSuggestion(self.repo, self.events, current, item))
        else:
            assert isinstance(current, Span)
            if item.label != current.label and same_label_overlap(
                [s for s in self.view.spans if s.id != item.id], item.start, item.end, item.label
            ):
                messages.warning(f"Not changed: '{item.text}' would overlap a {item.label} span.")
                self.attributes.show_item(current)
                return
            self._push_edit(EditSpan(self.repo, self.events, current, item))
        self.view.select_item(item.id)
        messages.info(f"Saved the attributes of '{item.text}'.")

    def _on_spans_changed(self, article_id: str) -> None:
        if self.view.article is not None and self.view.article.id == article_id:
            self.view.update_items(
                self.repo.spans_for(article_id), self.repo.suggestions_for(article_id)
            )
            self._show_article_header()
            self.span_model.set_spans(self.view.spans)
            self.attributes.show_item(self.view.selected)
        self.article_model.reload()

    def _on_articles_changed(self) -> None:
        self.article_model.reload()
        self._update_progress()
        if self.view.article is None:
            self.open_first_article()
        else:
            self._show_article_header()
            self._select_in_list(self.view.article.id)

    def _update_progress(self) -> None:
        done, total = self.article_model.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} of {total} done")

    def _on_span_row_clicked(self, index: QModelIndex) -> None:
        self.view.select_item(index.data(ID_ROLE))
        self.view.setFocus()

    def _on_item_selected(self, _item_id: str) -> None:
        item = self.view.selected
        if item is not None:
            self.attributes.set_known_sources(self.repo.sources())
        self.attributes.show_item(item)
        if item is not None:
            kind = "suggestion" if isinstance(item, StoredSuggestion) else "span"
            self.statusBar().showMessage(
                f"{item.label} {kind}: '{item.text}' ({item.start}–{item.end})"
            )
        self._update_actions()

    def _update_actions(self) -> None:
        item = self.view.selected
        span = self.view.selected_span
        suggestion = self.view.selected_suggestion
        has_selection = self.view.textCursor().hasSelection()
        for action in self.mark_actions.values():
            action.setEnabled(self.view.article is not None)
        self.delete_action.setEnabled(span is not None)
        self.delete_action.setText(
            f"Delete span '{span.text}'" if span is not None else "Delete span"
        )
        self.accept_action.setEnabled(suggestion is not None)
        self.reject_action.setEnabled(suggestion is not None)
        has_suggestions = bool(self.view.suggestions)
        self.accept_all_action.setEnabled(has_suggestions)
        self.next_suggestion_action.setEnabled(has_suggestions)
        self.previous_suggestion_action.setEnabled(has_suggestions)
        self.detect_action.setEnabled(self.detector is not None and self.view.article is not None)
        self.done_action.setEnabled(self.view.article is not None)
        self.relabel_menu.setEnabled(item is not None and not has_selection)
        for name, action in self.relabel_actions.items():
            action.setEnabled(item is not None and item.label != name)

    # Files ----------------------------------------------------------------

    def export_dialog(self) -> None:
        """Ask how to export, then export in the background with a progress bar."""
        dialog = ExportDialog(self.labels, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.export_to(
            dialog.path(), dialog.format_name, dialog.options(), dialog.suggestions.isChecked()
        )

    def export_to(
        self,
        path: Path,
        format_name: str,
        options: ExportOptions | None = None,
        suggestions: bool = False,
    ) -> ExportJob:
        """Export to ``path`` in a pool thread; a progress dialog can cancel it.

        The job opens its own connection (an in-memory database, which has no
        other, is exported in this thread). ``export_done`` is emitted at the end.
        """
        job = ExportJob(self.repo.path, format_name, path, options or ExportOptions(), suggestions)
        self._launch(job, "Export", f"Exporting to {path}…", self._on_export_finished)
        return job

    def _launch(
        self,
        job: Job,
        title: str,
        label: str,
        on_finished: Callable[[Any, Any, QProgressDialog], None],
    ) -> None:
        """Run a job with a progress dialog whose Cancel stops it.

        An in-memory database has no other connection, so its jobs run in this thread.
        """
        progress = QProgressDialog(label, "Cancel", 0, 0, self)
        progress.setWindowTitle(title)
        progress.setMinimumDuration(500)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(lambda done, total: (progress.setMaximum(total),
                                                    progress.setValue(done)))  # fmt: skip
        job.finished.connect(lambda result: on_finished(job, result, progress))
        job.failed.connect(lambda message: self._on_job_failed(job, message, progress))
        self._jobs.append(job)
        if self.repo.path == ":memory:":
            job.run()
        else:
            job.start()

    def _on_export_finished(
        self, job: ExportJob, report: ExportReport, progress: QProgressDialog
    ) -> None:
        progress.close()
        text = (
            f"Exported {report.spans} spans of {report.articles} articles "
            f"as {job.format_name} to {job.path}."
        )
        if report.problems:
            details = "\n".join(str(p) for p in report.problems[:20])
            messages.warning(f"{text} {len(report.problems)} span(s) need a look:\n{details}")
        else:
            messages.info(text)
        self._jobs.remove(job)
        self.export_done.emit(report)

    def _on_job_failed(self, job: Job, message: str, progress: QProgressDialog) -> None:
        progress.close()
        messages.error(message)
        self._jobs.remove(job)
        (self.export_done if isinstance(job, ExportJob) else self.import_done).emit(None)

    def import_dialog(self) -> None:
        """Ask what to import (files, folders, format, policies) and import it."""
        dialog = ImportDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.paths():
            return
        self.import_files(
            dialog.paths(), dialog.format_name, dialog.duplicate_policy, dialog.label_policy
        )

    def import_files(
        self,
        paths: list[Path],
        format_name: str | None = None,
        on_duplicate: str = "skip",
        unknown_labels: str = "add",
    ) -> ImportJob:
        """Import files and folders in a pool thread; report what was added and refused.

        ``import_done`` is emitted at the end (an in-memory database imports in
        this thread, as no other connection can see it).
        """
        job = ImportJob(self.repo.path, paths, format_name, on_duplicate, unknown_labels)
        self._launch(job, "Import", "Importing…", self._on_import_finished)
        return job

    def _on_import_finished(
        self,
        job: ImportJob,
        result: tuple[ReadResult, ImportSummary],
        progress: QProgressDialog,
    ) -> None:
        progress.close()
        read, summary = result
        if summary.labels_added:
            self.events.labels_changed.emit()
        self.events.articles_changed.emit()
        for article_id in summary.merged:
            self.events.spans_changed.emit(article_id)  # the open one may have new spans
        text = f"Imported {len(summary.added)} article(s) with {summary.spans} span(s)"
        if summary.skipped:
            text += f", skipped {len(summary.skipped)} already present"
        if summary.labels_added:
            text += f", added label(s) {', '.join(summary.labels_added)}"
        if read.notes:
            text += f" ({'; '.join(read.notes[:3])})"
        problems = [*read.problems, *summary.problems]
        if problems:
            details = "\n".join(str(p) for p in problems[:30])
            messages.error(f"{text}; {len(problems)} problem(s):\n{details}")
        else:
            messages.info(text + ".")
        if summary.added:
            self.open_article(summary.added[0])
        self._jobs.remove(job)
        self.import_done.emit(summary)

    # Comfort --------------------------------------------------------------

    def zoom(self, step: int) -> None:
        """Make the article text larger (1), smaller (-1) or its normal size (0)."""
        if step == 0:
            self.view.set_font_size(self.view.normal_font_size)
        else:
            self.view.set_font_size(self.view.font().pointSizeF() + step)

    def guidelines_in_front(self) -> bool:
        """Return whether the guidelines can be seen (not a tab behind the span panel)."""
        # A widget in a tab behind another still reports isVisible(); its region is empty.
        return not self.guidelines_dock.widget().visibleRegion().isEmpty()

    def toggle_guidelines(self) -> None:
        """Bring the guidelines to the front, or, if they are in front, the span panel."""
        if self.guidelines_in_front():
            self.details_dock.show()
            self.details_dock.raise_()
        else:
            self.guidelines_dock.show()
            self.guidelines_dock.raise_()

    def show_shortcuts(self) -> None:
        """Show every keyboard shortcut in a window."""
        ShortcutsDialog(self.all_actions(), self).exec()

    def all_actions(self) -> list[QAction]:
        """Return every action the window offers, in menu order."""
        actions: list[QAction] = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for action in menu.actions():
                submenu = action.menu()
                actions.extend(submenu.actions() if submenu else [action])
        return [a for a in actions if not a.isSeparator()]

    def set_annotator(self, name: str) -> None:
        """Use ``name`` on every span made from now on, and remember it."""
        self.annotator = name
        settings().setValue("annotator", name)
        self.saved_to.setText(f"Annotator: {name}   ·   Saved to {self.repo.path}")

    def ask_annotator(self) -> None:
        """Ask the annotator's name."""
        name, ok = QInputDialog.getText(
            self, "Your name", "Name stored on every span you make:", text=self.annotator
        )
        if ok and name.strip():
            self.set_annotator(name.strip())
            messages.info(f"You annotate as {name.strip()}.")

    def restore_layout(self) -> bool:
        """Restore window size, docks, text size and the last article; return if one opened."""
        store = settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = store.value("window/state")
        if state is not None:
            self.restoreState(state)
        size = store.value("view/font_size")
        if size is not None:
            self.view.set_font_size(float(size))
        last = store.value(f"last_article/{self.repo.path}")
        if last is not None and self.article_model.row_of(str(last)) is not None:
            self.open_article(str(last))
            return True
        return False

    def save_layout(self) -> None:
        """Remember window size, docks, text size and the open article for next time."""
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("view/font_size", self.view.font().pointSizeF())
        if self.view.article is not None:
            store.setValue(f"last_article/{self.repo.path}", self.view.article.id)
        store.sync()

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget::showEvent: the span panel, not the guidelines, is in front at first.

        Qt makes the last tabified dock the current tab, and raising one before the
        window is shown does not last, so it is done here.
        """
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.details_dock.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: remember the layout (the data is saved already)."""
        self.save_layout()
        super().closeEvent(event)

    # Messages -------------------------------------------------------------

    def _on_message(self, level: str, text: str) -> None:
        self.statusBar().showMessage(text.splitlines()[0], 10_000)
        if level == messages.Level.ERROR.value:
            QMessageBox.warning(self, "Claimmark", text)

    def _show_about(self) -> None:
        from claimmark import __version__

        QMessageBox.about(
            self,
            "About Claimmark",
            f"Claimmark {__version__}\n\nAnnotate troop, loss and weapon claims in news "
            f"articles.\nDatabase: {self.repo.path}",
        )
