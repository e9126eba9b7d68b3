"""The guidelines panel: GUIDELINES.md rendered, so the annotator never leaves the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser
from PySide6.QtWidgets import QWidget

from claimmark.bundled import resources_dir
from claimmark.ui.i18n import window_language


def guidelines_path(language: str = "en") -> Path:
    """Return the bundled guidelines in ``language`` (the English where there are none)."""
    translated = resources_dir() / f"GUIDELINES.{language}.md"
    return (
        translated
        if language != "en" and translated.is_file()
        else resources_dir() / "GUIDELINES.md"
    )


class GuidelinesView(QTextBrowser):
    """Shows the annotation guidelines (Markdown) read-only, with working links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        # Lines break between words only: in a narrow panel Qt's default broke words
        # inside table cells ("personne l"); a word too long scrolls instead.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        path = guidelines_path(window_language())
        try:
            self.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError as error:
            self.setPlainText(
                self.tr("The guidelines could not be read from {path}: {error}").format(
                    path=path, error=error
                )
            )
