"""Where Claimmark keeps its data on this OS, as Qt defines it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QStandardPaths

APP_NAME = "Claimmark"


def default_db_path() -> Path:
    """Return the default database file: ``claimmark.db`` in the AppDataLocation.

    On Linux that is ``~/.local/share/Claimmark/claimmark.db``.
    """
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) / "claimmark.db"
