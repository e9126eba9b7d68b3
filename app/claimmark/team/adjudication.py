"""Adjudication: settling several annotators' spans of one article into a gold layer.

The annotators' spans fall into clusters: stretches of text where spans overlap,
whatever their labels and authors. Where everyone who finished the article made
the same spans in a cluster (bounds and labels), they agree, and the gold layer
takes them over as they are. Everywhere else is a disagreement, offered as the
distinct versions the annotators made (those who made the same one together),
"no span" among them where someone marked nothing there.

A disagreement is settled once a gold span overlaps it (a version taken, or the
adjudicator's own span) or it was rejected as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace

from claimmark.core.errors import RuleError
from claimmark.core.spans import Origin
from claimmark.core.spans import Span
from claimmark.core.spans import new_span_id
from claimmark.core.spans import now_iso
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import said

GOLD = "gold"
"""The annotator of the adjudicated layer: reserved, no person is called so."""

ANNOTATOR_NAME_LIMIT = 100
"""The longest annotator name, in characters (a share's file is named after it)."""


def check_annotator_name(name: str) -> None:
    """Raise RuleError unless ``name`` can be a person's annotator name.

    ``gold`` is the adjudicated layer's: a share or a span of a person called so
    would write into it.
    """
    if not name.strip():
        raise RuleError(said(QT_TRANSLATE_NOOP("edits", "An annotator needs a name.")))
    if name.strip().casefold() == GOLD:
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "'{gold}' is the adjudicated layer's name; choose another annotator name.",
                ),
                gold=GOLD,
            )
        )
    if len(name) > ANNOTATOR_NAME_LIMIT:
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "An annotator name is at most {most} characters ({name}… has {count}).",
                ),
                most=ANNOTATOR_NAME_LIMIT,
                name=name[:20],
                count=len(name),
            )
        )


@dataclass(frozen=True, slots=True)
class Version:
    """One way the annotators marked a cluster.

    Attributes:
        annotators: who made exactly these spans there.
        spans: the spans (of the first of them), ordered by start; empty for "no span".
    """

    annotators: tuple[str, ...]
    spans: tuple[Span, ...]

    def key(self) -> tuple[tuple[int, int, str], ...]:
        """Return what makes two versions the same: bounds and labels."""
        return tuple((s.start, s.end, s.label) for s in self.spans)


@dataclass(frozen=True, slots=True)
class Cluster:
    """A stretch of an article where annotators' spans overlap.

    Attributes:
        article_id: the article.
        start: where its first span starts.
        end: where its last span ends.
        versions: each distinct version, most annotators first.
    """

    article_id: str
    start: int
    end: int
    versions: tuple[Version, ...]

    @property
    def agreed(self) -> bool:
        """Return whether every annotator made the same spans here."""
        return len(self.versions) == 1


def clusters(article_id: str, layers: Mapping[str, Sequence[Span]]) -> list[Cluster]:
    """Return the clusters of an article's spans, in text order.

    Args:
        article_id: the article.
        layers: each annotator's spans of it, for the annotators who finished it.
    """
    every = sorted(
        ((span, name) for name, spans in layers.items() for span in spans),
        key=lambda pair: (pair[0].start, pair[0].end),
    )
    groups: list[list[tuple[Span, str]]] = []
    reach = -1
    for span, name in every:
        if groups and span.start < reach:
            groups[-1].append((span, name))
            reach = max(reach, span.end)
        else:
            groups.append([(span, name)])
            reach = span.end
    found = []
    for group in groups:
        by_name: dict[str, list[Span]] = {name: [] for name in layers}
        for span, name in group:
            by_name[name].append(span)
        versions: dict[tuple[tuple[int, int, str], ...], Version] = {}
        for name in sorted(by_name):
            version = Version((name,), tuple(by_name[name]))
            known = versions.get(version.key())
            versions[version.key()] = (
                version if known is None else replace(known, annotators=(*known.annotators, name))
            )
        ordered = sorted(versions.values(), key=lambda v: (-len(v.annotators), v.annotators))
        start = min(s.start for s, _ in group)
        end = max(s.end for s, _ in group)
        found.append(Cluster(article_id, start, end, tuple(ordered)))
    return found


def gold_spans(version: Version) -> list[Span]:
    """Return a version's spans as new gold spans, saying whose they were."""
    taken_from = ",".join(version.annotators)
    return [
        replace(
            span,
            id=new_span_id(),
            annotator=GOLD,
            created_at=now_iso(),
            origin=Origin.ADJUDICATED,
            note=None,
            taken_from=taken_from,
        )
        for span in version.spans
    ]


def settled(cluster: Cluster, gold: Iterable[Span], rejected: Iterable[tuple[int, int]]) -> bool:
    """Return whether a cluster is settled: a gold span overlaps it, or it was rejected."""
    if any(span.overlaps(cluster.start, cluster.end) for span in gold):
        return True
    return any(start < cluster.end and cluster.start < end for start, end in rejected)
