"""The main window: builds the window from its parts and connects them; it holds no rules.

The parts: the open article and the label set (models the store events refresh),
the article view, header and panels that observe them, and the parts that act:
annotating (``ui/annotating.py``), navigation, files and jobs, team work, the
adjudicator's role, people and labels, comfort (view and help), training. Each
part declares its own actions (``ui/actions.py``); the window collects them, lays
out the menus and the toolbar from their places, and asks their enable rules.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtGui import QCloseEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShowEvent
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QToolBar
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.errors import ClaimmarkError
from claimmark.core.search import SearchHit
from claimmark.project.annotating import Item
from claimmark.project.project import Project
from claimmark.ui import messages
from claimmark.ui.actions import Declared
from claimmark.ui.actions import MenuEntry
from claimmark.ui.actions import build_actions
from claimmark.ui.actions import label_actions
from claimmark.ui.actions import lay_out
from claimmark.ui.actions import set_keys
from claimmark.ui.actions import update_enabled
from claimmark.ui.adjudicating import AdjudicationRole
from claimmark.ui.adjudication import AdjudicationPanel
from claimmark.ui.annotating import Annotating
from claimmark.ui.article_list import ArticlesPanel
from claimmark.ui.article_view import ArticleView
from claimmark.ui.comfort import Comfort
from claimmark.ui.dating import DayProposer
from claimmark.ui.details import DetailsPanel
from claimmark.ui.docks import build_docks
from claimmark.ui.files import Files
from claimmark.ui.guidelines import GuidelinesView
from claimmark.ui.header import ArticleHeader
from claimmark.ui.i18n import told
from claimmark.ui.icon import app_icon
from claimmark.ui.jobs import JobRunner
from claimmark.ui.label_set import LabelSet
from claimmark.ui.layout import LayoutSaver
from claimmark.ui.layout import restore_layout
from claimmark.ui.learning import Learning
from claimmark.ui.ledger import ClaimLedger
from claimmark.ui.message_log import MessageLog
from claimmark.ui.navigation import Navigator
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.parts import Parts
from claimmark.ui.people import People
from claimmark.ui.projects import ProjectChooser
from claimmark.ui.search_panel import SearchPanel
from claimmark.ui.session_stats import SessionLabel
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
        jobs: the window's background jobs.
        actions_by_name: every action by name, as the parts declare them.
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
        self.jobs = JobRunner(self)
        parts = Parts(project, self.events, self.open, self.label_set, self.undo_stack, self.jobs)
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
        self.header.metadata_edited.connect(self.annotating.set_metadata)
        self.header.escaped.connect(self.view.setFocus)
        self.navigator = Navigator(self.open, self.articles, self.view)
        self.watcher = ChangeWatcher(parts, self)
        self.files = Files(parts, self, written=lambda: self.watcher.check(force=True))
        self.team = Team(parts, self, written=lambda: self.watcher.check(force=True))
        self.learning = Learning(parts, self.annotating)
        self.dating = DayProposer(parts, self.header)
        self.training = ModelTraining(parts, self)
        self.layout_saver = LayoutSaver(self, self.view, project.path)
        self.open.opened.connect(self.layout_saver.changed)
        self.import_done = self.files.import_done
        self.export_done = self.files.export_done
        self.detect_done = self.files.detect_done
        self.projects = ProjectChooser(self, project.path, project.repo)
        self.events.files_replaced.connect(self.projects.offer_reopen)
        self.people = People(parts, self.annotating, self)
        self.comfort = Comfort(
            self, self.view, self.docks, self.search_panel, lambda: self.project.path
        )
        self.adjudicator = AdjudicationRole(
            parts, self.adjudication, self.docks.adjudication, self.people, self.team,
            self.annotating, self.view, self.open_article,
        )  # fmt: skip

        self.message_log = MessageLog(self)
        self.ledger = ClaimLedger(parts, self.navigator.go_to_span, self)
        parts_that_act = (
            self.projects, self.files, self.team, self.annotating, self.people, self.navigator,
            self.comfort, self.training, self.adjudicator, self.message_log, self.ledger,
            self.details,
        )  # fmt: skip
        self._declared: list[Declared] = [
            declared for part in parts_that_act for declared in part.declared_actions()
        ]
        self.actions_by_name = build_actions(self, self.view, self._declared)
        self.actions_by_name["undo"] = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        set_keys(self.actions_by_name["undo"], [QKeySequence.StandardKey.Undo])
        self.actions_by_name["redo"] = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        set_keys(
            self.actions_by_name["redo"], [QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"]
        )
        self.relabel_menu = QMenu(self.tr("Change label to"), self)
        self.mark_actions: dict[str, QAction] = {}
        self.relabel_actions: dict[str, QAction] = {}
        self.toolbar = QToolBar(self.tr("Annotate"), self)
        self.toolbar.setObjectName("annotate-toolbar")
        self._anchors = lay_out(self, self.toolbar, self._declared, self.actions_by_name, [
            MenuEntry("undo", self.actions_by_name["undo"], ("&Edit", 10), 40, self.tr("Undo")),
            MenuEntry("redo", self.actions_by_name["redo"], ("&Edit", 11), 41, self.tr("Redo")),
            MenuEntry("marks", None, ("&Edit", 20), 10),
            MenuEntry("relabel", self.relabel_menu, ("&Edit", 31)),
            MenuEntry("recent", self.projects.recent_menu, ("&File", 12)),
            MenuEntry("docks", [dock.toggleViewAction() for dock in self.docks.all()],
                      ("&View", 20)),
            MenuEntry("layers", self.team.layer_menu, ("&View", 40)),
            MenuEntry("language", self.comfort.language_menu, ("&View", 50)),
        ])  # fmt: skip
        self._install_label_actions()
        self.session_label = SessionLabel(self.open)
        self.statusBar().addPermanentWidget(self.session_label)
        self.statusBar().addPermanentWidget(self.people.saved_to)
        # Whose spans show: the list counts them too, and the status bar says so.
        self.open.layer_changed.connect(lambda: self.articles.set_layer(self.open.layer))
        self.people.set_annotator(annotator, remember=False)
        self.open.set_layer(self.team.default_layer())

        self.events.articles_changed.connect(self._on_articles_changed)
        self.events.articles_changed.connect(self.details.forget_sources)
        self.events.row_changed.connect(self.articles.refresh_article)
        self.articles.known_counts = self.open.label_counts_of
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
        self.search_panel.searched.connect(self._show_found)
        self.open.opened.connect(self._show_found)
        self.files.imported.connect(self.open_article)
        messages.bridge.shown.connect(self._on_message)
        self._shown_once = False
        self.comfort.remember_start_layout()  # for View › Reset layout
        self._update_actions()
        self.training.load_existing()  # a model beside the database joins the rules

    # Label-set actions ----------------------------------------------------

    def _install_label_actions(self) -> None:
        """Make the mark and change-label actions of the current label set (again)."""
        edit_menu = self._anchors["marks"].parent()  # the menu the anchor separates
        assert isinstance(edit_menu, QMenu)
        for action in [*self.mark_actions.values(), *self.relabel_actions.values()]:
            for widget in (self.toolbar, edit_menu, self.relabel_menu, self.view):
                widget.removeAction(action)
            action.deleteLater()
        self.mark_actions, self.relabel_actions = label_actions(
            self, self.view, self.label_set.labels, self.annotating.mark, self.annotating.relabel
        )
        for action in self.mark_actions.values():
            self.toolbar.insertAction(self._anchors["toolbar:marks"], action)
            edit_menu.insertAction(self._anchors["marks"], action)
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
        update_enabled(self._declared, self.actions_by_name)
        item, span = self.open.selected, self.open.selected_span
        writable = not self.project.read_only
        for action in self.mark_actions.values():
            action.setEnabled(self.open.article is not None and writable)
        self.details.attributes.setEnabled(writable)
        named = self.tr("Delete span '{text}'").format(text=span.text) if span else ""
        self.actions_by_name["delete"].setText(named or self.tr("Delete span"))
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

    def _show_found(self) -> None:
        """Frame the listed search hits that are in the open article."""
        article = self.open.article
        hits = self.search_panel.hits_in(article.id) if article is not None else []
        self.view.show_found((hit.start, hit.end) for hit in hits)

    def _search(self, query: str) -> list[SearchHit]:
        try:
            return self.project.repo.search(query)
        except ClaimmarkError as error:
            messages.error(told(error))
            return []

    # The window's own -----------------------------------------------------

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

    def _on_message(self, level: str, text: str) -> None:
        self.statusBar().showMessage(text.splitlines()[0], 10_000)
        if level == messages.Level.ERROR.value:
            messages.show_box(self, messages.Level.ERROR, "Claimmark", text)
