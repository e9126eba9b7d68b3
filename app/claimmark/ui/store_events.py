"""The Qt side of the store: past-tense signals emitted after each successful write."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from claimmark.project.edits import Changed


class StoreEvents(QObject):
    """Announces changes to the store so views can re-read what they show.

    Signals:
        spans_changed(article_id): spans or suggestions of that article were added,
            removed or changed.
        status_changed(article_id): that article's status changed.
        articles_changed(): articles were added, or any may have changed (another
            program wrote).
        labels_changed(): the label set changed (added, renamed, recoloured, deleted).
        language_changed(article_id): that article's language changed (set, undone
            or redone), so its claims are to be read with the other language's rules.
        files_replaced(message): a write was refused because another program deleted or
            replaced the database's files (``DatabaseReplacedError``): this connection
            can save nothing more, the project must be reopened.
        row_changed(article_id, status): that article's spans or status changed, told
            once an edit, after the two signals above (``status``: its status too): the
            article list reads the row once, not once for each (a read counts the
            article's spans: a millisecond at 20,000).
    """

    spans_changed = Signal(str)
    status_changed = Signal(str)
    articles_changed = Signal()
    labels_changed = Signal()
    language_changed = Signal(str)
    files_replaced = Signal(str)
    row_changed = Signal(str, bool)

    def announce(self, changed: Changed) -> None:
        """Emit the signals for what an edit changed: labels first, then articles, then spans."""
        if changed.labels:
            self.labels_changed.emit()
        if changed.statuses:
            if changed.article_id is None:
                self.articles_changed.emit()
            else:
                self.status_changed.emit(changed.article_id)
        if changed.article_id is not None and changed.spans:
            self.spans_changed.emit(changed.article_id)
        if changed.article_id is not None and (changed.spans or changed.statuses):
            self.row_changed.emit(changed.article_id, changed.statuses)
        if changed.article_id is not None and changed.language:
            self.language_changed.emit(changed.article_id)

    def spans_changed_in(self, article_id: str) -> None:
        """Tell that spans or suggestions of an article changed other than by an edit
        (a detector run, another program's write)."""
        self.spans_changed.emit(article_id)
        self.row_changed.emit(article_id, False)
