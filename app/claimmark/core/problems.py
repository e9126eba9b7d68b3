"""Expected bad input as values: collected, shown to the user, never raised."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import kept_values
from claimmark.core.words import said


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """Something in an input file that could not be used.

    Attributes:
        path: the file, as the user named it.
        message: what is wrong, in English words (the command line's, and JSON's).
        line: 1-based line number, where the problem has one.
        said: the same words for the window to say in its language, where the
            problem was told as :class:`Said` (see :meth:`told`).
    """

    path: str
    message: str
    line: int | None = None
    said: Said | None = field(default=None, compare=False)

    @classmethod
    def told(cls, path: str, words: Said, line: int | None = None) -> ImportProblem:
        """Return a problem told in words the window translates."""
        return cls(path, str(words), line, words)

    @classmethod
    def of(cls, path: str, line: int | None, template: str, /, **values: object) -> ImportProblem:
        """Return a problem told by a template the window translates and its values:
        ``ImportProblem.of(name, 3, QT_TRANSLATE_NOOP("edits", "entry {entry} is odd"),
        entry=...)``."""
        return cls.told(path, Said(template, kept_values(values)), line)

    def words(self) -> Said:
        """Return the whole line ("file:3: what is wrong") as words the window translates."""
        what = self.said if self.said is not None else said("{text}", text=self.message)
        if self.line is None:
            return said(QT_TRANSLATE_NOOP("edits", "{path}: {what}"), path=self.path, what=what)
        return said(
            QT_TRANSLATE_NOOP("edits", "{path}:{line}: {what}"),
            path=self.path, line=self.line, what=what,
        )  # fmt: skip

    def __str__(self) -> str:
        return str(self.words())
