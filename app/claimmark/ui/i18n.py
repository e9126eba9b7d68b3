"""The window's language: German or English, following the system unless a setting says.

Every string the window's actions show (menus, toolbar, tooltips) goes through Qt's
translation system; ``resources/translations/claimmark_de.ts`` holds the German
(``make translations`` updates it with ``pyside6-lupdate`` and builds the ``.qm``
the app loads). Shortcuts are the same in every language. Qt's own German
(``qtbase_de.qm``: OK, Cancel, the file dialogs) comes with PySide6.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QLibraryInfo
from PySide6.QtCore import QLocale
from PySide6.QtCore import QTranslator

from claimmark.bundled import resources_dir
from claimmark.core.articles import Status
from claimmark.core.errors import ClaimmarkError
from claimmark.core.language import NAMES
from claimmark.core.words import Said
from claimmark.core.words import quoted
from claimmark.ui.settings import settings

LANGUAGE_KEY = "language"
"""The setting: ``system`` (the default), ``de`` or ``en``; read when the app starts."""

LANGUAGES = ("system", "de", "en")
"""The choices of View › Language."""

TRANSLATED = ("de",)
"""The languages the window has a translation for (English is its own)."""

_installed: list[QTranslator] = []
"""The translators in use: Qt does not own them, so they are kept alive here."""

_speaking = ["en"]
"""The language the window speaks now (set when a translation is installed)."""


def window_language() -> str:
    """Return the language the window speaks: ``de`` or ``en``."""
    return _speaking[0]


def translations_dir() -> Path:
    """Return the folder of Claimmark's ``.ts`` and ``.qm`` files."""
    return resources_dir() / "translations"


def chosen_language() -> str:
    """Return the setting (``system``, ``de`` or ``en``; anything else reads as system)."""
    value = settings().value(LANGUAGE_KEY, "system")
    return value if isinstance(value, str) and value in LANGUAGES else "system"


def set_language(language: str) -> None:
    """Remember the window's language for the next start."""
    settings().setValue(LANGUAGE_KEY, language if language in LANGUAGES else "system")


def effective_language(choice: str | None = None) -> str:
    """Return the language the window speaks for a choice (default: the setting): the
    system's, where it is one Claimmark has, or English."""
    choice = choice or chosen_language()
    if choice == "system":
        system = QLocale.system().name().split("_")[0]
        return system if system in TRANSLATED else "en"
    return choice if choice in TRANSLATED else "en"


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Make ``app`` speak ``language`` (Claimmark's strings and Qt's own); return whether a
    translation was installed (English needs none)."""
    remove_translation(app)
    if language not in TRANSLATED:
        return False
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"claimmark_{language}.qm")):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    _speaking[0] = language
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    return True


def remove_translation(app: QCoreApplication) -> None:
    """Take the installed translations out again (the window speaks English)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _speaking[0] = "en"


_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("status", "to do"),
    QT_TRANSLATE_NOOP("status", "in progress"),
    QT_TRANSLATE_NOOP("status", "done"),
)  # the words of Status.words, for lupdate: translated where the window shows them


def status_text(status: Status) -> str:
    """Return an article's status as the window shows it, in the window's language."""
    return QCoreApplication.translate("status", status.words)


def counted_in(number: int, one: str, many: str) -> str:
    """Return a number with its noun in the window's language: ``one`` or ``many`` are the
    translated forms with ``{n}`` where the number goes ("{n} Vorschlag", "{n} Vorschläge")."""
    return (one if number == 1 else many).format(n=grouped(number))


def grouped(number: int) -> str:
    """Return a whole number with its thousands grouped as the window's language writes
    them: 12,718 in English, 12.718 in German."""
    written = f"{number:,}"
    return written.replace(",", ".") if window_language() == "de" else written


_LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("language", "German"),
    QT_TRANSLATE_NOOP("language", "English"),
    QT_TRANSLATE_NOOP("language", "Unknown language"),
)  # the names of core.language.NAMES, capitalised, for lupdate


def language_name(code: str) -> str:
    """Return an article language's name as the window shows it ("German", "Deutsch")."""
    return QCoreApplication.translate("language", NAMES[code].capitalize())


def quoted_here(text: str, limit: int = 40) -> str:
    """Return ``text`` in the window's quotes ('…', „…“), shortened past ``limit``."""
    return translated(quoted(text, limit))


def translated(words: Said) -> str:
    """Return words of the use cases (an edit's, say) in the window's language: the
    template and each value that is itself :class:`Said` translated, numbers grouped."""
    return words.written(QCoreApplication.translate, grouped)


def told(error: BaseException) -> str:
    """Return an expected failure's message in the window's language (as raised, if it was
    raised without :class:`Said` words)."""
    words = error.said if isinstance(error, ClaimmarkError) else None
    return translated(words) if words is not None else str(error)
