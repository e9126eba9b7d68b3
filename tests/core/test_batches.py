"""Batches and reading a stream of tasks a few ahead."""

from __future__ import annotations

from collections.abc import Iterator

from claimmark.core.batches import batched
from claimmark.core.batches import read_ahead


def test_batches_are_lists_of_size_the_last_shorter() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_reading_ahead_takes_that_many_more_before_each_item_and_keeps_the_order() -> None:
    taken: list[int] = []

    def stream() -> Iterator[int]:
        for n in range(6):
            taken.append(n)
            yield n

    seen = []
    for item in read_ahead(stream(), 2):
        seen.append((item, len(taken)))
    # Item 0 comes once 0, 1, 2 are taken; the last ones once the stream ran out.
    assert seen == [(0, 3), (1, 4), (2, 5), (3, 6), (4, 6), (5, 6)]
