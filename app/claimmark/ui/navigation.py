"""Moving through the project: the article list, next and previous articles, spans, hits."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt

from claimmark.core.search import SearchHit
from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.article_list import ArticlesPanel
from claimmark.ui.article_view import ArticleView
from claimmark.ui.open_article import OpenArticle


class Navigator(QObject):
    """Opens articles from the list, the keyboard and search hits; selects spans in order.

    The list shows the open article as its one selected row.
    """

    def __init__(self, model: OpenArticle, panel: ArticlesPanel, view: ArticleView) -> None:
        super().__init__(view)
        self._model = model
        self._panel = panel
        self._view = view
        self._repo = panel.model.repo
        self._following = False  # the list's row is being set to the open article
        panel.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        model.opened.connect(self._on_opened)

    def declared_actions(self) -> list[Declared]:
        """Return the actions of moving between articles, spans and suggestions."""

        def has_suggestions() -> bool:
            return bool(self._model.suggestions)

        return [
            Declared(ActionSpec("next_article", self.tr("Next article"), ("Alt+Down", "J"),
                                menu=("&Go", 10)), lambda: self.go_to_article(1)),
            Declared(ActionSpec("previous_article", self.tr("Previous article"), ("Alt+Up", "K"),
                                menu=("&Go", 11)), lambda: self.go_to_article(-1)),
            Declared(ActionSpec("next_unfinished", self.tr("Next unfinished article"),
                                ("Alt+N", "N"),
                                menu=("&Go", 12)), self.go_to_unfinished),
            Declared(ActionSpec("next_item", self.tr("Next span or suggestion"), ("Ctrl+Down",),
                                menu=("&Go", 13)), lambda: self.go_to_item(1)),
            Declared(ActionSpec("previous_item", self.tr("Previous span or suggestion"),
                                ("Ctrl+Up",),
                                menu=("&Go", 14)), lambda: self.go_to_item(-1)),
            Declared(ActionSpec("next_suggestion", self.tr("&Next suggestion"), (Qt.Key.Key_Tab,),
                                in_text=True, menu=("&Suggestions", 13)),
                     lambda: self.go_to_suggestion(backwards=False), has_suggestions),
            # Shift+Tab reaches Qt as Backtab, with or without the Shift modifier.
            Declared(ActionSpec("previous_suggestion", self.tr("&Previous suggestion"),
                                (Qt.Key.Key_Backtab, "Shift+Backtab"), in_text=True,
                                menu=("&Suggestions", 14)),
                     lambda: self.go_to_suggestion(backwards=True), has_suggestions),
        ]  # fmt: skip

    def open_article(self, article_id: str) -> bool:
        """Show an article with the cursor in its text; return whether it opened."""
        if not self._model.open(article_id):
            return False
        self._view.setFocus()
        return True

    def open_first_article(self) -> None:
        """Show the first article of the list, if there is one."""
        first = self._repo.article_after(self._panel.model.listing, None)
        if first is not None:
            self.open_article(first)

    def go_to_article(self, step: int) -> None:
        """Open the next (``step`` 1) or previous (-1) article of the list as shown."""
        listing = self._panel.model.listing
        article = self._model.article
        current = article.id if article else None
        if current is not None and self._repo.row_in(listing, current) is None:
            current = None  # the open article is filtered out: start at the list's end
        target = self._repo.article_after(listing, current, step)
        if target is not None:
            self.open_article(target)
        elif self._panel.model.rowCount():
            messages.info(
                self.tr("This is the last article.")
                if step > 0
                else self.tr("This is the first article.")
            )

    def go_to_unfinished(self) -> None:
        """Open the next article after this one that is not done (wrapping round)."""
        listing = self._panel.model.listing
        article = self._model.article
        current = article.id if article else None
        target = self._repo.article_after(listing, current, unfinished=True)
        if target is None and current is not None:
            target = self._repo.article_after(listing, None, unfinished=True)
        if target is None or target == current:
            messages.info(self.tr("Every other article is done."))
            return
        self.open_article(target)

    def go_to_item(self, step: int) -> None:
        """Select the next (1) or previous (-1) span or suggestion after the cursor."""
        model = self._model
        items = sorted([*model.spans, *model.suggestions], key=lambda i: (i.start, i.end))
        if not items:
            messages.info(self.tr("This article has no spans or suggestions yet."))
            return
        current = model.selected
        here = current.start if current else self._view.textCursor().position()
        ahead = [i for i in items if (i.start > here if step > 0 else i.start < here)]
        if current is None and step > 0:
            ahead = [i for i in items if i.start >= here]
        target = (ahead[0] if step > 0 else ahead[-1]) if ahead else items[0 if step > 0 else -1]
        self._view.select_item(target.id)

    def go_to_suggestion(self, backwards: bool) -> None:
        """Select the next (or previous) pending suggestion, wrapping round."""
        if self._view.select_next_suggestion(backwards=backwards) is None:
            messages.info(self.tr("No suggestions to review in this article."))

    def go_to_hit(self, hit: SearchHit) -> None:
        """Open the hit's article with the hit selected, ready to mark with 1, 2 or 3."""
        article = self._model.article
        if (article is None or article.id != hit.article_id) and not self.open_article(
            hit.article_id
        ):
            return
        self._view.select_range(hit.start, hit.end)
        self._view.ensureCursorVisible()
        self._view.setFocus()

    def go_to_span(self, article_id: str, span_id: str) -> None:
        """Open an article with one of its spans selected and in view (a ledger row)."""
        article = self._model.article
        if (article is None or article.id != article_id) and not self.open_article(article_id):
            return
        self._view.select_item(span_id)
        self._view.ensureCursorVisible()
        self._view.window().activateWindow()
        self._view.setFocus()

    def show_open_article(self) -> None:
        """Select the open article's row in the list (after the list changed)."""
        self._on_opened()

    def _on_opened(self) -> None:
        article = self._model.article
        row = self._panel.model.row_of(article.id) if article is not None else None
        index = self._panel.model.index(row, 0) if row is not None else QModelIndex()
        selection = self._panel.table.selectionModel()
        # Not with the selection's signals blocked: the table repaints the rows it
        # hears were deselected, and with none heard several rows looked selected.
        self._following = True
        try:
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._panel.table.scrollTo(index)
            else:
                selection.clearSelection()
        finally:
            self._following = False

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._following:  # the row follows the open article: nothing to open
            return
        if current.isValid():
            self.open_article(self._panel.model.article_id(current.row()))
