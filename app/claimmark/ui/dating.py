"""The publication day proposed from the open article's dateline, off the window's thread.

An article opened without a day has its first lines read (dateparser: a fifth of
a second the first time) by a job; the header then offers "Use 2024-10-23",
which the user takes with a click (undoable) or ignores.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from shiboken6 import isValid

from claimmark.ui.header import ArticleHeader
from claimmark.ui.jobs import propose_day_job
from claimmark.ui.parts import Parts


class DayProposer(QObject):
    """Reads the day of each article opened without one, and offers it in the header.

    Attributes:
        proposed: article id -> the day read from its dateline (``None``: none found),
            so reopening an article reads nothing again.
    """

    def __init__(self, parts: Parts, header: ArticleHeader) -> None:
        super().__init__(header)
        self._parts = parts
        self._header = header
        self.proposed: dict[str, str | None] = {}
        parts.open.opened.connect(self._on_opened)

    def _on_opened(self) -> None:
        state = self._parts.open.state
        if state is None or state.article.published or self._parts.project.read_only:
            return
        article = state.article
        if article.id in self.proposed:
            self._header.show_proposal(article.id, self.proposed[article.id])
            return
        job = propose_day_job(self._parts.project, article.text, article.language)

        def found(day: str | None) -> None:
            if not isValid(self._header):  # the window closed while the job read
                return
            self.proposed[article.id] = day
            self._header.show_proposal(article.id, day)

        # A dateline that cannot be read proposes nothing; there is nothing to say.
        self._parts.jobs.launch(job, found, lambda _message: None)
