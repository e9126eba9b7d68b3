"""Noticing what another program wrote to the project, so the window shows it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from claimmark.core.errors import ClaimmarkError
from claimmark.store import Repository
from claimmark.ui.label_set import LabelSet
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.store_events import StoreEvents


class ChangeWatcher(QObject):
    """Asks the database now and then whether another connection committed a change.

    SQLite's ``data_version`` changes only for other connections' commits (another
    window, ``claimmark import``, a job of this window), so asking costs one read;
    when it changed, the views re-read what they show.
    """

    INTERVAL_MS = 1000

    def __init__(
        self,
        repo: Repository,
        events: StoreEvents,
        model: OpenArticle,
        labels: LabelSet,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self._events = events
        self._model = model
        self._labels = labels
        self._seen = self._version()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _version(self) -> int | None:
        try:
            return self._repo.data_version()
        except ClaimmarkError:
            return None  # busy or gone for a moment: ask again next time

    def check(self) -> None:
        """Re-read what the window shows if another connection changed the database."""
        version = self._version()
        if version is None or version == self._seen:
            return
        self._seen = version
        self._labels.refresh()
        self._events.articles_changed.emit()
        article = self._model.article
        if article is not None:
            self._events.spans_changed.emit(article.id)
