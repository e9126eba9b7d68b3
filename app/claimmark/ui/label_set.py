"""The project's label set as the window shows it, re-read whenever the store says it changed."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from claimmark.core.labels import Label
from claimmark.store import Repository
from claimmark.ui.store_events import StoreEvents


class LabelSet(QObject):
    """The labels, in display order; every widget that shows labels observes this.

    Signals:
        changed(): the labels were added, renamed, recoloured, re-keyed or deleted.
    """

    changed = Signal()

    def __init__(
        self, repo: Repository, events: StoreEvents, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self.labels: list[Label] = repo.labels()
        events.labels_changed.connect(self._on_labels_changed)

    def key_of(self, name: str) -> str:
        """Return the key that marks with label ``name`` ("?" if there is none)."""
        return next((label.key for label in self.labels if label.name == name), "?")

    def refresh(self) -> None:
        """Re-read the labels; tell the widgets only if they differ from those shown."""
        labels = self._repo.labels()
        if labels != self.labels:
            self.labels = labels
            self.changed.emit()

    def _on_labels_changed(self) -> None:
        self.labels = self._repo.labels()
        self.changed.emit()
