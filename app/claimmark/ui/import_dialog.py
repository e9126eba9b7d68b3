"""The Import dialog: files or folders, their format, and what to do with duplicates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.importing import OnDuplicate
from claimmark.core.importing import UnknownLabels
from claimmark.formats.registry import FORMATS
from claimmark.formats.registry import IMPORT_FORMATS
from claimmark.ui import file_dialogs
from claimmark.ui.dialogs import ok_cancel


class ImportDialog(QDialog):
    """Asks what to import and how; :meth:`paths`, :attr:`format_name` and the policies tell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import articles"))
        self.files = QListWidget()
        self.files.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.hint = QLabel(
            self.tr(
                "Nothing to import yet: add files (.txt, .jsonl, Label Studio .json, doccano, "
                ".csv, .parquet) or a folder of them, or a brat folder."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        add_files = QPushButton(self.tr("Add files…"))
        add_folder = QPushButton(self.tr("Add folder…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Take the selected files and folders off the list (Delete)"))
        add_files.clicked.connect(self._add_files)
        add_folder.clicked.connect(self._add_folder)
        self.remove.clicked.connect(self._remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.files, self._remove_selected)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add_files)
        buttons_row.addWidget(add_folder)
        buttons_row.addWidget(self.remove)
        buttons_row.addStretch(1)
        self.format = QComboBox()
        self.format.addItem(self.tr("Guess from the file name"), None)
        for name in IMPORT_FORMATS:
            fmt = FORMATS[name]
            described = QCoreApplication.translate(
                "formats", fmt.read_description or fmt.description
            )
            self.format.addItem(f"{described} ({name})", name)
        self.on_duplicate = QComboBox()
        self.on_duplicate.addItem(self.tr("Skip it"), OnDuplicate.SKIP)
        self.on_duplicate.addItem(self.tr("Add the spans it does not have"), OnDuplicate.MERGE)
        self.unknown_labels = QComboBox()
        self.unknown_labels.addItem(self.tr("Add them to the project"), UnknownLabels.ADD)
        self.unknown_labels.addItem(self.tr("Refuse their spans"), UnknownLabels.REFUSE)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Article already present"), self.on_duplicate)
        form.addRow(self.tr("Labels the project lacks"), self.unknown_labels)
        box = ok_cancel(self, self.tr("Import"))
        self.import_button = box.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addWidget(self.hint)
        layout.addLayout(buttons_row)
        layout.addLayout(form)
        layout.addWidget(box)
        self.resize(560, 360)
        self.files.itemSelectionChanged.connect(self._update)
        self._update()

    def add_path(self, path: Path) -> None:
        """Add a file or folder to import (once)."""
        if str(path) not in [self.files.item(i).text() for i in range(self.files.count())]:
            self.files.addItem(str(path))
        self._update()

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update()

    def _update(self) -> None:
        """Import only with something to import; the hint while there is nothing."""
        empty = self.files.count() == 0
        self.import_button.setEnabled(not empty)
        self.hint.setVisible(empty)
        self.remove.setEnabled(bool(self.files.selectedItems()))

    def paths(self) -> list[Path]:
        """Return the files and folders to import."""
        items = (self.files.item(i) for i in range(self.files.count()))
        return [Path(item.text()) for item in items if item is not None]

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
        chosen = file_dialogs.open_files(self, self.tr("Files to import"), str(Path.home()))
        for path in chosen:
            self.add_path(Path(path))

    def _add_folder(self) -> None:
        chosen = file_dialogs.folder(self, self.tr("Folder to import"), str(Path.home()))
        if chosen:
            self.add_path(Path(chosen))
