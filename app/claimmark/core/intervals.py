"""One index for "what overlaps [start, end)": items kept sorted by start, found by bisection.

Spans, suggestions, highlight marks and search hits are all stretches of text;
checking a new span against 20,000 others, or finding the marks of one paragraph
in a 2 MB article, must not scan them all. The index keeps the items sorted by
(start, end) beside their starts and ends, and remembers the longest: an item
overlapping [start, end) begins after ``start - longest`` and before ``end``.
"""

from __future__ import annotations

from bisect import bisect_left
from bisect import bisect_right
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from operator import attrgetter
from typing import Generic
from typing import Protocol
from typing import TypeVar


class Stretched(Protocol):
    """Anything with a start and an end (exclusive), in one system of offsets."""

    @property
    def start(self) -> int:
        """First position."""
        ...

    @property
    def end(self) -> int:
        """Position after the last."""
        ...


T = TypeVar("T")


_bounds_of = attrgetter("start", "end")
"""The bounds of an item that has a start and an end (a C function: no Python call)."""


class Intervals(Generic[T]):
    """Items with bounds, sorted by start: add, remove, and ask what overlaps.

    Removing an item leaves the longest length as it was: a wider search, never a
    wrong one.
    """

    def __init__(
        self,
        items: Iterable[T] = (),
        bounds: Callable[[T], tuple[int, int]] = _bounds_of,
    ) -> None:
        self._bounds = bounds
        placed = sorted(((bounds(item), item) for item in items), key=lambda pair: pair[0])
        self._starts = [start for (start, _end), _item in placed]
        self._ends = [end for (_start, end), _item in placed]
        self._items = [item for _bounds, item in placed]
        self._longest = max(
            (e - s for s, e in zip(self._starts, self._ends, strict=True)), default=0
        )

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def add(self, item: T) -> None:
        """Put an item in its place (after those with the same start)."""
        start, end = self._bounds(item)
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._items.insert(at, item)
        if end - start > self._longest:
            self._longest = end - start

    def remove(self, item: T) -> bool:
        """Take an item out (compared by equality); return whether it was there."""
        start, _end = self._bounds(item)
        at = bisect_left(self._starts, start)
        while at < len(self._starts) and self._starts[at] == start:
            if self._items[at] == item:
                del self._starts[at], self._ends[at], self._items[at]
                return True
            at += 1
        return False

    def overlapping(self, start: int, end: int) -> list[T]:
        """Return the items that share a position with ``[start, end)``, by start."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end, first)
        items, ends = self._items, self._ends
        return [items[i] for i in range(first, last) if ends[i] > start]
