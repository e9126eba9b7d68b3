"""Suggestions as stored: a detector proposal with its state in the user's review."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from enum import StrEnum

from claimmark.core.intervals import Intervals
from claimmark.core.spans import Origin
from claimmark.core.spans import Qualifier
from claimmark.core.spans import Span
from claimmark.core.spans import Stretch


class Proposer(StrEnum):
    """Who proposes a suggestion: the detector's rules, words an annotator marked, or a
    model trained on the project's spans. One suggestion found by several records them
    all in its ``origin``, joined by "+" in this order ("rules+model")."""

    RULES = "rules"
    LEARNED = "learned"
    MODEL = "model"


DETECTED = frozenset({Proposer.RULES, Proposer.MODEL})
"""The origins a detector run makes, and makes again: a pending suggestion of only
these that a run no longer finds goes; a learned one stays."""

_ORDER = tuple(Proposer)


def origins_of(origin: str) -> frozenset[str]:
    """Return the origins a stored ``origin`` records: "rules+model" -> {rules, model}."""
    return frozenset(origin.split("+")) if origin else frozenset()


def joined(origins: Iterable[str]) -> str:
    """Return origins as stored: in a fixed order, joined by "+"."""
    found = set(origins)
    known = [o for o in _ORDER if o in found]
    return "+".join(known + sorted(found - set(_ORDER)))


class SuggestionState(StrEnum):
    """Where a suggestion stands in the user's review."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class StoredSuggestion(Stretch):
    """A detector suggestion in the store: a stretch with its attributes and review state.

    Its id is stable: the same article, offsets and label always give the same id,
    so running the detector again finds the suggestion it made before.

    Attributes (besides the claim attributes value, qualifier and source):
        score: the detector's confidence, 0 to 1.
        state: where it stands in the review.
        span_id: the span made when it was accepted.
        detected_at: when the detector proposed it (ISO 8601 UTC).
        origin: ``rules`` (the detector's rules), ``learned`` (another occurrence
            of words an annotator marked), ``model`` (a model trained on the project's
            spans), or several joined by "+" (see :func:`merged`).
        learned_from: for a learned suggestion, the article of the span it learned from.
    """

    score: float
    state: SuggestionState = SuggestionState.PENDING
    span_id: str | None = None
    detected_at: str = ""
    origin: str = Proposer.RULES
    learned_from: str | None = None

    def as_span(self) -> Span:
        """Return the suggestion in the shape exporters write, with origin ``detector``."""
        return Span(
            id=self.id,
            article_id=self.article_id,
            start=self.start,
            end=self.end,
            label=self.label,
            text=self.text,
            annotator="detector",
            created_at=self.detected_at,
            origin=Origin.DETECTOR,
            value=self.value,
            qualifier=self.qualifier,
            source=self.source,
        )


SUGGESTION_FIELDS: tuple[str, ...] = (
    "id", "article_id", "start", "end", "label", "text", "value", "qualifier", "source",
    "score", "state", "span_id", "detected_at", "origin", "learned_from",
)  # fmt: skip
"""A stored suggestion's fields in the order the store keeps them."""


def proposed(
    article_id: str,
    text: str,
    start: int,
    end: int,
    label: str,
    *,
    score: float,
    origin: str = Proposer.RULES,
    value: int | None = None,
    qualifier: Qualifier | None = None,
    source: str | None = None,
    learned_from: str | None = None,
    detected_at: str = "",
) -> StoredSuggestion:
    """Return a pending suggestion of ``text[start:end]`` in an article, with its stable id."""
    return StoredSuggestion(
        id=suggestion_id(article_id, start, end, label),
        article_id=article_id,
        start=start,
        end=end,
        label=label,
        text=text[start:end],
        value=value,
        qualifier=qualifier,
        source=source,
        score=score,
        detected_at=detected_at,
        origin=origin,
        learned_from=learned_from,
    )


def on_article(suggestion: StoredSuggestion, article_id: str) -> StoredSuggestion:
    """Return the suggestion on another article of the same text (its id follows it)."""
    return replace(
        suggestion,
        id=suggestion_id(article_id, suggestion.start, suggestion.end, suggestion.label),
        article_id=article_id,
    )


