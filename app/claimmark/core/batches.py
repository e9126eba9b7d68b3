"""Cutting a stream into batches, and reading a stream of tasks a few ahead: what every
bulk step (import, merge, detect, pre-annotate, Parquet row groups) holds at once."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from collections.abc import Iterator
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


def read_ahead(items: Iterable[T], ahead: int) -> Iterator[T]:
    """Yield ``items`` in order, each once ``ahead`` more have been taken (or the items ran
    out): over a stream that submits tasks as it is read, that many run while the oldest
    is waited for, and no more are read than that."""
    waiting: deque[T] = deque()
    for item in items:
        waiting.append(item)
        if len(waiting) > ahead:
            yield waiting.popleft()
    while waiting:
        yield waiting.popleft()
