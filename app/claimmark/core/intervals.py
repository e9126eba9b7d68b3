"""One index for "what overlaps [start, end)": items kept sorted by start, found by bisection.

Spans, suggestions, highlight marks and search hits are all stretches of text;
checking a new span against 20,000 others, or finding the marks of one paragraph
in a 2 MB article, must not scan them all. The index keeps the items sorted by
(start, end) beside their starts and ends, and remembers the longest: an item
overlapping [start, end) begins after ``start - longest`` and before ``end``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, Protocol, TypeVar


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


def _bounds_of(item: Stretched) -> tuple[int, int]:
    return item.start, item.end


class Intervals(Generic[T]):
    """Items with bounds, sorted by (start, end): add, remove, and ask what overlaps.

    Removing an item leaves the longest length as it was: a wider search, never a
    wrong one.
    """

    def __init__(
        self,
        items: Iterable[T] = (),
        bounds: Callable[[T], tuple[int, int]] = _bounds_of,  # type: ignore[assignment]
    ) -> None:
        self._bounds = bounds
        placed = sorted(((bounds(item), item) for item in items), key=lambda pair: pair[0])
        self._keys = [key for key, _item in placed]
        self._starts = [key[0] for key in self._keys]
        self._ends = [key[1] for key in self._keys]
        self._items = [item for _key, item in placed]
        self._longest = max((end - start for start, end in self._keys), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def add(self, item: T) -> None:
        """Put an item in its place."""
        key = self._bounds(item)
        at = bisect_right(self._keys, key)
        self._keys.insert(at, key)
        self._starts.insert(at, key[0])
        self._ends.insert(at, key[1])
        self._items.insert(at, item)
        self._longest = max(self._longest, key[1] - key[0])

    def remove(self, item: T) -> bool:
        """Take an item out (compared by equality); return whether it was there."""
        key = self._bounds(item)
        at = bisect_left(self._keys, key)
        while at < len(self._keys) and self._keys[at] == key:
            if self._items[at] == item:
                del self._keys[at], self._starts[at], self._ends[at], self._items[at]
                return True
            at += 1
        return False

    def overlapping(self, start: int, end: int) -> list[T]:
        """Return the items that share a position with ``[start, end)``, in order."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return [
            item
            for item, item_end in zip(self._items[first:last], self._ends[first:last], strict=True)
            if item_end > start
        ]
