"""What a project holds, told without opening it for work: for the list of projects."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from claimmark.core.articles import Status
from claimmark.core.errors import ClaimmarkError
from claimmark.store import Repository


@dataclass(frozen=True, slots=True)
class ProjectSummary:
    """A project's counts, or why they cannot be read.

    Attributes:
        path: the database file.
        articles: articles it holds.
        spans: confirmed spans.
        done: articles marked done.
        problem: why the counts could not be read (``None`` when they were).
    """

    path: Path
    articles: int = 0
    spans: int = 0
    done: int = 0
    problem: str | None = None

    @property
    def percent_done(self) -> int:
        """Return the share of articles done, in whole percent (0 without articles)."""
        return 100 * self.done // self.articles if self.articles else 0


def summary_of(repo: Repository, path: Path) -> ProjectSummary:
    """Return the counts of a project open already, through its own connection."""
    stats = repo.stats()
    done = stats.articles_by_status.get(Status.DONE, 0)
    return ProjectSummary(path, stats.articles, stats.spans, done)


def summarize(path: Path) -> ProjectSummary:
    """Return the counts of the project at ``path``, read through SQLite read-only (so
    nothing of it is changed or upgraded); a file that cannot be read says why."""
    if not path.exists():
        return ProjectSummary(path, problem="the file is gone")
    try:
        repo = Repository.open(path, create=False, read_only=True)
    except ClaimmarkError as error:
        return ProjectSummary(path, problem=str(error))
    try:
        return summary_of(repo, path)
    except ClaimmarkError as error:
        return ProjectSummary(path, problem=str(error))
    finally:
        repo.close()
