"""The adjudication panel: the open article's disagreements, settled by keyboard into gold.

While adjudicating, the window edits as the annotator ``gold`` and shows the gold
layer; the spans every annotator agrees on are taken over as each article opens
(one undoable step). The panel lists what is left: each disagreement with its
versions, lettered. In the panel:

- Up / Down: the previous / next disagreement (the text shows where it is);
- A, B, C…: take that version's spans as gold;
- X: reject every version (no span there);
- E: edit: the text gets the focus with the stretch selected, to mark gold
  spans of your own with the label keys (a gold span there settles it);
- Page Down / Page Up: the next / previous article with disagreements left.

Every step is undoable (Ctrl+Z), and the count of disagreements left follows.
"""

from __future__ import annotations

from collections.abc import Callable
from string import ascii_uppercase

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.errors import ClaimmarkError
from claimmark.core.words import first_upper
from claimmark.project.adjudicating import Adjudication
from claimmark.project.adjudicating import reject_all
from claimmark.project.adjudicating import take_version
from claimmark.project.edits import Edit
from claimmark.team.adjudication import GOLD
from claimmark.team.adjudication import Cluster
from claimmark.team.adjudication import Version
from claimmark.ui import messages
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import quoted_here
from claimmark.ui.i18n import told
from claimmark.ui.i18n import translated
from claimmark.ui.messages import plain_tooltip
from claimmark.ui.parts import Parts
from claimmark.ui.version_frames import VersionFrame
from claimmark.ui.version_frames import annotator_colour

CLUSTER_ROLE = Qt.ItemDataRole.UserRole + 3


def version_words(letter: str, version: Version, no_span: str = "no span") -> str:
    """Return how the panel names a version: "A  anna, ben: TROOPS '3000 Soldaten'", or
    with ``no_span`` (in the window's language) for a version without one."""
    who = ", ".join(version.annotators)
    if not version.spans:
        return f"{letter}  {who}: {no_span}"
    spans = "; ".join(f"{s.label} {quoted_here(s.text)}" for s in version.spans)
    return f"{letter}  {who}: {spans}"


