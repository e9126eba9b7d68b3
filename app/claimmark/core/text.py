"""Article text: the one normalisation on import, and the code point <-> UTF-16 offset map.

Offsets everywhere in Claimmark are Unicode code points into the normalised
text. Qt counts UTF-16 code units; :class:`Utf16Map` is the only bridge, and the
article view is its only caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

# C0 controls except TAB (\x09) and LF (\x0a); CR is handled before this runs.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_LINE_BREAKS = re.compile("\r\n|[\r\u0085\u2028\u2029]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# Any character normalising changes: one character class, which re searches far faster
# than the patterns above, so a text that needs no change (most do not) costs one scan.
_SPECIAL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029]")


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
    if _SPECIAL.search(text) is None:
        return text
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text)


# Everything normalize() changes, for the offset map: a BOM is handled apart.
_CHANGES = re.compile("\r\n|[\r\u0085\u2028\u2029]|[\x00-\x08\x0b-\x1f\x7f]")


class OffsetMap(Sequence[int]):
    """Where each offset of a raw text lands in its normalised text.

    ``where[i]`` is the offset in the normalised text of what stood at ``raw[i]``
    (for a removed character, of what follows it; for both halves of a CRLF, of the
    LF), and ``where[len(raw)]`` is the normalised text's length. Only the places
    normalising changed are stored, so a text that needed no change costs nothing
    and a lookup is a binary search.
    """

    __slots__ = ("_length", "_out_after", "_out_starts", "_raw_ends", "_raw_starts")

    def __init__(self, raw: str) -> None:
        self._length = len(raw) + 1
        self._raw_starts: list[int] = []
        self._raw_ends: list[int] = []
        self._out_starts: list[int] = []
        self._out_after: list[int] = []
        shift = 0  # characters removed so far
        if raw.startswith("\ufeff"):
            self._add(0, 1, 0, 0)
            shift = 1
        if _SPECIAL.search(raw) is None:
            return
        for match in _CHANGES.finditer(raw, 1 if shift else 0):
            start, end = match.span()
            # A line break (CRLF is one) stays as one LF; a control is removed.
            kept = 1 if _LINE_BREAKS.fullmatch(match.group()) else 0
            self._add(start, end, start - shift, kept)
            shift += end - start - kept

    def _add(self, raw_start: int, raw_end: int, out_start: int, kept: int) -> None:
        self._raw_starts.append(raw_start)
        self._raw_ends.append(raw_end)
        self._out_starts.append(out_start)
        self._out_after.append(out_start + kept)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        change = bisect_right(self._raw_starts, index) - 1
        if change < 0:
            return index
        if index < self._raw_ends[change]:
            return self._out_starts[change]
        return self._out_after[change] + index - self._raw_ends[change]


def normalize_with_map(raw: str) -> tuple[str, OffsetMap]:
    """Normalise like :func:`normalize`, and map every offset of ``raw`` onto the result.

    Returns:
        The normalised text, and an :class:`OffsetMap` ``where`` of ``len(raw) + 1``
        offsets, so that a span ``raw[a:b]`` becomes ``text[where[a]:where[b]]``.
    """
    return normalize(raw), OffsetMap(raw)


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
        # Most texts have no such character, and encoding says so five times faster than
        # a regex scan finds none (a tenth of a doccano export). A lone surrogate is one
        # unit either way.
        plain = len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        self._astral_cp = [] if plain else [m.start() for m in _ASTRAL.finditer(text)]
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
_WORD_CHARACTERS = re.compile(r"\w*")
"""Letters, digits and "_" (``str.isalnum`` or "_"), as many as stand: matches always."""
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»«“”„)\]]*(?=\s)")


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if match.group().startswith("."):
        # The word before the period, at most 64 characters: matched at the start of the
        # reversed look-back window (a regex search for it scanned every position of the
        # window, and a loop over its characters was most of an export's sentence time).
        end = match.start()
        limit = max(0, end - 64)
        back = text[end - 1 : limit - 1 if limit else None : -1]
        begin = end - _WORD_CHARACTERS.match(back).end()  # type: ignore[union-attr]
        if begin < end:
            word = text[begin:end]
            grouped = begin > 0 and text[begin - 1] in ".'’"
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


class Sentences:
    """The sentences of one text, for many lookups: :func:`sentence_at` without rescanning.

    The sentence ends of a line are found the first time a span on it is looked up,
    and kept; each lookup is then two searches for the line around the span and two
    binary searches. So the sentences of all an article's spans take time in the
    length of the lines that hold spans, not in the text's length times its spans,
    and a line with no span is never read (most of a CSV export's sentence time was
    finding the ends of sentences no span stands in).
    """

    __slots__ = ("_cuts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._cuts: dict[tuple[int, int], list[int]] = {}

    def at(self, start: int, end: int | None = None) -> Sentence:
        """Return what ``sentence_at(text, start, end)`` returns."""
        text = self._text
        end = start if end is None else end
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end == -1:
            line_end = len(text)
        # Keyed by both ends: a span across a line break reads the lines it joins as one.
        cuts = self._cuts.get((line_start, line_end))
        if cuts is None:
            cuts = self._cuts[line_start, line_end] = [
                m.end()
                for m in _SENTENCE_END.finditer(text, line_start, line_end)
                if _ends_sentence(text, m)
            ]
        before = bisect_right(cuts, start) - 1
        begin = cuts[before] if before >= 0 else line_start
        after = bisect_left(cuts, max(end, start + 1))
        finish = cuts[after] if after < len(cuts) else line_end
        return _trimmed(text, begin, finish)


def lower_same_length(text: str) -> str:
    """Return ``text`` in lower case with every offset unchanged.

    ``str.lower`` turns a few characters into two ("İ"); those are kept as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
