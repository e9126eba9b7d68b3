"""The main window: wiring of the article list, the article view, actions, menus and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from claimmark import formats
from claimmark.core.labels import Label
from claimmark.core.spans import make_span, same_label_overlap, snap_to_words
from claimmark.formats.txt import read_txt
from claimmark.store import NotFoundError, Repository, StoreError
from claimmark.ui import messages
from claimmark.ui.article_list import STATUS_TEXT, ArticleListModel
from claimmark.ui.article_view import ArticleView
from claimmark.ui.commands import DeleteSpan, MarkSpan, RelabelSpan
from claimmark.ui.legend import LegendWidget
from claimmark.ui.span_details import SpanDetails
from claimmark.ui.store_events import StoreEvents

_EXPORT_FILTERS = {
    f"{fmt.description} (*{fmt.suffix})": name for name, fmt in formats.EXPORT_FORMATS.items()
}


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    """The annotation window over one repository.

    Attributes:
        repo: the store every action writes to.
        annotator: the name stored on every span made here.
        events: signals emitted after each write; views re-read on them.
        undo_stack: every user action, undoable.
    """

    def __init__(self, repo: Repository, annotator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.annotator = annotator
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
        self.article_table = self._build_article_table()
        self.span_details = SpanDetails()
        self._build_docks()
        self._build_actions()
        self._build_menus_and_toolbar()
        self.saved_to = QLabel(f"Annotator: {annotator}   ·   Saved to {repo.path}")
        self.saved_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.saved_to)

        self.events.spans_changed.connect(self._on_spans_changed)
        self.events.articles_changed.connect(self._on_articles_changed)
        self.view.span_selected.connect(self._on_span_selected)
        self.view.selectionChanged.connect(self._update_actions)
        self.article_table.selectionModel().currentRowChanged.connect(self._on_article_row_changed)
        messages.bridge.shown.connect(self._on_message)
        self._update_actions()

    # Building -------------------------------------------------------------

    def _build_article_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.article_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.article_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _build_docks(self) -> None:
        articles = QDockWidget("Articles", self)
        articles.setObjectName("articles-dock")
        articles.setWidget(self.article_table)
        articles.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, articles)

        side = QWidget()
        layout = QVBoxLayout(side)
        labels_box = QGroupBox("Labels")
        QVBoxLayout(labels_box).addWidget(LegendWidget(self.labels))
        span_box = QGroupBox("Selected span")
        QVBoxLayout(span_box).addWidget(self.span_details)
        layout.addWidget(labels_box)
        layout.addWidget(span_box)
        layout.addStretch(1)
        details = QDockWidget("Labels and span", self)
        details.setObjectName("details-dock")
        details.setWidget(side)
        details.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, details)
        self.resizeDocks([articles, details], [430, 300], Qt.Orientation.Horizontal)

    def _build_actions(self) -> None:
        self.mark_actions: dict[str, QAction] = {}
        self.relabel_menu = QMenu("Change label to", self)
        self.relabel_actions: dict[str, QAction] = {}
        for label in self.labels:
            mark = QAction(_swatch(label.colour), f"Mark {label.name}", self)
            mark.setShortcut(QKeySequence(label.key))
            mark.setToolTip(f"Mark the selected text {label.name} ({label.key})")
            mark.triggered.connect(lambda _=False, name=label.name: self.mark(name))
            self.addAction(mark)
            self.mark_actions[label.name] = mark
            relabel = QAction(_swatch(label.colour), label.name, self)
            relabel.triggered.connect(lambda _=False, name=label.name: self.relabel(name))
            self.relabel_menu.addAction(relabel)
            self.relabel_actions[label.name] = relabel
        self.delete_action = QAction("Delete span", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected_span)
        self.addAction(self.delete_action)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        self.import_action = QAction("&Import text files…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_dialog)
        self.export_action = QAction("&Export…", self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_dialog)
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.view.set_context_actions(
            [*self.mark_actions.values(), None, self.delete_action, self.relabel_menu]
        )

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
        for action in self.mark_actions.values():
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addMenu(self.relabel_menu)
        help_menu = self.menuBar().addMenu("&Help")
        about = help_menu.addAction("&About Claimmark")
        about.triggered.connect(self._show_about)

        toolbar = QToolBar("Annotate", self)
        toolbar.setObjectName("annotate-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for label in self.labels:
            action = self.mark_actions[label.name]
            toolbar.addAction(action)
            toolbar.widgetForAction(action).setToolTip(action.toolTip())
        toolbar.addSeparator()
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        self.addToolBar(toolbar)

    # Articles -------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        """Show an article and select it in the list."""
        try:
            article = self.repo.article(article_id)
            spans = self.repo.spans_for(article_id)
        except NotFoundError:
            messages.warning(f"There is no article with id {article_id}.")
            return
        except StoreError as error:
            messages.error(str(error))
            return
        self.view.show_article(article, spans)
        self._show_article_header()
        row = self.article_model.row_of(article_id)
        if row is not None:
            selection = self.article_table.selectionModel()
            selection.blockSignals(True)
            try:
                selection.setCurrentIndex(
                    self.article_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                selection.blockSignals(False)
            self.article_table.scrollTo(self.article_model.index(row, 0))
        self.view.setFocus()
        self._update_actions()

    def open_first_article(self) -> None:
        """Show the first article of the list, if there is one."""
        if self.article_model.rowCount() > 0:
            self.open_article(self.article_model.article_id(0))

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
        status = STATUS_TEXT.get(article.status, article.status)
        self.article_title.setText(article.title or article.id)
        self.article_meta.setText(f"{article.id}   ·   {status}   ·   {', '.join(parts)}")

    def _on_article_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_article(self.article_model.article_id(current.row()))

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
        self.undo_stack.push(MarkSpan(self.repo, self.events, span))
        if any(s.id == span.id for s in self.view.spans):
            self.view.select_span(span.id)
            messages.info(f"Marked {label} '{span.text}' — saved.")

    def delete_selected_span(self) -> None:
        """Delete the selected span."""
        span = self.view.selected_span
        if span is None:
            messages.warning("Click a span first to delete it.")
            return
        self.undo_stack.push(DeleteSpan(self.repo, self.events, span))
        messages.info(f"Deleted {span.label} '{span.text}' — saved. Ctrl+Z brings it back.")

    def relabel(self, label: str) -> None:
        """Give the selected span another label."""
        span = self.view.selected_span
        if span is None or span.label == label:
            return
        clash = same_label_overlap(
            [s for s in self.view.spans if s.id != span.id], span.start, span.end, label
        )
        if clash is not None:
            messages.warning(
                f"Not changed: '{span.text}' would overlap the {label} span '{clash.text}'."
            )
            return
        self.undo_stack.push(RelabelSpan(self.repo, self.events, span, label))
        self.view.select_span(span.id)
        messages.info(f"'{span.text}' is now {label} — saved.")

    def _on_spans_changed(self, article_id: str) -> None:
        if self.view.article is not None and self.view.article.id == article_id:
            self.view.update_spans(self.repo.spans_for(article_id))
            self._show_article_header()
        self.article_model.reload()

    def _on_articles_changed(self) -> None:
        self.article_model.reload()
        if self.view.article is None:
            self.open_first_article()

    def _on_span_selected(self, _span_id: str) -> None:
        span = self.view.selected_span
        label = next((lb for lb in self.labels if span and lb.name == span.label), None)
        self.span_details.show_span(span, label)
        if span is not None:
            self.statusBar().showMessage(f"{span.label}: '{span.text}' ({span.start}–{span.end})")
        self._update_actions()

    def _update_actions(self) -> None:
        span = self.view.selected_span
        has_selection = self.view.textCursor().hasSelection()
        for action in self.mark_actions.values():
            action.setEnabled(self.view.article is not None)
        self.delete_action.setEnabled(span is not None)
        self.delete_action.setText(
            f"Delete span '{span.text}'" if span is not None else "Delete span"
        )
        self.relabel_menu.setEnabled(span is not None and not has_selection)
        for name, action in self.relabel_actions.items():
            action.setEnabled(span is not None and span.label != name)

    # Files ----------------------------------------------------------------

    def export_dialog(self) -> None:
        """Ask for a file and export every article's spans to it."""
        path, chosen = QFileDialog.getSaveFileName(
            self,
            "Export annotations",
            str(Path.home() / "claimmark.jsonl"),
            ";;".join(_EXPORT_FILTERS),
        )
        if not path:
            return
        target = Path(path)
        by_suffix = {fmt.suffix: name for name, fmt in formats.EXPORT_FORMATS.items()}
        format_name = by_suffix.get(target.suffix.lower()) or _EXPORT_FILTERS.get(chosen, "jsonl")
        self.export_to(target, format_name)

    def export_to(self, path: Path, format_name: str) -> None:
        """Export every article's spans to ``path`` in the named format."""
        try:
            count = formats.export(format_name, self.repo.iter_articles(), path)
        except StoreError as error:
            messages.error(str(error))
            return
        except OSError as error:
            messages.error(f"Could not export to {path}: {error.strerror or error}")
            return
        messages.info(f"Exported {count} spans as {format_name} to {path}.")

    def import_dialog(self) -> None:
        """Ask for .txt files and import them as articles."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", str(Path.home()), "Text files (*.txt);;All files (*)"
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Import .txt files and folders; report what was added, skipped and refused."""
        articles, problems = read_txt(paths)
        try:
            result = self.repo.add_articles(articles)
        except StoreError as error:
            messages.error(str(error))
            return
        self.events.articles_changed.emit()
        summary = f"Imported {len(result.added)} article(s)"
        if result.skipped:
            summary += f", skipped {len(result.skipped)} already present"
        if problems:
            details = "\n".join(str(p) for p in problems)
            messages.error(f"{summary}; {len(problems)} file(s) could not be read:\n{details}")
        else:
            messages.info(summary + ".")
        if result.added:
            self.open_article(result.added[0])

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
