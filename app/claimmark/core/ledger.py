"""The claim ledger: every confirmed span as a claim, by source and date, and its hints.

A claim is what an analyst quotes: "about 11,000 North Korean soldiers, according
to South Korea's military, reported on 2024-12-19 by dpa". Each confirmed span
is one, with its article's day and outlet. The consistency hints compare the
claims of one source about one label:

- **differs**: the same source gave two different values within ``window`` days;
- **lower minimum**: a later "at least" (or "more than") figure is lower than an
  earlier exact one of the same source, though it should only add to it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from datetime import date

from claimmark.core.spans import ClaimAttributes
from claimmark.core.spans import Qualifier

WINDOW_DAYS = 3
"""How many days apart two claims of one source may be to count as saying the same."""

_MINIMUMS = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)


@dataclass(frozen=True, slots=True)
class Claim(ClaimAttributes):
    """One row of the ledger: a confirmed span with what its article says about it.

    Attributes:
        article_id: the article the span is in.
        title: the article's title.
        published: the article's day (``YYYY-MM-DD``), if known.
        outlet: who published the article, if known.
        label: the span's label.
        text: the span's words.
        value: the figure, where the span gives one.
        qualifier: how the figure is meant.
        source: who the article says reported it.
        annotator: who marked the span.
        status: where the article's annotation stands.
        start: the span's first code point in the article.
        end: the code point after its last.
        span_id: the span's id.
    """

    article_id: str
    title: str
    published: str | None
    outlet: str | None
    label: str
    text: str
    annotator: str
    status: str
    start: int
    end: int
    span_id: str


LEDGER_COLUMNS: tuple[str, ...] = (
    "article_id", "title", "published", "outlet", "label", "text", "value", "qualifier",
    "source", "annotator", "status", "start", "end", "span_id",
)  # fmt: skip
"""The ledger's columns, in the order every format writes them."""


@dataclass(frozen=True, slots=True)
class LedgerFilter:
    """Which claims the ledger shows (every criterion given must hold).

    Attributes:
        labels: these labels only.
        status: articles of this status only.
        annotator: this annotator's spans only.
        source: sources containing this text (any case).
        outlet: outlets containing this text (any case).
        since: articles published on or after this day.
        until: articles published on or before this day.
        qualifier: claims of this qualifier only.
        text: claims whose words contain this text (any case).
        charted: only claims with a day and a value (what a chart can draw).
        group: ``(column, value)``: only the claims of one group, e.g.
            ``("source", "Kiew")``; a value ``None`` is the group of claims without.
    """

    labels: frozenset[str] | None = None
    status: str | None = None
    annotator: str | None = None
    source: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    qualifier: Qualifier | None = None
    text: str | None = None
    charted: bool = False
    group: tuple[str, str | None] | None = None


GROUPINGS = ("source", "label", "outlet")
"""The columns the ledger can be grouped by."""


@dataclass(frozen=True, slots=True)
class Hint:
    """A claim that does not fit another of its source: which, and why in words."""

    span_id: str
    other_id: str
    reason: str


def source_key(source: str) -> str:
    """Return a source as hints compare it: any case, spaces folded."""
    return " ".join(source.casefold().split())


def hints(claims: Iterable[Claim], window: int = WINDOW_DAYS) -> Iterator[Hint]:
    """Yield the consistency hints of claims given in order of their day (see
    :class:`HintFinder`)."""
    finder = HintFinder(window)
    for claim in claims:
        found = finder.check(claim)
        if found is not None:
            yield found


class HintFinder:
    """Checks claims, given in order of their day, against those of their source before.

    Claims without a source, a day or a value say nothing to compare and are
    skipped. A hint is reported on the later claim, naming the earlier; a claim
    gets one at most. Held in memory, per source and label: the claims of the last
    ``window`` days and the highest exact figure before them (a later minimum
    under any earlier exact figure is under that one), so a ledger of any length
    is checked in the same memory, as it is written.

    Attributes:
        found: how many claims got a hint so far.
    """

    def __init__(self, window: int = WINDOW_DAYS) -> None:
        self._window = window
        self._groups: dict[tuple[str, str], _Group] = {}
        self.found = 0

    def check(self, claim: Claim) -> Hint | None:
        """Return the hint of the next claim in order of day, if it has one."""
        if claim.source is None or claim.published is None or claim.value is None:
            return None
        day, window = date.fromisoformat(claim.published), self._window
        group = self._groups.setdefault((source_key(claim.source), claim.label), _Group())
        while group.recent and (day - group.recent[0][0]).days > window:
            group.recent.popleft()
        found = next(
            (
                Hint(claim.span_id, earlier.span_id, reason)
                for earlier_day, earlier in group.recent
                if (reason := _disagreement(earlier_day, earlier, day, claim, window))
            ),
            None,
        )
        if found is None and group.top_exact is not None:
            top_day, top = group.top_exact
            reason = _disagreement(top_day, top, day, claim, window)
            if reason:
                found = Hint(claim.span_id, top.span_id, reason)
        group.recent.append((day, claim))
        highest = group.top_exact[1].value if group.top_exact else None
        if claim.qualifier is Qualifier.EXACT and (highest is None or claim.value > highest):
            group.top_exact = (day, claim)
        self.found += found is not None
        return found


@dataclass(slots=True)
class _Group:
    """What one source said about one label lately, and its highest exact figure."""

    recent: deque[tuple[date, Claim]] = field(default_factory=deque)
    top_exact: tuple[date, Claim] | None = None


def _disagreement(
    earlier_day: date, earlier: Claim, day: date, claim: Claim, window: int
) -> str | None:
    if earlier.value is None or claim.value is None:
        return None
    if (
        claim.qualifier in _MINIMUMS
        and earlier.qualifier is Qualifier.EXACT
        and claim.value < earlier.value
    ):
        return (
            f"{claim.source} gives at least {claim.value:,} on {claim.published}, "
            f"fewer than the exact {earlier.value:,} of {earlier.published}"
        )
    if (day - earlier_day).days <= window and claim.value != earlier.value:
        if _ranges_meet(earlier, claim):
            return None
        return (
            f"{claim.source} gives {claim.value:,} on {claim.published} and "
            f"{earlier.value:,} on {earlier.published}"
        )
    return None


def _ranges_meet(a: Claim, b: Claim) -> bool:
    """Return whether two figures can both be true: a minimum and a higher figure, a
    maximum and a lower one, or two vague or approximate figures within a tenth."""
    if a.value is None or b.value is None:
        return False
    for low, high in ((a, b), (b, a)):
        if low.value is None or high.value is None:
            continue
        if low.qualifier in _MINIMUMS and high.value >= low.value:
            return True
        if high.qualifier is Qualifier.UP_TO and low.value <= high.value:
            return True
    loose = (Qualifier.APPROX, Qualifier.VAGUE)
    if a.qualifier in loose or b.qualifier in loose:
        return abs(a.value - b.value) <= max(a.value, b.value) / 10
    return False
