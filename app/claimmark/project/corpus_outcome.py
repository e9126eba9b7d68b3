"""The report of a command that reads a corpus of files and writes one file from it
(``preannotate``, ``sample``): what it wrote, and what reading the files found."""

from __future__ import annotations

from abc import ABC
from abc import abstractmethod
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from claimmark.core.problems import ImportProblem
from claimmark.formats.reading import ReadResult


@dataclass
class CorpusOutcome(ABC):
    """A report (a ``core.outcome.Outcome``) of work from input files into ``out``.

    Attributes:
        out: the file written.
        read: what reading the input found (problems and notes).
    """

    out: Path
    read: ReadResult = field(default_factory=ReadResult)

    @abstractmethod
    def summary_line(self) -> str:
        """Return the one line that sums the work up."""

    @property
    def problems(self) -> list[ImportProblem]:
        """Return the problems of reading the input, each naming its file."""
        return self.read.problems

    def figures(self) -> dict[str, Any]:
        """Return the work's own figures, as JSON values."""
        return {}

    def detail_lines(self) -> list[str]:
        """Return a line per note and problem of the input."""
        return self.read.detail_lines()

    def as_json(self) -> dict[str, Any]:
        """Return the file written, the figures, the notes and the problems."""
        return {"out": str(self.out), **self.figures(), **self.read.as_json()}
