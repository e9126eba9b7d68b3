"""Expected bad input as values: collected, shown to the user, never raised."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """Something in an input file that could not be used.

    Attributes:
        path: the file, as the user named it.
        message: what is wrong, in words.
        line: 1-based line number, where the problem has one.
    """

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"
