"""One path for telling the user something: log it, then show it in the status bar or a dialog."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from collections.abc import Sequence
from contextlib import contextmanager
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from claimmark.core.outcome import Outcome
from claimmark.core.outcome import SaidOutcome
from claimmark.core.outcome import is_trouble
from claimmark.core.outcome import sentence
from claimmark.core.words import Said
from claimmark.core.words import first_upper
from claimmark.ui.i18n import translated

log = logging.getLogger("claimmark")

_SHOWN = 40
"""Detail lines a report shows at the most (a box 40, the status bar's error 30)."""


class Level(Enum):
    """How much a message matters; errors are also shown in a dialog."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class MessageBridge(QObject):
    """Carries messages from anywhere in the UI to whatever displays them.

    Signals:
        shown(level, text): a message to show; ``level`` is a :class:`Level` value.
    """

    shown = Signal(str, str)


bridge = MessageBridge()

_show_dialogs = True


@contextmanager
def headless() -> Iterator[list[str]]:
    """Within, show no dialog and collect the errors told (yielded, to say on exit): a
    headless run (``--screenshot``) has nobody to close a modal dialog, which would
    never return."""
    global _show_dialogs
    errors: list[str] = []

    def collect(level: str, text: str) -> None:
        if level == Level.ERROR.value:
            errors.append(text)

    _show_dialogs = False
    bridge.shown.connect(collect)
    try:
        yield errors
    finally:
        bridge.shown.disconnect(collect)
        _show_dialogs = True


def info(text: str) -> None:
    """Tell the user something that went as expected (status bar)."""
    log.info(text)
    bridge.shown.emit(Level.INFO.value, text)


def warning(text: str) -> None:
    """Tell the user an action was refused or only partly done (status bar)."""
    log.warning(text)
    bridge.shown.emit(Level.WARNING.value, text)


def error(text: str) -> None:
    """Tell the user something failed and needs their attention (status bar and dialog)."""
    log.error(text)
    bridge.shown.emit(Level.ERROR.value, text)


_ICONS = {
    Level.INFO: QMessageBox.Icon.Information,
    Level.WARNING: QMessageBox.Icon.Warning,
    # Most errors are a file or a database the user can mend: a warning, not an alarm.
    Level.ERROR: QMessageBox.Icon.Warning,
}


def show_box(parent: QWidget | None, level: Level, title: str, text: str) -> None:
    """Show a message in a dialog, as plain text: it may quote a file or a user.

    QMessageBox guesses rich text; a title from an imported file such as
    ``<img src="/dev/zero">`` would be loaded as an image, so nothing here is
    ever read as HTML.
    """
    if not _show_dialogs:
        return
    box = QMessageBox(_ICONS[level], title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def plain_tooltip(text: str) -> str:
    """Return ``text`` as a tooltip that shows it literally (tooltips guess rich text too)."""
    return "<p style='white-space:pre'>" + html.escape(text).replace("\n", "<br>") + "</p>"


def sentence_here(outcome: Outcome) -> str:
    """Return an outcome's summary as a sentence in the window's language (English where
    the outcome does not say its words as :class:`~claimmark.core.words.Said`)."""
    if isinstance(outcome, SaidOutcome):
        return first_upper(translated(outcome.summary_said())) + "."
    return sentence(outcome)


def report(
    outcome: Outcome, parent: QWidget | None = None, title: str = "", text: str | None = None
) -> None:
    """Say what a use case did, the one way the window says every report.

    Its summary as a sentence; with errors, an error listing the detail lines (the
    problems name their files); with articles left alone, a warning; otherwise the
    summary, with its first notes in brackets. With a ``title``, the whole report is
    shown in a box as well (the user asked for it and waits for it). ``text`` is the
    summary in the window's language, where the caller has it.
    """
    text = text if text is not None else sentence_here(outcome)
    # Only the lines shown are translated, and a line's English (which tells its kind)
    # is written only until the kind is known: an import that refused 126,146 spans has
    # as many lines, and this runs on the window's thread (4 s for them all).
    lines: Sequence[Said | str]
    if isinstance(outcome, SaidOutcome):
        lines = outcome.details_said()
        details = [translated(line) for line in lines[:_SHOWN]]
    else:
        lines = outcome.detail_lines()
        details = list(lines[:_SHOWN])
    trouble = any(is_trouble(str(line)) for line in lines)
    if title:  # the box says it all; the status bar keeps the summary
        (warning if trouble else info)(text)
        show_box(
            parent,
            Level.WARNING if trouble else Level.INFO,
            title,
            "\n".join([text, *details]),
        )
    elif any(str(line).startswith("error:") for line in lines):
        error(text + "\n" + "\n".join(details[:30]))
    elif trouble:
        warning(text + "\n" + "\n".join(details[:30]))
    elif details:
        info(f"{text[:-1]} ({'; '.join(details[:3])}).")
    else:
        info(text)
