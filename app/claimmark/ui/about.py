"""Help › About and ``--version``: what Claimmark this is, on what, with which project."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QWidget

from claimmark import __version__
from claimmark.ui import messages

LICENCE = "MIT"


def versions() -> dict[str, str]:
    """Return the versions of Claimmark and of what it runs on, by name."""
    # Read when asked: package metadata takes 20 ms to import, a start needs none of it.
    from claimmark.store.versions import database_versions

    return {
        "Claimmark": __version__,
        "Python": platform.python_version(),
        "PySide6": PySide6.__version__,
        "Qt": qVersion(),  # the Qt libraries loaded, which a bundle may carry apart
        **database_versions(),
    }


def version_text() -> str:
    """Return the versions as ``--version`` prints them, one per line."""
    return "\n".join(f"{name} {number}" for name, number in versions().items())


def about_text(project_path: str) -> str:
    """Return the About box's text (plain: the path comes from the user)."""
    found = versions()
    claimmark = found.pop("Claimmark")
    return QCoreApplication.translate(
        "about",
        "Claimmark {version}\nAnnotate troop, loss and weapon claims in news articles.\n\n"
        "{versions}\n\nDatabase: {path}\nLicence: {licence}",
    ).format(
        version=claimmark,
        versions=", ".join(f"{name} {number}" for name, number in found.items()),
        path=project_path,
        licence=LICENCE,
    )


def show_about(parent: QWidget, project_path: str) -> None:
    """Show Claimmark's version, what it runs on, the database and the licence."""
    messages.show_box(
        parent,
        messages.Level.INFO,
        QCoreApplication.translate("about", "About Claimmark"),
        about_text(project_path),
    )
