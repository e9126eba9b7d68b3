"""Claimmark's icon, for the windows, the task bar and the About box."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from claimmark.bundled import resources_dir
from claimmark.desktop import ICON_SIZES


def app_icon() -> QIcon:
    """Return the icon at every size it is drawn in (PNGs rendered from the SVG: Qt
    reads them without its SVG module, which the bundle leaves out)."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"claimmark-{size}.png"), QSize(size, size))
    return icon
