"""Cutting a stream into batches: what every bulk step (import, merge, pre-annotate,
Parquet row groups) holds at once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield ``items`` in lists of ``size`` (the last one shorter), reading them lazily.

    ``itertools.batched`` from Python 3.12 on, with lists instead of tuples.
    """
    if size < 1:
        raise ValueError("a batch holds at least one item")
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
