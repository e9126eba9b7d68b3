"""The adjudicator's role in the window: Team › Adjudicate switches to the gold layer and back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget

from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.adjudication import GOLD
from claimmark.ui.adjudication import AdjudicationPanel
from claimmark.ui.annotating import Annotating
from claimmark.ui.article_view import ArticleView
from claimmark.ui.parts import Parts
from claimmark.ui.people import People
from claimmark.ui.team import Team


class AdjudicationRole(QObject):
    """Adjudicating as ``gold`` in the gold layer, and being oneself again after."""

    def __init__(
        self,
        parts: Parts,
        panel: AdjudicationPanel,
        dock: QDockWidget,
        people: People,
        team: Team,
        annotating: Annotating,
        view: ArticleView,
        open_article: Callable[[str], None],
    ) -> None:
        super().__init__(panel)
        self._parts = parts
        self._panel = panel
        self._dock = dock
        self._people = people
        self._team = team
        self._annotating = annotating
        self._view = view
        self._open_article = open_article
        self._adjudicator = annotating.annotator  # who the window edits as after adjudicating
        panel.shown.connect(view.select_range)
        panel.edit_requested.connect(self._edit_stretch)
        panel.article_requested.connect(self._next_to_adjudicate)
        team.adjudicate_article.connect(self.adjudicate)
        panel.versions_drawn.connect(view.show_versions)

    def declared_actions(self) -> list[Declared]:
        """Return the action of adjudicating."""
        return [
            Declared(ActionSpec("adjudicate", self.tr("A&djudicate"), (),
                                self.tr("Settle the annotators' disagreements into the gold layer "
                                        "(again: stop)"), everywhere=False, menu=("&Team", 11)),
                     self.toggle),
        ]  # fmt: skip

    def toggle(self) -> None:
        """Adjudicate as ``gold`` in the gold layer, or stop and be yourself again."""
        if self._panel.active:
            self._panel.stop()
            self._people.set_annotator(self._adjudicator, remember=False)
            self._parts.open.set_layer(self._team.default_layer())
            self._dock.hide()
            messages.info(self.tr("Adjudication stopped."))
            return
        self._adjudicator = self._annotating.annotator
        self._people.set_annotator(GOLD, remember=False)
        self._parts.open.set_layer(GOLD)
        self._panel.start()
        self._dock.show()
        self._dock.raise_()
        self._panel.tree.setFocus()

    def adjudicate(self, article_id: str) -> None:
        """Adjudicate ``article_id``: start adjudicating if need be, and open it there."""
        if not self._panel.active:
            self.toggle()
        if not self._panel.active:
            return  # it could not start (the message says why)
        self._open_article(article_id)
        self._panel.window().activateWindow()
        self._panel.tree.setFocus()

    def _edit_stretch(self, start: int, end: int) -> None:
        self._view.select_range(start, end)
        self._view.setFocus()

    def _next_to_adjudicate(self, step: int) -> None:
        adjudication = self._panel.adjudication
        article = self._parts.open.article
        following = (
            adjudication.next_article(article.id if article else None, step)
            if (adjudication)
            else None
        )
        if following is not None:
            self._open_article(following)
            self._panel.tree.setFocus()
