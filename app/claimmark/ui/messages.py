"""One path for telling the user something: log it, then show it in the status bar or a dialog."""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("claimmark")


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
