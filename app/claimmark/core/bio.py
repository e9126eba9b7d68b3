"""BIO tags: spans as one tag per token (``B-LABEL``, ``I-LABEL``, ``O``).

The CoNLL export writes them; agreement compares annotators token by token with
them. A token sequence holds one span per token, so overlapping spans are
first thinned by :func:`one_per_token`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from collections.abc import Sequence
from typing import TypeVar

from claimmark.core.spans import Stretch
from claimmark.core.tokens import Bounds

S = TypeVar("S", bound=Stretch)


def one_per_token(spans: Iterable[S]) -> tuple[list[S], list[tuple[S, S]]]:
    """Return the spans that BIO tags can hold, and each one left out with the span in its way.

    Of two overlapping spans, the one that starts first (the longer at a tie) is kept.
    """
    kept: list[S] = []
    dropped: list[tuple[S, S]] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        # Kept spans do not overlap and are in order: only the last can reach this one.
        if kept and kept[-1].overlaps(span.start, span.end):
            dropped.append((span, kept[-1]))
        else:
            kept.append(span)
    return kept, dropped


def bio_tags(tokens: Sequence[Bounds], spans: Sequence[Stretch]) -> list[str]:
    """Return each token's BIO tag; ``spans`` do not overlap and start and end on tokens.

    Each span finds its tokens by binary search (a search of every span for
    every token made exports of long articles quadratic).
    """
    tags = ["O"] * len(tokens)
    starts = [start for start, _end in tokens]
    for span in spans:
        first = bisect_left(starts, span.start)
        last = bisect_left(starts, span.end, first)
        if first < last:
            tags[first] = "B-" + span.label
            tags[first + 1 : last] = ["I-" + span.label] * (last - first - 1)
    return tags
