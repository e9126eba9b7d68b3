"""Help › About: what Claimmark this is, and which project it has open."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from claimmark import __version__
from claimmark.ui import messages


def show_about(parent: QWidget, project_path: str) -> None:
    """Show Claimmark's version and the database the window works on."""
    messages.show_box(
        parent,
        messages.Level.INFO,
        "About Claimmark",
        f"Claimmark {__version__}\n\nAnnotate troop, loss and weapon claims in news "
        f"articles.\nDatabase: {project_path}",
    )
