"""File › Projects… and the start page: the recent projects with where they are, what they
hold and how far they are, to open one, start a new one, or take one off the list."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QShortcut
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.project.overview import ProjectSummary
from claimmark.project.overview import summarize
from claimmark.ui import messages
from claimmark.ui.i18n import grouped
from claimmark.ui.recent_projects import ask_new_project
from claimmark.ui.recent_projects import ask_project
from claimmark.ui.recent_projects import forget_project
from claimmark.ui.recent_projects import last_opened
from claimmark.ui.recent_projects import recent_projects
from claimmark.ui.settings import settings

START_PAGE_KEY = "start_page"
"""Whether the recent projects are listed at start, when there are two or more."""

COLUMNS: tuple[str, ...] = tuple(
    str(name)  # English; translated when shown
    for name in (
        QT_TRANSLATE_NOOP("ProjectsDialog", "Project"),
        QT_TRANSLATE_NOOP("ProjectsDialog", "Folder"),
        QT_TRANSLATE_NOOP("ProjectsDialog", "Articles"),
        QT_TRANSLATE_NOOP("ProjectsDialog", "Spans"),
        QT_TRANSLATE_NOOP("ProjectsDialog", "Progress"),
        QT_TRANSLATE_NOOP("ProjectsDialog", "Last opened"),
    )
)


class ProjectsDialog(QDialog):
    """The recent projects, one row each, the one open now first.

    Enter or a double-click opens the selected project, Delete takes it off the list
    (the file stays). What the user chose is in :attr:`choice` once the dialog closes:
    ``("open", path)``, ``("new", None)``, ``("other", None)`` or ``None``.

    With no project open (``current`` is ``None``) it is the start page: the last
    project is selected, and closing it quits.
    """

    def __init__(
        self,
        summaries: list[ProjectSummary],
        current: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        at_start = current is None
        self.setWindowTitle(self.tr("Claimmark — Projects") if at_start else self.tr("Projects"))
        self.choice: tuple[str, Path | None] | None = None
        self._current = current.resolve() if current is not None else None
        self._paths: list[Path] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Enter and a double-click: the default button, and the view's own activation.
        self.table.activated.connect(lambda _index: self._open())
        for summary in summaries:
            self._add_row(summary)
        self.hint = QLabel(
            self.tr(
                "Enter opens the selected project; Delete takes it off this list (its file stays)."
            )
        )
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.remove_button = QPushButton(self.tr("&Remove from list"))
        new_button = QPushButton(self.tr("&New project…"))
        other_button = QPushButton(self.tr("Open &other…"))
        self.open_button.clicked.connect(self._open)
        self.remove_button.clicked.connect(self._remove)
        new_button.clicked.connect(lambda: self._choose("new", None))
        other_button.clicked.connect(lambda: self._choose("other", None))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.at_start = QCheckBox(self.tr("&Show this list when Claimmark starts"))
        self.at_start.setToolTip(
            self.tr("Otherwise Claimmark opens the project opened last (with two or more listed)")
        )
        self.at_start.setChecked(shown_at_start())
        self.at_start.toggled.connect(lambda on: settings().setValue(START_PAGE_KEY, on))
        row = QHBoxLayout()
        for button in (self.open_button, self.remove_button, new_button, other_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.at_start)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if at_start:  # nothing is open behind it: closing the list ends Claimmark
            close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Quit"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(900, 320)
        if self._paths:
            # At start, the project opened last; else the one opened before this one.
            # Either way Enter opens what the user most likely wants.
            self.table.selectRow(1 if len(self._paths) > 1 and not at_start else 0)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Override QDialog::showEvent: the keys go to the list (showing gives the focus to
        the first button otherwise)."""
        super().showEvent(event)
        self.table.setFocus()

    def row_texts(self) -> list[list[str]]:
        """Return what each row says, column by column (for a reader of the screen)."""
        rows = []
        for r in range(self.table.rowCount()):
            items = (self.table.item(r, c) for c in range(len(COLUMNS)))
            rows.append([item.text() if item is not None else "" for item in items])
        return rows

    def _add_row(self, summary: ProjectSummary) -> None:
        path = summary.path.resolve()
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._paths.append(path)
        name = path.name + (self.tr("  (open now)") if path == self._current else "")
        if summary.problem is not None:
            cells = [name, str(path.parent), "", "", summary.problem, _when(path)]
        else:
            cells = [
                name, str(path.parent), grouped(summary.articles), grouped(summary.spans),
                self._progress(summary), _when(path),
            ]  # fmt: skip
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(path) if column < 2 else text)
            if column in (2, 3):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def _progress(self, summary: ProjectSummary) -> str:
        """Return how far a project is, as the list shows it ("3 of 5 done, 60 %")."""
        if not summary.articles:
            return self.tr("no articles")
        return self.tr("{done} of {articles} done, {percent} %").format(
            done=grouped(summary.done), articles=grouped(summary.articles),
            percent=summary.percent_done,
        )  # fmt: skip

    def _selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self._paths[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.open_button.setEnabled(chosen is not None and chosen != self._current)
        self.remove_button.setEnabled(chosen is not None and chosen != self._current)

    def _open(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen == self._current:
            return
        self._choose("open", chosen)

    def _remove(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen == self._current:
            return
        row = self._paths.index(chosen)
        forget_project(chosen)
        self.table.removeRow(row)
        del self._paths[row]
        self._update_buttons()

    def _choose(self, what: str, path: Path | None) -> None:
        self.choice = (what, path)
        self.accept()


def shown_at_start() -> bool:
    """Return whether the start page lists the projects (the user may turn it off)."""
    return str(settings().value(START_PAGE_KEY, True)).lower() not in ("false", "0")


def project_at_start(
    default: Path, always: bool = False, parent: QWidget | None = None
) -> tuple[Path, bool] | None:
    """Return the project to open when Claimmark starts without ``--db``, and whether it is
    to be made; ``None`` if the user quit.

    With two or more recent projects the start page lists them (unless turned off);
    with one, it opens; with none, ``default`` does (made, and seeded, on first use).
    ``always`` shows the page whatever the list holds (the project chosen could not
    be opened).
    """
    recent = recent_projects()
    if not always:
        if not recent:
            return default, True
        if len(recent) < 2 or not shown_at_start():
            return recent[0], False
    while True:
        dialog = ProjectsDialog([summarize(path) for path in recent], None, parent)
        dialog.exec()
        if dialog.choice is None:
            return None
        what, path = dialog.choice
        if what == "open" and path is not None:
            return path, False
        if what == "new":
            made = ask_new_project(parent, _taken)
            if made is not None:
                return made, True
        elif what == "other":
            other = ask_project(parent, recent[0].parent)
            if other is not None:
                return other, False
        recent = recent_projects() or [default]  # a cancelled dialog: the list again


def _taken(path: Path) -> None:
    """Say that a new project's file exists already (at start, in a box: no window yet)."""
    messages.show_box(
        None, messages.Level.WARNING, "Claimmark",
        QCoreApplication.translate(
            "ProjectsDialog", "{path} exists already; choose Open other… to open it."
        ).format(path=path),
    )  # fmt: skip


def _when(path: Path) -> str:
    """Return when a project was last opened, as the list shows it ("2026-12-06 19:30")."""
    stamp = last_opened(path)
    if stamp is None:
        return ""
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp
