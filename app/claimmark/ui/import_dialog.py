"""The Import dialog: files or folders, their format, and what to do with duplicates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimmark.core.importing import OnDuplicate, UnknownLabels
from claimmark.formats import FORMATS, IMPORT_FORMATS
from claimmark.ui import file_dialogs
from claimmark.ui.dialogs import ok_cancel


class ImportDialog(QDialog):
    """Asks what to import and how; :meth:`paths`, :attr:`format_name` and the policies tell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import articles")
        self.files = QListWidget()
        add_files = QPushButton("Add files…")
        add_folder = QPushButton("Add folder…")
        add_files.clicked.connect(self._add_files)
        add_folder.clicked.connect(self._add_folder)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add_files)
        buttons_row.addWidget(add_folder)
        buttons_row.addStretch(1)
        self.format = QComboBox()
        self.format.addItem("Guess from the file name", None)
        for name in IMPORT_FORMATS:
            fmt = FORMATS[name]
            self.format.addItem(f"{fmt.read_description or fmt.description} ({name})", name)
        self.on_duplicate = QComboBox()
        self.on_duplicate.addItem("Skip it", OnDuplicate.SKIP)
        self.on_duplicate.addItem("Add the spans it does not have", OnDuplicate.MERGE)
        self.unknown_labels = QComboBox()
        self.unknown_labels.addItem("Add them to the project", UnknownLabels.ADD)
        self.unknown_labels.addItem("Refuse their spans", UnknownLabels.REFUSE)
        form = QFormLayout()
        form.addRow("Format", self.format)
        form.addRow("Article already present", self.on_duplicate)
        form.addRow("Labels the project lacks", self.unknown_labels)
        box = ok_cancel(self, "Import")
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addLayout(buttons_row)
        layout.addLayout(form)
        layout.addWidget(box)
        self.resize(560, 360)

    def add_path(self, path: Path) -> None:
        """Add a file or folder to import."""
        self.files.addItem(str(path))

    def paths(self) -> list[Path]:
        """Return the files and folders to import."""
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    @property
    def format_name(self) -> str | None:
        """Return the chosen format, or ``None`` to guess from each path."""
        data = self.format.currentData()
        return str(data) if data else None

    @property
    def duplicate_policy(self) -> OnDuplicate:
        """Return what to do with an article already present."""
        return OnDuplicate(self.on_duplicate.currentData())

    @property
    def label_policy(self) -> UnknownLabels:
        """Return what to do with labels the project lacks."""
        return UnknownLabels(self.unknown_labels.currentData())

    def _add_files(self) -> None:
        chosen = file_dialogs.open_files(self, "Files to import", str(Path.home()))
        for path in chosen:
            self.add_path(Path(path))

    def _add_folder(self) -> None:
        chosen = file_dialogs.folder(self, "Folder to import", str(Path.home()))
        if chosen:
            self.add_path(Path(chosen))
