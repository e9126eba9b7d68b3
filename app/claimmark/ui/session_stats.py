"""What this session has done: spans made and articles marked done, and the pace."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QWidget

from claimmark.core.articles import Status
from claimmark.core.spans import Span
from claimmark.project.annotating import ArticleState
from claimmark.project.annotating import Change
from claimmark.ui.i18n import counted_in
from claimmark.ui.open_article import OpenArticle


class SessionStats(QObject):
    """Counts the spans and finished articles of this session from the edits the window
    follows; an undo takes its count back.

    Signals:
        changed(): the counts changed.
    """

    changed = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._started = clock()
        self.spans = 0
        self.done = 0

    def count(self, before: ArticleState, change: Change) -> None:
        """Add what an edit (or its undo) did to the open article."""
        self.spans += sum(isinstance(i, Span) for i in change.added)
        self.spans -= sum(isinstance(i, Span) for i in change.removed)
        if change.status is not None and change.status != before.status:
            self.done += (change.status == Status.DONE) - (before.status == Status.DONE)
        self.changed.emit()

    @property
    def started(self) -> float:
        """Return when the session began, on the clock it was made with."""
        return self._started

    def give_back(self, spans: int, done: int, started: float) -> None:
        """Take up the counts of a session left earlier (the project was opened again)."""
        self.spans, self.done, self._started = spans, done, started
        self.changed.emit()

    def per_hour(self) -> float | None:
        """Return spans an hour so far, once the session is a minute old."""
        hours = (self._clock() - self._started) / 3600
        return self.spans / hours if hours >= 1 / 60 else None

    def text(self) -> str:
        """Return the counts as the status bar shows them."""
        words = self.tr("This session: {spans}, {articles} done").format(
            spans=counted_in(self.spans, self.tr("{n} span"), self.tr("{n} spans")),
            articles=counted_in(self.done, self.tr("{n} article"), self.tr("{n} articles")),
        )
        rate = self.per_hour()
        if rate is None:
            return words
        return self.tr("{words}, {rate} spans an hour").format(words=words, rate=f"{rate:,.0f}")


class SessionLabel(QLabel):
    """The status bar's word on this session: it counts the edits the open article follows."""

    def __init__(self, model: OpenArticle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats = SessionStats(parent=self)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(self.tr("Spans made and articles marked done since the window opened"))
        model.followed.connect(self.stats.count)
        self.stats.changed.connect(lambda: self.setText(self.stats.text()))
        self.setText(self.stats.text())
