"""Plain-text articles: one ``.txt`` file per article, the file stem is its id."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.reading import ReadResult
from claimmark.formats.reading import build_record
from claimmark.formats.reading import read_file_text


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[ImportProblem]]:
    """Return the ``.txt`` files named by ``paths`` (folders are searched, sorted by name)."""
    files: list[Path] = []
    problems: list[ImportProblem] = []
    for path in paths:
        if path.is_dir():
            # By parts, the order paths sort in, but compared as tuples: sorting the paths
            # themselves was 0.1 s of an import of 10,000 files. The suffix is asked too:
            # a file named ".txt" matches the pattern but has none, and is not an article.
            found = sorted(
                (p for p in path.rglob("*.txt") if p.suffix == ".txt" and p.is_file()),
                key=lambda p: p.parts,
            )
            if not found:
                problems.append(
                    ImportProblem.of(
                        str(path), None, QT_TRANSLATE_NOOP("edits", "folder holds no .txt files")
                    )
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(
                ImportProblem.of(
                    str(path), None, QT_TRANSLATE_NOOP("edits", "no such file or folder")
                )
            )
    return files, problems


def read_txt(paths: Iterable[Path]) -> ReadResult:
    """Read articles from ``.txt`` files and folders of them (see :func:`iter_txt`)."""
    result = ReadResult()
    result.records.extend(iter_txt(paths, result))
    return result


def iter_txt(paths: Iterable[Path], result: ReadResult) -> Iterator[Record]:
    """Yield articles from ``.txt`` files and folders of them, one file at a time.

    The whole file is the article text, title line included; it is normalised
    once here. UTF-8 (with or without BOM), UTF-16 with BOM, cp1252 and Latin-1
    are read; an encoding other than UTF-8 is noted. Files that cannot be used
    become problems in ``result`` and the rest are read.
    """
    files, problems = expand_paths(paths)
    result.problems.extend(problems)
    for path in files:
        raw = read_file_text(path, result)
        if raw is None:
            continue
        if not raw.strip():
            result.problems.append(
                ImportProblem.of(str(path), None, QT_TRANSLATE_NOOP("edits", "file is empty"))
            )
            continue
        record = build_record(ImportProblem(str(path), "", None), path.stem, raw, [], result=result)
        if record is not None:
            yield record
