"""Backing up a project: one consistent copy of its database, taken while it is in use."""

from __future__ import annotations

from pathlib import Path

from claimmark.core.errors import ClaimmarkError
from claimmark.core.words import counted
from claimmark.store import Repository


class BackupError(ClaimmarkError):
    """The backup could not be written; what was at the target is untouched."""


def back_up(repo: Repository, out: Path) -> str:
    """Copy the project's database to ``out``; return the line that says what was done.

    Raises:
        BackupError: ``out`` is the database itself, or cannot be written.
        StoreError: the database cannot be read.
    """
    if repo.folder is not None and out.resolve() == Path(repo.path).resolve():
        raise BackupError(f"{out} is the database itself; choose another file")
    try:
        repo.back_up(out)
    except OSError as error:
        raise BackupError(f"Could not back up to {out}: {error.strerror or error}") from error
    stats = repo.stats()
    return (
        f"backed up {counted(stats.articles, 'article')} and {counted(stats.spans, 'span')} "
        f"to {out}"
    )
