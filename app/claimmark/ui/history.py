"""Each project's undo history and session counts, kept while another project is open.

File › Open replaces the window. Without this, coming back to a project would
start an empty Edit › Undo and new counts; with it, the project's own steps are
there again, undone ones redoable, and nothing of one project's history reaches
another's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimmark.project.edits import Edit
from claimmark.ui.commands import EditCommand
from claimmark.ui.session_stats import SessionStats

if TYPE_CHECKING:  # the window imports the projects, which import this
    from claimmark.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class History:
    """What a project's window had done when it was left.

    Attributes:
        edits: every step on its undo stack, oldest first.
        index: how many of them were done (the rest were undone, and redoable).
        spans: the session's spans made.
        done: the session's articles marked done.
        started: when the session began (the pace counts from there).
    """

    edits: tuple[Edit, ...]
    index: int
    spans: int
    done: int
    started: float


def kept(window: MainWindow) -> History:
    """Return the undo history and session counts of ``window``, to give back later."""
    stack = window.undo_stack
    commands = [stack.command(i) for i in range(stack.count())]
    edits = tuple(c.edit for c in commands if isinstance(c, EditCommand))
    stats = _stats(window)
    return History(edits, stack.index(), stats.spans, stats.done, stats.started)


def give_back(window: MainWindow, history: History) -> None:
    """Put ``history`` on ``window``'s undo stack and counts, writing nothing: each step is
    in the database as it was left (done ones applied, undone ones reverted)."""
    stack = window.undo_stack
    commands = [
        EditCommand.as_it_was(window.project.repo, window.events, edit, window.open)
        for edit in history.edits
    ]
    for command in commands:
        stack.push(command)
    for command in commands[history.index :]:
        command.as_it_was_undone()
    stack.setIndex(history.index)
    _stats(window).give_back(history.spans, history.done, history.started)


def _stats(window: MainWindow) -> SessionStats:
    return window.session_label.stats
