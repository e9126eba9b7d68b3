"""The one interval index: what overlaps [start, end), as a scan of everything would say."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimmark.core.intervals import Intervals

Pair = tuple[int, int]
stretches = st.lists(
    st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=60,
)


def _index(items: list[Pair]) -> Intervals[Pair]:
    return Intervals(items, bounds=lambda pair: pair)


def _scan(items: list[Pair], start: int, end: int) -> list[Pair]:
    return sorted(p for p in items if p[0] < end and start < p[1])


@given(stretches, st.integers(0, 230), st.integers(1, 40))
def test_what_overlaps_is_what_a_scan_finds(items: list[Pair], start: int, length: int) -> None:
    found = _index(items).overlapping(start, start + length)
    assert sorted(found) == _scan(items, start, start + length)
    assert [p[0] for p in found] == sorted(p[0] for p in found)  # by start


@given(stretches, stretches, st.integers(0, 230), st.integers(1, 40))
def test_added_and_removed_items_are_found_and_gone(
    first: list[Pair], more: list[Pair], start: int, length: int
) -> None:
    index = _index(first)
    for pair in more:
        index.add(pair)
    for pair in first:
        assert index.remove(pair)
    assert not index.remove((999, 1000))
    assert sorted(index.overlapping(start, start + length)) == _scan(more, start, start + length)
    assert sorted(index) == sorted(more)
    assert [p[0] for p in index] == sorted(p[0] for p in more)  # kept by start


def test_items_with_start_and_end_need_no_bounds_function() -> None:
    from claimmark.core.spans import make_span

    text = "Titel\nEs kamen 3000 Soldaten."
    span = make_span("a", text, 15, 28, "TROOPS", "anna")
    index = Intervals([span])
    assert index.overlapping(20, 21) == [span]
    assert index.overlapping(0, 15) == []
    assert len(index) == 1
