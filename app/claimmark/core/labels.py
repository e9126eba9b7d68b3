"""The label set: the three defaults of GUIDELINES.md, their colours and keys."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Label:
    """A label a span can carry.

    Attributes:
        name: the label as exported, e.g. ``TROOPS``.
        key: the keyboard key that marks a selection with it, ``"1"`` to ``"9"``.
        colour: fill colour as ``#rrggbb``, chosen so black text stays readable on it.
        description: one line of what it marks, from the guidelines.
    """

    name: str
    key: str
    colour: str
    description: str


DEFAULT_LABELS: tuple[Label, ...] = (
    Label("TROOPS", "1", "#8ecae6", "military personnel sent, deployed, stationed or serving"),
    Label("LOSSES", "2", "#f4a3a8", "casualties: killed, wounded, captured, missing"),
    Label("WEAPONS", "3", "#ffd166", "weapon systems, munitions, military equipment"),
)
