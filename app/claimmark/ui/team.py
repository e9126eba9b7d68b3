"""Team work from the window: split the corpus, merge the shares, agreement, annotator layers.

Each command runs its use case (``project.splitting``, ``project.merging``,
``project.agreeing``) as a job and reports by signal; the layer menu picks whose
spans the open article shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QActionGroup
from PySide6.QtGui import QFont
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.project.agreeing import NOT_PEOPLE
from claimmark.project.agreeing import agreement_lines
from claimmark.project.merging import MergeReport
from claimmark.project.splitting import SplitReport
from claimmark.project.splitting import share_path
from claimmark.team.agreement import Agreement
from claimmark.team.agreement import micro
from claimmark.ui import file_dialogs
from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.i18n import counted_in
from claimmark.ui.jobs import Job
from claimmark.ui.jobs import agreement_job
from claimmark.ui.jobs import merge_job
from claimmark.ui.jobs import split_job
from claimmark.ui.parts import Parts


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


class SplitDialog(QDialog):
    """Asks how to split the corpus: the annotators, the double share, the folder."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split among annotators"))
        self.annotators = QLineEdit()
        self.annotators.setPlaceholderText(self.tr("anna, ben, chris"))
        self.double = QSpinBox()
        self.double.setRange(0, 100)
        self.double.setValue(20)
        self.double.setSuffix(" %")
        self.double.setToolTip(
            self.tr("Articles two people annotate, so their agreement can be measured")
        )
        self.folder = QLineEdit(str(folder))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        self.files = QLabel()
        self.files.setTextFormat(Qt.TextFormat.PlainText)  # names the user typed
        self.files.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Annotators"), self.annotators)
        form.addRow(self.tr("Annotated twice"), self.double)
        form.addRow(self.tr("Folder"), where)
        form.addRow(self.tr("Will write"), self.files)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Split"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for field in (self.annotators, self.folder):
            field.textChanged.connect(self._update)
        self.double.valueChanged.connect(self._update)
        self._update()

    def names(self) -> list[str]:
        """Return the annotators typed, in order."""
        return [name.strip() for name in self.annotators.text().split(",") if name.strip()]

    def out(self) -> Path:
        """Return the folder for the shares."""
        return Path(self.folder.text().strip())

    def fraction(self) -> float:
        """Return the share annotated twice, 0 to 1."""
        return self.double.value() / 100

    def _choose(self) -> None:
        chosen = file_dialogs.folder(self, self.tr("Folder for the shares"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _update(self) -> None:
        names = self.names()
        usable = bool(names) and bool(self.folder.text().strip())
        usable = usable and (self.fraction() == 0 or len(names) > 1)
        if not names:
            self.files.setText(self.tr("Type the annotators' names, separated by commas."))
        elif not usable:
            self.files.setText(self.tr("Two annotators at least, to annotate articles twice."))
        else:
            self.files.setText(", ".join(share_path(self.out(), n).name for n in names))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(usable)


class AgreementDialog(QDialog):
    """The team's agreement: a row per pair, a row per label, a row per article (the least
    agreed first; Enter or a double-click adjudicates it), and the text table to copy.

    Signals:
        adjudicate(article_id): the user chose an article to adjudicate.
    """

    adjudicate = Signal(str)

    def __init__(self, result: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement"))
        self.resize(760, 680)
        self.agreement = result
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # annotators' names
        self.summary.setWordWrap(True)
        self.pairs = QTableWidget(0, 6)
        self.pairs.setHorizontalHeaderLabels(
            [
                self.tr("Pair"),
                self.tr("Articles"),
                self.tr("Spans"),
                self.tr("Exact F1"),
                self.tr("Overlap F1"),
                self.tr("Kappa"),
            ]
        )
        self.labels = QTableWidget(0, 3)
        self.labels.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Exact F1"), self.tr("Overlap F1")]
        )
        self.articles = QTableWidget(0, 5)
        self.articles.setHorizontalHeaderLabels(
            [
                self.tr("Article"),
                self.tr("Annotators"),
                self.tr("Disagreements"),
                self.tr("Exact F1"),
                self.tr("Overlap F1"),
            ]
        )
        self.articles.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.articles.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.articles.activated.connect(self._chosen)
        self.text = QPlainTextEdit("\n".join(agreement_lines(result)))
        self.text.setReadOnly(True)
        self.text.setFont(QFont("monospace"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        copy = QPushButton(self.tr("Copy as text"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.pairs)
        layout.addWidget(self.labels)
        layout.addWidget(
            QLabel(self.tr("Articles, the least agreed first (Enter or a double-click: "
                           "adjudicate it):"))
        )  # fmt: skip
        layout.addWidget(self.articles, 2)
        layout.addWidget(
            QLabel(self.tr("All figures, with the labels overlapping spans were given:"))
        )
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self._fill()

    def _fill(self) -> None:
        result = self.agreement
        if not result.pairs:
            self.summary.setText(agreement_lines(result)[0])
        else:
            self.summary.setText(
                self.tr(
                    "{annotators} on {articles} finished by at least two. Krippendorff's alpha "
                    "over tokens: {alpha}. Precision and recall take the first of a pair as "
                    "reference."
                ).format(
                    annotators=counted_in(
                        len(result.annotators), self.tr("{n} annotator"), self.tr("{n} annotators")
                    ),
                    articles=counted_in(
                        result.articles, self.tr("{n} article"), self.tr("{n} articles")
                    ),
                    alpha=_number(result.alpha),
                )
            )
        rows = [
            [
                f"{p.first} / {p.second}",
                str(p.articles),
                f"{p.spans[0]} / {p.spans[1]}",
                f"{micro(p.exact).f1:.2f}",
                f"{micro(p.overlap).f1:.2f}",
                _number(p.kappa),
            ]
            for p in result.pairs
        ]
        _fill_table(self.pairs, rows)
        exact, overlap = result.overall("exact"), result.overall("overlap")
        _fill_table(
            self.labels,
            [
                [label, f"{exact[label].f1:.2f}", f"{overlap[label].f1:.2f}"]
                for label in exact
                if exact[label].tp + exact[label].fp + exact[label].fn
                or overlap[label].tp + overlap[label].fp + overlap[label].fn
            ]
            + [[self.tr("all labels"), f"{micro(exact).f1:.2f}", f"{micro(overlap).f1:.2f}"]],
        )
        self._fill_articles()

    def _fill_articles(self) -> None:
        by_article = self.agreement.by_article
        rows = [
            [each.title, ", ".join(each.annotators), str(each.disagreements),
             f"{each.exact.f1:.2f}", f"{each.overlap.f1:.2f}"]
            for each in by_article
        ]  # fmt: skip
        _fill_table(self.articles, rows, figures_from=2, keys=[a.article_id for a in by_article])
        if self.articles.rowCount():
            self.articles.setCurrentCell(0, 0)

    def _chosen(self, index: QModelIndex) -> None:
        item = self.articles.item(index.row(), 0)
        if item is not None:
            self.adjudicate.emit(str(item.data(Qt.ItemDataRole.UserRole)))


def _fill_table(
    table: QTableWidget, rows: list[list[str]], figures_from: int = 1, keys: list[str] | None = None
) -> None:
    """Fill a read-only table, columns from ``figures_from`` on aligned right as figures.
    With ``keys`` (one a row, kept in each item), the table scrolls; without, it is as high
    as its rows, so the full table below gets the room."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)  # items show plain text: titles come from files
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            if c >= figures_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    if keys is None:
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        frame = 2 * table.frameWidth()
        table.setFixedHeight(table.horizontalHeader().height() + rows_height + frame)


class Team(QObject):
    """The team commands of one window, and the menu of whose spans to show.

    Signals:
        split_done(report): a split ended (a ``SplitReport``, None if it failed).
        merge_done(report): a merge ended (a ``MergeReport``, None if it failed).
        agreement_done(result): agreement was measured (an ``Agreement``, None if it failed).
        adjudicate_article(article_id): an article was chosen in the Agreement dialog to
            adjudicate.
    """

    split_done = Signal(SplitReport)
    merge_done = Signal(MergeReport)
    agreement_done = Signal(Agreement)
    adjudicate_article = Signal(str)

    def __init__(self, parts: Parts, window: QWidget, written: Callable[[], None]) -> None:
        super().__init__(window)
        self._parts = parts
        self._project = parts.project
        self._open = parts.open
        self._window = window
        self._written = written
        self.agreement_dialog: AgreementDialog | None = None
        self.layer_menu = QMenu(self.tr("Annotator &layer"), window)
        self.layer_menu.aboutToShow.connect(self._fill_layers)
        self._layer_group = QActionGroup(self)

    # Layers ---------------------------------------------------------------

    def people(self) -> list[str]:
        """Return the annotators with spans or statuses here (the adjudicated ``gold`` too)."""
        return [name for name in self._project.repo.annotators() if name != "import"]

    def default_layer(self) -> str | None:
        """Return the layer a window starts on: your own in a team's database (several
        people's spans, or statuses of their own), everyone's otherwise."""
        repo = self._project.repo
        people = [name for name in self.people() if name not in NOT_PEOPLE]
        if len(people) > 1 or repo.has_annotator_statuses():
            return self._open.own
        return None

    def set_layer(self, annotator: str | None) -> None:
        """Show ``annotator``'s spans (``None``: everyone's)."""
        self._open.set_layer(annotator)
        said = (
            self.tr("Showing everyone's spans{editable}.")
            if annotator is None
            else self.tr("Showing {annotator}'s spans{editable}.")
        )
        editable = "" if self._open.editable else self.tr(", read-only")
        messages.info(said.format(annotator=annotator, editable=editable))

    def _fill_layers(self) -> None:
        self.layer_menu.clear()
        for action in self._layer_group.actions():
            self._layer_group.removeAction(action)
        own = self._open.own
        entries: list[tuple[str, str | None]] = [(self.tr("&Everyone"), None)]
        if own:
            entries.append((self.tr("&Mine ({own})").format(own=own), own))
        entries += [(name, name) for name in self.people() if name != own]
        for text, layer in entries:
            action = QAction(text, self.layer_menu)
            action.setCheckable(True)
            action.setChecked(layer == self._open.layer)
            action.triggered.connect(lambda _=False, layer=layer: self.set_layer(layer))
            self._layer_group.addAction(action)
            self.layer_menu.addAction(action)

    # Split ----------------------------------------------------------------

    def split_dialog(self) -> None:
        """Ask how to split the corpus among annotators, then write the shares."""
        folder = Path(self._project.path).resolve().parent / "shares"
        dialog = SplitDialog(folder, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.split(dialog.names(), dialog.fraction(), dialog.out())

    def split(self, annotators: list[str], double: float, out: Path) -> Job[SplitReport]:
        """Write one database per annotator into ``out`` in the background."""
        job = split_job(self._project, annotators, double, out)

        def finished(report: SplitReport) -> None:
            messages.report(report)
            self.split_done.emit(report)

        self._parts.jobs.launch(job, finished, self._failed(self.split_done), "Splitting")
        return job

    # Actions ---------------------------------------------------------------

    def declared_actions(self) -> list[Declared]:
        """Return the actions of team work: split, merge, agreement."""
        return [
            Declared(ActionSpec("split", self.tr("&Split among annotators…"), (),
                                self.tr("Write one database per annotator with their share of the "
                                        "articles"), everywhere=False, menu=("&File", 30)),
                     self.split_dialog),
            Declared(ActionSpec("merge", self.tr("&Merge annotators' work…"), (),
                                self.tr("Bring annotators' databases into this project, each "
                                        "span kept as theirs"), everywhere=False,
                                menu=("&File", 31)),
                     self.merge_dialog),
            Declared(ActionSpec("agreement", self.tr("&Agreement…"), (),
                                self.tr("How the annotators agree on the articles they both "
                                        "finished"),
                                everywhere=False, menu=("&Team", 10)), self.show_agreement),
        ]  # fmt: skip

    # Merge ----------------------------------------------------------------

    def merge_dialog(self) -> None:
        """Ask which annotators' databases to merge into this project, then merge them."""
        chosen = file_dialogs.open_files(
            self._window,
            self.tr("Merge annotators' databases into this project"),
            str(Path(self._project.path).resolve().parent),
            self.tr("Claimmark databases (*.db);;All files (*)"),
        )
        if chosen:
            self.merge([Path(path) for path in chosen])

    def merge(self, sources: list[Path]) -> Job[MergeReport]:
        """Merge ``sources`` into the open project in the background."""
        job = merge_job(self._project, sources)

        def finished(report: MergeReport) -> None:
            self._written()
            messages.report(report)
            self.merge_done.emit(report)

        self._parts.jobs.launch(job, finished, self._failed(self.merge_done), "Merging")
        return job

    # Agreement ------------------------------------------------------------

    def show_agreement(self) -> Job[Agreement]:
        """Measure the annotators' agreement in the background, then show it."""
        job = agreement_job(self._project)

        def finished(result: Agreement) -> None:
            self.agreement_dialog = AgreementDialog(result, self._window)
            self.agreement_dialog.adjudicate.connect(self.adjudicate_article)
            self.agreement_dialog.show()
            self.agreement_done.emit(result)

        self._parts.jobs.launch(
            job, finished, self._failed(self.agreement_done), "Measuring agreement"
        )
        return job

    @staticmethod
    def _failed(done: object) -> Callable[[str], None]:
        def failed(message: str) -> None:
            messages.error(message)
            done.emit(None)  # type: ignore[attr-defined]

        return failed
