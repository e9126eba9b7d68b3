"""Expected bad input as values: collected, shown to the user, never raised."""

from __future__ import annotations

from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import kept_values
from claimmark.core.words import said


class ImportProblem:
    """Something in an input file that could not be used.

    Attributes:
        path: the file, as the user named it.
        line: 1-based line number, where the problem has one.
        said: the words for the window to say in its language, where the problem was
            told as :class:`Said` (see :meth:`told`).

    Two problems are equal when they name the same file, line and message.
    """

    __slots__ = ("_message", "line", "path", "said")

    def __init__(
        self, path: str, message: str, line: int | None = None, said: Said | None = None
    ) -> None:
        self.path = path
        self._message = message
        self.line = line
        self.said = said

    @property
    def message(self) -> str:
        """What is wrong, in English words (the command line's, and JSON's).

        Written when asked for, from the words where the problem was told as words: an
        import refusing 126,146 spans wrote each one's twice, once here and once to say it.
        """
        return str(self.said) if self.said is not None else self._message

    def in_file(self, path: str) -> ImportProblem:
        """Return the same problem said of another file (a merge names the file merged)."""
        return ImportProblem(path, self._message, self.line, self.said)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImportProblem):
            return NotImplemented
        return (self.path, self.line, self.message) == (other.path, other.line, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.line, self.message))

    def __repr__(self) -> str:
        return f"ImportProblem(path={self.path!r}, message={self.message!r}, line={self.line!r})"

    @classmethod
    def told(cls, path: str, words: Said, line: int | None = None) -> ImportProblem:
        """Return a problem told in words the window translates."""
        return cls(path, "", line, words)

    @classmethod
    def of(cls, path: str, line: int | None, template: str, /, **values: object) -> ImportProblem:
        """Return a problem told by a template the window translates and its values:
        ``ImportProblem.of(name, 3, QT_TRANSLATE_NOOP("edits", "entry {entry} is odd"),
        entry=...)``."""
        return cls.told(path, Said(template, *kept_values(values)), line)

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
