"""Settings that outlive a session: window layout, zoom, last article, annotator name."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings

from claimmark.ui.paths import APP_NAME


def settings() -> QSettings:
    """Return Claimmark's settings store (an INI file in the user's config folder).

    INI on every OS, so a user can read it and tests can point it elsewhere with
    ``QSettings.setPath``.
    """
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME.lower()
    )


def default_annotator() -> str:
    """Return the OS user name, the annotator's name until they give another."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "annotator"
