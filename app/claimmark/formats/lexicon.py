"""Lexicon files: the bundled claims lexicon, plus any the user adds."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimmark.bundled import resources_dir
from claimmark.core.errors import ClaimmarkError
from claimmark.core.problems import ImportProblem
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.detector.lexicon import Lexicon
from claimmark.detector.lexicon import parse_lexicon
from claimmark.detector.lexicon import with_word
from claimmark.detector.lexicon import without_word


def bundled_lexicon_path() -> Path:
    """Return the lexicon shipped with Claimmark."""
    return resources_dir() / "lexicon" / "claims.txt"


def load_lexicon(
    extra: Iterable[Path] = (), texts_too: Iterable[tuple[str, str]] = ()
) -> tuple[Lexicon, list[ImportProblem]]:
    """Read the bundled lexicon and the user's extra lexicon files, merged, and the
    ``(name, text)`` lexicons ``texts_too`` after them.

    A missing or unreadable extra file is a problem; the rest is still used.
    """
    texts = [(str(bundled_lexicon_path()), bundled_lexicon_path().read_text(encoding="utf-8"))]
    problems: list[ImportProblem] = []
    for path in extra:
        try:
            texts.append((str(path), path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as error:
            problems.append(
                ImportProblem.of(
                    str(path),
                    None,
                    QT_TRANSLATE_NOOP("edits", "cannot read lexicon: {error}"),
                    error=error,
                )
            )
    lexicon, parse_problems = parse_lexicon(*texts, *texts_too)
    return lexicon, problems + parse_problems


def load_lexicon_for(
    folder: Path | None, extra: Iterable[Path] = (), texts_too: Iterable[tuple[str, str]] = ()
) -> tuple[Lexicon, list[ImportProblem]]:
    """Read the bundled lexicon, the user's ``lexicon.txt`` in ``folder``, and ``extra``.

    Args:
        folder: the folder of the project's database (``None``: no user lexicon).
        extra: more lexicon files, named by the user.
        texts_too: lexicons in memory, ``(name, text)``, read after the files.
    """
    paths = list(extra)
    if folder is not None and (folder / "lexicon.txt").is_file():
        paths.insert(0, folder / "lexicon.txt")
    return load_lexicon(paths, texts_too)


USER_LEXICON = "lexicon.txt"
"""The project's own lexicon file, beside its database."""


_NEW_LEXICON = (
    "# This project's own lexicon words, added to the bundled lexicon.\n"
    "# Claimmark adds the words you confirm (Edit › Undo takes one back); edit it freely.\n"
)


class LexiconFileError(ClaimmarkError):
    """The project's ``lexicon.txt`` cannot be read or written; it is left as it was."""


def _read_user_lexicon(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8") if path.is_file() else _NEW_LEXICON
    except UnicodeDecodeError as error:
        raise LexiconFileError(
            f"{path} is not UTF-8 text (byte {error.start}); save it as UTF-8 and Claimmark "
            "will add the words you confirm to it again"
        ) from error
    except OSError as error:
        raise LexiconFileError(f"{path}: cannot read it: {error.strerror or error}") from error


def add_lexicon_word(folder: Path, section: str, word: str, note: str = "") -> bool:
    """Put ``word`` in a section of the project's ``lexicon.txt`` (made if missing), under
    that section's one header; return whether it was added (False: it was there).

    Raises:
        LexiconFileError: the file cannot be read or written.
    """
    path = folder / USER_LEXICON
    before = _read_user_lexicon(path)
    after = with_word(before, section, word, note)
    if after == before and path.is_file():
        return False
    _write(path, after)
    return True


def remove_lexicon_word(folder: Path, section: str, word: str) -> None:
    """Take ``word`` out of a section of the project's ``lexicon.txt`` (undo of adding it).

    Raises:
        LexiconFileError: the file cannot be read or written.
    """
    path = folder / USER_LEXICON
    if not path.is_file():
        return
    before = _read_user_lexicon(path)
    after = without_word(before, section, word)
    if after != before:
        _write(path, after)


def _write(path: Path, text: str) -> None:
    try:
        save_user_lexicon(path.parent, text)
    except OSError as error:
        raise LexiconFileError(f"{path}: cannot write it: {error.strerror or error}") from error


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
