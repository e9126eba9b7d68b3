"""How long work reports on itself: a progress callback and a cancel question."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all) as work goes on."""

Cancelled = Callable[[], bool]
"""Asked at safe points; True stops the work with nothing of it written."""


def never() -> bool:
    """A cancel question for work nobody can cancel."""
    return False


def ignore(_done: int, _total: int) -> None:
    """A progress callback for work nobody watches."""
