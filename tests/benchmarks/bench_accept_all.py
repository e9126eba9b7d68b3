"""Benchmark: Accept all of 5,000 suggestions on one 413,000-character article, in the window.

Measured from the action to the repaint through the real window, and its undo.
Target: at most 1 s each (the window froze for 3.5 minutes before).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from claimmark.core.articles import make_article
from claimmark.core.spans import Qualifier
from claimmark.detector.rules import Suggestion
from claimmark.detector.rules import store_form
from claimmark.project.project import Project
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow
from tests.benchmarks.report import Result
from tests.benchmarks.report import report

TARGET_S = 1.0
EXACT = Qualifier.EXACT
SENTENCE = "Russland schickte 3000 Soldaten und 50 Raketen nach Kursk. "


def main() -> list[Result]:
    """Run the benchmark and return its results."""
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    text = "Titel\n" + SENTENCE * 7000
    repo = Repository.open(folder / "bench.db")
    repo.add_articles([make_article("big", text)])
    found, position = [], 6
    for _ in range(2500):
        troops = text.index("3000 Soldaten", position)
        weapons = text.index("50 Raketen", position)
        found += [
            Suggestion(troops, troops + 13, "TROOPS", 0.9, value=3000, qualifier=EXACT),
            Suggestion(weapons, weapons + 10, "WEAPONS", 0.9, value=50, qualifier=EXACT),
        ]
        position = weapons + 10
    repo.store_suggestions("big", [store_form("big", text, f) for f in found])
    window = MainWindow(Project(repo, None), "bench")
    window.show()
    window.open_article("big")
    app.processEvents()
    began = time.perf_counter()
    window.actions_by_name["accept_all"].trigger()
    app.processEvents()
    accept = time.perf_counter() - began
    began = time.perf_counter()
    window.actions_by_name["undo"].trigger()
    app.processEvents()
    undo = time.perf_counter() - began
    window.close()
    repo.close()
    name = f"Accept all of {len(found):,} suggestions on {len(text):,} characters"
    return [
        Result(name, accept, "s", TARGET_S),
        Result(f"{name}: undo", undo, "s", TARGET_S),
    ]


if __name__ == "__main__":
    sys.exit(report(main()))
