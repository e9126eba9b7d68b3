"""Benchmark: the claim ledger of 100,000 articles (1.26 M claims): window and command.

The window's project of ``bench_window`` (built once) is copied, and its articles
given days (a year of them), outlets and, for some spans, sources, so the
ledger's order, filters and hints have work to do. Measured: the ledger window
from its creation to its first paint (table and chart); each filter from the
change to the table's repaint; the chart's redraw for a filter; ``claimmark
ledger`` of the whole ledger to a file in its own process, with its peak memory.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from claimmark.core.ledger import LedgerFilter
from claimmark.store import Repository
from claimmark.ui.ledger import LedgerWindow
from claimmark.ui.ledger_chart import POINTS_UP_TO
from claimmark.ui.ledger_chart import LedgerChart
from tests.benchmarks.bench_scale import _claimmark
from tests.benchmarks.bench_window import ARTICLES
from tests.benchmarks.bench_window import _timed
from tests.benchmarks.bench_window import project_database
from tests.benchmarks.report import Result
from tests.benchmarks.report import bench_dir
from tests.benchmarks.report import report

TARGET_OPEN_S = 1.0
TARGET_FILTER_MS = 100.0
TARGET_CHART_MS = 300.0
TARGET_STREAM_MB = 150.0
TARGET_STREAM_S = 60.0


def _dated_copy() -> Path:
    """Return a copy of the window benchmark's project with days, outlets and sources."""
    path = bench_dir() / f"ledger-{ARTICLES}.db"
    if path.exists():
        return path
    building = path.with_suffix(".building.db")
    source = Repository.open(project_database(ARTICLES))
    source.back_up(building)
    source.close()
    Repository.open(building).close()  # the schema's steps, the days' column among them
    # Filled by SQL here, in one statement each: through the store, a transaction
    # per article would take minutes and measure nothing of the ledger.
    with sqlite3.connect(building) as db:
        db.execute(
            "update articles set published = date('2024-01-01', '+' || (position % 366) "
            "|| ' days'), outlet = case position % 3 when 0 then 'dpa' when 1 then 'AFP' "
            "else 'Reuters' end where position % 10 != 0"  # a tenth stay undated
        )
        db.execute(
            "update spans set source = case rowid % 4 when 0 then 'Kiew' when 1 then "
            "'Moskau' when 2 then 'Südkorea' else null end where value is not null"
        )
    building.rename(path)
    return path


def main() -> list[Result]:
    """Run the benchmark and return its results."""
    path = _dated_copy()
    # First, while this process is small: a child's peak memory counts the parent's
    # pages it was forked with (measured: 186 MB after the window, 78 MB alone).
    out = bench_dir() / "ledger.csv"
    cli_results: list[Result] = []
    seconds, peak = _claimmark("ledger", "--db", str(path), "--format", "csv", "--out", str(out))
    cli_results.append(Result("claimmark ledger of the whole ledger to CSV", seconds, "s",
                              TARGET_STREAM_S))  # fmt: skip
    cli_results.append(Result("claimmark ledger: peak memory (streams)", peak, "MB",
                              TARGET_STREAM_MB))  # fmt: skip
    out.unlink()
    app = QApplication.instance() or QApplication([])
    repo = Repository.open(path)
    claims = repo.claim_count()
    labels = [label.name for label in repo.labels()]

    def counter(ledger: LedgerFilter, done: Callable[[tuple[int, None]], None]) -> None:
        done((claims, None))  # the count is a job's in the window; not part of a paint

    began = time.perf_counter()
    window = LedgerWindow(repo, labels, lambda _a, _s: None, counter)
    window.resize(1400, 800)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - began
    chart = window.chart
    assert isinstance(chart, LedgerChart), "the ledger's chart needs pyqtgraph"
    model = window.model
    results = [*cli_results,
        Result(f"ledger window opens ({claims:,} claims, table and chart)", opened, "s",
               TARGET_OPEN_S),
    ]  # fmt: skip
    chart_times: list[float] = []
    for name, ledger in (
        ("a label", LedgerFilter(labels=frozenset({"LOSSES"}))),
        ("a source", LedgerFilter(source="südkorea")),
        ("a range of days", LedgerFilter(since="2024-06-01", until="2024-06-30")),
        ("words", LedgerFilter(text="soldaten")),
    ):

        def table_only(ledger: LedgerFilter = ledger) -> None:
            model.blockSignals(True)  # the table, not the chart: measured apart below
            try:
                model.set_filter(LedgerFilter())
            finally:
                model.blockSignals(False)
            model.set_filter(ledger)

        chart.blockSignals(True)
        model.modelReset.disconnect(chart.redraw)
        try:
            ms = _timed(app, table_only)
        finally:
            model.modelReset.connect(chart.redraw)
            chart.blockSignals(False)
        results.append(Result(f"ledger filter by {name} (first page)", ms, "ms",
                              TARGET_FILTER_MS))  # fmt: skip
        chart_times.append(_timed(app, chart.redraw, runs=3))
    results.append(
        Result(f"ledger chart redrawn for a filter (up to {POINTS_UP_TO:,} points)",
               statistics.median(chart_times), "ms", TARGET_CHART_MS,
               note=f"slowest {max(chart_times):.0f} ms")
    )  # fmt: skip
    window.close()
    repo.close()

    return results


if __name__ == "__main__":
    sys.exit(report(main()))
