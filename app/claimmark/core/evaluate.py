"""Scoring suggestions against gold spans: precision, recall, F1, attribute accuracy."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from typing import Protocol

from claimmark.core.spans import ClaimAttributes
from claimmark.core.spans import Placed


class Scored(Placed, Protocol):
    """Anything with bounds, a label and attributes: a gold span or a detector suggestion."""

    @property
    def value(self) -> int | None: ...
    @property
    def qualifier(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Annotated(ClaimAttributes):
    """A span with attributes, gold or predicted: what scoring compares."""

    start: int
    end: int
    label: str


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with the ratios over them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        """Add ``other``'s counts to these (summing over labels, pairs or articles)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp), 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn), 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Ratio:
    """How many of the compared pairs agreed."""

    agreed: int = 0
    compared: int = 0

    @property
    def value(self) -> float:
        """Return agreed / compared, 1.0 when nothing was compared."""
        return self.agreed / self.compared if self.compared else 1.0


@dataclass(slots=True)
class Report:
    """Scores per label, for exact boundaries and for overlap matching.

    Attributes:
        exact: counts where a prediction matches a gold span's label, start and end.
        overlap: counts where it matches the label and shares a character (one to one).
        value: on overlap matches where gold or prediction has a value, how often they agree.
        qualifier: on overlap matches where either has a qualifier, how often they agree.
        source: on overlap matches where gold has a source, how often the source agrees.
        misses: gold spans with no overlap match, as ``(article_id, span)``.
        false_alarms: predictions with no overlap match.
    """

    exact: dict[str, Counts] = field(default_factory=dict)
    overlap: dict[str, Counts] = field(default_factory=dict)
    value: Ratio = field(default_factory=Ratio)
    qualifier: Ratio = field(default_factory=Ratio)
    source: Ratio = field(default_factory=Ratio)
    misses: list[tuple[str, Scored]] = field(default_factory=list)
    false_alarms: list[tuple[str, Scored]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """Return the scores per label, exact and overlap, and the attribute accuracies."""

        def counts(table: dict[str, Counts]) -> dict[str, Any]:
            return {
                label: {
                    "precision": c.precision, "recall": c.recall, "f1": c.f1,
                    "tp": c.tp, "fp": c.fp, "fn": c.fn,
                }
                for label, c in table.items()
            }  # fmt: skip

        return {
            "exact": counts(self.exact),
            "overlap": counts(self.overlap),
            "value_accuracy": self.value.value,
            "qualifier_accuracy": self.qualifier.value,
            "source_accuracy": self.source.value,
            "misses": len(self.misses),
            "false_alarms": len(self.false_alarms),
        }


def _overlap(a: Scored, b: Scored) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def score(
    gold: Mapping[str, Sequence[Scored]],
    predicted: Mapping[str, Sequence[Scored]],
    labels: Iterable[str],
) -> Report:
    """Score predictions against gold, article by article.

    Overlap matching is one to one: each gold span takes the unmatched prediction
    of its label that shares the most characters with it.
    """
    report = Report()
    for label in labels:
        report.exact[label] = Counts()
        report.overlap[label] = Counts()
    for article_id in sorted(set(gold) | set(predicted)):
        gold_spans = list(gold.get(article_id, ()))
        predictions = list(predicted.get(article_id, ()))
        exact_keys = {(p.start, p.end, p.label) for p in predictions}
        for g in gold_spans:
            counts = report.exact.setdefault(g.label, Counts())
            if (g.start, g.end, g.label) in exact_keys:
                counts.tp += 1
            else:
                counts.fn += 1
        gold_keys = {(g.start, g.end, g.label) for g in gold_spans}
        for p in predictions:
            if (p.start, p.end, p.label) not in gold_keys:
                report.exact.setdefault(p.label, Counts()).fp += 1
        unmatched = list(predictions)
        for g in sorted(gold_spans, key=lambda s: (s.start, s.end)):
            counts = report.overlap.setdefault(g.label, Counts())
            candidates = [p for p in unmatched if p.label == g.label and _overlap(p, g) > 0]
            if not candidates:
                counts.fn += 1
                report.misses.append((article_id, g))
                continue
            best = max(candidates, key=lambda p: _overlap(p, g))
            unmatched.remove(best)
            counts.tp += 1
            _compare(report, g, best)
        for p in unmatched:
            report.overlap.setdefault(p.label, Counts()).fp += 1
            report.false_alarms.append((article_id, p))
    return report


def _compare(report: Report, gold: Scored, predicted: Scored) -> None:
    if gold.value is not None or predicted.value is not None:
        report.value.compared += 1
        report.value.agreed += gold.value == predicted.value
    if gold.qualifier is not None or predicted.qualifier is not None:
        report.qualifier.compared += 1
        report.qualifier.agreed += gold.qualifier == predicted.qualifier
    if gold.source is not None:
        report.source.compared += 1
        report.source.agreed += gold.source == predicted.source
