"""Installing Claimmark in the current user's application menu (Linux desktops).

Follows the XDG specifications: the desktop entry goes to
``$XDG_DATA_HOME/applications``, the icons into the ``hicolor`` theme and the
AppStream metadata to ``metainfo``. The entry starts the very launcher that ran
the install (the bundle's executable, or the ``claimmark`` script of the
environment it is installed in), so it works without that being on ``PATH``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from claimmark.bundled import resources_dir

APP_ID = "org.claimmark.Claimmark"
"""The reverse-DNS name of the desktop entry, icon and AppStream component."""

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    """Return the user's data folder for desktop files (``$XDG_DATA_HOME``)."""
    given = os.environ.get("XDG_DATA_HOME", "")
    # The specification says a relative value is to be ignored.
    return Path(given) if given and Path(given).is_absolute() else Path.home() / ".local/share"


def launcher() -> list[str]:
    """Return the command that starts this Claimmark."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0])
    if script.name == "claimmark" and script.is_file():
        return [str(script.resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "claimmark"]


def exec_line(command: list[str]) -> str:
    """Return ``command`` quoted for a desktop entry's ``Exec`` key, as the command reads.

    The specification's rules: an argument with a reserved character is put in
    double quotes, in which ``"``, `````, ``$`` and ``\\`` are escaped; a literal
    ``%`` is written ``%%``. The file holds this through :func:`entry_value`.
    """
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    words = []
    for word in command:
        word = word.replace("%", "%%")
        if reserved & set(word) or not word:
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in word)
            word = f'"{escaped}"'
        words.append(word)
    return " ".join(words)


def installed_paths(home: Path) -> list[Path]:
    """Return the files an install writes under ``home``."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
    ]


def entry_value(value: str) -> str:
    """Return ``value`` escaped as a desktop entry's string value: backslashes doubled, and
    a newline, tab or carriage return written ``\\n``, ``\\t``, ``\\r`` (a newline left
    as it is would end the key and start another: a path could add keys)."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


class DesktopEntryError(Exception):
    """The menu entry could not be installed or removed; the message says where and why."""


def install_desktop_entry(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Install the desktop entry, icons and metadata for the current user.

    Args:
        home: the data folder to install into (default: :func:`data_home`).
        command: what the entry runs (default: :func:`launcher`).

    Returns:
        The files written.

    Raises:
        DesktopEntryError: a file cannot be written under ``home``.
    """
    home = home or data_home()
    try:
        return _install(home, command)
    except OSError as error:
        raise DesktopEntryError(
            f"cannot install the menu entry under {home}: {error.strerror or error}"
            + (f" ({error.filename})" if error.filename else "")
        ) from error


def _install(home: Path, command: list[str] | None) -> list[Path]:
    source = resources_dir()
    entry = (source / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    run = entry_value(exec_line(command or launcher()))
    entry = "".join(
        f"Exec={run}\n" if line.startswith("Exec=") else line
        for line in entry.splitlines(keepends=True)
    )
    desktop, metainfo, svg, *pngs = installed_paths(home)
    for path in installed_paths(home):
        path.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(entry, encoding="utf-8")
    shutil.copyfile(source / "desktop" / f"{APP_ID}.metainfo.xml", metainfo)
    shutil.copyfile(source / "icons" / "claimmark.svg", svg)
    for size, png in zip(ICON_SIZES, pngs, strict=True):
        shutil.copyfile(source / "icons" / f"claimmark-{size}.png", png)
    _refresh_caches(home)
    return installed_paths(home)


def uninstall_desktop_entry(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install_desktop_entry` wrote; return the files removed."""
    home = home or data_home()
    removed = [path for path in installed_paths(home) if path.is_file()]
    for path in removed:
        path.unlink()
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    # Menus pick the entry up without these on most desktops; where the tools are
    # installed they make it immediate. A failure here changes nothing installed.
    for tool, argument in (
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        found = shutil.which(tool)
        if found and argument.is_dir():
            subprocess.run(
                [found, "-q", str(argument)]
                if tool == "update-desktop-database"
                else [found, "-q", "-t", str(argument)],
                check=False,
                capture_output=True,
            )
