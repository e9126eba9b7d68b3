"""View › Messages: every message the session told, whole, with its time.

The status bar shows one line and forgets it; a reason cut at the window's edge
("Not accepted: 'zweier Nordkoreaner' o…") is read here in full.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared

KEPT = 1_000
"""Messages kept, the oldest dropped first."""


class MessageLog(QObject):
    """Keeps the session's messages and shows them in a window.

    Attributes:
        lines: the messages told, oldest first, each with its time and level.
        dialog: the window showing them, once opened.
        text: its text, once opened: every line, whole, and those told since.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.lines: list[str] = []
        self.dialog: QDialog | None = None
        self.text: QPlainTextEdit | None = None
        messages.bridge.shown.connect(self._on_message)

    def declared_actions(self) -> list[Declared]:
        """Return the action of showing the messages."""
        return [
            Declared(ActionSpec("messages", self.tr("&Messages"), (),
                                self.tr("Every message of this session, whole"), everywhere=False,
                                menu=("&View", 35)), self.show),
        ]  # fmt: skip

    def _on_message(self, level: str, text: str) -> None:
        line = f"{datetime.now():%H:%M:%S}  {level:<7}  {text}"
        self.lines = [*self.lines[-(KEPT - 1) :], line]
        if self.text is not None:
            self.text.appendPlainText(line)

    def show(self) -> QDialog:
        """Show the messages (not modal: the window stays usable)."""
        if self.dialog is None:
            self.dialog = QDialog(self._window)
            self.dialog.setWindowTitle(self.tr("Messages"))
            self.dialog.resize(760, 360)
            self.text = QPlainTextEdit()
            self.text.setReadOnly(True)  # plain text: what files and users say, as said
            self.text.setFont(QFont("monospace"))
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            close.rejected.connect(self.dialog.hide)
            layout = QVBoxLayout(self.dialog)
            layout.addWidget(self.text)
            layout.addWidget(close)
        assert self.text is not None
        self.text.setPlainText("\n".join(self.lines))
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog
