"""Which reader reads a path: by ``--format``, or guessed from the suffix or folder."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.reading import ReadResult
from claimmark.formats.registry import FORMATS
from claimmark.formats.registry import IMPORT_FORMATS

# .jsonl is Claimmark's own; doccano and spaCy files say --format.
_GUESSED = ("txt", "jsonl", "label-studio", "csv", "parquet")


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
    """Read one file or folder whole (see :func:`stream_path`)."""
    result = ReadResult()
    result.records.extend(stream_path(path, result, format_name))
    return result


def stream_path(path: Path, result: ReadResult, format_name: str | None = None) -> Iterator[Record]:
    """Yield the records of one file or folder, read with the named reader or the one
    its suffix suggests; problems and notes go into ``result``."""
    if not path.exists():
        result.problems.append(
            ImportProblem.of(str(path), None, QT_TRANSLATE_NOOP("edits", "no such file or folder"))
        )
        return
    name = format_name or guess_format(path)
    if name is None:
        result.problems.append(
            ImportProblem.of(
                str(path),
                None,
                QT_TRANSLATE_NOOP("edits", "unknown format {value}; say --format ({names})"),
                value=path.suffix or "(no suffix)",
                names=", ".join(IMPORT_FORMATS),
            )
        )
        return
    reader = FORMATS[name].read if name in FORMATS else None
    if reader is None:
        result.problems.append(
            ImportProblem.of(
                str(path),
                None,
                QT_TRANSLATE_NOOP("edits", "unknown format {name}"),
                name=repr(name),
            )
        )
        return
    yield from reader(path, result)


def read_paths(paths: Iterable[Path], format_name: str | None = None) -> ReadResult:
    """Read every path (see :func:`read_path`) into one result."""
    result = ReadResult()
    for path in paths:
        result.records.extend(stream_path(path, result, format_name))
    return result
