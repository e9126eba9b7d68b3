"""Edit › Learned words: what is not proposed any more, and the project's own lexicon."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPlainTextEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from claimmark.core.errors import ClaimmarkError
from claimmark.detector.learning import BLOCK_AFTER
from claimmark.formats.lexicon import save_user_lexicon
from claimmark.formats.lexicon import user_lexicon_text
from claimmark.project.edits import Edit
from claimmark.project.edits import ProposeAgain
from claimmark.store import Repository
from claimmark.ui import messages


class LearnedWordsDialog(QDialog):
    """Words rejected too often (each can be proposed again, undoably), and the project's
    ``lexicon.txt`` to read and edit (the detector reads it on its next run)."""

    def __init__(
        self, repo: Repository, push: Callable[[Edit], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Learned words"))
        self.resize(560, 480)
        self._repo = repo
        self._push = push
        self.blocked = QTableWidget(0, 3)
        self.blocked.setHorizontalHeaderLabels(
            [self.tr("Words"), self.tr("Label"), self.tr("Rejected")]
        )
        self.blocked.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.blocked.horizontalHeader().setStretchLastSection(True)
        self.again = QPushButton(self.tr("&Propose again"))
        self.again.clicked.connect(self._propose_again)
        blocked_page = QWidget()
        column = QVBoxLayout(blocked_page)
        explain = QLabel(
            self.tr(
                "Words rejected {n} times with a label are not proposed with it again (as the "
                "stem Claimmark compares: endings dropped)."
            ).format(n=BLOCK_AFTER)
        )
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        column.addWidget(explain)
        column.addWidget(self.blocked, 1)
        column.addWidget(self.again)
        self.lexicon = QPlainTextEdit()
        self.lexicon.setFont(QFont("monospace"))
        self.save = QPushButton(self.tr("&Save lexicon"))
        self.save.clicked.connect(self._save_lexicon)
        lexicon_page = QWidget()
        column = QVBoxLayout(lexicon_page)
        folder = repo.folder
        where = QLabel(
            self.tr(
                "{file}: added to the bundled lexicon; weapons you confirm are added here. "
                "The detector reads it on its next run."
            ).format(file=folder / "lexicon.txt")
            if folder is not None
            else self.tr("This project has no folder (in memory): it has no lexicon of its own.")
        )
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        column.addWidget(where)
        column.addWidget(self.lexicon, 1)
        column.addWidget(self.save)
        self.lexicon.setEnabled(folder is not None)
        self.save.setEnabled(folder is not None)
        self.tabs = QTabWidget()
        self.tabs.addTab(blocked_page, self.tr("Not proposed any more"))
        self.tabs.addTab(lexicon_page, self.tr("Lexicon"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.refresh()
        if folder is not None:
            self.lexicon.setPlainText(user_lexicon_text(folder))

    def refresh(self) -> None:
        """List the words not proposed any more."""
        rows = sorted(
            (words, label, times)
            for words, label, times in self._repo.word_rejections()
            if times >= BLOCK_AFTER
        )
        self.blocked.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.blocked.setItem(r, c, item)
        self.again.setEnabled(bool(rows))
        if rows:
            self.blocked.selectRow(0)

    def _propose_again(self) -> None:
        row = self.blocked.currentRow()
        if row < 0:
            return
        cells = [self.blocked.item(row, column) for column in range(3)]
        words, label, times_text = (cell.text() if cell is not None else "" for cell in cells)
        times = int(times_text or 0)
        if self._push(ProposeAgain(words, label, times)):
            messages.info(
                self.tr("'{words}' is proposed as {label} again (Ctrl+Z takes it back).").format(
                    words=words, label=label
                )
            )
        self.refresh()

    def _save_lexicon(self) -> None:
        folder = self._repo.folder
        if folder is None:
            return
        try:
            path = save_user_lexicon(folder, self.lexicon.toPlainText())
        except (OSError, ClaimmarkError) as error:
            messages.error(self.tr("Could not save the lexicon: {error}").format(error=error))
            return
        messages.info(
            self.tr("Saved {path}; the detector reads it on its next run.").format(path=path)
        )
