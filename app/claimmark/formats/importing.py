"""Which reader reads a path: by ``--format``, or guessed from the suffix or folder."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from claimmark.core.problems import ImportProblem
from claimmark.formats import brat, csvfile, doccano, jsonl, label_studio, spacy_jsonl
from claimmark.formats.reading import ReadResult
from claimmark.formats.txt import read_txt

Reader = Callable[[Path], ReadResult]

IMPORT_FORMATS: dict[str, Reader] = {
    "txt": lambda path: read_txt([path]),
    "jsonl": jsonl.read,
    "doccano": doccano.read,
    "spacy-jsonl": spacy_jsonl.read,
    "label-studio": label_studio.read,
    "brat": brat.read,
    "csv": csvfile.read,
}
_BY_SUFFIX = {".txt": "txt", ".jsonl": "jsonl", ".json": "label-studio", ".csv": "csv"}


def guess_format(path: Path) -> str | None:
    """Return the format a path most likely holds, or ``None``.

    A folder with ``.ann`` files is brat, another folder plain text; files go by
    suffix (``.jsonl`` is Claimmark's own; say ``--format`` for doccano or spaCy).
    """
    if path.is_dir():
        return "brat" if any(path.glob("*.ann")) else "txt"
    return _BY_SUFFIX.get(path.suffix.lower())


def read_paths(paths: Iterable[Path], format_name: str | None = None) -> ReadResult:
    """Read every path with the named reader, or the one its suffix suggests."""
    result = ReadResult()
    for path in paths:
        if not path.exists():
            result.problems.append(ImportProblem(str(path), "no such file or folder"))
            continue
        name = format_name or guess_format(path)
        if name is None:
            result.problems.append(
                ImportProblem(
                    str(path),
                    f"unknown format {path.suffix or '(no suffix)'}; say --format "
                    f"({', '.join(IMPORT_FORMATS)})",
                )
            )
            continue
        if name not in IMPORT_FORMATS:
            result.problems.append(ImportProblem(str(path), f"unknown format {name!r}"))
            continue
        result.extend(IMPORT_FORMATS[name](path))
    return result
