"""The main window: builds the window from its parts and connects them; it holds no rules.

The parts: the open article and the label set (models the store events refresh),
the article view, header and panels that observe them, the annotation commands
(``ui/annotating.py``), navigation (``ui/navigation.py``), files and jobs
(``ui/files.py``) and the action table (``ui/actions.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from claimmark.core.errors import ClaimmarkError
from claimmark.core.search import SearchHit
from claimmark.core.words import counted
from claimmark.project.annotating import Item
from claimmark.project.project import Project
from claimmark.ui import messages
from claimmark.ui.about import show_about
from claimmark.ui.actions import (
    DOCKS,
    EDGE_ACTIONS,
    LAYERS,
    MARKS,
    MENUS,
    RECENT,
    RELABEL,
    TOOLBAR,
    FixedTextAction,
    all_actions,
    build_actions,
    label_actions,
    set_keys,
)
from claimmark.ui.adjudication import GOLD, AdjudicationPanel
from claimmark.ui.annotating import Annotating
from claimmark.ui.article_list import ArticlesPanel
from claimmark.ui.article_view import ArticleView
from claimmark.ui.details import DetailsPanel
from claimmark.ui.docks import build_docks, reset_layout
from claimmark.ui.files import Files
from claimmark.ui.guidelines import GuidelinesView
from claimmark.ui.header import ArticleHeader
from claimmark.ui.icon import app_icon
from claimmark.ui.label_set import LabelSet
from claimmark.ui.labels_dialog import LabelsDialog
from claimmark.ui.layout import LayoutSaver, restore_layout
from claimmark.ui.learned_words import LearnedWordsDialog
from claimmark.ui.learning import Learning
from claimmark.ui.navigation import Navigator
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.parts import Parts
from claimmark.ui.projects import ProjectChooser
from claimmark.ui.search_panel import SearchPanel
from claimmark.ui.session_stats import SessionLabel
from claimmark.ui.settings import settings
from claimmark.ui.shortcuts import ShortcutsDialog
from claimmark.ui.span_list import SpanTable
from claimmark.ui.store_events import StoreEvents
from claimmark.ui.team import Team
from claimmark.ui.training import ModelTraining
from claimmark.ui.watch import ChangeWatcher


class MainWindow(QMainWindow):
    """The annotation window over one project.

    Attributes:
        project: the project every action works on.
        events: signals emitted after each write; models re-read on them.
        open: the open article (its state and selection), which the widgets observe.
        label_set: the labels, which the widgets observe.
        undo_stack: every user action, undoable.
        actions_by_name: every action by name (``ui/actions.py``).
    """

    def __init__(self, project: Project, annotator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.events = StoreEvents(self)
        self.undo_stack = QUndoStack(self)
        self.open = OpenArticle(project, self.events, self)
        self.label_set = LabelSet(project.repo, self.events, self)
        self.setWindowTitle(f"Claimmark — {Path(project.path).name}")
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)

        self.view = ArticleView(self.open)
        self.view.set_labels(self.label_set.labels)
        self.header = ArticleHeader(
            self.open, self.label_set, project.path if project.read_only else None
        )
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.header)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.articles = ArticlesPanel(project.repo, self.label_set)
        self.details = DetailsPanel(project.repo, self.open, self.label_set)
        self.search_panel = SearchPanel(self._search)
        self.span_table = SpanTable(self.open, self.label_set)
        parts = Parts(project, self.events, self.open, self.label_set, self.undo_stack)
        self.annotating = Annotating(parts, self.view, annotator)
        self.adjudication = AdjudicationPanel(parts, self.annotating.push)
        self.docks = build_docks(
            self, self.articles, self.search_panel, self.details, self.span_table,
            GuidelinesView(), self.adjudication,
        )  # fmt: skip
        self.search_dock, self.details_dock = self.docks.search, self.docks.details
        self.guidelines_dock = self.docks.guidelines

        self.header.note_edited.connect(self.annotating.set_note)
        self.header.language_chosen.connect(self.annotating.set_language)
        self.header.escaped.connect(self.view.setFocus)
        self.navigator = Navigator(self.open, self.articles, self.view)
        self.watcher = ChangeWatcher(parts, self)
        self.files = Files(parts, self, written=lambda: self.watcher.check(force=True))
        self.team = Team(
            parts, self, self.files.jobs, written=lambda: self.watcher.check(force=True)
        )
        self.learning = Learning(parts, self.annotating, self.files.jobs)
        self.training = ModelTraining(parts, self, self.files.jobs)
        self.layout_saver = LayoutSaver(self, self.view, project.path)
        self.open.opened.connect(self.layout_saver.changed)
        self.import_done = self.files.import_done
        self.export_done = self.files.export_done
        self.detect_done = self.files.detect_done
        self.labels_dialog: LabelsDialog | None = None
        self._adjudicator = annotator  # who the window edits as after adjudicating
        self.learned_words_dialog: LearnedWordsDialog | None = None

        self.projects = ProjectChooser(self, project.path)
        self.events.files_replaced.connect(self.projects.offer_reopen)
        self.actions_by_name = build_actions(self, self.view, self._handlers())
        self.actions_by_name["undo"] = self.undo_stack.createUndoAction(self, "&Undo")
        set_keys(self.actions_by_name["undo"], [QKeySequence.StandardKey.Undo])
        self.actions_by_name["redo"] = self.undo_stack.createRedoAction(self, "&Redo")
        set_keys(
            self.actions_by_name["redo"], [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"]
        )
        self.relabel_menu = QMenu("Change label to", self)
        self.mark_actions: dict[str, QAction] = {}
        self.relabel_actions: dict[str, QAction] = {}
        self._build_menus_and_toolbar()
        self._install_label_actions()
        self.saved_to = QLabel()
        self.saved_to.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.session_label = SessionLabel(self.open)
        self.statusBar().addPermanentWidget(self.session_label)
        self.statusBar().addPermanentWidget(self.saved_to)
        # Whose spans show: the list counts them too, and the status bar says so.
        self.open.layer_changed.connect(lambda: self.articles.set_layer(self.open.layer))
        self.open.layer_changed.connect(self._show_who)
        self.set_annotator(annotator, remember=False)
        self.open.set_layer(self.team.default_layer())

        self.events.articles_changed.connect(self._on_articles_changed)
        self.events.articles_changed.connect(self.details.forget_sources)
        # Only a status change moves the progress bar: spans re-read just the row.
        self.events.spans_changed.connect(self.articles.model.refresh_article)
        self.events.status_changed.connect(self.articles.refresh_article)
        self.label_set.changed.connect(self._on_labels_changed)
        self.open.opened.connect(self._update_actions)
        # What the bar said was about the article before.
        self.open.opened.connect(self.statusBar().clearMessage)
        self.open.changed.connect(self._update_actions)
        self.open.selection_changed.connect(self._on_selection_changed)
        self.open.detection_pending.connect(self.files.detect_in_background)
        self.view.selectionChanged.connect(self._update_actions)
        self.view.edge_dragged.connect(self.annotating.set_bounds)
        self.details.attributes.edited.connect(self._on_attributes_edited)
        self.details.left.connect(self.view.setFocus)
        self.span_table.span_chosen.connect(self._on_span_chosen)
        self.search_panel.hit_chosen.connect(self.navigator.go_to_hit)
        self.adjudication.shown.connect(self.view.select_range)
        self.adjudication.edit_requested.connect(self._edit_stretch)
        self.adjudication.article_requested.connect(self._next_to_adjudicate)
        self.search_panel.searched.connect(self._show_found)
        self.open.opened.connect(self._show_found)
        self.files.imported.connect(self.open_article)
        messages.bridge.shown.connect(self._on_message)
        self._shown_once = False
        self._start_layout = self.saveState()  # for View › Reset layout
        self._update_actions()
        self.training.load_existing()  # a model beside the database joins the rules

    # Building -------------------------------------------------------------

    def _handlers(self) -> dict[str, object]:
        a, go, files = self.annotating, self.navigator, self.files
        return {
            "new_project": self.projects.new_project, "open_project": self.projects.open_project,
            "import": files.import_dialog, "export": files.export_dialog, "quit": self.close,
            "backup": files.backup_dialog,
            "delete": a.delete_selected_span,
            "end_right": lambda: a.move_selected_edge("end", 1),
            "end_left": lambda: a.move_selected_edge("end", -1),
            "start_left": lambda: a.move_selected_edge("start", -1),
            "start_right": lambda: a.move_selected_edge("start", 1),
            "labels": self.show_labels_dialog, "annotator": self.ask_annotator,
            "split": self.team.split_dialog, "merge": self.team.merge_dialog,
            "agreement": self.team.show_agreement, "adjudicate": self.toggle_adjudication,
            "learned_words": self.show_learned_words,
            "zoom_in": lambda: self.zoom(1), "zoom_out": lambda: self.zoom(-1),
            "zoom_reset": lambda: self.zoom(0),
            "next_article": lambda: go.go_to_article(1),
            "previous_article": lambda: go.go_to_article(-1),
            "next_unfinished": go.go_to_unfinished,
            "next_item": lambda: go.go_to_item(1), "previous_item": lambda: go.go_to_item(-1),
            "search": self.focus_search, "done": a.toggle_done,
            "accept": a.accept_suggestion, "reject": a.reject_suggestion,
            "accept_all": a.accept_all,
            "next_suggestion": lambda: go.go_to_suggestion(backwards=False),
            "previous_suggestion": lambda: go.go_to_suggestion(backwards=True),
            "detect": a.detect_again, "train_model": self.training.train,
            "guidelines": self.toggle_guidelines,
            "shortcuts": self.show_shortcuts,
            "reset_layout": lambda: reset_layout(self, self.docks, self._start_layout),
            "about": lambda: show_about(self, self.project.path),
        }  # fmt: skip

    def _entry(self, name: str) -> QAction:
        """Return the action a menu or toolbar entry names (``@undo`` is ``undo``)."""
        return self.actions_by_name[name.removeprefix("@")]

    def _build_menus_and_toolbar(self) -> None:
        for title, entries in MENUS:
            menu = self.menuBar().addMenu(title)
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                elif entry == MARKS:
                    self._menu_mark_anchor = menu.addSeparator()  # mark actions go before it
                    self.edit_menu = menu
                elif entry == RELABEL:
                    menu.addMenu(self.relabel_menu)
                elif entry == RECENT:
                    menu.addMenu(self.projects.recent_menu)
                elif entry == LAYERS:
                    menu.addMenu(self.team.layer_menu)
                elif entry == DOCKS:
                    menu.addActions([dock.toggleViewAction() for dock in self.docks.all()])
                elif isinstance(entry, tuple):
                    submenu = menu.addMenu(entry[0])
                    for name in entry[1]:
                        submenu.addAction(self.actions_by_name[name])
                else:
                    menu.addAction(self._entry(entry))
        self.toolbar = QToolBar("Annotate", self)
        self.toolbar.setObjectName("annotate-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        short = {"@undo": "Undo", "@redo": "Redo", "delete": "Delete span"}
        for entry in TOOLBAR:
            if entry is None:
                self.toolbar.addSeparator()
            elif entry == MARKS:
                self._toolbar_mark_anchor = self.toolbar.addSeparator()
            elif entry in short:
                self.toolbar.addAction(FixedTextAction(self._entry(entry), short[entry]))
            else:
                self.toolbar.addAction(self._entry(entry))
        self.addToolBar(self.toolbar)

    def _install_label_actions(self) -> None:
        """Make the mark and change-label actions of the current label set (again)."""
        for action in [*self.mark_actions.values(), *self.relabel_actions.values()]:
            for widget in (self.toolbar, self.edit_menu, self.relabel_menu, self.view):
                widget.removeAction(action)
            action.deleteLater()
        self.mark_actions, self.relabel_actions = label_actions(
            self, self.view, self.label_set.labels, self.annotating.mark, self.annotating.relabel
        )
        for action in self.mark_actions.values():
            self.toolbar.insertAction(self._toolbar_mark_anchor, action)
            self.edit_menu.insertAction(self._menu_mark_anchor, action)
        for action in self.relabel_actions.values():
            self.relabel_menu.addAction(action)
        self.view.set_context_actions(
            [
                self.actions_by_name["accept"],
                self.actions_by_name["reject"],
                None,
                *self.mark_actions.values(),
                None,
                self.actions_by_name["delete"],
                self.relabel_menu,
            ]
        )

    # Reacting -------------------------------------------------------------

    def _on_labels_changed(self) -> None:
        self._install_label_actions()
        self.view.set_labels(self.label_set.labels)
        if self.labels_dialog is not None:
            self.labels_dialog.show_labels(self.label_set.labels)
        self._update_actions()

    def _on_articles_changed(self) -> None:
        self.articles.reload()
        if self.open.article is None:
            self.open_first_article()
        else:
            self.navigator.show_open_article()

    def _on_selection_changed(self) -> None:
        item = self.open.selected
        if item is not None:
            kind = "span" if self.open.selected_span is not None else "suggestion"
            self.statusBar().showMessage(
                f"{item.label} {kind}: '{item.text}' ({item.start}–{item.end})"
            )
        else:
            self.statusBar().clearMessage()
        self._update_actions()

    def _on_attributes_edited(self, old: Item, new: Item) -> None:
        if not self.annotating.edit_attributes(old, new):
            self.details.attributes.show_item(self.open.selected)  # show what is stored

    def _on_span_chosen(self, span_id: str) -> None:
        self.view.select_item(span_id)
        self.view.setFocus()

    def _update_actions(self) -> None:
        item, span = self.open.selected, self.open.selected_span
        is_open, writable = self.open.article is not None, not self.project.read_only
        review = self.open.selected_suggestion is not None and writable
        has_suggestions = bool(self.open.suggestions)
        enabled = {
            "delete": span is not None and writable, "accept": review, "reject": review,
            "accept_all": has_suggestions and writable, "next_suggestion": has_suggestions,
            "previous_suggestion": has_suggestions, "done": is_open and writable,
            "detect": self.project.detector is not None and is_open and writable,
            "import": writable, "labels": writable, **dict.fromkeys(EDGE_ACTIONS, writable),
        }  # fmt: skip
        for name, on in enabled.items():
            self.actions_by_name[name].setEnabled(on)
        for action in self.mark_actions.values():
            action.setEnabled(is_open and writable)
        self.details.attributes.setEnabled(writable)
        self.actions_by_name["delete"].setText(
            f"Delete span '{span.text}'" if span else "Delete span"
        )
        self.relabel_menu.setEnabled(
            item is not None and not self.view.textCursor().hasSelection() and writable
        )
        for name, action in self.relabel_actions.items():
            action.setEnabled(item is not None and item.label != name)

    # Articles and search --------------------------------------------------

    def open_article(self, article_id: str) -> None:
        """Show an article and select it in the list."""
        self.navigator.open_article(article_id)

    def open_first_article(self) -> None:
        """Show the first article of the list, if there is one."""
        self.navigator.open_first_article()

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected to type over."""
        self.search_dock.show()
        self.search_panel.field.setFocus()
        self.search_panel.field.selectAll()

    def _show_found(self) -> None:
        """Frame the listed search hits that are in the open article."""
        article = self.open.article
        hits = self.search_panel.hits_in(article.id) if article is not None else []
        self.view.show_found((hit.start, hit.end) for hit in hits)

    def _search(self, query: str) -> list[SearchHit]:
        try:
            return self.project.repo.search(query)
        except ClaimmarkError as error:
            messages.error(str(error))
            return []

    # Labels ---------------------------------------------------------------

    def show_labels_dialog(self) -> LabelsDialog:
        """Open the Labels dialog (not modal: the window stays usable)."""
        if self.labels_dialog is None:
            self.labels_dialog = LabelsDialog(self.label_set.labels, self)
            self.labels_dialog.save_requested.connect(self.annotating.save_label)
            self.labels_dialog.delete_requested.connect(self.delete_label)
        self.labels_dialog.show()
        self.labels_dialog.raise_()
        return self.labels_dialog

    def delete_label(self, name: str) -> None:
        """Delete a label; if spans or suggestions carry it, ask first."""
        spans, suggestions = self.project.repo.label_use(name)
        if spans or suggestions:
            answer = QMessageBox.question(
                self,
                "Delete label",
                f"{counted(spans, 'span')} and {counted(suggestions, 'suggestion')} carry {name}. "
                "Delete the "
                "label and all of them? (Edit › Undo brings them back.)",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.annotating.delete_label(name)

    # Comfort --------------------------------------------------------------

    def zoom(self, step: int) -> None:
        """Make the article text larger (1), smaller (-1) or its normal size (0)."""
        size = self.view.font().pointSizeF() + step if step else self.view.normal_font_size
        self.view.set_font_size(size)

    def guidelines_in_front(self) -> bool:
        """Return whether the guidelines can be seen (not a tab behind the span panel)."""
        # A widget in a tab behind another still reports isVisible(); its region is empty.
        return not self.guidelines_dock.widget().visibleRegion().isEmpty()

    def toggle_guidelines(self) -> None:
        """Bring the guidelines to the front, or, if they are in front, the span panel."""
        dock = self.details_dock if self.guidelines_in_front() else self.guidelines_dock
        dock.show()
        dock.raise_()

    # Adjudication ---------------------------------------------------------

    def toggle_adjudication(self) -> None:
        """Adjudicate as ``gold`` in the gold layer, or stop and be yourself again."""
        dock = self.docks.adjudication
        if self.adjudication.active:
            self.adjudication.stop()
            self.set_annotator(self._adjudicator, remember=False)
            self.open.set_layer(self.team.default_layer())
            dock.hide()
            messages.info("Adjudication stopped.")
            return
        self._adjudicator = self.annotating.annotator
        self.set_annotator(GOLD, remember=False)
        self.open.set_layer(GOLD)
        self.adjudication.start()
        dock.show()
        dock.raise_()
        self.adjudication.tree.setFocus()

    def _edit_stretch(self, start: int, end: int) -> None:
        self.view.select_range(start, end)
        self.view.setFocus()

    def _next_to_adjudicate(self, step: int) -> None:
        adjudication = self.adjudication.adjudication
        current = self.open.article.id if self.open.article else None
        following = adjudication.next_article(current, step) if adjudication else None
        if following is not None:
            self.open_article(following)
            self.adjudication.tree.setFocus()

    def show_learned_words(self) -> None:
        """Show the words not proposed any more, and the project's lexicon."""
        self.learned_words_dialog = LearnedWordsDialog(
            self.project.repo, self.annotating.push, self
        )
        self.learned_words_dialog.show()

    def show_shortcuts(self) -> None:
        """Show every keyboard shortcut in a window."""
        ShortcutsDialog(all_actions(self), self).exec()

    def set_annotator(self, name: str, remember: bool = True) -> None:
        """Use ``name`` on every span made from now on, and remember it."""
        self.annotating.annotator = name
        self.open.own = name
        if remember:
            settings().setValue("annotator", name)
        self._show_who()

    def _show_who(self) -> None:
        """Say in the status bar who annotates, whose spans show, and where all is saved."""
        layer = self.open.layer
        showing = "everyone's spans" if layer is None else f"{layer}'s spans"
        self.saved_to.setText(
            f"Annotator: {self.annotating.annotator}   ·   Showing {showing}"
            f"   ·   Saved to {self.project.path}"
        )

    def ask_annotator(self) -> None:
        """Ask the annotator's name."""
        name, ok = QInputDialog.getText(
            self,
            "Your name",
            "Name stored on every span you make:",
            text=self.annotating.annotator,
        )
        if ok and name.strip():
            self.set_annotator(name.strip())
            messages.info(f"You annotate as {name.strip()}.")

    def restore_layout(self) -> bool:
        """Restore window size, docks, text size and the last article; return if one opened."""
        last = restore_layout(self, self.view, self.project.path)
        if last is not None and self.articles.model.row_of(last) is not None:
            self.open_article(last)
            return True
        return False

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
        self.layout_saver.save_now()
        super().closeEvent(event)

    # Messages -------------------------------------------------------------

    def _on_message(self, level: str, text: str) -> None:
        self.statusBar().showMessage(text.splitlines()[0], 10_000)
        if level == messages.Level.ERROR.value:
            messages.show_box(self, messages.Level.ERROR, "Claimmark", text)
