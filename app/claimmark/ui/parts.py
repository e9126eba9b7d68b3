"""What the window's parts share, handed to each of them as one value."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from claimmark.project.project import Project
from claimmark.ui.jobs import JobRunner
from claimmark.ui.label_set import LabelSet
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.store_events import StoreEvents


@dataclass(frozen=True, slots=True)
class Parts:
    """The project, the store's events, the two models, the undo stack and the background
    jobs of one window.

    Attributes:
        project: the project every action works on.
        events: signals emitted after each write.
        open: the open article and its selection.
        labels: the label set.
        undo_stack: every user action, undoable.
        jobs: the window's background jobs (at most one of each name at a time).
    """

    project: Project
    events: StoreEvents
    open: OpenArticle
    labels: LabelSet
    undo_stack: QUndoStack
    jobs: JobRunner
