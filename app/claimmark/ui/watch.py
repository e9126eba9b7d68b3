"""Noticing what another program wrote to the project, so the window shows it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer

from claimmark.core.errors import ClaimmarkError
from claimmark.ui.parts import Parts


class ChangeWatcher(QObject):
    """Asks the database now and then whether another connection committed a change.

    SQLite's ``data_version`` changes only for other connections' commits (another
    window, ``claimmark import``, a job of this window), so asking costs one read;
    when it changed, the views re-read what they show.
    """

    INTERVAL_MS = 1000

    def __init__(self, parts: Parts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parts = parts
        self._seen = self._version()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _version(self) -> int | None:
        try:
            return self._parts.project.repo.data_version()
        except ClaimmarkError:
            return None  # busy or gone for a moment: ask again next time

    def check(self, force: bool = False) -> None:
        """Re-read what the window shows if another connection changed the database.

        Args:
            force: re-read even if the database says nothing changed: this window's
                own job wrote (on an in-memory project, through this connection).
                Either way the change is then seen, so the next check is quiet.
        """
        version = self._version()
        if not force and (version is None or version == self._seen):
            return
        self._seen = version
        self._parts.labels.refresh()
        self._parts.events.articles_changed.emit()
        article = self._parts.open.article
        if article is not None:
            self._parts.events.spans_changed_in(article.id)
