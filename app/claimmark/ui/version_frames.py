"""Adjudication's frames in the text: each annotator's version of a disagreement, lettered
in the colour of its first annotator, as the Adjudication panel names it."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtGui import QFont
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen

ANNOTATOR_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
"""Okabe and Ito's colours, told apart with colour blindness; annotators beyond six share."""


def annotator_colour(annotator: str, team: Sequence[str]) -> str:
    """Return an annotator's colour: by their place in the team, sorted by name."""
    names = sorted(team)
    index = names.index(annotator) if annotator in names else len(names)
    return ANNOTATOR_COLOURS[index % len(ANNOTATOR_COLOURS)]


class VersionFrame(NamedTuple):
    """One span of an annotator's version of a disagreement, as adjudication draws it."""

    start: int
    end: int
    letter: str
    colour: str
    depth: int = 0
    """Which version of its stretch it is (0 for A): frames of one stretch nest."""


def paint_versions(
    painter: QPainter, font: QFont, boxes: Iterable[tuple[QRectF, VersionFrame]]
) -> None:
    """Draw the frames around versions, and each frame's letter on its first box."""
    tag = QFont(font)
    tag.setPointSizeF(max(tag.pointSizeF() * 0.7, 7.0))
    tag.setBold(True)
    painter.setFont(tag)
    lettered: set[VersionFrame] = set()
    for box, frame in boxes:
        colour = QColor(frame.colour)
        # Versions of one stretch nest: each frame a little wider than the one before.
        grow = 1 + 2 * frame.depth
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(-grow, -grow / 2, grow, grow / 2), 3, 3)
        if frame not in lettered:
            lettered.add(frame)
            # Above the frame's corner, the versions of a stretch side by side: A, then B.
            flag = QRectF(box.left() - 2 + 12 * frame.depth, box.top() - 9, 11, 11)
            painter.setBrush(colour)
            painter.drawRoundedRect(flag, 2, 2)
            painter.setPen(QColor("white"))
            painter.drawText(flag, Qt.AlignmentFlag.AlignCenter, frame.letter)
