"""Lexicon files: the bundled claims lexicon, plus any the user adds."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimmark.bundled import resources_dir
from claimmark.core.lexicon import Lexicon, parse_lexicon
from claimmark.core.problems import ImportProblem


def bundled_lexicon_path() -> Path:
    """Return the lexicon shipped with Claimmark."""
    return resources_dir() / "lexicon" / "claims.txt"


def load_lexicon(extra: Iterable[Path] = ()) -> tuple[Lexicon, list[ImportProblem]]:
    """Read the bundled lexicon and the user's extra lexicon files, merged.

    A missing or unreadable extra file is a problem; the rest is still used.
    """
    texts = [(str(bundled_lexicon_path()), bundled_lexicon_path().read_text(encoding="utf-8"))]
    problems: list[ImportProblem] = []
    for path in extra:
        try:
            texts.append((str(path), path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(ImportProblem(str(path), f"cannot read lexicon: {error}"))
    lexicon, parse_problems = parse_lexicon(*texts)
    return lexicon, problems + parse_problems


def load_lexicon_for(
    folder: Path | None, extra: Iterable[Path] = ()
) -> tuple[Lexicon, list[ImportProblem]]:
    """Read the bundled lexicon, the user's ``lexicon.txt`` in ``folder``, and ``extra``.

    Args:
        folder: the folder of the project's database (``None``: no user lexicon).
        extra: more lexicon files, named by the user.
    """
    paths = list(extra)
    if folder is not None and (folder / "lexicon.txt").is_file():
        paths.insert(0, folder / "lexicon.txt")
    return load_lexicon(paths)


USER_LEXICON = "lexicon.txt"
"""The project's own lexicon file, beside its database."""


def add_lexicon_words(folder: Path, section: str, words: Iterable[str]) -> Path:
    """Append ``words`` to a section of the project's ``lexicon.txt`` (made if missing).

    The section header is written again before them: a lexicon may name a section
    twice, its entries are added together.
    """
    path = folder / USER_LEXICON
    lines = [f"[{section}]", *words]
    before = (
        path.read_text(encoding="utf-8")
        if path.is_file()
        else (
            "# This project's own lexicon words, added to the bundled lexicon.\n"
            "# Claimmark adds the weapons you confirm; edit it freely.\n"
        )
    )
    if before and not before.endswith("\n"):
        before += "\n"
    path.write_text(before + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def user_lexicon_text(folder: Path) -> str:
    """Return the project's ``lexicon.txt`` ("" if there is none)."""
    path = folder / USER_LEXICON
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def save_user_lexicon(folder: Path, text: str) -> Path:
    """Write the project's ``lexicon.txt`` whole (written aside, then renamed into place)."""
    path = folder / USER_LEXICON
    aside = path.with_suffix(".txt.saving")
    aside.write_text(text if text.endswith("\n") or not text else text + "\n", encoding="utf-8")
    aside.replace(path)
    return path
