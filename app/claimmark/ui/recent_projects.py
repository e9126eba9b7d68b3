"""The projects opened before (File › Open recent, the start page) and the file dialogs
that choose a project: a project is its database file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from claimmark.ui import file_dialogs
from claimmark.ui.settings import settings

RECENT_KEY = "recent_projects"
OPENED_KEY = "recent_projects_opened"
RECENT_COUNT = 8
_FILTER = "Claimmark projects (*.db *.sqlite *.claimmark);;All files (*)"


def recent_projects() -> list[Path]:
    """Return the projects opened last, most recent first (those that still exist)."""
    stored = settings().value(RECENT_KEY, [])
    paths = (
        [stored] if isinstance(stored, str) else list(stored) if isinstance(stored, list) else []
    )
    return [Path(p) for p in paths if Path(p).exists()]


def remember_project(path: Path) -> None:
    """Put a project first in the recent list, and note when it was opened."""
    resolved = str(Path(path).resolve())
    kept = [str(p) for p in recent_projects() if str(p) != resolved]
    listed = [resolved, *kept][:RECENT_COUNT]
    settings().setValue(RECENT_KEY, listed)
    times = {p: t for p, t in _opened_times().items() if p in listed}
    times[resolved] = datetime.now().astimezone().isoformat(timespec="seconds")
    settings().setValue(OPENED_KEY, times)


def forget_project(path: Path) -> None:
    """Take a project off the recent list (its file stays where it is)."""
    gone = str(Path(path).resolve())
    settings().setValue(RECENT_KEY, [str(p) for p in recent_projects() if str(p) != gone])
    settings().setValue(OPENED_KEY, {p: t for p, t in _opened_times().items() if p != gone})


def last_opened(path: Path) -> str | None:
    """Return when a recent project was last opened (ISO 8601, local time), if noted."""
    return _opened_times().get(str(Path(path).resolve()))


def _opened_times() -> dict[str, str]:
    stored = settings().value(OPENED_KEY, {})
    if not isinstance(stored, dict):
        return {}
    return {str(p): str(t) for p, t in stored.items()}


def ask_new_project(parent: QWidget | None, taken: Callable[[Path], None]) -> Path | None:
    """Ask where a new project's file goes; return it, or ``None`` if the user cancelled
    or chose a file that exists (``taken`` tells them so)."""
    chosen = file_dialogs.save_file(
        parent,
        QCoreApplication.translate("ProjectChooser", "New project"),
        str(Path.home() / "project.db"),
        _FILTER,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.exists():
        taken(path)
        return None
    return path


def ask_project(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask for a project file to open, starting in ``folder``; ``None`` if cancelled."""
    chosen = file_dialogs.open_file(
        parent, QCoreApplication.translate("ProjectChooser", "Open project"), str(folder),
        _FILTER,
    )  # fmt: skip
    return Path(chosen) if chosen else None


def recent_entry(path: Path) -> str:
    """Return a recent project as File › Open recent lists it: its name and its folder
    (the home folder as ~), since shares and projects are often all ``claimmark.db``."""
    folder = str(path.parent)
    home = str(Path.home())
    if folder == home or folder.startswith(home + "/"):
        folder = "~" + folder[len(home) :]
    # A menu reads "&" as the next letter's key: doubled, it is shown as written.
    return f"{path.name} — {folder}".replace("&", "&&")
