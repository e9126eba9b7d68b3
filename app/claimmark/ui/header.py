"""The article header: the open article's title, and a line with its id, status and counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.articles import Metadata
from claimmark.core.language import ENGLISH
from claimmark.core.language import GERMAN
from claimmark.core.language import UNKNOWN
from claimmark.ui.elided import ElidedLabel
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import language_name
from claimmark.ui.i18n import status_text
from claimmark.ui.label_set import LabelSet
from claimmark.ui.open_article import OpenArticle


class ArticleHeader(QWidget):
    """Title, status line and note over the text; they follow the open article and labels.

    Signals:
        note_edited(text): the user finished editing the article's note.
        escaped(): the user pressed Escape in the note (back to the text).
        language_chosen(code): the user chose the article's language ("" for unknown).
        metadata_edited(metadata): the user changed or confirmed the article's day,
            outlet or URL (a ``Metadata``).

    Attributes:
        published, outlet, url: where and when the article was published (Enter saves).
        proposal: the day read from the dateline, offered while the article has none.
    """

    note_edited = Signal(str)
    escaped = Signal()
    language_chosen = Signal(str)
    metadata_edited = Signal(Metadata)

    def __init__(
        self,
        model: OpenArticle,
        labels: LabelSet,
        read_only: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = model
        self._labels = labels
        # A read-only project says so above everything, for as long as it is open.
        self.banner = QLabel(
            self.tr(
                "Read-only: {path} cannot be changed here (the file or its folder cannot be "
                "written). You can read, search, export and back up."
            ).format(path=read_only)
            if read_only
            else ""
        )
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #5c4400; padding: 6px; border: 1px solid #e0c36a;"
        )
        self.banner.setVisible(bool(read_only))
        self.title = ElidedLabel(lines=2)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        # One line as wide as the header, whatever its text: a count growing by a digit
        # ("19 suggestions" after an accept) widened a plain label and squeezed every dock.
        self.meta = ElidedLabel(lines=1)
        # The note on the whole article: saved (undoably) when Enter is pressed or the
        # field is left; Escape puts the saved note back.
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note on this article (Enter saves)"))
        self.note.setClearButtonEnabled(True)
        self.note.editingFinished.connect(self._on_note_finished)
        # The article's language, told on import; the user may correct it.
        self.language = QComboBox()
        for code in (GERMAN, ENGLISH, UNKNOWN):
            self.language.addItem(language_name(code), code)
        self.language.setToolTip(self.tr("The article's language (told from its words on import)"))
        self.language.activated.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index))
        )
        # Beside the note, not the status line: that line's width already sets how
        # narrow the text may get, and the docks beside it keep their room.
        line = QHBoxLayout()
        line.addWidget(self.note, 1)
        line.addWidget(self.language)
        # Where and when it was published: the claim ledger sorts and charts by these.
        self.published, self.outlet, self.url = QLineEdit(), QLineEdit(), QLineEdit()
        self.published.setPlaceholderText("2024-10-23")
        self.published.setMaximumWidth(110)
        self.outlet.setPlaceholderText(self.tr("outlet"))
        self.outlet.setMaximumWidth(160)
        self.url.setPlaceholderText(self.tr("https://… (Enter saves)"))
        for field in (self.published, self.outlet, self.url):
            field.editingFinished.connect(self._on_metadata_finished)
        self.proposal = QPushButton()
        self.proposal.setVisible(False)
        self.proposal.setToolTip(self.tr("The day the article's dateline gives; click to take it"))
        self.proposal.clicked.connect(self.take_proposal)
        self._proposed: str | None = None
        self._proposed_for: str | None = None  # the article the proposal is of
        published = QLabel(self.tr("Pu&blished"))
        published.setBuddy(self.published)
        published_line = QHBoxLayout()
        published_line.addWidget(published)
        published_line.addWidget(self.published)
        published_line.addWidget(self.proposal)
        published_line.addWidget(self.outlet)
        published_line.addWidget(self.url, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.title)
        column.addWidget(self.meta)
        column.addLayout(line)
        column.addLayout(published_line)
        model.opened.connect(self.refresh)
        model.changed.connect(self.refresh)
        labels.changed.connect(self.refresh)
        self.refresh()

    def _on_note_finished(self) -> None:
        state = self._open.state
        if state is not None and self.note.text().strip() != state.article.note:
            self.note_edited.emit(self.note.text())

    def _typed_metadata(self) -> Metadata:
        return Metadata(self.published.text(), self.outlet.text(), self.url.text())

    def _on_metadata_finished(self) -> None:
        state = self._open.state
        if state is None:
            return
        typed = self._typed_metadata()
        try:
            changed = typed.checked() != state.article.metadata
        except ValueError:
            changed = True  # the edit is refused with the reason, and the field kept
        if changed:
            self.metadata_edited.emit(typed)

    def show_proposal(self, article_id: str, day: str | None) -> None:
        """Offer ``day``, read from the dateline of ``article_id``, if it is still open
        without a day."""
        state = self._open.state
        if state is None or state.article.id != article_id or state.article.published:
            return
        self._proposed, self._proposed_for = day, article_id
        self.proposal.setText(self.tr("Use {day}").format(day=day) if day else "")
        self.proposal.setVisible(day is not None)

    def take_proposal(self) -> None:
        """Make the proposed day the article's (an undoable edit, as if typed)."""
        if self._proposed is not None:
            self.published.setText(self._proposed)
            self.metadata_edited.emit(self._typed_metadata())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QWidget::keyPressEvent: Escape in a field puts the saved value back."""
        state = self._open.state
        fields = (self.note, self.published, self.outlet, self.url)
        if (
            event.key() == Qt.Key.Key_Escape
            and state is not None
            and any(field.hasFocus() for field in fields)
        ):
            self.note.setText(state.article.note)
            self._show_metadata(state.article.metadata)
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def _show_metadata(self, metadata: Metadata) -> None:
        for field, value in (
            (self.published, metadata.published),
            (self.outlet, metadata.outlet),
            (self.url, metadata.url),
        ):
            field.setText(value or "")

    def refresh(self) -> None:
        """Show the open article's title, id, status, span counts and suggestions to review."""
        state = self._open.state
        self.note.setEnabled(state is not None)
        if state is None or not self.note.hasFocus():
            self.note.setText(state.article.note if state is not None else "")
        self.language.setEnabled(state is not None)
        for field in (self.published, self.outlet, self.url):
            field.setEnabled(state is not None)
        typing = any(f.hasFocus() for f in (self.published, self.outlet, self.url))
        if not typing:
            self._show_metadata(state.article.metadata if state is not None else Metadata())
        if state is None or state.article.published or state.article.id != self._proposed_for:
            self._proposed = self._proposed_for = None
            self.proposal.setVisible(False)
        if state is not None:
            self.language.setCurrentIndex(max(self.language.findData(state.article.language), 0))
        if state is None:
            self.title.set_full_text(self.tr("No article"))
            self.meta.set_full_text(self.tr("Import articles with File › Import."))
            return
        counts = state.label_counts
        parts = [f"{counts.get(label.name, 0)} {label.name}" for label in self._labels.labels]
        pending = len(state.suggestions)
        self.title.set_full_text(state.article.title or state.article.id)
        to_review = counted_in(pending, self.tr("{n} suggestion"), self.tr("{n} suggestions"))
        self.meta.set_full_text(
            self.tr("{id}   ·   {status}   ·   {counts}   ·   {pending} to review").format(
                id=state.article.id, status=status_text(state.status), counts=", ".join(parts),
                pending=to_review,
            )
        )  # fmt: skip
