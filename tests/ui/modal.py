"""Acting on the modal dialogs a window opens: each runs its own event loop, so a test or
a child process cannot act on it between two lines; :class:`ModalDriver` polls instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFileSystemModel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget

Step = Callable[[QWidget], bool]
"""Does one thing to the modal dialog in front, or returns False to be asked again."""


def click(button_text: str) -> Step:
    """A step that clicks a button of the dialog in front (not a file dialog)."""

    def step(dialog: QWidget) -> bool:
        if isinstance(dialog, QFileDialog):
            return False
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == button_text)
        # Clicked after this poll returns: the click opens a modal dialog of its own.
        QTimer.singleShot(0, button.click)
        return True

    return step


def cancel_when_listed(folder: Path, name: str) -> Step:
    """A step that cancels a file dialog once it lists ``folder/name`` with its type and
    icon, as a person sees it (the type is what read the file before)."""

    def step(dialog: QWidget) -> bool:
        if not isinstance(dialog, QFileDialog):
            return False
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        if dialog.fileMode() != QFileDialog.FileMode.Directory:
            index = model.index(str(folder / name))
            model.data(index, Qt.ItemDataRole.DecorationRole)
            if not index.isValid() or not model.data(index.siblingAtColumn(2)):
                return False
        elif dialog.directory().absolutePath() != str(folder):
            return False
        dialog.reject()
        return True

    return step


def reject() -> Step:
    """A step that cancels the (non-file) dialog in front."""

    def step(dialog: QWidget) -> bool:
        if isinstance(dialog, QFileDialog) or not isinstance(dialog, QDialog):
            return False
        dialog.reject()
        return True

    return step


class ModalDriver(QObject):
    """Takes ``steps`` in turn on whatever modal dialog is in front, polling the event loop
    (a modal dialog runs its own, so a test cannot act on it between two lines)."""

    def __init__(self, steps: list[Step]) -> None:
        super().__init__()
        self.steps = list(steps)
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not self.steps or not dialog.isVisible():
            return
        if self.steps[0](dialog):
            self.steps.pop(0)
        if not self.steps:
            self._timer.stop()
