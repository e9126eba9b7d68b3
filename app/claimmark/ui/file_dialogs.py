"""Every file dialog of the window: Qt's own, told each file's type by its name alone.

Why not ``QFileDialog.getOpenFileName`` and friends: to show a file's type and icon,
Qt asks its MIME database, which opens and reads every listed file whose name
does not settle its type, the project's ``.db``, ``-wal`` and ``-shm`` among them
(seen with strace). On POSIX, closing that descriptor drops every lock our
process holds on the file, SQLite's included: another process then checkpoints
and deletes the write-ahead log our connection still writes into, and the next
acknowledged mark is lost (see ``store/files.py``). A desktop's native dialog
running in our process (GTK's) sniffs the same way, so every dialog here is
Qt's own, with :class:`NamesOnlyIcons`, which never opens a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFileIconProvider
from PySide6.QtWidgets import QWidget

_TYPES = {
    ".db": QT_TRANSLATE_NOOP("file_dialogs", "Claimmark project"),
    ".sqlite": QT_TRANSLATE_NOOP("file_dialogs", "Claimmark project"),
    ".claimmark": QT_TRANSLATE_NOOP("file_dialogs", "Claimmark project"),
    ".jsonl": QT_TRANSLATE_NOOP("file_dialogs", "JSON Lines"),
    ".json": QT_TRANSLATE_NOOP("file_dialogs", "JSON"),
    ".txt": QT_TRANSLATE_NOOP("file_dialogs", "Text"),
    ".csv": QT_TRANSLATE_NOOP("file_dialogs", "CSV"),
    ".tsv": QT_TRANSLATE_NOOP("file_dialogs", "Tab-separated text"),
    ".ann": QT_TRANSLATE_NOOP("file_dialogs", "brat annotations"),
    ".conll": QT_TRANSLATE_NOOP("file_dialogs", "CoNLL"),
    ".spacy": QT_TRANSLATE_NOOP("file_dialogs", "spaCy DocBin"),
    ".parquet": QT_TRANSLATE_NOOP("file_dialogs", "Parquet"),
}
# SQLite's companion files carry a suffix after the name, not an extension.
_COMPANIONS = {
    "-wal": QT_TRANSLATE_NOOP("file_dialogs", "SQLite write-ahead log"),
    "-shm": QT_TRANSLATE_NOOP("file_dialogs", "SQLite shared memory"),
    "-journal": QT_TRANSLATE_NOOP("file_dialogs", "SQLite journal"),
}


_providers: dict[int, NamesOnlyIcons] = {}
"""The providers of the dialogs open now, kept alive for them."""


def type_of(name: str) -> str:
    """Return what a file called ``name`` holds, as the dialog's Type column says it."""
    for suffix, kind in _COMPANIONS.items():
        if name.endswith(suffix):
            return _words(kind)
    suffix = Path(name).suffix.lower()
    if suffix in _TYPES:
        return _words(_TYPES[suffix])
    if not suffix:
        return QCoreApplication.translate("file_dialogs", "File")
    return QCoreApplication.translate("file_dialogs", "{kind} file").format(kind=suffix[1:].upper())


def _words(english: object) -> str:
    """Return a type name of the tables above in the window's language (PySide's
    ``QT_TRANSLATE_NOOP`` is typed as returning ``object``)."""
    return QCoreApplication.translate("file_dialogs", str(english))


class NamesOnlyIcons(QFileIconProvider):
    """Icons and type names from a file's name and kind (file or folder), never its bytes.

    Qt's dialog does not own its provider: this one lives as long as the dialog it is
    made for (kept in ``_providers`` until the dialog is destroyed).
    """

    def __init__(self, dialog: QFileDialog) -> None:
        super().__init__()
        self._dialog = dialog
        _providers[id(self)] = self
        dialog.destroyed.connect(self._forget)

    def _forget(self) -> None:
        _providers.pop(id(self), None)

    def type(self, info: QFileInfo) -> str:
        """Override QAbstractFileIconProvider::type: the type by the name alone."""
        if info.isDir():
            return QCoreApplication.translate("file_dialogs", "Folder")
        return type_of(info.fileName())

    def icon(self, which: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        """Override QFileIconProvider::icon: the generic file or folder icon for a file
        (the base class looks the file's MIME type up, reading the file)."""
        if isinstance(which, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if which.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(which)


def _dialog(
    parent: QWidget | None,
    caption: str,
    directory: str,
    name_filter: str,
    mode: QFileDialog.FileMode,
    accept: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, name_filter)
    icons = NamesOnlyIcons(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(icons)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def open_file(parent: QWidget | None, caption: str, directory: str, name_filter: str = "") -> str:
    """Ask for one existing file; return its path, or ``""`` when the user cancels."""
    files = _chosen(
        _dialog(parent, caption, directory, name_filter, QFileDialog.FileMode.ExistingFile)
    )
    return files[0] if files else ""


def open_files(
    parent: QWidget | None, caption: str, directory: str, name_filter: str = ""
) -> list[str]:
    """Ask for existing files; return their paths (none when the user cancels)."""
    return _chosen(
        _dialog(parent, caption, directory, name_filter, QFileDialog.FileMode.ExistingFiles)
    )


def save_file(parent: QWidget | None, caption: str, path: str, name_filter: str = "") -> str:
    """Ask where to write a file (an existing one only after the user agrees to replace
    it); return the path, or ``""`` when the user cancels."""
    files = _chosen(
        _dialog(
            parent,
            caption,
            path,
            name_filter,
            QFileDialog.FileMode.AnyFile,
            QFileDialog.AcceptMode.AcceptSave,
        )
    )
    return files[0] if files else ""


def folder(parent: QWidget | None, caption: str, directory: str) -> str:
    """Ask for a folder; return its path, or ``""`` when the user cancels."""
    files = _chosen(_dialog(parent, caption, directory, "", QFileDialog.FileMode.Directory))
    return files[0] if files else ""
