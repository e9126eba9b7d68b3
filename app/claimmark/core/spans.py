"""Spans: the value type, word snapping of selections, and the overlap rule."""

from __future__ import annotations

import os
import time
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from enum import StrEnum
from operator import attrgetter
from typing import Protocol
from typing import cast

from claimmark.core.errors import SpanConflictError
from claimmark.core.intervals import Intervals
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import quoted
from claimmark.core.words import said


class Origin(StrEnum):
    """How a span came to be: marked by hand, accepted from the detector, imported, or
    taken over from an annotator's span while adjudicating."""

    MANUAL = "manual"
    DETECTOR = "detector"
    IMPORT = "import"
    ADJUDICATED = "adjudicated"


class Qualifier(StrEnum):
    """How a figure is meant (GUIDELINES.md): exactly, about, at least, more than, up to,
    or only vaguely ("several hundred")."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    UP_TO = "up_to"
    VAGUE = "vague"


QUALIFIERS: tuple[str, ...] = tuple(q.value for q in Qualifier)
"""The qualifiers as stored and exported, in the order the window lists them."""


def qualifier_of(stored: str | None) -> Qualifier | None:
    """Return a qualifier as stored or read (``None`` for none); ValueError if unknown."""
    return None if stored is None else Qualifier(stored)


class Edge(StrEnum):
    """One end of a span, as moved by the keyboard or dragged with the mouse."""

    START = "start"
    END = "end"


class Placed(Protocol):
    """Anything with bounds and a label: a span, a suggestion, a gold span, a stretch
    read without the rest of its row."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimAttributes:
    """What a claim says besides its words, declared once for every kind of claim: spans,
    suggestions stored and proposed, gold spans and the ledger's rows.

    Keyword-only (``value=...``), so that each kind keeps its own fields in front.

    Attributes:
        value: the figure as an integer, where the text gives one.
        qualifier: how the figure is meant (:class:`Qualifier`), or ``None``.
        source: who the article says reported it, as written, or ``None``.
    """

    value: int | None = None
    qualifier: Qualifier | None = None
    source: str | None = None

    @property
    def attributes(self) -> ClaimAttributes:
        """Return the attributes alone (to give another kind of claim the same ones)."""
        return ClaimAttributes(value=self.value, qualifier=self.qualifier, source=self.source)


@dataclass(frozen=True, slots=True)
class Stretch(ClaimAttributes):
    """A labelled stretch of an article: ``article.text[start:end] == text``.

    What spans and suggestions have in common, their claim attributes too.

    Attributes:
        id: stable identifier, made before the stretch is first saved.
        article_id: the article the offsets index.
        start: first code point.
        end: code point after the last one (exclusive).
        label: label name, e.g. ``TROOPS``.
        text: the covered text, kept so exports never need the article to read it.
    """

    id: str
    article_id: str
    start: int
    end: int
    label: str
    text: str

    def overlaps(self, start: int, end: int) -> bool:
        """Return whether this stretch shares at least one character with ``[start, end)``."""
        return self.start < end and start < self.end


@dataclass(frozen=True, slots=True)
class Span(Stretch):
    """A span a user confirmed: a stretch with who made it, how, and its attributes
    (:class:`ClaimAttributes`: value, qualifier, source).

    Attributes:
        annotator: who made the span.
        created_at: ISO 8601 UTC timestamp.
        origin: how the span came to be.
        note: the annotator's free-text note.
        taken_from: for an adjudicated span, the annotators whose span it takes over
            (comma-separated); ``None`` otherwise.
    """

    annotator: str
    created_at: str
    origin: Origin = Origin.MANUAL
    note: str | None = None
    taken_from: str | None = None


SPAN_FIELDS: tuple[str, ...] = (
    "id", "article_id", "start", "end", "label", "text", "annotator", "created_at",
    "origin", "value", "qualifier", "source", "note", "taken_from",
)  # fmt: skip
"""A span's fields in the order the store's columns and the CSV export list them (the
claim attributes after the origin, where they have always been)."""


def new_span_id() -> str:
    """Return a fresh span id: 32 hex digits, the time in nanoseconds then 64 random bits.

    Ids made later sort later (as UUIDv7's do), so the store's index of ids grows at
    its end instead of at random places: a fifth faster to import a million spans.
    """
    return f"{time.time_ns():016x}{os.urandom(8).hex()}"


def now_iso() -> str:
    """Return the current UTC time as an ISO 8601 string with seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def make_span(
    article_id: str,
    article_text: str,
    start: int,
    end: int,
    label: str,
    annotator: str,
    origin: Origin = Origin.MANUAL,
) -> Span:
    """Build a new span over ``article_text[start:end]`` with a fresh id and timestamp."""
    return Span(
        id=new_span_id(),
        article_id=article_id,
        start=start,
        end=end,
        label=label,
        text=article_text[start:end],
        annotator=annotator,
        created_at=now_iso(),
        origin=origin,
    )


def _is_word_char(char: str) -> bool:
    # Combining marks count, so "e" + U+0301 is never split from its accent.
    return char.isalnum() or unicodedata.category(char).startswith("M")


# Characters that belong to a word when a word character stands on both sides:
# "Kamikaze-Drohnen", "11.000", "650'000", "1,5", "z.B".
_JOINERS = frozenset("-.,'’‑")


def _in_word(text: str, i: int) -> bool:
    """Return whether ``text[i]`` is part of a word (joiners count only inside one)."""
    char = text[i]
    if _is_word_char(char):
        return True
    return (
        char in _JOINERS
        and 0 < i < len(text) - 1
        and _is_word_char(text[i - 1])
        and _is_word_char(text[i + 1])
    )


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a selection of white space and punctuation, then extend it to whole words.

    Args:
        text: the article text.
        start: selection start (code points); the order of start and end does not matter.
        end: selection end.

    Returns:
        The snapped ``(start, end)``, or ``None`` when the selection holds no word.
    """
    start, end = sorted(min(max(0, offset), len(text)) for offset in (start, end))
    while start < end and not _is_word_char(text[start]):
        start += 1
    while end > start and not _is_word_char(text[end - 1]):
        end -= 1
    if start == end:
        return None
    while start > 0 and _in_word(text, start - 1):
        start -= 1
    while end < len(text) and _in_word(text, end):
        end += 1
    return start, end


