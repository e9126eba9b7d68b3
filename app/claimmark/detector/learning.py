"""Learning from the annotator: other occurrences of words they marked become suggestions.

When a span is marked or a suggestion accepted, the same words elsewhere (in
the article and in the rest of the corpus) are proposed with the same label,
as INCEpTION's string-matching recommender does. "The same words" is loose in
the ways German needs and strict where it must be:

- case does not count, and each word may carry a German inflection ending
  (``Haubitze``, ``Haubitzen``; ``Panzer``, ``Panzern``);
- words are whole words: ``Rakete`` is not found inside ``Raketenwerfer`` or
  ``KN23-Raketen``.

A span with a figure in digits teaches nothing (see :func:`teacher`), nor one
without a word of three letters or more. Words rejected twice with a label are not proposed
with it again (:func:`words_key` says which words count as the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import NamedTuple

from claimmark.core.intervals import Intervals
from claimmark.core.labels import WEAPONS
from claimmark.core.spans import Placed
from claimmark.core.spans import Span
from claimmark.core.spans import now_iso
from claimmark.core.suggestions import Proposer
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import proposed
from claimmark.core.text import lower_same_length
from claimmark.detector.lexicon import Lexicon
from claimmark.detector.lexicon import trie_pattern

ENDINGS = ("ern", "en", "er", "es", "em", "e", "n", "s")
"""German inflection endings a word may take or lose, longest first."""

BLOCK_AFTER = 2
"""Rejections of the same words with a label after which they are not proposed again."""

LEARNED_SCORE = 0.5
"""The score of a learned suggestion: below the rules' confident ones."""

_WORD = re.compile(r"\d[\d.,'’]*|\w+", re.UNICODE)
_BEFORE, _AFTER = r"(?<![\w-])", r"(?![\w-])"


def _stem(word: str) -> str:
    """Return a word without its inflection ending, if what is left is a word (4+ letters)."""
    lowered = word.lower()  # not casefold: "ß" must stay one letter, as in the text
    for ending in ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            return lowered[: -len(ending)]
    return lowered


def words_key(text: str) -> str:
    """Return what makes two stretches "the same words": stems, any figure as ``#``."""
    return " ".join("#" if word[0].isdigit() else _stem(word) for word in _WORD.findall(text))


