"""Who annotates, and with which labels: the Edit menu's Labels…, Learned words… and Your name…."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox

from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.annotating import Annotating
from claimmark.ui.i18n import counted_in
from claimmark.ui.labels_dialog import LabelsDialog
from claimmark.ui.learned_words import LearnedWordsDialog
from claimmark.ui.parts import Parts
from claimmark.ui.settings import settings


class People(QObject):
    """The annotator's name (stored on every span, said in the status bar) and the dialogs
    that edit the label set and the learned words.

    Attributes:
        saved_to: the status bar's words: who annotates, whose spans show, where it is saved.
        labels_dialog: the Labels dialog, once opened.
        learned_words_dialog: the Learned words dialog, once opened.
    """

    def __init__(self, parts: Parts, annotating: Annotating, window: QMainWindow) -> None:
        super().__init__(window)
        self._parts = parts
        self._annotating = annotating
        self._window = window
        self.saved_to = QLabel()
        self.saved_to.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels_dialog: LabelsDialog | None = None
        self.learned_words_dialog: LearnedWordsDialog | None = None
        parts.open.layer_changed.connect(self.show_who)
        parts.labels.changed.connect(self._on_labels_changed)

    def declared_actions(self) -> list[Declared]:
        """Return the actions of labels, learned words and the annotator's name."""

        def writable() -> bool:
            return not self._parts.project.read_only

        return [
            Declared(ActionSpec("labels", self.tr("&Labels…"), (),
                                self.tr("Add, rename, recolour, re-key or delete labels"),
                                everywhere=False, menu=("&Edit", 40)),
                     self.show_labels_dialog, writable),
            Declared(ActionSpec("learned_words", self.tr("Learned &words…"), (),
                                self.tr("Words not proposed any more, and the project's own "
                                        "lexicon"),
                                everywhere=False, menu=("&Edit", 41)), self.show_learned_words),
            Declared(ActionSpec("annotator", self.tr("Your &name…"), (),
                                self.tr("The name stored on every span you make"), everywhere=False,
                                menu=("&Edit", 42)), self.ask_annotator),
        ]  # fmt: skip

    def show_labels_dialog(self) -> LabelsDialog:
        """Open the Labels dialog (not modal: the window stays usable)."""
        if self.labels_dialog is None:
            self.labels_dialog = LabelsDialog(self._parts.labels.labels, self._window)
            self.labels_dialog.save_requested.connect(self._annotating.save_label)
            self.labels_dialog.delete_requested.connect(self.delete_label)
        self.labels_dialog.show()
        self.labels_dialog.raise_()
        return self.labels_dialog

    def delete_label(self, name: str) -> None:
        """Delete a label; if spans or suggestions carry it, ask first."""
        spans, suggestions = self._parts.project.repo.label_use(name)
        if spans or suggestions:
            answer = QMessageBox.question(
                self._window,
                self.tr("Delete label"),
                self.tr(
                    "{spans} and {suggestions} carry {name}. Delete the label and all of them? "
                    "(Edit › Undo brings them back.)"
                ).format(
                    spans=counted_in(spans, self.tr("{n} span"), self.tr("{n} spans")),
                    suggestions=counted_in(
                        suggestions, self.tr("{n} suggestion"), self.tr("{n} suggestions")
                    ),
                    name=name,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._annotating.delete_label(name)

    def _on_labels_changed(self) -> None:
        if self.labels_dialog is not None:
            self.labels_dialog.show_labels(self._parts.labels.labels)

    def show_learned_words(self) -> None:
        """Show the words not proposed any more, and the project's lexicon."""
        self.learned_words_dialog = LearnedWordsDialog(
            self._parts.project.repo, self._annotating.push, self._window
        )
        self.learned_words_dialog.show()

    def set_annotator(self, name: str, remember: bool = True) -> None:
        """Use ``name`` on every span made from now on, and remember it."""
        self._annotating.annotator = name
        self._parts.open.own = name
        if remember:
            settings().setValue("annotator", name)
        self.show_who()

    def show_who(self) -> None:
        """Say in the status bar who annotates, whose spans show, and where all is saved."""
        layer = self._parts.open.layer
        showing = (
            self.tr("Showing everyone's spans")
            if layer is None
            else self.tr("Showing {layer}'s spans").format(layer=layer)
        )
        self.saved_to.setText(
            self.tr("Annotator: {name}   ·   {showing}   ·   Saved to {path}").format(
                name=self._annotating.annotator, showing=showing, path=self._parts.project.path
            )
        )

    def ask_annotator(self) -> None:
        """Ask the annotator's name."""
        name, ok = QInputDialog.getText(
            self._window,
            self.tr("Your name"),
            self.tr("Name stored on every span you make:"),
            text=self._annotating.annotator,
        )
        if ok and name.strip():
            self.set_annotator(name.strip())
            messages.info(self.tr("You annotate as {name}.").format(name=name.strip()))