def merged(found: Iterable[StoredSuggestion]) -> list[StoredSuggestion]:
    """Return one suggestion per span and label, ordered by position.

    Where several suggesters found the same span and label (the same id), the best
    score is kept and every origin recorded; value, qualifier and source come from
    the first that has them (the rules read them, a model does not).
    """
    by_id: dict[str, StoredSuggestion] = {}
    for suggestion in found:
        other = by_id.get(suggestion.id)
        if other is None:
            by_id[suggestion.id] = suggestion
            continue
        by_id[suggestion.id] = replace(
            other,
            score=max(other.score, suggestion.score),
            origin=joined(origins_of(other.origin) | origins_of(suggestion.origin)),
            value=other.value if other.value is not None else suggestion.value,
            qualifier=other.qualifier or suggestion.qualifier,
            source=other.source or suggestion.source,
            learned_from=other.learned_from or suggestion.learned_from,
        )
    return sorted(by_id.values(), key=lambda s: (s.start, s.end, s.label))


def suggestion_id(article_id: str, start: int, end: int, label: str) -> str:
    """Return the stable id of a suggestion (the detector's original label counts)."""
    key = f"{article_id}\x1f{start}\x1f{end}\x1f{label}".encode()
    return hashlib.blake2b(key, digest_size=12).hexdigest()


@dataclass
class DetectionPlan:
    """What a detector run on an article changes among its stored suggestions.

    Attributes:
        new: suggestions not stored before.
        again: ``(id, origins, score)`` of pending ones proposed again: who proposed
            them this time (what was learned stays among them) and this run's score.
        learned_only: ``(id, origins)`` of pending ones the detector no longer
            proposes but learning did: they stay, as learning's.
        gone: ids of pending ones nobody proposes any more.
    """

    new: list[StoredSuggestion] = field(default_factory=list)
    again: list[tuple[str, str, float]] = field(default_factory=list)
    learned_only: list[tuple[str, str]] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)


def plan_detection(
    found: Mapping[str, StoredSuggestion], stored: Mapping[str, tuple[SuggestionState, str]]
) -> DetectionPlan:
    """Sort a detector run against what an article holds.

    A suggestion the user accepted or rejected keeps its state (a rejected one does
    not come back). Of a pending one, what the detector made it is made again: it
    records who found it this time, or goes if nobody did; what was learned stays.

    Args:
        found: this run's suggestions (those the user's rejections block left out), by id.
        stored: the article's stored suggestions: ``(state, origins)`` by id.
    """
    plan = DetectionPlan(new=[s for i, s in found.items() if i not in stored])
    for i, (state, origin) in stored.items():
        if state != SuggestionState.PENDING:
            continue
        kept = origins_of(origin) - DETECTED
        if i in found:
            plan.again.append((i, joined(origins_of(found[i].origin) | kept), found[i].score))
        elif not kept:
            plan.gone.append(i)
        elif kept != origins_of(origin):
            plan.learned_only.append((i, joined(kept)))
    return plan


def where_silent(
    first: Sequence[StoredSuggestion], second: Iterable[StoredSuggestion]
) -> list[StoredSuggestion]:
    """Return the suggestions of a second suggester (a model) that may join the first's
    (the rules'): one on the very span and label of a first one (merged with it), or one
    that overlaps no suggestion of its label. Of second ones that overlap each other
    in a label, the best scored stays. Nothing nests in or stacks on a suggestion of
    its label: one suggestion per stretch and label.
    """
    taken: dict[str, Intervals[StoredSuggestion]] = {}
    for suggestion in first:
        taken.setdefault(suggestion.label, Intervals()).add(suggestion)
    same = {suggestion.id for suggestion in first}
    kept: list[StoredSuggestion] = []
    for suggestion in sorted(second, key=lambda s: -s.score):
        if suggestion.id in same:
            kept.append(suggestion)
            continue
        index = taken.get(suggestion.label)
        if index is not None and index.overlapping(suggestion.start, suggestion.end):
            continue
        kept.append(suggestion)
        if index is None:
            index = taken[suggestion.label] = Intervals()
        index.add(suggestion)
    return kept
