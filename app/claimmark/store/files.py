"""The database's files on disk as a connection opened them, and the paths that are them.

SQLite keeps two processes from stepping on each other with POSIX advisory locks,
and on POSIX closing *any* descriptor of a file drops every lock the process
holds on it. If anything in our process opens and closes the database file or
its ``-wal``/``-shm`` outside SQLite (a file dialog sniffing a type, a copy, a
hash), our locks are gone: another process then believes itself alone,
checkpoints, and deletes the write-ahead log that our connection still writes
into. The commits that follow land in a deleted file and are lost.

The first guard is that nothing opens those files (``ui/file_dialogs.py``, and
:func:`is_database_file` for every path a user chooses). This module is the
second: a connection remembers which files (device and inode) it opened, and
before and after every write it checks they are still the ones on disk. If not,
it stops with :class:`DatabaseReplacedError` instead of writing into a file
nobody will read again.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import said
from claimmark.store.errors import DatabaseReplacedError

COMPANIONS = ("-wal", "-shm", "-journal")
"""What SQLite keeps beside a database file, by the suffix it adds to the file's name."""

_Identity = tuple[int, int] | None


def _identity(path: str) -> _Identity:
    try:
        found = os.stat(path)
    except OSError:  # not there, or not reachable: not a file anything was opened as
        return None
    return found.st_dev, found.st_ino


def database_files(database: str | Path) -> list[Path]:
    """Return the database file and the companions SQLite may keep beside it."""
    return [Path(database), *(Path(f"{database}{suffix}") for suffix in COMPANIONS)]


def is_database_file(path: str | Path, database: str | Path) -> bool:
    """Return whether ``path`` is ``database`` or one of its companions (``-wal``, ...),
    by name or by the file it is (a link, another spelling), without opening either."""
    if str(database) == ":memory:":
        return False
    candidate = Path(path).absolute()
    mine = database_files(Path(database).absolute())
    if candidate in mine:
        return True
    there = _identity(str(candidate))
    return there is not None and any(_identity(str(p)) == there for p in mine)


class OpenedFiles:
    """The database file, its WAL and its shared memory as a connection found them.

    Only SQLite deletes or replaces these while a connection is open, and it never
    does so under a connection that holds its locks: a file that is gone or another
    file now means another process took our locks for lost (see the module's
    docstring). The WAL and shared memory appear with the first read in WAL mode;
    one that did not exist when this was made is taken as it is at the next check.
    """

    def __init__(self, database: str) -> None:
        self._paths = (database, f"{database}-wal", f"{database}-shm")
        self._seen = [_identity(p) for p in self._paths]

    def check(self, after_write: bool = False) -> None:
        """Raise DatabaseReplacedError if a file this connection uses is gone or replaced.

        Args:
            after_write: the check follows a commit, which then may have gone into a
                file no other connection reads: the message says so.
        """
        now = [_identity(p) for p in self._paths]
        changed = [
            path
            for path, seen, there in zip(self._paths, self._seen, now, strict=True)
            if seen is not None and there != seen
        ]
        if changed:
            raise DatabaseReplacedError(_replaced_message(self._paths[0], changed, after_write))
        self._seen = [
            seen if seen is not None else there for seen, there in zip(self._seen, now, strict=True)
        ]


def _replaced_message(database: str, changed: list[str], after_write: bool) -> Said:
    names = ", ".join(Path(p).name for p in changed)
    what = (
        said(QT_TRANSLATE_NOOP("edits", "the last change may not have been saved"))
        if after_write
        else said(QT_TRANSLATE_NOOP("edits", "nothing was written"))
    )
    return said(
        QT_TRANSLATE_NOOP(
            "edits",
            "{database}: another program deleted or replaced {names} while Claimmark had "
            "the database open, so {what}. Reopen the project to go on (what the database "
            "holds on disk is kept).",
        ),
        database=database, names=names, what=what,
    )  # fmt: skip


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def _temporaries(target: Path) -> list[Path]:
    """Return the files a copy to ``target`` in progress (or killed) keeps beside it."""
    return sorted(target.parent.glob(f".{target.name}.*.tmp*"))


def remove_stale_copies(target: Path) -> None:
    """Remove what copies to ``target`` left when their process was killed (a ``.tmp``
    file named with the dead process's id, and its ``-journal``)."""
    for leftover in _temporaries(target):
        pid = leftover.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database through SQLite's online backup into ``target``, whole or not at all.

    The copy is written beside ``target`` under a name that holds this process's id,
    then renamed into place; a failed copy leaves nothing (its journal included), and
    one a killed process left is removed by the next copy to the same place.

    Raises:
        sqlite3.Error: the source cannot be read, or the copy written (a full disk).
        OSError: the folder cannot be written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_copies(target)
    temporary = target.parent / f".{target.name}.{os.getpid()}.tmp"
    try:
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
            # One file, readable on its own: no -wal beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(temporary, target)
    except BaseException:
        for leftover in (temporary, Path(f"{temporary}-journal"), Path(f"{temporary}-wal")):
            leftover.unlink(missing_ok=True)
        raise