def same_label_overlap(
    spans: Iterable[Span],
    start: int,
    end: int,
    label: str,
    ignore: str | None = None,
    annotator: str | None = None,
) -> Span | None:
    """Return an existing span of ``label`` that overlaps ``[start, end)``, if any.

    The overlap rule, defined here only: spans of different labels may overlap or
    nest; two of the same label by the same annotator never do. Each annotator's
    spans are a layer of their own: two people marking the same words is what a
    team compares, not a conflict.

    Args:
        spans: the spans already there.
        start: start of the span to place.
        end: its end.
        label: its label.
        ignore: the id of the span being moved or relabelled, which cannot clash
            with itself.
        annotator: whose span it is; ``None`` compares with everyone's.
    """
    for span in spans:
        if (
            span.label == label
            and span.id != ignore
            and (annotator is None or span.annotator == annotator)
            and span.overlaps(start, end)
        ):
            return span
    return None


def check_no_overlap(spans: Iterable[Span], span: Span, *, by_start: bool = False) -> None:
    """Raise :class:`SpanConflictError` if ``span`` would overlap a span of its label and
    annotator.

    Args:
        spans: the spans already there.
        span: the span to place.
        by_start: ``spans`` is a sequence ordered by start (an article's spans as the
            window holds them): only the one that can be in the way is read.

    Raises:
        SpanConflictError: the message names the span in the way, for the user.
    """
    if by_start:
        spans = nearest_in_layer(cast("Sequence[Span]", spans), span)
    clash = same_label_overlap(
        spans, span.start, span.end, span.label, ignore=span.id, annotator=span.annotator
    )
    if clash is not None:
        raise SpanConflictError(
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "{text} overlaps the {label} span {other} ({start}-{end}). Spans of the "
                    "same label cannot overlap (in one annotator's layer).",
                ),
                text=quoted(span.text, None), label=span.label, other=quoted(clash.text, None),
                start=clash.start, end=clash.end,
            )
        )  # fmt: skip


def move_edge(text: str, start: int, end: int, edge: Edge, step: int) -> tuple[int, int] | None:
    """Move a span's start or end by one word, keeping at least one word inside.

    Args:
        text: the article text.
        start: the span's start.
        end: the span's end.
        edge: the end of the span to move.
        step: -1 moves the edge one word left, +1 one word right.

    Returns:
        The new ``(start, end)``, or ``None`` when the edge cannot move that way (a
        span never crosses a line break: it stays in its paragraph, as a mark does).
    """
    if edge is Edge.END:
        position = end
        if step > 0:
            while position < len(text) and not _in_word(text, position):
                if text[position] == "\n":  # a span ends at its paragraph's end, as marked
                    return None
                position += 1
            if position == len(text):
                return None
            while position < len(text) and _in_word(text, position):
                position += 1
        else:
            while position > start and _in_word(text, position - 1):
                position -= 1
            while position > start and not _in_word(text, position - 1):
                position -= 1
        return (start, position) if start < position != end else None
    position = start
    if step < 0:
        while position > 0 and not _in_word(text, position - 1):
            if text[position - 1] == "\n":  # nor does it start before its paragraph
                return None
            position -= 1
        if position == 0:
            return None
        while position > 0 and _in_word(text, position - 1):
            position -= 1
    else:
        while position < end and _in_word(text, position):
            position += 1
        while position < end and not _in_word(text, position):
            position += 1
    return (position, end) if position < end and position != start else None


def nearest_in_layer(spans: Sequence[Span], span: Span) -> list[Span]:
    """Return the spans of ``span``'s label and annotator that may overlap it, in order
    (``spans`` ordered by start, as an article's are).

    The spans of one label and annotator never overlap, so ordered by start their ends
    are in order too: reading back from the last to start before ``span`` ends, the
    first that ends before it starts is the last that needs reading. Checking a mark
    against 20,000 spans read them all, a millisecond of every key.
    """
    near: list[Span] = []
    for k in range(bisect_left(spans, span.end, key=_start_of) - 1, -1, -1):
        other = spans[k]
        if other.label == span.label and other.annotator == span.annotator and other.id != span.id:
            near.append(other)
            if other.end <= span.start:
                break
    return near[::-1]


_start_of = attrgetter("start")


class SpanIndex:
    """The spans of one article by label and start, to find overlaps without a full scan.

    It narrows the candidates down; :func:`same_label_overlap` decides, so the
    rule keeps its one definition.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._by_label: dict[str, Intervals[Span]] = {}
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        """Put a span in the index."""
        same = self._by_label.get(span.label)
        if same is None:  # not setdefault: that would make an index for every span
            same = self._by_label[span.label] = Intervals()
        same.add(span)

    def check(self, span: Span) -> None:
        """Raise :class:`SpanConflictError` if ``span`` overlaps an indexed span of its label."""
        same = self._by_label.get(span.label)
        if same is not None:
            check_no_overlap(same.overlapping(span.start, span.end), span)
