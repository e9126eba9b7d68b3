"""Backing up a project: one consistent copy of its database, taken while it is in use."""

from __future__ import annotations

from pathlib import Path

from claimmark.core.errors import ClaimmarkError
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import article_count
from claimmark.core.words import said
from claimmark.core.words import span_count
from claimmark.project.targets import check_output
from claimmark.store import Repository


class BackupError(ClaimmarkError):
    """The backup could not be written; what was at the target is untouched."""


def back_up(repo: Repository, out: Path, force: bool = False) -> Said:
    """Copy the project's database to ``out``; return the line that says what was done.

    Args:
        repo: the project's store.
        out: the copy to write.
        force: replace a file already at ``out`` (the window's save dialog asked);
            otherwise an existing file is refused, so an earlier backup is never
            overwritten by mistake.

    Raises:
        TargetError: ``out`` is the database or a companion of it, not a regular
            file, or exists and ``force`` is false.
        BackupError: ``out`` cannot be written, or the database is damaged (the copy
            is written, and as damaged; the message says so).
        StoreError: the database cannot be read.
    """
    check_output(out, repo.path, force=force)
    try:
        repo.back_up(out)
    except OSError as error:
        raise BackupError(f"Could not back up to {out}: {error.strerror or error}") from error
    damage = repo.damage()
    if damage:
        raise BackupError(
            f"Copied the database to {out}, but the database is damaged and so is the copy "
            f"(SQLite's check: {damage[0]}). Keep both; the sqlite3 tool's .recover command "
            "salvages what can be read."
        )
    stats = repo.stats()
    return said(
        QT_TRANSLATE_NOOP("edits", "backed up {articles} and {spans} to {path}"),
        articles=article_count(stats.articles),
        spans=span_count(stats.spans),
        path=out,
    )
