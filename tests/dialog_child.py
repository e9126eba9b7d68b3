"""The child of the dialog kill test: a real window that marks and opens its file dialogs.

Run as ``python -m tests.dialog_child DB WORK SEED`` with ``QT_QPA_PLATFORM=offscreen``.
It marks spans by key presses in the article text, and between marks opens one of
the window's file dialogs on the project's folder, waits until the dialog has
listed the database with its type, and cancels it. Lines as in ``soak_child``: a
past-tense line names a write committed before it was printed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from claimmark.project.project import Project
from claimmark.ui.main_window import MainWindow
from tests.ui.modal import ModalDriver
from tests.ui.modal import cancel_when_listed


def _wait(app: QApplication, done: object) -> None:
    while not done():  # type: ignore[operator]
        app.processEvents()


def _refused(why: str) -> None:
    print(f"refused {why}", flush=True)
    sys.exit(3)


def main() -> None:
    db, work, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    app = QApplication([])
    window = MainWindow(Project.open(db, detect=False), "soak")
    window.show()
    window.open_first_article()
    window.activateWindow()
    _wait(app, lambda: QApplication.activeWindow() is window)
    dialogs = [
        window.projects.open_project,
        window.projects.new_project,
        window.files.backup_dialog,
        window.team.merge_dialog,
    ]
    # The store refusing a write for deleted files means our locks were lost: say so
    # and stop, instead of waiting on the question the window asks.
    window.events.files_replaced.connect(_refused)
    repo = window.project.repo
    article = window.view.article
    (work / f"ready{seed}").touch()  # the parent kills from now on
    for _ in range(10_000):
        if rng.random() < 0.4:
            driver = ModalDriver([cancel_when_listed(db.parent, db.name)])
            rng.choice(dialogs)()
            assert not driver.steps
            print("dialog", flush=True)
            window.activateWindow()
            _wait(app, lambda: QApplication.activeWindow() is window)
            continue
        before = {s.id for s in repo.spans_for(article.id)}
        start = rng.randrange(0, len(article.text) - 40)
        window.view.select_range(start, start + rng.randrange(3, 30))
        window.view.setFocus()
        QTest.keyClick(window.view, Qt.Key.Key_1)
        made = {s.id for s in repo.spans_for(article.id)} - before
        if made:  # an overlap or a line break is refused: nothing to acknowledge
            print(f"marked {made.pop()}", flush=True)


if __name__ == "__main__":
    main()
