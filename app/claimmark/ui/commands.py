"""The one undo command: it applies a project edit, and its undo reverts it.

Every user action is a :class:`~claimmark.project.edits.Edit` built by the use
cases in ``claimmark.project.annotating``; this adapter puts it on Qt's undo
stack. A write that fails for an expected reason (a broken rule, a locked or
read-only database) marks the command obsolete, so the stack drops it, and the
user is told why; any other exception is a bug and reaches the crash handler.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from claimmark.core.errors import ClaimmarkError
from claimmark.project.annotating import change_of
from claimmark.project.annotating import with_change
from claimmark.project.edits import Edit
from claimmark.project.edits import Learn
from claimmark.project.edits import Together
from claimmark.project.edits import made_spans
from claimmark.store import DatabaseBusyError
from claimmark.store import DatabaseReplacedError
from claimmark.store import Repository
from claimmark.ui import messages
from claimmark.ui.i18n import told
from claimmark.ui.i18n import translated
from claimmark.ui.open_article import OpenArticle
from claimmark.ui.store_events import StoreEvents

LESSON_MERGE = 1
"""The id every edit command answers ``id()`` with, so a lesson can join its teacher."""


class EditCommand(QUndoCommand):
    """An edit on the undo stack: redo applies it, undo reverts it, each then announced.

    What a span teaches (a :class:`~claimmark.project.edits.Learn`, found in the
    background) joins the command that made the span, if that is still the last
    one: one Ctrl+Z then takes back the span and what it taught together.
    """

    def __init__(
        self,
        repo: Repository,
        events: StoreEvents,
        edit: Edit,
        open_article: OpenArticle | None = None,
    ) -> None:
        super().__init__(translated(edit.said))
        self.edit = edit
        # Whether the last write succeeded. A Python attribute: the stack deletes a
        # command that made itself obsolete in push(), and then no Qt method answers.
        self.saved = False
        self._repo = repo
        self._events = events
        self._open = open_article
        # A step given back to a project's window (see ui/history.py): its next redo or
        # undo finds the database already so, and writes nothing.
        self._already = False
        self._given_back = False

    @classmethod
    def as_it_was(
        cls, repo: Repository, events: StoreEvents, edit: Edit, open_article: OpenArticle
    ) -> EditCommand:
        """Return a command for a step the database holds done already: pushing it writes
        nothing, and no later lesson joins it."""
        command = cls(repo, events, edit, open_article)
        command._already = True
        command._given_back = True
        return command

    def as_it_was_undone(self) -> None:
        """Say that the database holds this step undone already: the stack's next undo of
        it writes nothing."""
        self._already = True

    def id(self) -> int:
        """Override QUndoCommand::id: every edit may take in the lesson of its span (not a
        step given back: its lesson, if any, is in it already)."""
        return -1 if self._given_back else LESSON_MERGE

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Override QUndoCommand::mergeWith: take in a lesson learned from a span this made
        (already applied by its own redo); nothing else merges."""
        if not isinstance(other, EditCommand) or not isinstance(other.edit, Learn):
            return False
        if not self.teaches(other.edit):
            return False
        self.edit = Together(self.edit.said, [self.edit, other.edit])
        return True

    def teaches(self, lesson: Learn) -> bool:
        """Return whether this step made the span ``lesson`` was learned from."""
        return lesson.teaching.id in made_spans(self.edit)

    def take_in(self, lesson: Learn) -> bool:
        """Apply a lesson of the span this step made, as part of this step, though other
        steps came after it (the lesson was found after the user's next key); return
        whether it was saved. Undoing this step takes the lesson back with it."""
        lesson_step = EditCommand(self._repo, self._events, lesson, self._open)
        lesson_step.redo()
        if lesson_step.saved:
            self.edit = Together(self.edit.said, [self.edit, lesson])
        return lesson_step.saved

    def redo(self) -> None:
        """Override QUndoCommand::redo: apply the edit."""
        if self._already:
            self._already = False
            self.saved = True
            return
        self._write(self.edit.apply, reverted=False)

    def undo(self) -> None:
        """Override QUndoCommand::undo: revert the edit."""
        if self._already:
            self._already = False
            return
        self._write(self.edit.revert, reverted=True)

    def _write(self, write: Callable[[Repository], None], reverted: bool) -> None:
        try:
            write(self._repo)
        except DatabaseBusyError:
            self.saved = False
            # Another program is writing (an import, say): a word in the status bar,
            # not a dialog for every key the user presses meanwhile.
            self.setObsolete(True)
            messages.warning(
                QCoreApplication.translate(
                    "EditCommand",
                    "Not saved: {what}. The database is busy (another program is writing to "
                    "it); try again in a moment.",
                ).format(what=self.text())
            )
            return
        except DatabaseReplacedError as gone:
            self.saved = False
            self.setObsolete(True)
            self._events.files_replaced.emit(told(gone))
            return
        except ClaimmarkError as failure:
            self.saved = False
            self.setObsolete(True)
            messages.error(
                QCoreApplication.translate("EditCommand", "Could not {what}: {failure}").format(
                    what=self.text(), failure=told(failure)
                )
            )
            return
        self.saved = True
        state = self._open.state if self._open is not None else None
        change = change_of(state, self.edit, reverted) if state is not None else None
        if self._open is None or state is None or change is None:
            self._events.announce(self.edit.changed)
            return
        # The open article takes the edit's own change instead of reading the store.
        self._open.update(with_change(state, change), change)
        with self._open.current():
            self._events.announce(self.edit.changed)
