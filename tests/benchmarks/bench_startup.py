"""Benchmark: cold start, from process start to the window painted with the first article.

``claimmark --screenshot`` starts, opens the project, paints the window with
its first article into a PNG and exits; the baseline is a minimal PySide6
program that paints what the first paint must show anyway (issue 27): the first
article's text in a ``QPlainTextEdit`` and a ``QTableView`` of 200 rows of the
article list, both read from the same SQLite file, measured in the same run.
The ratio's note gives that window again on the libraries a start cannot do
without: what is left above it is Claimmark's own. Peak memory is the process's
maximum resident set.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.report import Result
from tests.benchmarks.report import bench_dir
from tests.benchmarks.report import report

TARGET_S = 0.5
TARGET_RATIO = 1.5
TARGET_RSS_MB = 150.0
RUNS = 7

_MINIMAL = """
import sqlite3, sys
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QTableView, QWidget
app = QApplication(sys.argv[:1])
db = sqlite3.connect(sys.argv[1])
rows = db.execute("select id, title, status from articles order by position limit 200").fetchall()
text = db.execute(
    "select text from article_texts where article_id = ?", [rows[0][0]]
).fetchone()[0]
model = QStandardItemModel(len(rows), 3)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        model.setItem(r, c, QStandardItem(str(value)))
window = QWidget()
layout = QHBoxLayout(window)
table = QTableView()
table.setModel(model)
box = QPlainTextEdit()
box.setPlainText(text)
layout.addWidget(table)
layout.addWidget(box, 1)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[2])
"""

# The same window on Claimmark's stack: the libraries a start cannot do without
# imported as Claimmark imports them (sqlite-utils without pandas and numpy), and Qt's
# namespace touched, which makes its enums (about 30 ms). What a start can gain by
# its own code is what it takes beyond this.
_ON_THE_STACK = (
    """
import sys
sys.modules["pandas"] = sys.modules["numpy"] = None
import click, filelock, sqlite_utils
del sys.modules["pandas"], sys.modules["numpy"]
from PySide6.QtCore import Qt
Qt.AlignmentFlag.AlignLeft
"""
    + _MINIMAL
)


def _environment() -> dict[str, str]:
    # Bytecode is written and used, as in an installed copy (pip compiles it): a
    # shell with PYTHONDONTWRITEBYTECODE would compile every module at every start.
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _run(command: list[str]) -> tuple[float, float]:
    """Return (seconds, peak MB) of one run of ``command``."""
    environment = _environment()
    began = time.perf_counter()
    subprocess.run(command, check=True, env=environment, capture_output=True)
    seconds = time.perf_counter() - began
    # RUSAGE_CHILDREN holds the largest child so far: runs go from small to large.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def main() -> list[Result]:
    """Run the benchmark and return its results."""
    folder = Path(tempfile.mkdtemp(dir=bench_dir()))
    database, picture = folder / "start.db", folder / "start.png"
    claimmark = [sys.executable, "-m", "claimmark", "--db", str(database), "--annotator", "b"]
    first = [*claimmark, "--screenshot", str(picture)]
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    # The project is made first (a screenshot refuses a database that does not exist);
    # the first start detects its first article and writes bytecode.
    made = [sys.executable, "-m", "claimmark", "import", str(seeds), "--db", str(database)]
    subprocess.run(made, check=True, env=_environment(), capture_output=True)
    subprocess.run(first, check=True, env=_environment(), capture_output=True)
    minimal = [sys.executable, "-c", _MINIMAL, str(database), str(folder / "minimal.png")]
    _run(minimal)
    on_the_stack = [sys.executable, "-c", _ON_THE_STACK, str(database), str(folder / "stack.png")]
    baseline = statistics.median(_run(minimal)[0] for _ in range(RUNS))
    floor = statistics.median(_run(on_the_stack)[0] for _ in range(RUNS))
    runs = [_run(first) for _ in range(RUNS)]
    seconds = statistics.median(r[0] for r in runs)
    peak = max(r[1] for r in runs)
    return [
        Result("cold start to the painted window", seconds, "s", TARGET_S, baseline,
               "a text box and a 200-row table from the same file"),
        Result("cold start, ratio to that minimal window", seconds / baseline, "x",
               TARGET_RATIO, note=f"the same window on Claimmark's libraries alone "
               f"{floor / baseline:.2f}x"),
        Result("cold start, peak memory", peak, "MB", TARGET_RSS_MB),
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(report(main()))
