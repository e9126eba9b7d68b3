"""Choosing the articles of a pre-annotated corpus worth a person's time, in one pass.

Items are offered one at a time with the labels of their claims; a sample keeps
what it may still choose (at most ``n`` per label, and ``n`` more), never the
corpus. The same items, ``n`` and seed always give the same choice.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Sequence
from enum import StrEnum
from typing import Generic
from typing import TypeVar

T = TypeVar("T")


class SampleBy(StrEnum):
    """How articles are chosen: the most claims first, balanced across the labels of
    their claims, or at random."""

    CLAIMS = "claims"
    LABEL = "label"
    RANDOM = "random"


class _Reservoir(Generic[T]):
    """A uniform random sample of ``n`` of the items offered (Vitter's algorithm R)."""

    def __init__(self, n: int, chooser: random.Random) -> None:
        self.n = n
        self.seen = 0
        self.kept: list[tuple[int, T]] = []
        self._chooser = chooser

    def offer(self, index: int, item: T) -> None:
        self.seen += 1
        if len(self.kept) < self.n:
            self.kept.append((index, item))
            return
        place = self._chooser.randrange(self.seen)
        if place < self.n:
            self.kept[place] = (index, item)


class Sample(Generic[T]):
    """A sample of ``n`` items, chosen as ``by`` says, as items are offered.

    - ``claims``: the ``n`` items with the most claims (ties: the earlier item);
    - ``label``: each label in turn (by name) gives an item with a claim of it, drawn
      at random from those, until ``n`` are chosen; items without claims fill up
      when the labels run out;
    - ``random``: ``n`` items drawn uniformly.
    """

    def __init__(self, n: int, by: SampleBy = SampleBy.CLAIMS, seed: int = 0) -> None:
        if n < 0:
            raise ValueError("a sample of fewer than no items")
        self.n = n
        self.by = by
        self.offered = 0
        self._seed = seed
        self._chooser = random.Random(seed)
        self._heap: list[tuple[int, int, T]] = []
        self._by_label: dict[str, _Reservoir[T]] = {}
        self._any = _Reservoir[T](n, self._chooser)

    def offer(self, item: T, labels: Sequence[str]) -> None:
        """Offer an item with the label of each of its claims (one entry per claim)."""
        index = self.offered
        self.offered += 1
        if self.by == SampleBy.CLAIMS:
            # A min-heap of the best n: (claims, -index) puts the fewest claims, then
            # the latest item, at its top, where a better item replaces it.
            entry = (len(labels), -index, item)
            if len(self._heap) < self.n:
                heapq.heappush(self._heap, entry)
            elif self.n and entry[:2] > self._heap[0][:2]:
                heapq.heapreplace(self._heap, entry)
            return
        if self.by == SampleBy.LABEL:
            for label in sorted(set(labels)):
                reservoir = self._by_label.get(label)
                if reservoir is None:
                    reservoir = self._by_label[label] = _Reservoir(self.n, self._chooser)
                reservoir.offer(index, item)
            if labels:
                return
        self._any.offer(index, item)

    def chosen(self) -> list[T]:
        """Return the items chosen, in the order they were offered."""
        if self.by == SampleBy.CLAIMS:
            return [item for _claims, _index, item in sorted(self._heap, key=lambda e: -e[1])]
        if self.by == SampleBy.RANDOM:
            return [item for _index, item in sorted(self._any.kept, key=lambda e: e[0])]
        picked: dict[int, T] = {}
        queues = []
        order = random.Random(self._seed)  # its own: asking twice gives the same choice
        for label in sorted(self._by_label):
            kept = list(self._by_label[label].kept)
            order.shuffle(kept)
            queues.append(kept)
        while len(picked) < self.n and any(queues):
            for queue in queues:
                while queue and len(picked) < self.n:
                    index, item = queue.pop()
                    if index not in picked:
                        picked[index] = item
                        break
        rest = sorted(self._any.kept, key=lambda e: e[0])
        for index, item in rest[: self.n - len(picked)]:
            picked[index] = item
        return [picked[index] for index in sorted(picked)]
