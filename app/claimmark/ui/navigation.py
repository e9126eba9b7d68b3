"""Moving through the project: the article list, next and previous articles, spans, hits."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject

from claimmark.core.articles import Status
from claimmark.core.search import SearchHit
from claimmark.ui import messages
from claimmark.ui.article_list import ArticlesPanel
from claimmark.ui.article_view import ArticleView
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.signals import signals_blocked


class Navigator(QObject):
    """Opens articles from the list, the keyboard and search hits; selects spans in order.

    The list shows the open article as its one selected row.
    """

    def __init__(self, model: OpenArticle, panel: ArticlesPanel, view: ArticleView) -> None:
        super().__init__(view)
        self._model = model
        self._panel = panel
        self._view = view
        panel.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        model.opened.connect(self._on_opened)

    def open_article(self, article_id: str) -> bool:
        """Show an article with the cursor in its text; return whether it opened."""
        if not self._model.open(article_id):
            return False
        self._view.setFocus()
        return True

    def listed_ids(self) -> list[str]:
        """Return the ids of the articles the list shows now (filters applied), in order."""
        return [
            self._panel.model.article_id(
                self._panel.listed.mapToSource(self._panel.listed.index(row, 0)).row()
            )
            for row in range(self._panel.listed.rowCount())
        ]

    def open_first_article(self) -> None:
        """Show the first article of the list, if there is one."""
        listed = self.listed_ids()
        if listed:
            self.open_article(listed[0])

    def go_to_article(self, step: int) -> None:
        """Open the next (``step`` 1) or previous (-1) article of the list as shown."""
        listed = self.listed_ids()
        if not listed:
            return
        article = self._model.article
        current = article.id if article else None
        position = listed.index(current) if current in listed else -step
        target = position + step
        if 0 <= target < len(listed):
            self.open_article(listed[target])
        else:
            messages.info("This is the last article." if step > 0 else "This is the first article.")

    def go_to_unfinished(self) -> None:
        """Open the next article after this one that is not done (wrapping round)."""
        listed = self.listed_ids()
        article = self._model.article
        current = article.id if article else None
        start = listed.index(current) + 1 if current in listed else 0
        for article_id in listed[start:] + listed[:start]:
            if article_id != current and self._panel.model.status_of(article_id) != Status.DONE:
                self.open_article(article_id)
                return
        messages.info("Every other article is done.")

    def go_to_item(self, step: int) -> None:
        """Select the next (1) or previous (-1) span or suggestion after the cursor."""
        model = self._model
        items = sorted([*model.spans, *model.suggestions], key=lambda i: (i.start, i.end))
        if not items:
            messages.info("This article has no spans or suggestions yet.")
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
            messages.info("No suggestions to review in this article.")

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

    def show_open_article(self) -> None:
        """Select the open article's row in the list (after the list changed)."""
        self._on_opened()

    def _on_opened(self) -> None:
        article = self._model.article
        row = self._panel.model.row_of(article.id) if article is not None else None
        index = (
            self._panel.listed.mapFromSource(self._panel.model.index(row, 0))
            if row is not None
            else QModelIndex()
        )
        selection = self._panel.table.selectionModel()
        with signals_blocked(selection):
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._panel.table.scrollTo(index)
            else:
                selection.clearSelection()

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            source = self._panel.listed.mapToSource(current)
            self.open_article(self._panel.model.article_id(source.row()))
