"""The label set: the three defaults of GUIDELINES.md, their colours and keys."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import said


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


TROOPS, LOSSES, WEAPONS = "TROOPS", "LOSSES", "WEAPONS"
"""The names of the three labels of GUIDELINES.md, which the detector proposes; the
only place they are spelled (a project may add labels of its own, as plain names)."""

DEFAULT_LABELS: tuple[Label, ...] = (
    Label(
        TROOPS,
        "1",
        "#8ecae6",
        QT_TRANSLATE_NOOP("labels", "military personnel sent, deployed, stationed or serving"),
    ),
    Label(
        LOSSES,
        "2",
        "#f4a3a8",
        QT_TRANSLATE_NOOP("labels", "casualties: killed, wounded, captured, missing"),
    ),
    Label(
        WEAPONS,
        "3",
        "#ffd166",
        QT_TRANSLATE_NOOP("labels", "weapon systems, munitions, military equipment"),
    ),
)


LABEL_KEYS = tuple("123456789")
_NAME = re.compile(r"[A-Z][A-Z0-9_]{0,31}")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def label_problems(label: Label, others: Iterable[Label]) -> list[Said]:
    """Return what is wrong with a label among the other labels of the set (empty if fine).

    Names are upper case (letters, digits, underscore), unique; keys are 1-9, unique;
    colours are ``#rrggbb``.
    """
    others = list(others)
    problems = []
    if not _NAME.fullmatch(label.name):
        problems.append(
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "the name {name} must start with a capital letter and hold only capitals, "
                    "digits and _ (at most 32)",
                ),
                name=repr(label.name),
            )
        )
    if any(o.name == label.name for o in others):
        problems.append(
            said(QT_TRANSLATE_NOOP("edits", "there is a label {name} already"), name=label.name)
        )
    if label.key not in LABEL_KEYS:
        problems.append(
            said(
                QT_TRANSLATE_NOOP("edits", "the key {key} must be one of 1 to 9"),
                key=repr(label.key),
            )
        )
    clash = next((o for o in others if o.key == label.key), None)
    if clash is not None:
        problems.append(
            said(
                QT_TRANSLATE_NOOP("edits", "key {key} is {other}'s already"),
                key=label.key, other=clash.name,
            )
        )  # fmt: skip
    if not _COLOUR.fullmatch(label.colour):
        problems.append(
            said(
                QT_TRANSLATE_NOOP("edits", "the colour {colour} must be #rrggbb"),
                colour=repr(label.colour),
            )
        )
    return problems


IMPORTED_LABEL_COLOURS = ("#b5e48c", "#cdb4db", "#ffc8dd", "#a2d2ff", "#ffd6a5", "#caffbf")
"""Colours for labels an import brings in: light, so black span text stays readable."""


def imported_label(name: str, labels: Iterable[Label], nth: int) -> Label | None:
    """Return a label for ``name`` that an import brings in, or ``None`` if it cannot be added.

    It gets the first free key and the ``nth`` imported colour; a name that is not
    a valid label name, or a set with no free key, gives ``None``.
    """
    labels = list(labels)
    used = {label.key for label in labels}
    key = next((k for k in LABEL_KEYS if k not in used), None)
    if key is None:
        return None
    colour = IMPORTED_LABEL_COLOURS[nth % len(IMPORTED_LABEL_COLOURS)]
    label = Label(name, key, colour, "added by an import")
    return None if label_problems(label, labels) else label
