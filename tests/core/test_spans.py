"""Snapping selections to words, and the overlap rule."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import example
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from claimmark.core.errors import SpanConflictError
from claimmark.core.spans import Edge
from claimmark.core.spans import Span
from claimmark.core.spans import SpanIndex
from claimmark.core.spans import check_no_overlap
from claimmark.core.spans import make_span
from claimmark.core.spans import move_edge
from claimmark.core.spans import same_label_overlap
from claimmark.core.spans import snap_to_words

TEXT = (
    "Er schickte „3000 weitere Soldaten“, rund 11.000 Mann und Aufklärungs- und Kamikaze-Drohnen."
)


def _snap(selected: str, occurrence: int = 0) -> str | None:
    start = TEXT.index(selected) if occurrence == 0 else TEXT.index(selected, occurrence)
    snapped = snap_to_words(TEXT, start, start + len(selected))
    return None if snapped is None else TEXT[snapped[0] : snapped[1]]


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        ("3000 weitere Soldaten", "3000 weitere Soldaten"),
        (" „3000 weitere Soldaten“, ", "3000 weitere Soldaten"),
        ("000 weitere Sold", "3000 weitere Soldaten"),
        ("1.0", "11.000"),
        ("Kamikaze", "Kamikaze-Drohnen"),
        ("Aufklärungs- und Kamikaze-Drohnen.", "Aufklärungs- und Kamikaze-Drohnen"),
        ("Aufklärungs-", "Aufklärungs"),
    ],
)
def test_selection_is_trimmed_and_extended_to_whole_words(selected: str, expected: str) -> None:
    assert _snap(selected) == expected


def test_selection_without_a_word_snaps_to_nothing() -> None:
    assert _snap("“, ") is None
    assert snap_to_words(TEXT, 5, 5) is None


def test_reversed_and_out_of_range_selections_are_clamped() -> None:
    end = len(TEXT)
    assert snap_to_words(TEXT, end + 10, end - 3) == (TEXT.index("Kamikaze-Drohnen"), end - 1)


def test_combining_marks_stay_with_their_letter() -> None:
    text = "Cafe\u0301 und mehr"
    assert snap_to_words(text, 0, 4) == (0, 5)


def _span(start: int, end: int, label: str) -> Span:
    return make_span("a", "x" * 100, start, end, label, "tester")


def test_same_label_overlap_is_found_and_other_labels_are_allowed() -> None:
    spans = [_span(10, 20, "TROOPS"), _span(30, 40, "WEAPONS")]
    assert same_label_overlap(spans, 15, 25, "TROOPS") == spans[0]
    assert same_label_overlap(spans, 15, 25, "LOSSES") is None
    assert same_label_overlap(spans, 20, 30, "TROOPS") is None
    assert same_label_overlap(spans, 0, 100, "WEAPONS") == spans[1]


def test_make_span_takes_its_text_from_the_article() -> None:
    span = make_span("a1", TEXT, 13, 34, "TROOPS", "alice")
    assert (span.text, span.label, span.annotator, span.origin) == (
        "3000 weitere Soldaten",
        "TROOPS",
        "alice",
        "manual",
    )
    assert len(span.id) == 32
    assert span.created_at.endswith("+00:00")


MOVE_TEXT = "Kim schickte rund 3000 weitere Soldaten, sagte er."


@pytest.mark.parametrize(
    ("edge", "step", "expected"),
    [
        ("end", 1, "3000 weitere Soldaten, sagte"),
        ("end", -1, "3000 weitere"),
        ("start", -1, "rund 3000 weitere Soldaten"),
        ("start", 1, "weitere Soldaten"),
    ],
)
def test_an_edge_moves_one_word(edge: str, step: int, expected: str) -> None:
    start = MOVE_TEXT.index("3000")
    end = MOVE_TEXT.index(",")
    moved = move_edge(MOVE_TEXT, start, end, Edge(edge), step)
    assert moved is not None
    assert MOVE_TEXT[moved[0] : moved[1]] == expected


def test_an_edge_never_leaves_a_span_empty_or_the_text() -> None:
    one = MOVE_TEXT.index("Kim")
    assert move_edge(MOVE_TEXT, one, one + 3, Edge.END, -1) is None
    assert move_edge(MOVE_TEXT, one, one + 3, Edge.START, 1) is None
    assert move_edge(MOVE_TEXT, one, one + 3, Edge.START, -1) is None
    last = MOVE_TEXT.index("er.")
    assert move_edge(MOVE_TEXT, last, last + 2, Edge.END, 1) is None


def test_the_span_index_finds_the_same_clash_as_the_rule() -> None:
    text = "a " * 200
    spans = [
        Span(f"s{i}", "a1", i, end, "TROOPS" if i % 2 else "LOSSES", text[i:end], "x", "t")
        for i in range(0, 300, 5)
        for end in [i + 3 + i % 7]
    ]
    index = SpanIndex(spans)
    for start in range(0, 390, 3):
        probe = Span("p", "a1", start, start + 4, "TROOPS", text[start : start + 4], "x", "t")
        expected = same_label_overlap(spans, probe.start, probe.end, "TROOPS")
        if expected is None:
            index.check(probe)
        else:
            with pytest.raises(SpanConflictError):
                index.check(probe)


@example(
    wanted=[(0, 3, "T", "a"), (5, 3, "T", "a")],
    start=1,
    length=6,
    label="T",
    annotator="a",
    moved=False,
)  # two in the way: the first is named
@settings(max_examples=300)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.sampled_from("TLW"),
                       st.sampled_from("ab")), max_size=30),
    st.integers(0, 70), st.integers(1, 10), st.sampled_from("TLW"), st.sampled_from("ab"),
    st.booleans(),
)  # fmt: skip
def test_spans_read_by_start_find_the_clash_the_rule_finds(
    wanted: list[tuple[int, int, str, str]],
    start: int,
    length: int,
    label: str,
    annotator: str,
    moved: bool,
) -> None:
    # A layer as the store keeps it: no two of one label and annotator overlap.
    text = "x" * 100
    spans: list[Span] = []
    for n, (first, size, kind, who) in enumerate(wanted):
        span = Span(f"s{n}", "a1", first, first + size, kind, text[first : first + size], who, "t")
        if same_label_overlap(spans, span.start, span.end, kind, annotator=who) is None:
            spans.append(span)
    spans.sort(key=lambda s: (s.start, s.end, s.label))
    probe = Span("p", "a1", start, start + length, label, text[start : start + length],
                 annotator, "t")  # fmt: skip
    if moved and spans:  # an existing span moved: it cannot clash with itself
        probe = replace(probe, id=spans[len(spans) // 2].id)
    raised = []
    for by_start in (False, True):
        try:
            check_no_overlap(spans, probe, by_start=by_start)
            raised.append(None)
        except SpanConflictError as error:
            raised.append(str(error))
    assert raised[0] == raised[1]


def test_a_span_never_clashes_with_itself_when_moved() -> None:
    span = Span("s", "a1", 0, 4, "TROOPS", "drei", "x", "t")
    check_no_overlap([span], replace(span, end=3, text="dre"))


def test_span_ids_are_unique_and_later_ones_sort_later() -> None:
    from claimmark.core.spans import new_span_id

    ids = [new_span_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    # The time comes first, so the store's index of ids grows at its end.
    assert [i[:16] for i in ids] == sorted(i[:16] for i in ids)


def test_an_edge_never_moves_past_a_paragraph_break() -> None:
    text = "Titel\nEs kamen 3000 Soldaten\n\nAuf der Krim blieben sie."
    start = text.index("3000")
    end = text.index("Soldaten") + len("Soldaten")
    assert move_edge(text, start, end, Edge.END, 1) is None  # "… Soldaten\n\nAuf" refused
    auf = text.index("Auf")
    assert move_edge(text, auf, auf + 3, Edge.START, -1) is None
    assert move_edge(text, start, end - len(" Soldaten"), Edge.END, 1) == (start, end)


def test_the_column_orders_name_every_field_of_their_claims_once() -> None:
    from dataclasses import fields

    from claimmark.core.ledger import LEDGER_COLUMNS
    from claimmark.core.ledger import Claim
    from claimmark.core.spans import SPAN_FIELDS
    from claimmark.core.spans import ClaimAttributes
    from claimmark.core.spans import Span
    from claimmark.core.suggestions import SUGGESTION_FIELDS
    from claimmark.core.suggestions import StoredSuggestion

    for columns, kind in ((SPAN_FIELDS, Span), (SUGGESTION_FIELDS, StoredSuggestion),
                          (LEDGER_COLUMNS, Claim)):  # fmt: skip
        assert sorted(columns) == sorted(f.name for f in fields(kind)), kind
        assert issubclass(kind, ClaimAttributes)
