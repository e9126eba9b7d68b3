"""Plain-text articles: one ``.txt`` file per article, the file stem is its id."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimmark.core.articles import Article, make_article
from claimmark.core.problems import ImportProblem

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    return data.decode("utf-8")


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[ImportProblem]]:
    """Return the ``.txt`` files named by ``paths`` (folders are searched, sorted by name)."""
    files: list[Path] = []
    problems: list[ImportProblem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix == ".txt")
            if not found:
                problems.append(ImportProblem(str(path), "folder holds no .txt files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(ImportProblem(str(path), "no such file or folder"))
    return files, problems


def read_txt(paths: Iterable[Path]) -> tuple[list[Article], list[ImportProblem]]:
    """Read articles from ``.txt`` files and folders of them.

    The whole file is the article text, title line included; it is normalised
    once here. Files that cannot be read or decoded become problems and the
    rest are read.

    Args:
        paths: files and folders, as the user named them.

    Returns:
        The articles read, and one problem per file that could not be used.
    """
    files, problems = expand_paths(paths)
    articles: list[Article] = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as error:
            problems.append(ImportProblem(str(path), f"cannot read: {error.strerror}"))
            continue
        try:
            raw = _decode(data)
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            problems.append(
                ImportProblem(
                    str(path),
                    f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})",
                    line,
                )
            )
            continue
        article = make_article(path.stem, raw, source_path=str(path))
        if not article.text.strip():
            problems.append(ImportProblem(str(path), "file is empty"))
            continue
        articles.append(article)
    return articles, problems
