"""What the window's dialogs share: their OK and Cancel buttons, and a question with choices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """Return OK and Cancel buttons that accept or reject ``dialog``, OK saying ``ok_text``."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def choose(
    parent: QWidget | None, title: str, text: str, choices: Sequence[str], cancel: str | None = None
) -> str | None:
    """Ask the user to pick one of ``choices`` (button texts, the first the default); return
    the one picked, or ``None`` for ``cancel`` (Qt's Cancel by default) or Escape.
    ``text`` is shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons = [(box.addButton(choice, QMessageBox.ButtonRole.AcceptRole), choice)
               for choice in choices]  # fmt: skip
    box.setDefaultButton(buttons[0][0])
    # Qt's own Cancel, in the window's language, unless the caller names another.
    escape = (
        box.addButton(QMessageBox.StandardButton.Cancel)
        if cancel is None
        else box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    )
    box.setEscapeButton(escape)
    box.exec()
    clicked = box.clickedButton()
    return next((choice for button, choice in buttons if button is clicked), None)
