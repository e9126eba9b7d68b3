"""What every use case reports: one protocol, so the CLI and the window say the same.

A use case (import, merge, split, train, ...) returns a report that has

- a summary line, lower-case and without a full stop, that the CLI prints as it is
  and the window starts with a capital and ends with one;
- detail lines, one per note, file, article left alone or problem, problems
  starting with ``error:``, notes with ``note:`` (the CLI sends those and
  ``skipped`` lines to stderr, and the rest to stdout);
- a JSON form, with the same figures as plain values, for ``--json`` and scripts.

A report the window shows in its own language says its lines as
:class:`~claimmark.core.words.Said` (a :class:`SaidOutcome`): English for the CLI,
translated by the window, from one set of words.
"""

from __future__ import annotations

from typing import Any
from typing import Protocol

from claimmark.core.problems import ImportProblem
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import first_upper
from claimmark.core.words import said


class Outcome(Protocol):
    """A use case's report (see the module's docstring)."""

    def summary_line(self) -> str:
        """Return the one line that sums the work up."""
        ...

    def detail_lines(self) -> list[str]:
        """Return the lines that say more, one thing per line."""
        ...

    def as_json(self) -> dict[str, Any]:
        """Return the figures as JSON values (no paths or enums as objects)."""
        ...


class SaidOutcome:
    """An outcome whose lines are :class:`Said`: its English lines are those words.

    A report derives from it and says :meth:`summary_said` and :meth:`details_said`;
    :meth:`summary_line` and :meth:`detail_lines` follow.
    """

    __slots__ = ()

    def summary_said(self) -> Said:
        """Return the summary line's words."""
        raise NotImplementedError

    def details_said(self) -> list[Said]:
        """Return the detail lines' words."""
        return []

    def summary_line(self) -> str:
        """Return the summary line in English (the command line's)."""
        return str(self.summary_said())

    def detail_lines(self) -> list[str]:
        """Return the detail lines in English (the command line's)."""
        return [str(line) for line in self.details_said()]


def note_line(what: object) -> Said:
    """Return a detail line that remarks on the work: "note: ..."."""
    return said(QT_TRANSLATE_NOOP("edits", "note: {note}"), note=what)


def label_added_line(name: str) -> Said:
    """Return the note that a label the project lacked was added."""
    return note_line(said(QT_TRANSLATE_NOOP("edits", "added label {name}"), name=name))


def error_line(problem: ImportProblem) -> Said:
    """Return a detail line for a problem, naming its file and line: "error: ..."."""
    return said(QT_TRANSLATE_NOOP("edits", "error: {problem}"), problem=problem.words())


def sentence(outcome: Outcome) -> str:
    """Return the summary line as the window shows it: a sentence."""
    return first_upper(outcome.summary_line()) + "."


def is_trouble(line: str) -> bool:
    """Return whether a detail line reports something not done (an error, a skip)."""
    return line.startswith(("error:", "skipped"))


def is_diagnostic(line: str) -> bool:
    """Return whether a detail line is a remark on the work (a note, an error, a skip)
    rather than part of its result: the CLI sends those to stderr."""
    return line.startswith("note:") or is_trouble(line)


def problems_json(problems: list[ImportProblem]) -> list[dict[str, Any]]:
    """Return problems as JSON objects: file, line (or null) and message."""
    return [{"file": p.path, "line": p.line, "message": p.message} for p in problems]
