"""Which reader reads a path: by ``--format``, or guessed from the suffix or folder."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimmark.core.problems import ImportProblem
from claimmark.formats import FORMATS, IMPORT_FORMATS
from claimmark.formats.reading import ReadResult

# .jsonl is Claimmark's own; doccano and spaCy files say --format.
_GUESSED = ("txt", "jsonl", "label-studio", "csv")


def guess_format(path: Path) -> str | None:
    """Return the format a path most likely holds, or ``None``.

    A folder with ``.ann`` files is brat, another folder plain text; files go by
    suffix (``.jsonl`` is Claimmark's own; say ``--format`` for doccano or spaCy).
    """
    if path.is_dir():
        return "brat" if any(path.glob("*.ann")) else "txt"
    suffix = path.suffix.lower()
    return next((name for name in _GUESSED if FORMATS[name].suffix == suffix), None)


def read_path(path: Path, format_name: str | None = None) -> ReadResult:
    """Read one file or folder with the named reader, or the one its suffix suggests."""
    result = ReadResult()
    if not path.exists():
        result.problems.append(ImportProblem(str(path), "no such file or folder"))
        return result
    name = format_name or guess_format(path)
    if name is None:
        result.problems.append(
            ImportProblem(
                str(path),
                f"unknown format {path.suffix or '(no suffix)'}; say --format "
                f"({', '.join(IMPORT_FORMATS)})",
            )
        )
        return result
    reader = FORMATS[name].read if name in FORMATS else None
    if reader is None:
        result.problems.append(ImportProblem(str(path), f"unknown format {name!r}"))
        return result
    return reader(path)


def read_paths(paths: Iterable[Path], format_name: str | None = None) -> ReadResult:
    """Read every path (see :func:`read_path`) into one result."""
    result = ReadResult()
    for path in paths:
        result.extend(read_path(path, format_name))
    return result