class AdjudicationPanel(QWidget):
    """Lists the open article's open disagreements; keys settle them (see the module).

    Signals:
        settled(): a disagreement was settled or an edit of gold undone; the count changed.
        shown(start, end): a disagreement became current: the text shows this stretch.
        edit_requested(start, end): E was pressed: the text takes the focus with the
            stretch selected.
        article_requested(step): Page Down (+1) or Page Up (-1) was pressed.
        versions_drawn(frames): the versions of the open article's disagreements, as
            the text frames them (a list of ``VersionFrame``; empty: none).
    """

    settled = Signal()
    shown = Signal(int, int)
    edit_requested = Signal(int, int)
    article_requested = Signal(int)
    versions_drawn = Signal(list)

    def __init__(self, parts: Parts, push: Callable[[Edit], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._parts = parts
        self._push = push
        self.adjudication: Adjudication | None = None
        self._left: dict[str, int] = {}  # disagreements left, by article
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.installEventFilter(self)
        self.tree.currentItemChanged.connect(self._on_current)
        keys = QLabel(self.tr("A, B, C… take a version · X no span · E edit in the text · "
                      "Page Down: next article"))  # fmt: skip
        keys.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        layout.addWidget(keys)
        parts.events.spans_changed.connect(self._on_spans_changed)
        parts.open.opened.connect(self.refresh)

    @property
    def active(self) -> bool:
        """Return whether the window is adjudicating."""
        return self.adjudication is not None

    def start(self) -> None:
        """Begin adjudicating: find what there is to settle, and show the open article's."""
        try:
            self.adjudication = Adjudication(self._parts.project.repo)
            self._left = self.adjudication.left()
        except ClaimmarkError as error:
            messages.error(told(error))
            return
        self.refresh()

    def stop(self) -> None:
        """Stop adjudicating."""
        self.adjudication = None
        self.tree.clear()
        self.progress.setText("")
        self.versions_drawn.emit([])

    def disagreements(self) -> list[Cluster]:
        """Return the disagreements listed, in text order."""
        items = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [item.data(0, CLUSTER_ROLE) for item in items if item is not None]

    def left(self) -> int:
        """Return how many disagreements are left in every article."""
        return sum(self._left.values())

    def refresh(self) -> None:
        """List the open article's open disagreements (taking over its agreements first)."""
        adjudication = self.adjudication
        article = self._parts.open.article
        if adjudication is None:
            return
        self.tree.clear()
        if article is None or article.id not in adjudication.articles:
            self.versions_drawn.emit([])
            self._say(article is not None)
            return
        agreed = adjudication.agreements_edit(article.id)
        if agreed is not None and self._push(agreed):
            # The push's announcement listed the disagreements left (_on_spans_changed).
            messages.info(first_upper(translated(agreed.said)) + ".")
            return
        self.refresh_list()

    def _fill(self, found: list[Cluster]) -> None:
        text = self._parts.open.article.text if self._parts.open.article else ""
        for cluster in found:
            item = QTreeWidgetItem(self.tree)
            words = text[cluster.start : cluster.end]
            item.setText(0, f"{cluster.start}–{cluster.end} {quoted_here(words, 50)}")
            item.setToolTip(0, plain_tooltip(words))
            item.setData(0, CLUSTER_ROLE, cluster)
            for letter, version in zip(ascii_uppercase, cluster.versions, strict=False):
                child = QTreeWidgetItem(item)
                words = version_words(letter, version, self.tr("no span"))
                child.setText(0, words)
                child.setToolTip(0, plain_tooltip(words))
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.tree.expandAll()
        self.versions_drawn.emit(self._frames(found))
        first = self.tree.topLevelItem(0)
        if found and first is not None:
            self.tree.setCurrentItem(first)

    def _frames(self, found: list[Cluster]) -> list[VersionFrame]:
        """Return a frame for each span of each version, lettered as the list letters it."""
        assert self.adjudication is not None
        team = list(self.adjudication.finished)
        return [
            VersionFrame(
                span.start, span.end, letter, annotator_colour(version.annotators[0], team), depth
            )
            for cluster in found
            for depth, (letter, version) in enumerate(
                zip(ascii_uppercase, cluster.versions, strict=False)
            )
            for span in version.spans
        ]

    def _say(self, here: bool) -> None:
        assert self.adjudication is not None
        total = len(self.adjudication.articles)
        if total == 0:
            self.progress.setText(
                self.tr(
                    "No article was finished by two annotators: there is nothing to adjudicate."
                )
            )
            return
        count = self.tree.topLevelItemCount()
        where = (
            self.tr("{disagreements} left here").format(disagreements=self._disagreements(count))
            if here
            else self.tr("This article was not finished by two annotators")
        )
        self.progress.setText(
            self.tr("{where}; {disagreements} left in {articles} to adjudicate.").format(
                where=where, disagreements=self._disagreements(self.left()),
                articles=counted_in(total, self.tr("{n} article"), self.tr("{n} articles")),
            )
        )  # fmt: skip

    def _disagreements(self, number: int) -> str:
        return counted_in(number, self.tr("{n} disagreement"), self.tr("{n} disagreements"))

    def _on_spans_changed(self, article_id: str) -> None:
        article = self._parts.open.article
        if self.active and article is not None and article.id == article_id:
            current = self.tree.currentIndex().row()
            self.refresh_list()
            if self.tree.topLevelItemCount():
                row = min(max(current, 0), self.tree.topLevelItemCount() - 1)
                chosen = self.tree.topLevelItem(row)
                if chosen is not None:
                    self.tree.setCurrentItem(chosen)
            self.settled.emit()

    def refresh_list(self) -> None:
        """List the open article's disagreements again, without taking anything over."""
        adjudication, article = self.adjudication, self._parts.open.article
        if adjudication is None or article is None:
            return
        self.tree.clear()
        if article.id in adjudication.articles:
            found = adjudication.open_disagreements(article.id)
            self._left[article.id] = len(found)
            self._fill(found)
        self._say(article.id in adjudication.articles)

    def _current(self) -> Cluster | None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else item.data(0, CLUSTER_ROLE)

    def _on_current(self) -> None:
        cluster = self._current()
        if cluster is not None:
            self.shown.emit(cluster.start, cluster.end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: the panel's keys (see the module)."""
        if watched is not self.tree or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, cluster = event.key(), self._current()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.article_requested.emit(1 if key == Qt.Key.Key_PageDown else -1)
            return True
        if cluster is None:
            return False
        letter = event.text().upper()
        if letter == "X":
            self._push(reject_all(cluster))
            return True
        if letter == "E":
            self.edit_requested.emit(cluster.start, cluster.end)
            return True
        if len(letter) == 1 and letter in ascii_uppercase[: len(cluster.versions)]:
            version = cluster.versions[ascii_uppercase.index(letter)]
            self._push(take_version(version) if version.spans else reject_all(cluster))
            return True
        return False


__all__ = ["GOLD", "AdjudicationPanel"]