class Stretched(NamedTuple):
    """A span's or suggestion's place and label, read without the rest of it."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Teacher:
    """What a span teaches: a pattern for its words, and the label it gives them.

    Attributes:
        key: the words, as :func:`words_key` gives them.
        label: the label occurrences are proposed with.
        pattern: finds the occurrences in a text.
        words: the pattern of the words alone, without the word boundaries around.
        stems: the words' stems (no figures), to look for candidate articles.
        article_id: where the teaching span is.
    """

    key: str
    label: str
    pattern: re.Pattern[str]
    stems: tuple[str, ...]
    article_id: str
    words: str = ""


_DESIGNATION = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[^\W\d_])\w+(?:-\w+)*")
"""A word with letters and digits, hyphens between its parts: KN-25, M-1991, 2S7, 2A8."""

_FIGURE = re.compile(r"\d[\d.,'’]*")


def _designation_name(text: str) -> str | None:
    """Return a weapon's name from its span's text, without a figure before it, if the
    name holds a designation; else ``None``."""
    words = text.split()
    while words and _FIGURE.fullmatch(words[0]):
        words = words[1:]
    name = " ".join(words)
    return name if any(_DESIGNATION.fullmatch(w) for w in words) else None


def _name_teacher(span: Span, name: str) -> Teacher:
    """Return a teacher of a weapon's name as written: its parts in order, a hyphen, a
    space or nothing between them ("KN-25", "KN 25", "KN25"), in any case."""
    parts = [part for part in re.split(r"[\s-]+", name) if part]
    inner = r"[\s-]?".join(re.escape(part) for part in parts)
    pattern = re.compile(_BEFORE + inner + _AFTER, re.IGNORECASE)
    # The search index splits "KN-25" into "kn" and "25": each part a word to look for.
    stems = tuple(part.lower() for part in parts)
    return Teacher(words_key(name), span.label, pattern, stems, span.article_id, inner)


_RUN = re.compile(r"\d+|[^\W\d_]+")


def _family_parts(name: str) -> list[str] | None:
    """Return the runs of letters and of digits of a name's designation ("FAB-1500":
    ``FAB``, ``1500``), with the family name before it where the designation alone
    has no word of two letters ("Magura V7": ``Magura``, ``V``, ``7``); ``None`` if
    the name holds no designation a family can be told by ("M-1991" is one letter,
    "2S7" none)."""
    words = re.split(r"\s+", name)
    for at, word in enumerate(words):
        parts = word.split("-")
        last = max(
            (i for i, part in enumerate(parts) if any(c.isdigit() for c in part)), default=-1
        )
        if last < 0:
            continue
        runs = [run for part in parts[: last + 1] for run in _RUN.findall(part)]
        named = any(not r[0].isdigit() and len(r) >= 2 for r in runs)
        if not named and at > 0 and words[at - 1][:1].isupper():
            runs = [*_RUN.findall(words[at - 1]), *runs]
            named = any(not r[0].isdigit() and len(r) >= 2 for r in runs)
        # The first run starts the pattern: Lessons looks for teachers by their first stem.
        return runs if named and not runs[0][0].isdigit() else None
    return None


def family_teacher(span: Span) -> Teacher | None:
    """Return a teacher of a weapon's designation family, or ``None``.

    "FAB-1500" teaches ``FAB-`` and any number (``FAB-500``, ``FAB-3000``, and
    ``FAB-500-Bomben``, a compound on it); "Magura V7" teaches ``Magura V5``. A
    family needs a name of two letters or more that starts it: "M-1991" would teach
    every "M-" and a number, and "2S7" is taught by its name alone.
    """
    if span.label != WEAPONS:
        return None
    name = _designation_name(span.text)
    runs = _family_parts(name) if name is not None else None
    if runs is None:
        return None
    inner = r"[\s-]?".join(r"\d+" if run[0].isdigit() else re.escape(run) for run in runs)
    tail = r"(?:-[^\W\d_][\w]*)?"  # "FAB-500-Bomben": the compound on the name is the name
    pattern = re.compile(_BEFORE + inner + tail + _AFTER, re.IGNORECASE)
    stems = tuple(run.lower() for run in runs if not run[0].isdigit())
    key = " ".join("#" if run[0].isdigit() else run.lower() for run in runs)
    return Teacher(key, span.label, pattern, stems, span.article_id, inner + tail)


def _says_nothing(words: Sequence[str], lexicon: Lexicon | None) -> bool:
    """Return whether a span's words are all vague figures or number words ("hundreds",
    "Tausende", "zwei"), or, with a ``lexicon``, function words and generic arms words:
    such a lesson would be proposed at every figure or in every sentence."""

    # Imported here: the store uses this module, and must not load number words (text2num).
    from claimmark.detector.numbers import VAGUE_WORDS
    from claimmark.detector.numbers import read_number_word

    def empty(word: str) -> bool:
        lowered = word.lower()
        if lowered in VAGUE_WORDS or read_number_word(word) is not None:
            return True
        return lexicon is not None and (
            lowered in lexicon.words("function_words")
            or lowered in lexicon.words("determiners")
            or lexicon.matches("weapon_modifier_heads", lowered)
        )

    return all(empty(word) for word in words)


def teacher(span: Span, lexicon: Lexicon | None = None) -> Teacher | None:
    """Return what ``span`` teaches, or ``None`` if it teaches nothing.

    A weapon whose words hold a designation (letters and digits in one word:
    ``KN-25``, ``M-1991``, ``2S7``, ``Leopard 2A8``) teaches its name, as written
    (without a figure before it), whatever figures it holds. Otherwise a span with a
    figure in digits teaches nothing: whether "3.000 Soldaten" are
    troops or losses is said by the sentence, not the words, and "rund 11.000"
    would be found at every figure (measured on the gold set: every false alarm
    learning made came from such spans). Neither does one without a word of
    three letters or more, nor one of vague figures or number words alone
    ("hundreds" taught "hundred"), nor, given the ``lexicon``, one of function
    words or generic arms words alone ("Fahrzeuge", "equipment").
    """
    if span.label == WEAPONS:
        name = _designation_name(span.text)
        if name is not None:
            return _name_teacher(span, name)
    words = _WORD.findall(span.text)
    if any(w[0].isdigit() for w in words) or _says_nothing(words, lexicon):
        return None
    if not any(len(w) >= 3 for w in words):
        return None
    parts = []
    for word in words:
        if word[0].isdigit():
            parts.append(r"\d[\d.,'’]*")
        else:
            stem = _stem(word)
            ending = "|".join(ENDINGS)
            parts.append(re.escape(stem) + rf"(?:{ending})?")
    inner = r"\W{1,3}".join(parts)
    # A hyphen joins a compound (KN23-Raketen is one word), so it is no boundary.
    pattern = re.compile(_BEFORE + inner + _AFTER, re.IGNORECASE)
    stems = tuple(_stem(w) for w in words if not w[0].isdigit())
    return Teacher(words_key(span.text), span.label, pattern, stems, span.article_id, inner)


def teachers(span: Span, lexicon: Lexicon | None = None) -> list[Teacher]:
    """Return everything ``span`` teaches: its words (see :func:`teacher`) and, for a
    weapon's designation, its family (see :func:`family_teacher`)."""
    # The family first: where its key is the name's ("FAB-1500" and "FAB-" a number are
    # both "fab #"), it is the one kept.
    found = [t for t in (family_teacher(span), teacher(span, lexicon)) if t is not None]
    return [t for i, t in enumerate(found) if all(t.key != u.key for u in found[:i])]


