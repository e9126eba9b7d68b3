"""Small Qt helpers shared by the ui modules: only what several of them need.

Belongs here: context managers and helpers about signals and slots. Not here:
anything about one widget (it goes with the widget).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Block the objects' signals while the model is shown, so no update echoes as an edit."""
    was = [o.blockSignals(True) for o in objects]
    try:
        yield
    finally:
        for obj, blocked in zip(objects, was, strict=True):
            obj.blockSignals(blocked)
