"""The attributes panel: label, text and attributes of the selected span or suggestion."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QStringListModel
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QCompleter
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QWidget

from claimmark.core.labels import Label
from claimmark.core.spans import QUALIFIERS
from claimmark.core.spans import Span
from claimmark.core.spans import qualifier_of
from claimmark.core.suggestions import Proposer
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import origins_of
from claimmark.detector.numbers import read_value
from claimmark.ui import messages
from claimmark.ui.elided import ElidedLabel
from claimmark.ui.i18n import quoted_here
from claimmark.ui.messages import plain_tooltip

Item = Span | StoredSuggestion

FIELD_CHARACTERS = 22
"""The narrowest a field gets, in average characters: a source such as "südkoreanischer
Generalstab" is read whole, not 110 pixels of it."""


def _when(iso: str) -> str:
    """Return an ISO 8601 UTC timestamp as "2026-11-24 10:00 UTC" ("" stays "")."""
    if len(iso) < 16:
        return iso
    return f"{iso[:10]} {iso[11:16]} UTC"


def made_by(suggestion: StoredSuggestion) -> str:
    """Return who proposed a suggestion, every one of them: "detector and model"."""
    origins = origins_of(suggestion.origin)
    parts = []
    if Proposer.RULES in origins or not origins:
        parts.append(QCoreApplication.translate("AttributesPanel", "detector"))
    if Proposer.LEARNED in origins:
        parts.append(
            QCoreApplication.translate("AttributesPanel", "learned from a span in {article}")
            .format(article=suggestion.learned_from)
        )  # fmt: skip
    if Proposer.MODEL in origins:
        parts.append(QCoreApplication.translate("AttributesPanel", "model"))
    return QCoreApplication.translate("AttributesPanel", " and ").join(parts)


