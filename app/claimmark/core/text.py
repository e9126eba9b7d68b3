"""Article text: the one normalisation on import, and the code point <-> UTF-16 offset map.

Offsets everywhere in Claimmark are Unicode code points into the normalised
text. Qt counts UTF-16 code units; :class:`Utf16Map` is the only bridge, and the
article view is its only caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# C0 controls except TAB (\x09) and LF (\x0a); CR is handled before this runs.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n|[\r\u0085\u2028\u2029]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def normalize(raw: str) -> str:
    """Return the canonical form of an article text, the one that offsets index.

    A leading UTF-8 BOM is dropped; CRLF, lone CR, U+0085, U+2028 and U+2029 become LF;
    NUL and the other C0 controls except TAB and LF are removed (so is DEL).

    Args:
        raw: the text as decoded from the file.

    Returns:
        The normalised text. ``normalize(normalize(t)) == normalize(t)``.
    """
    text = raw.removeprefix("\ufeff")
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text)


def normalize_with_map(raw: str) -> tuple[str, list[int]]:
    """Normalise like :func:`normalize`, and map every offset of ``raw`` onto the result.

    Returns:
        The normalised text, and a list ``where`` of ``len(raw) + 1`` offsets:
        ``where[i]`` is the offset in the normalised text of what stood at ``raw[i]``
        (for a removed character, of what follows it), so a span ``raw[a:b]`` becomes
        ``text[where[a]:where[b]]``.
    """
    out: list[str] = []
    where: list[int] = []
    i = 0
    if raw.startswith("\ufeff"):
        where.append(0)
        i = 1
    length = len(raw)
    while i < length:
        char = raw[i]
        where.append(len(out))
        if char == "\r" and i + 1 < length and raw[i + 1] == "\n":
            # CRLF: both characters stand for the one LF; offsets before the LF map to it.
            where.append(len(out))
            out.append("\n")
            i += 2
            continue
        if char in "\r\u0085\u2028\u2029":
            out.append("\n")
        elif not _CONTROLS.match(char):
            out.append(char)
        i += 1
    where.append(len(out))
    return "".join(out), where


MAX_TEXT_CHARACTERS = 10_000_000
"""The longest article Claimmark takes (about 10 MB): a longer text is refused with a
message, as no one annotates a text that long and the window could not show it."""

TITLE_CHARACTERS = 300
"""A title longer than this is cut (with an ellipsis): it is a line of a list, not a text."""


def title_of(text: str) -> str:
    """Return the first non-empty line of ``text``, stripped and cut; empty if there is none."""
    for line in text.split("\n"):
        if line.strip():
            return clean_title(line)
    return ""


def clean_title(title: str) -> str:
    """Return a title as one line: normalised, white space folded, cut to TITLE_CHARACTERS."""
    folded = " ".join(normalize(title).split())
    if len(folded) <= TITLE_CHARACTERS:
        return folded
    return folded[: TITLE_CHARACTERS - 1].rstrip() + "…"


class Utf16Map:
    """Converts offsets between code points (ours) and UTF-16 code units (Qt's).

    Only characters outside the Basic Multilingual Plane take two UTF-16 units, so
    the map stores just their positions: memory grows with the number of emoji and
    similar characters, not with the length of the text.
    """

    __slots__ = ("_astral_cp", "_astral_u16", "length", "length_utf16")

    def __init__(self, text: str) -> None:
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        # Position of each astral character in UTF-16 units: every earlier one added a unit.
        self._astral_u16 = [cp + i for i, cp in enumerate(self._astral_cp)]
        self.length = len(text)
        self.length_utf16 = len(text) + len(self._astral_cp)

    def to_utf16(self, offset: int) -> int:
        """Map a code point offset to a UTF-16 offset."""
        return offset + bisect_left(self._astral_cp, offset)

    def from_utf16(self, offset: int) -> int:
        """Map a UTF-16 offset to a code point offset.

        An offset that falls between the two halves of a surrogate pair maps to
        the start of that character.
        """
        return offset - bisect_left(self._astral_u16, offset)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: ``text[start:end]``."""

    start: int
    end: int


# Abbreviations whose trailing period does not end a German sentence.
_ABBREVIATIONS = frozenset(
    {
        "ca", "bzw", "bspw", "dh", "usw", "vgl", "zb", "ua", "va", "sog", "insb", "inkl",
        "ggf", "evtl", "nr", "dr", "prof", "st", "mio", "mrd", "tsd", "jh", "jhd", "gen",
        "lt", "abs", "etc", "mr", "mrs", "ms", "vs", "no",
    }
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»«“”„)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(\w+)$")


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if match.group().startswith("."):
        # A bounded look-back: searching from 0 made long texts quadratic.
        before = _WORD_BEFORE.search(text, max(0, match.start() - 64), match.start())
        if before is not None:
            word = before.group(1)
            grouped = before.start() > 0 and text[before.start() - 1] in ".'’"
            # "24. Februar", "3. Armee": ordinals have one or two digits ("11.000." and
            # "2022." end sentences); "ca.", "z.B.": abbreviations.
            if word.isdigit() and len(word) <= 2 and not grouped:
                return False
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and not word.isdigit()):
                return False
    rest = text[match.end() : match.end() + 3].lstrip(" \t")
    return not rest[:1].islower()


def sentence_bounds(text: str) -> list[Sentence]:
    """Split the whole text into sentences (see :func:`sentence_at` for the rule).

    Empty lines yield no sentence; each sentence is trimmed of white space.
    """
    sentences: list[Sentence] = []
    line_start = 0
    length = len(text)
    while line_start <= length:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = length
        begin = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            if _ends_sentence(text, match):
                sentences.append(_trimmed(text, begin, match.end()))
                begin = match.end()
        sentences.append(_trimmed(text, begin, line_end))
        line_start = line_end + 1
    return [s for s in sentences if s.end > s.start]


def _trimmed(text: str, begin: int, finish: int) -> Sentence:
    while begin < finish and text[begin].isspace():
        begin += 1
    while finish > begin and text[finish - 1].isspace():
        finish -= 1
    return Sentence(begin, finish)


def sentence_at(text: str, start: int, end: int | None = None) -> Sentence:
    """Return the sentence that contains ``text[start:end]``.

    Sentences end at a line break, or at ``.``, ``!``, ``?`` or ``…`` followed
    by white space and a word that does not start in lower case, unless the
    period follows an ordinal number, a single letter or a known abbreviation
    (``ca.``, ``z.B.``). A span that crosses a boundary gets the sentences it
    touches joined.

    Args:
        text: the normalised article text.
        start: code point offset where the span starts.
        end: where it ends; ``start`` if not given.

    Returns:
        The sentence's bounds, trimmed of surrounding white space.
    """
    end = start if end is None else end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    begin, finish = line_start, line_end
    for match in _SENTENCE_END.finditer(text, line_start, line_end):
        if not _ends_sentence(text, match):
            continue
        if match.end() <= start:
            begin = match.end()
        elif match.end() >= end:
            finish = match.end()
            break
    return _trimmed(text, begin, finish)