@dataclass(frozen=True, slots=True)
class Where:
    """One article as lessons read it: its id and text, and what is in it already.

    Attributes:
        article_id: the article's id (learned suggestions are of it).
        text: its text.
        spans: its spans; no occurrence is proposed where one of its label overlaps.
        suggestions: its suggestions (pending, accepted or rejected), likewise.
    """

    article_id: str
    text: str
    spans: Sequence[Placed] = ()
    suggestions: Sequence[Placed] = ()


def occurrences(teacher: Teacher, where: Where, limit: int | None = None) -> list[StoredSuggestion]:
    """Return the occurrences of a teacher's words in one article, as learned suggestions.

    An occurrence is left out where a span or a suggestion of the label already
    overlaps it: the rules propose something there already, or the annotator
    settled it. At most ``limit`` are returned, the first in the text.
    """
    found = (match.span() for match in teacher.pattern.finditer(where.text))
    return _learned(teacher.label, found, lambda _start: teacher.article_id, where, limit)


def _learned(
    label: str,
    found: Iterable[tuple[int, int]],
    taught_by: Callable[[int], str],
    where: Where,
    limit: int | None,
) -> list[StoredSuggestion]:
    """Return the stretches ``found`` (in text order) as learned suggestions of ``label``,
    but those a span or suggestion of the label overlaps; ``taught_by(start)`` names the
    article of the span that taught each."""
    # The label's stretches in an interval index: an article of 20,000 spans and a
    # word found 2,000 times was 40 million comparisons.
    taken = Intervals(s for s in (*where.spans, *where.suggestions) if s.label == label)
    stamp = now_iso()
    made: list[StoredSuggestion] = []
    for start, end in found:
        if limit is not None and len(made) >= limit:
            break
        if taken.overlapping(start, end):
            continue
        made.append(
            proposed(
                where.article_id,
                where.text,
                start,
                end,
                label,
                score=LEARNED_SCORE,
                origin=Proposer.LEARNED,
                learned_from=taught_by(start),
                detected_at=stamp,
            )
        )
    return made


def blocked(rejections: Iterable[tuple[str, str, int]]) -> set[tuple[str, str]]:
    """Return the ``(words key, label)`` pairs rejected often enough not to be proposed."""
    return {(words, label) for words, label, times in rejections if times >= BLOCK_AFTER}


def allowed(
    suggestions: Iterable[StoredSuggestion], blocks: AbstractSet[tuple[str, str]]
) -> list[StoredSuggestion]:
    """Return the suggestions whose words and label are not blocked."""
    if not blocks:
        return list(suggestions)
    return [s for s in suggestions if (words_key(s.text), s.label) not in blocks]


class Lessons:
    """Many teachers at once, every article read once.

    ``claimmark detect`` learns from every span of a project this way. A regular
    expression per teacher read each article once per distinct word, and one
    case-blind alternation of them all scanned 3 MB/s; here a case-sensitive trie of
    the teachers' first stems over the lower-cased text finds the few places where
    a teacher may start, and only there are the teachers tried.
    """

    def __init__(self, teachers: Iterable[Teacher]) -> None:
        self._teachers: dict[str, list[Teacher]] = {}
        seen: set[tuple[str, str]] = set()
        for taught in teachers:
            if (taught.key, taught.label) not in seen and taught.stems:
                seen.add((taught.key, taught.label))
                self._teachers.setdefault(taught.label, []).append(taught)
        every = [t for ts in self._teachers.values() for t in ts]
        firsts = sorted({t.stems[0] for t in every})
        # The trie finds the longest first stem a place starts with; the teachers whose
        # first stem begins it are the only ones worth trying there.
        self._by_stem = {stem: [t for t in every if stem.startswith(t.stems[0])] for stem in firsts}
        self._start = re.compile(_BEFORE + trie_pattern(firsts)) if firsts else None

    def __len__(self) -> int:
        return sum(len(ts) for ts in self._teachers.values())

    def occurrences(self, where: Where, limit: int | None = None) -> list[StoredSuggestion]:
        """Return every teacher's occurrences in one article (see :func:`occurrences`)."""
        if self._start is None:
            return []
        found: dict[str, dict[int, tuple[int, str]]] = {}
        text = where.text
        for place in self._start.finditer(lower_same_length(text)):
            start = place.start()
            for taught in self._by_stem.get(place.group(), ()):
                at = found.setdefault(taught.label, {})
                if start in at:
                    continue
                match = taught.pattern.match(text, start)
                if match is not None:
                    at[start] = (match.end(), taught.article_id)
        made: list[StoredSuggestion] = []
        for label, at in found.items():
            ordered = sorted(at.items())
            teachers_of = {start: who for start, (_end, who) in ordered}
            found_here = _non_overlapping([(s, e) for s, (e, _who) in ordered])
            made += _learned(label, found_here, teachers_of.__getitem__, where, limit)
        return made


def _non_overlapping(found: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Yield the stretches (sorted by start) that do not overlap one yielded before."""
    reach = -1
    for start, end in found:
        if start >= reach:
            yield start, end
            reach = end