class AttributesPanel(QWidget):
    """Shows the selected span or suggestion and lets the user edit its attributes.

    Every edit is reported at once (and saved by the main window as an undoable
    command); the panel never writes anything itself. What was typed is reported
    on Enter, on leaving the field, and before the panel shows anything else, so
    moving on by keyboard or mouse never loses it.

    Signals:
        edited(old, new): the user changed the label or an attribute; ``old`` is the
            span or suggestion as shown, ``new`` the same with the new values.
    """

    # object: a Span or a StoredSuggestion (an Item), a union a signal cannot name.
    edited = Signal(object, object)

    def __init__(self, labels: Sequence[Label], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: Item | None = None
        self._colours = {label.name: label.colour for label in labels}
        layout = QFormLayout(self)
        # Fields as wide as the panel, beside their names while there is room for
        # FIELD_CHARACTERS, above them when the panel is narrower.
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QLabel()
        self.kind.setWordWrap(True)
        self.kind.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Two lines whatever it says, so the fields below never move.
        self.kind.setFixedHeight(self.kind.fontMetrics().lineSpacing() * 2 + 4)
        self.label = QComboBox()
        self.label.addItems([label.name for label in labels])
        self.label.setToolTip(self.tr("The label; for a span, keys 1-9 change it too"))
        self.text = ElidedLabel(lines=2)  # a span's words: a long span must not move the fields
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("none"))
        # No validator: one drops the keys it refuses, and "about 3k" was saved as 3.
        # What is typed is read when it is saved, or refused with the reason.
        self._value_tip = self.tr(
            "The figure as a whole number: 11000, 11.000, 11,000, 11k or elftausend "
            "for 'rund 11.000'"
        )
        self.value.setToolTip(self._value_tip)
        self.qualifier = QComboBox()
        self.qualifier.addItems(["", *QUALIFIERS])
        self.qualifier.setToolTip(
            self.tr("exact, approx (rund, etwa), at_least, more_than, up_to, vague")
        )
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("who reported it, as written"))
        self._known_sources = QStringListModel(self)
        completer = QCompleter(self._known_sources, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.source.setCompleter(completer)
        self._sources_of: Callable[[], list[str]] | None = None
        self.source.installEventFilter(self)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("a note on this span (spans only)"))
        self.offsets = QLabel()
        self.offsets.setTextFormat(Qt.TextFormat.PlainText)
        width = self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS
        for field in self.fields():
            field.setMinimumWidth(width)
        self.made = QLabel()
        self.made.setWordWrap(True)
        self.made.setTextFormat(Qt.TextFormat.PlainText)  # an annotator's name from a file
        layout.addRow(self.kind)
        layout.addRow(self.tr("Label"), self.label)
        layout.addRow(self.tr("Text"), self.text)
        layout.addRow(self.tr("Offsets"), self.offsets)
        layout.addRow(self.tr("Value"), self.value)
        layout.addRow(self.tr("Qualifier"), self.qualifier)
        # Note above Source: the completions Source offers open below it, over
        # the row that follows.
        layout.addRow(self.tr("Note"), self.note)
        layout.addRow(self.tr("Source"), self.source)
        layout.addRow("", self.made)
        # Tab follows the rows down, not the order the fields were made in.
        for before, after in pairwise(self.fields()):
            QWidget.setTabOrder(before, after)
        # Only what the user typed or chose is reported: a label box rebuilt for a
        # renamed label, or a field filled for another item, is not an edit.
        self._typed = False
        for field in (self.value, self.source, self.note):
            field.textEdited.connect(self._on_typed)
            field.editingFinished.connect(self.commit)
        for box in (self.label, self.qualifier):
            box.activated.connect(self._on_chosen)
        self.show_item(None)

    def fields(self) -> tuple[QWidget, ...]:
        """Return the editable fields, top to bottom."""
        return (self.label, self.value, self.qualifier, self.note, self.source)

    def set_labels(self, labels: Sequence[Label]) -> None:
        """Offer this (new) label set in the label box."""
        self._colours = {label.name: label.colour for label in labels}
        self.label.blockSignals(True)
        try:
            self.label.clear()
            self.label.addItems([label.name for label in labels])
        finally:
            self.label.blockSignals(False)
        self.show_item(self._item)

    def set_known_sources(self, sources: Callable[[], list[str]]) -> None:
        """Offer what ``sources`` returns (sources already used) as completions, asked
        when the field is next entered: gathering them reads every span of the article,
        too slow for each selection of a long one."""
        self._sources_of = sources
        if self.source.hasFocus():
            self._offer_sources()

    def _offer_sources(self) -> None:
        if self._sources_of is not None:
            self._known_sources.setStringList(self._sources_of())
            self._sources_of = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fill the source field's completions as it takes the focus."""
        if watched is self.source and event.type() == QEvent.Type.FocusIn:
            self._offer_sources()
        return super().eventFilter(watched, event)

    @property
    def item(self) -> Item | None:
        """Return the span or suggestion shown."""
        return self._item

    def show_item(self, item: Item | None) -> None:
        """Show a span or suggestion (or a hint when ``None``), after reporting what was typed."""
        self.commit()
        self._item = item
        self._typed = False
        self._mark_value(None)
        editors = (self.label, self.value, self.qualifier, self.source, self.note)
        for editor in editors:
            editor.blockSignals(True)
            editor.setEnabled(item is not None)
        try:
            if item is None:
                self.kind.setText(self.tr("Click a span or a suggestion, or press Tab."))
                if self.label.styleSheet():
                    self.label.setStyleSheet("")  # not the last item's label colour
                self.text.set_full_text("")
                self.offsets.setText("")
                self.value.setText("")
                self.qualifier.setCurrentIndex(0)
                self.source.setText("")
                self.note.setText("")
                self.made.setText("")
                return
            if isinstance(item, StoredSuggestion):
                self.kind.setText(
                    self.tr("<b>Suggestion</b> · score {score}").format(score=f"{item.score:.2f}")
                )
                self.kind.setToolTip(self.tr("Enter or A accepts it, X or Backspace rejects it"))
                made = made_by(item)
                self.made.setText(f"{made}, {_when(item.detected_at)}".strip(", "))
            else:
                self.kind.setText(self.tr("<b>Span</b> · {origin}").format(origin=item.origin))
                self.kind.setToolTip("")
                self.made.setText(f"{item.annotator}, {_when(item.created_at)}")
            self.label.setCurrentText(item.label)
            style = f"background: {self._colours.get(item.label, '#dddddd')}; color: #000000;"
            if self.label.styleSheet() != style:  # a new style sheet polishes the box again
                self.label.setStyleSheet(style)
            self.text.set_full_text(item.text)
            self.offsets.setText(f"{item.start}–{item.end}")
            self.value.setText("" if item.value is None else str(item.value))
            self.qualifier.setCurrentText(item.qualifier or "")
            self.source.setText(item.source or "")
            self.source.setCursorPosition(0)  # show the start of a long source
            is_span = isinstance(item, Span)
            self.note.setEnabled(is_span)
            self.note.setText((item.note or "") if isinstance(item, Span) else "")
        finally:
            for editor in editors:
                editor.blockSignals(False)

    def _mark_value(self, problem: str | None) -> None:
        """Show that the value field holds what cannot be read (``problem``), or not."""
        style = "" if problem is None else "border: 2px solid #d32f2f;"
        if self.value.styleSheet() != style:  # a new style sheet polishes the field again
            self.value.setStyleSheet(style)
        self.value.setToolTip(
            self._value_tip
            if problem is None
            else plain_tooltip(self.tr("Not saved: {problem}").format(problem=problem))
        )

    def _on_typed(self) -> None:
        self._typed = True

    def _on_chosen(self) -> None:
        self._typed = True
        self.commit()

    def commit(self) -> None:
        """Report what the user typed or chose for the item shown, if it changed anything."""
        old = self._item
        if old is None or not self._typed:
            return
        self._typed = False
        value_text = self.value.text().strip()
        try:
            value = read_value(value_text) if value_text else None
        except ValueError as why:
            self._typed = True  # kept, to be saved once it reads
            self._mark_value(str(why))
            messages.warning(
                self.tr(
                    "Not saved: the value {value} cannot be read ({why}). Correct it and "
                    "press Enter."
                ).format(value=quoted_here(value_text), why=why)
            )
            return
        self._mark_value(None)
        new = replace(
            old,
            label=self.label.currentText(),
            value=value,
            qualifier=qualifier_of(self.qualifier.currentText() or None),
            source=self.source.text().strip() or None,
        )
        if isinstance(new, Span):
            new = replace(new, note=self.note.text().strip() or None)
        if new != old:
            # What is shown is now what is being saved: a refresh the save causes
            # finds nothing more to report.
            self._item = new
            self.edited.emit(old, new)
