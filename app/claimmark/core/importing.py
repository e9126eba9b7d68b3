"""Import policies: what to do with an article already present, and with unknown labels."""

from __future__ import annotations

from enum import StrEnum


class OnDuplicate(StrEnum):
    """An imported article already present (same id or same text): skip it, or merge spans."""

    SKIP = "skip"
    MERGE = "merge"


class UnknownLabels(StrEnum):
    """Spans whose label the project lacks: add the label, or refuse the spans."""

    ADD = "add"
    REFUSE = "refuse"
