"""Where a command may write and what it may read: never the project's own database files,
never a device, a pipe or a link in place of a file the user named.

Writing over the database's ``-wal`` breaks every connection to it, and reading
or copying the database outside SQLite drops its locks (``store/files.py``):
both are refused before anything is opened. Exports and backups are written
aside and renamed into place, which would turn a device node, a FIFO or a
symbolic link at the target into a regular file (as root, ``/dev/null``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from claimmark.core.errors import ClaimmarkError
from claimmark.formats.atomic import unwritable_folder
from claimmark.store.files import is_database_file


class TargetError(ClaimmarkError):
    """A path a command was given to write or read cannot be used; nothing was touched."""


def check_output(out: Path, database: str, *, folder: bool = False, force: bool = True) -> None:
    """Refuse ``out`` as a place to write, before anything is written there.

    Args:
        out: the file (or, with ``folder``, the folder) the command will replace.
        database: the project's database file (``":memory:"``: none to protect).
        folder: ``out`` is a folder the command fills (brat); a file there is refused.
        force: an existing file may be replaced; if false, one is refused.

    Raises:
        TargetError: ``out`` is the database or one of its companions, a link, a
            device, a pipe or a socket, a file where a folder is wanted or the other
            way round, or it exists and ``force`` is false.
    """
    if is_database_file(out, database):
        raise TargetError(
            f"{out} is the project's database or one of its companion files "
            "(-wal, -shm, -journal); choose another file"
        )
    folder_in = unwritable_folder(out)
    if folder_in is not None:
        # The copy is written beside its target first: the folder is what must be writable.
        raise TargetError(f"cannot write in {folder_in} (permission denied); choose another folder")
    try:
        found = os.lstat(out)
    except OSError:
        return  # nothing there: writing says why, if it cannot

    if stat.S_ISLNK(found.st_mode):
        raise TargetError(f"{out} is a symbolic link; name the file itself")
    if folder:
        if not stat.S_ISDIR(found.st_mode):
            raise TargetError(f"{out} exists and is not a folder; choose a folder")
        return
    if stat.S_ISDIR(found.st_mode):
        raise TargetError(f"{out} is a folder; name a file")
    if not stat.S_ISREG(found.st_mode):
        raise TargetError(
            f"{out} is not a regular file (a device, a pipe or a socket); choose a file"
        )
    if not force:
        raise TargetError(f"{out} exists already; choose another name, or replace it (--force)")


def check_input(path: Path, database: str) -> None:
    """Refuse to read ``path`` outside SQLite when it is the project's database or one of
    its companions: reading and closing it would drop the database's locks.

    Raises:
        TargetError: it is.
    """
    if is_database_file(path, database):
        raise TargetError(
            f"{path} is this project's own database file; it cannot be imported or merged "
            "into itself"
        )
