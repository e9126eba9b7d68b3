"""The open article: what the window shows of it, refreshed from the store, observed by widgets.

The article view, the header, the span list and the Details panel all show one
article, its spans and suggestions, and the one selected among them. That state
lives here, not in any widget: store events refresh it, and widgets re-draw on
its signals.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from claimmark.core.articles import Article
from claimmark.core.articles import Status
from claimmark.core.errors import ClaimmarkError
from claimmark.core.errors import NotFoundError
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.project.annotating import ArticleState
from claimmark.project.annotating import Change
from claimmark.project.annotating import Item
from claimmark.project.project import Project
from claimmark.team.adjudication import GOLD
from claimmark.ui import messages
from claimmark.ui.i18n import told
from claimmark.ui.store_events import StoreEvents

_T = TypeVar("_T", bound="Span | StoredSuggestion")


def differences(old: Sequence[_T], new: Sequence[_T]) -> tuple[list[_T], list[_T]]:
    """Return the items of ``old`` that ``new`` lacks or changed, and those of ``new`` that
    are new or changed (items are matched by id).

    An edit keeps every item it does not touch as the same object, so objects are
    compared first by identity (fast for 20,000 spans); only the rest by value.
    """
    now, was = set(map(id, new)), set(map(id, old))
    left = {item.id: item for item in old if id(item) not in now}
    came = {item.id: item for item in new if id(item) not in was}
    return (
        [item for key, item in left.items() if came.get(key) != item],
        [item for key, item in came.items() if left.get(key) != item],
    )


class OpenArticle(QObject):
    """The article open in the window, with its spans, pending suggestions and selection.

    Signals:
        opened(): another article (or none) is open; nothing is selected.
        changed(old, new): the open article's spans, suggestions or status changed
            (two :class:`ArticleState` values, to redraw only the difference).
        selection_changed(): another span or suggestion (or none) is selected.
        detection_pending(article_id): the article opened needs detection in the
            background (it is long, and the detector has not seen it).
        followed(before, change): the user's edit (or its undo) made this change to
            the open article (an ``ArticleState`` and a ``Change``).
        layer_changed(): another annotator's spans (or everyone's) are shown now.
    """

    opened = Signal()
    changed = Signal(ArticleState, ArticleState)
    selection_changed = Signal()
    detection_pending = Signal(str)
    followed = Signal(ArticleState, Change)
    layer_changed = Signal()

    def __init__(
        self, project: Project, events: StoreEvents, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._state: ArticleState | None = None
        self._selected: Item | None = None
        self._current = False
        self._change: Change | None = None
        self._layer: str | None = None
        self.own: str | None = None  # whose spans this window's edits make
        events.spans_changed.connect(self._on_spans_changed)
        events.articles_changed.connect(self._on_articles_changed)
        events.status_changed.connect(self._on_status_changed)
        events.labels_changed.connect(self.refresh)

    # What is open ---------------------------------------------------------

    @property
    def state(self) -> ArticleState | None:
        """Return the open article's state, if an article is open."""
        return self._state

    @property
    def article(self) -> Article | None:
        """Return the open article, if any."""
        return self._state.article if self._state else None

    @property
    def status(self) -> Status | None:
        """Return the open article's status now."""
        return self._state.status if self._state else None

    @property
    def spans(self) -> list[Span]:
        """Return its spans, ordered by start."""
        return list(self._state.spans) if self._state else []

    @property
    def suggestions(self) -> list[StoredSuggestion]:
        """Return its pending suggestions, ordered by start."""
        return list(self._state.suggestions) if self._state else []

    @property
    def selected(self) -> Item | None:
        """Return the selected span or suggestion, if any."""
        return self._selected

    @property
    def selected_span(self) -> Span | None:
        """Return the selected span, if a span (not a suggestion) is selected."""
        return self._selected if isinstance(self._selected, Span) else None

    @property
    def selected_suggestion(self) -> StoredSuggestion | None:
        """Return the selected suggestion, if a suggestion is selected."""
        return self._selected if isinstance(self._selected, StoredSuggestion) else None

    # Whose spans ----------------------------------------------------------

    @property
    def layer(self) -> str | None:
        """Return whose spans are shown (``None``: everyone's)."""
        return self._layer

    @property
    def editable(self) -> bool:
        """Return whether edits may be made here: not while another annotator's spans show."""
        return self._layer is None or self._layer == self.own

    def label_counts_of(self, article_id: str, layer: str | None) -> Mapping[str, int] | None:
        """Return the spans per label of ``article_id`` in ``layer`` (an annotator's, or
        everyone's) if it is the article open here, shown in that layer; else ``None``."""
        state = self._state
        if state is None or state.article.id != article_id or layer != self._layer:
            return None
        return state.label_counts

    def set_layer(self, annotator: str | None) -> None:
        """Show only ``annotator``'s spans (``None``: everyone's); the open article is
        shown again, nothing selected."""
        self._layer = annotator
        self.layer_changed.emit()
        if self._state is not None:
            try:
                state = self._project.article_state(self._state.article.id)
            except ClaimmarkError as error:
                messages.error(told(error))
                return
            self.show(state)

    def _layered(self, state: ArticleState) -> ArticleState:
        if self._layer is None:
            return state
        spans = tuple(s for s in state.spans if s.annotator == self._layer)
        # The gold layer is the annotators' work settled: the detector has no say in it.
        suggestions = () if self._layer == GOLD else state.suggestions
        return replace(state, spans=spans, suggestions=suggestions)

    # Changing it ----------------------------------------------------------

    def open(self, article_id: str) -> bool:
        """Open an article (detecting its claims first if new); return whether it opened."""
        try:
            state, later = self._project.open_article(article_id)
        except NotFoundError:
            messages.warning(self.tr("There is no article with id {id}.").format(id=article_id))
            return False
        except ClaimmarkError as error:
            messages.error(told(error))
            return False
        self.show(state)
        if later:
            self.detection_pending.emit(article_id)
        return True

    def show(self, state: ArticleState | None) -> None:
        """Make ``state`` the open article (``None``: no article), nothing selected."""
        self._state = self._layered(state) if state is not None else None
        self._selected = None
        self.opened.emit()

    def update(self, new: ArticleState, change: Change | None = None) -> None:
        """Take a newer state of the open article; the selection follows its item.

        Args:
            new: the state.
            change: what made it from the state before, if known (an edit's
                :class:`Change`); views then redraw just that (see :meth:`changes`).
        """
        old = self._state
        new = self._layered(new)
        self._state = new
        selected = self._selected
        self._selected = new.item(selected.id) if selected is not None else None
        self._change = change
        if change is not None and old is not None:
            self.followed.emit(old, change)
        try:
            self.changed.emit(old, new)
        finally:
            self._change = None
        if self._selected != selected:
            self.selection_changed.emit()

    def changes(self, old: ArticleState, new: ArticleState) -> tuple[list[Item], list[Item]]:
        """Return the items ``new`` lacks or changed, and those it added or changed, for a
        ``changed`` signal being handled: the edit's own change where there is one."""
        if self._change is not None:
            return list(self._change.removed), list(self._change.added)
        return differences((*old.spans, *old.suggestions), (*new.spans, *new.suggestions))

    def refresh(self) -> None:
        """Re-read the open article from the store; the selection follows its item."""
        self._reread(self._project.reread)

    def _reread(self, read: Callable[[ArticleState], ArticleState]) -> None:
        """Take what ``read`` makes of the open article's state, if it changed anything.

        A store that cannot be read now (busy, gone) is told, and the state kept.
        """
        state = self._state
        if state is None:
            return
        try:
            new = self._layered(read(state))
        except ClaimmarkError as error:
            messages.error(told(error))
            return
        if new != state:
            self.update(new)

    def select(self, item_id: str | None) -> None:
        """Select the span or suggestion with ``item_id`` (``None``: nothing)."""
        item = self._state.item(item_id) if self._state and item_id else None
        if item != self._selected:
            self._selected = item
            self.selection_changed.emit()

    def _on_articles_changed(self) -> None:
        """Take the open article's new status (its spans are refreshed on their own signal)."""
        self._reread(
            lambda state: replace(state, status=self._project.repo.status_of(state.article.id))
        )

    def _on_status_changed(self, article_id: str) -> None:
        if self._current:
            return
        if self._state is not None and self._state.article.id == article_id:
            self._on_articles_changed()

    @contextmanager
    def current(self) -> Iterator[None]:
        """Inside, the open article's state is known to be what the store holds: an edit
        just gave it (see ``change_of``), so the announcement of that edit is not a
        reason to read the article again."""
        self._current = True
        try:
            yield
        finally:
            self._current = False

    def _on_spans_changed(self, article_id: str) -> None:
        if self._current:
            return
        if self._state is not None and self._state.article.id == article_id:
            self.refresh()
