"""Clusters of annotators' spans, their versions, and when a disagreement is settled."""

from __future__ import annotations

from claimmark.core.spans import Origin
from claimmark.core.spans import Span
from claimmark.core.spans import make_span
from claimmark.team.adjudication import GOLD
from claimmark.team.adjudication import clusters
from claimmark.team.adjudication import gold_spans
from claimmark.team.adjudication import settled

TEXT = "Russland schickte 3000 Soldaten und verlor 40 Panzer in Kursk gestern."


def _span(words: str, label: str, who: str) -> Span:
    start = TEXT.index(words)
    return make_span("a", TEXT, start, start + len(words), label, who)


def test_identical_spans_agree_and_differing_ones_make_versions() -> None:
    layers = {
        "anna": [_span("3000 Soldaten", "TROOPS", "anna"), _span("40 Panzer", "LOSSES", "anna")],
        "ben": [_span("3000 Soldaten", "TROOPS", "ben"), _span("Panzer", "WEAPONS", "ben")],
        "chris": [_span("3000 Soldaten", "TROOPS", "chris"), _span("40 Panzer", "LOSSES", "chris")],
    }
    first, second = clusters("a", layers)
    assert first.agreed
    assert [v.annotators for v in first.versions] == [("anna", "ben", "chris")]
    # "40 Panzer" and "Panzer" overlap: one cluster, two versions, the larger group first.
    assert not second.agreed
    assert (second.start, second.end) == (TEXT.index("40 Panzer"), TEXT.index(" in Kursk"))
    assert [(v.annotators, [s.label for s in v.spans]) for v in second.versions] == [
        (("anna", "chris"), ["LOSSES"]),
        (("ben",), ["WEAPONS"]),
    ]


def test_someone_who_marked_nothing_there_is_a_no_span_version() -> None:
    layers = {"anna": [_span("Kursk", "WEAPONS", "anna")], "ben": []}
    [cluster] = clusters("a", layers)
    assert [(v.annotators, v.spans) for v in cluster.versions][1] == (("ben",), ())


def test_gold_spans_say_whose_version_they_take() -> None:
    layers = {"anna": [_span("3000 Soldaten", "TROOPS", "anna")], "ben": []}
    [cluster] = clusters("a", layers)
    [gold] = gold_spans(cluster.versions[0])
    assert (gold.annotator, gold.origin, gold.taken_from) == (GOLD, Origin.ADJUDICATED, "anna")
    assert (gold.start, gold.end, gold.label) == (cluster.start, cluster.end, "TROOPS")
    assert gold.id != cluster.versions[0].spans[0].id


def test_a_cluster_is_settled_by_an_overlapping_gold_span_or_a_rejection() -> None:
    [cluster] = clusters("a", {"anna": [_span("40 Panzer", "LOSSES", "anna")], "ben": []})
    assert not settled(cluster, [], [])
    assert settled(cluster, [_span("Panzer", "WEAPONS", GOLD)], [])
    assert not settled(cluster, [_span("Kursk", "WEAPONS", GOLD)], [])
    assert settled(cluster, [], [(cluster.start, cluster.end)])
