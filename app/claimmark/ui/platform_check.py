"""Before the first window: can Qt show one here? If not, say why in one sentence.

Without a display, or without a system library its X11 plugin needs, Qt prints
several lines about platform plugins and aborts the process (no Python
exception to catch). These checks run first and name the fix instead.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

NO_DISPLAY = (
    "There is no display to open Claimmark's window on (neither DISPLAY nor "
    "WAYLAND_DISPLAY is set): start it from a desktop session, or render the window "
    "to a file with --screenshot FILE, or set QT_QPA_PLATFORM=offscreen."
)

# Debian's package names where the usual rule (libfoo.so.1 -> libfoo1) does not give them.
_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
}


def package_of(soname: str) -> str:
    """Return the Debian/Ubuntu package that provides a shared library, by its name.

    Debian names a library's package after its soname: ``libxcb-icccm.so.4`` is in
    ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` (a name ending in a digit) in
    ``libxkbcommon-x11-0``.
    """
    if soname in _PACKAGES:
        return _PACKAGES[soname]
    found = re.fullmatch(r"(.+)\.so\.(\d+)(?:\.\d+)*", soname)
    if not found:
        return soname
    name, number = found.group(1).lower(), found.group(2)
    return f"{name}-{number}" if name[-1].isdigit() else f"{name}{number}"


def missing_libraries(plugin: Path) -> list[str]:
    """Return the shared libraries ``plugin`` needs that cannot be found (all of them,
    where ``ldd`` is there to list them; else the first)."""
    ldd = shutil.which("ldd")
    if ldd:
        listed = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, check=False
        ).stdout
        names = re.findall(r"^\s*(\S+) => not found", listed, flags=re.MULTILINE)
        return list(dict.fromkeys(names))
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        first = re.match(r"(\S+\.so[.\d]*): cannot open shared object file", str(error))
        return [first.group(1)] if first else []
    return []


def xcb_plugin() -> Path:
    """Return Qt's X11 platform plugin."""
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms" / "libqxcb.so"


def platform_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """Return why Qt cannot open a window here, in one sentence, or ``None`` if it can
    (or if the platform is one these checks do not know: Qt then speaks for itself)."""
    if not sys.platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen not in ("", "xcb"):
        return None  # offscreen, wayland, vnc...: not the X11 plugin
    if not chosen and environ.get("WAYLAND_DISPLAY"):
        return None  # Qt tries Wayland first
    if not environ.get("DISPLAY"):
        return NO_DISPLAY
    plugin = xcb_plugin()
    if not plugin.is_file():
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(package_of(name) for name in missing))
    return (
        f"Qt cannot open a window: its X11 plugin needs {', '.join(missing)}, which "
        f"{'is' if len(missing) == 1 else 'are'} not installed; on Debian or Ubuntu, "
        f"run: sudo apt install {packages}"
    )
