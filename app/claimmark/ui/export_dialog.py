"""The Export dialog: format, file, and what to export (statuses, labels, negatives)."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.articles import Status
from claimmark.core.errors import ClaimmarkError
from claimmark.core.labels import Label
from claimmark.formats.options import ExportOptions
from claimmark.formats.registry import EXPORT_FORMATS
from claimmark.formats.registry import FORMATS
from claimmark.ui import file_dialogs
from claimmark.ui.dialogs import ok_cancel
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import status_text

Counter = Callable[[ExportOptions, bool], tuple[int, int]]
"""Says how many articles and spans an export with these options would write."""


class ExportDialog(QDialog):
    """Asks how to export; :meth:`options`, :attr:`format_name` and :meth:`path` tell.

    Only articles marked done are chosen at first: an article still to do may lack
    spans, and exported as if fully annotated it teaches a model that its claims
    are not claims. A line under the choices says what they will write.
    """

    def __init__(
        self,
        labels: Sequence[Label],
        parent: QWidget | None = None,
        counter: Counter | None = None,
    ) -> None:
        super().__init__(parent)
        self._counter = counter
        self.setWindowTitle(self.tr("Export annotations"))
        self.format = QComboBox()
        for name in EXPORT_FORMATS:
            described = QCoreApplication.translate("formats", FORMATS[name].description)
            self.format.addItem(f"{described} ({name})", name)
        self.target = QLineEdit(str(Path.home() / "claimmark.jsonl"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(choose)
        self.statuses = {status: QCheckBox(status_text(status)) for status in Status}
        self.labels = {label.name: QCheckBox(label.name) for label in labels}
        for status, box in self.statuses.items():
            box.setChecked(status == Status.DONE)
            box.setToolTip(
                self.tr(
                    "Articles not marked done may lack spans: exported as if fully annotated, "
                    "their unmarked claims teach a model that they are not claims"
                )
            )
        for box in self.labels.values():
            box.setChecked(True)
        self.suggestions = QCheckBox(self.tr("Pending suggestions instead of spans"))
        self.negatives = QCheckBox(
            self.tr("Rejected suggestions as negatives (jsonl, spacy-jsonl)")
        )
        self.spreadsheet_safe = QCheckBox(self.tr("Spreadsheet-safe CSV cells"))
        self.spreadsheet_safe.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("File or folder"), target_row)
        form.addRow(self.tr("Articles"), _row(self.statuses.values()))
        form.addRow(self.tr("Labels"), _row(self.labels.values()))
        form.addRow("", self.suggestions)
        form.addRow("", self.negatives)
        form.addRow("", self.spreadsheet_safe)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Will write"), self.summary)
        buttons = ok_cancel(self, self.tr("Export"))
        self._export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        for box in [*self.statuses.values(), *self.labels.values(), self.suggestions]:
            box.toggled.connect(self._count)
        self._count()

    @property
    def format_name(self) -> str:
        """Return the chosen format's name."""
        return str(self.format.currentData())

    def path(self) -> Path:
        """Return the file (or folder, for brat) to write."""
        return Path(self.target.text()).expanduser()

    def options(self) -> ExportOptions:
        """Return the chosen options."""
        statuses = frozenset(s for s, box in self.statuses.items() if box.isChecked())
        labels = frozenset(name for name, box in self.labels.items() if box.isChecked())
        return ExportOptions(
            statuses=None if len(statuses) == len(self.statuses) else statuses,
            labels=None if len(labels) == len(self.labels) else labels,
            negatives=self.negatives.isChecked(),
            spreadsheet_safe=self.spreadsheet_safe.isChecked(),
        )

    def _count(self) -> None:
        if self._counter is None:
            self.summary.setText("")
            return
        try:
            articles, spans = self._counter(self.options(), self.suggestions.isChecked())
        except ClaimmarkError as error:
            self.summary.setText(self.tr("(cannot count now: {error})").format(error=error))
            return
        if self.suggestions.isChecked():
            what = counted_in(
                spans, self.tr("{n} pending suggestion"), self.tr("{n} pending suggestions")
            )
        else:
            what = counted_in(spans, self.tr("{n} span"), self.tr("{n} spans"))
        text = self.tr("{articles} with {what}").format(
            articles=counted_in(articles, self.tr("{n} article"), self.tr("{n} articles")),
            what=what,
        )
        if articles == 0:
            text += self.tr(" (no article has the statuses ticked)")
        self.summary.setText(text)
        if self._export_button is not None:
            self._export_button.setEnabled(articles > 0)

    def _on_format_changed(self) -> None:
        suffix = FORMATS[self.format_name].suffix
        current = self.path()
        self.target.setText(str(current.with_suffix(suffix) if suffix else current.with_suffix("")))

    def _choose_target(self) -> None:
        if not FORMATS[self.format_name].suffix:
            chosen = file_dialogs.folder(self, self.tr("Export into folder"), self.target.text())
        else:
            chosen = file_dialogs.save_file(self, self.tr("Export to"), self.target.text())
        if chosen:
            self.target.setText(chosen)


def _row(boxes: object) -> QWidget:
    widget = QWidget()
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    for box in boxes:  # type: ignore[attr-defined]
        row.addWidget(box)
    row.addStretch(1)
    return widget
