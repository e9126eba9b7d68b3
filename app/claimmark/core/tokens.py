"""Tokens: words (hyphenated compounds and grouped numbers kept whole) and punctuation marks."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

# A word is letters and digits, joined by hyphens ("KN23-Raketen", "170-Millimeter-Rohren")
# or, between digits, by a period, comma or apostrophe ("11.000", "1,5", "650'000").
# An elliptical first part keeps its hyphen ("Aufklärungs- und Kamikaze-Drohnen").
_TOKEN = re.compile(
    r"\w+(?:(?:[-‑]|(?<=\d)[.,'’](?=\d))\w+)*(?:-(?=\s+(?:und|oder|sowie|bzw)\b))?|[^\w\s]"
)


@dataclass(slots=True)
class Token:
    """A word or punctuation mark: ``text[start:end] == self.text``.

    Not frozen, though nothing changes one: a frozen dataclass is made through
    ``object.__setattr__``, and making tokens was a quarter of the English detector's
    time (frozen: 98 ms, plain: 56 ms for the same 12,000 tokens).
    """

    start: int
    end: int
    text: str
    lower: str = ""
    """The token in lower case (made once: the detector asks for it often)."""

    @property
    def is_word(self) -> bool:
        """Return whether the token is a word (letters or digits), not punctuation."""
        return self.text[0].isalnum() or self.text[0] == "_"

    @property
    def is_capitalised(self) -> bool:
        """Return whether the token starts with an upper-case letter (a German noun, a name)."""
        return self.text[0].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens; offsets index ``text``."""
    return [
        Token(m.start(), m.end(), (word := m.group()), word.lower())
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


Bounds = tuple[int, int]
"""Where a token is: ``text[start:end]``."""


def tokens_with_boundaries(text: str, boundaries: Iterable[int]) -> list[Bounds]:
    """Tokenise ``text``, splitting any token that a span boundary falls inside.

    Exporters that count spans in tokens (spaCy/Prodigy JSONL, CoNLL) need every
    span to start and end on a token boundary; the words of :func:`tokenize`
    already do for spans snapped to words, and imported spans may not. Only the
    bounds are returned: exports tokenise whole corpora, and a :class:`Token`
    object per word made that several times slower.
    """
    found = [match.span() for match in _TOKEN.finditer(text)]
    starts = [start for start, _end in found]
    inside: dict[int, list[int]] = {}
    for cut in sorted(set(boundaries)):
        index = bisect_right(starts, cut) - 1
        if index >= 0 and found[index][0] < cut < found[index][1]:
            inside.setdefault(index, []).append(cut)
    if not inside:  # boundaries on token edges: most articles
        return found
    tokens: list[Bounds] = []
    done = 0
    for index in sorted(inside):
        tokens.extend(found[done:index])
        start, end = found[index]
        for cut in [*inside[index], end]:
            if text[start:cut].strip():
                tokens.append((start, cut))
            start = cut
        done = index + 1
    tokens.extend(found[done:])
    return tokens
