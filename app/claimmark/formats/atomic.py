"""Atomic file output: a failed or cancelled export never leaves half a file behind."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def atomic_text_file(path: Path, newline: str | None = None) -> Iterator[TextIO]:
    """Open a temporary file beside ``path``; on success, rename it over ``path``.

    If the block raises, the temporary file is removed and ``path`` is untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode_for_new_files())  # mkstemp makes 0600
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Give a temporary path beside ``path`` for a library to write (a binary file); on
    success, rename it over ``path``. If the block raises, ``path`` is untouched."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp_name)
        os.chmod(tmp_name, mode_for_new_files())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


# An export writes its temporary file all the time; one untouched this long was left
# by an export that was killed.
_STALE_SECONDS = 600


def remove_stale_temporaries(path: Path) -> None:
    """Remove temporary files or folders a killed export to ``path`` left behind."""
    now = time.time()
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > _STALE_SECONDS:
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    stale.unlink()


def existing_folder(folder: Path) -> Path | None:
    """Return ``folder``, or the nearest folder above it that exists (where writing there
    makes the rest); ``None`` when a file stands in the way or nothing exists."""
    while not folder.exists():
        if folder == folder.parent:
            return None
        folder = folder.parent
    return folder if folder.is_dir() else None


def unwritable_folder(path: Path) -> Path | None:
    """Return the folder that writing ``path`` writes in (the nearest one above it that
    exists) if this process cannot write there; ``None`` if it can, or if none exists."""
    folder = existing_folder(path.absolute().parent)
    return folder if folder is not None and not os.access(folder, os.W_OK | os.X_OK) else None


def mode_for_new_files() -> int:
    """Return the mode a file the user makes gets: 0666 less the umask."""
    return 0o666 & ~_umask()


def mode_for_new_folders() -> int:
    """Return the mode a folder the user makes gets: 0777 less the umask."""
    return 0o777 & ~_umask()


def _umask() -> int:
    # Setting the umask to read it changes it for every thread for a moment (jobs
    # write files too), so Linux's own report of it is read where there is one.
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


MARKER = ".claimmark-export"
"""In a folder Claimmark exported into: the names of the files it wrote, one a line."""


class TargetRefusedError(Exception):
    """The place given for an export holds what Claimmark did not write; nothing was changed."""


@contextlib.contextmanager
def export_folder(path: Path) -> Iterator[Path]:
    """Fill a temporary folder; on success, put its files in ``path``, touching nothing else.

    ``path`` may be missing (it is made), empty, or hold an earlier export of
    Claimmark's (its files are replaced, and those that the new export no longer
    writes are removed). A folder that holds anything else is refused, so an export
    never deletes what Claimmark did not write.

    Raises:
        TargetRefusedError: ``path`` is a file, or a folder with other files in it.
    """
    path = path.resolve()
    earlier = _earlier_export(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    fresh = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    try:
        yield fresh
        os.chmod(fresh, mode_for_new_files() | 0o111)  # mkdtemp makes 0700
        written = sorted(p.name for p in fresh.iterdir())
        (fresh / MARKER).write_text("".join(f"{name}\n" for name in written), encoding="utf-8")
        if not path.exists():
            os.replace(fresh, path)
            return
        # The files move in one by one. The marker first names both exports' files, so a
        # process killed half-way leaves a folder whose every file the marker names,
        # which the next export takes over instead of refusing it as someone else's.
        _write_marker(path, sorted(set(earlier) | set(written)))
        for name in written:
            os.replace(fresh / name, path / name)
        for name in set(earlier) - set(written):
            with contextlib.suppress(FileNotFoundError):
                (path / name).unlink()
        os.replace(fresh / MARKER, path / MARKER)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)


def _write_marker(folder: Path, names: list[str]) -> None:
    """Replace the marker of an export folder, whole (written aside, then renamed)."""
    aside = folder / f".{MARKER}.tmp"
    aside.write_text("".join(f"{name}\n" for name in names), encoding="utf-8")
    os.replace(aside, folder / MARKER)


def _earlier_export(path: Path) -> list[str]:
    """Return the files an earlier export wrote into ``path`` ([] if none or empty).

    Raises:
        TargetRefusedError: ``path`` is a file, or holds files no export of ours wrote.
    """
    if not path.exists():
        return []
    if not path.is_dir():
        raise TargetRefusedError(f"{path} is a file; this format writes a folder")
    present = {p.name for p in path.iterdir()}
    marker = path / MARKER
    earlier = marker.read_text(encoding="utf-8").split("\n") if marker.is_file() else []
    earlier = [name for name in earlier if name and "/" not in name and name != MARKER]
    others = sorted(present - set(earlier) - {MARKER, f".{MARKER}.tmp"})
    if others:
        raise TargetRefusedError(
            f"{path} holds files Claimmark did not write ({', '.join(others[:3])}"
            f"{', …' if len(others) > 3 else ''}); choose a new or empty folder. "
            "Nothing was changed."
        )
    return earlier
