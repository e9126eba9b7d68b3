"""What every benchmark reports: a figure, its target, and a baseline from the same run."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from dataclasses import dataclass
from pathlib import Path

RESULTS_ENV = "CLAIMMARK_BENCH_RESULTS"
"""If set, benchmarks append their results to this JSON Lines file (``make bench`` sets it)."""


@dataclass(frozen=True)
class Result:
    """One measured figure; lower is better for every figure measured.

    Attributes:
        name: what was measured.
        value: the median (or best, as the benchmark says) of its runs.
        unit: "s", "ms", "MB", "MB/s" (higher is better for a rate) or "x" (a ratio).
        target: the value not to exceed (for a rate: not to fall below).
        baseline: the same work done by a reference in the same run, if any.
        note: the baseline's name, or why a target is missed.
    """

    name: str
    value: float
    unit: str
    target: float
    baseline: float | None = None
    note: str = ""

    @property
    def met(self) -> bool:
        """Return whether the figure meets its target."""
        if self.unit == "MB/s":
            return self.value >= self.target
        return self.value <= self.target


def bench_dir() -> Path:
    """Return the folder where benchmarks keep their corpora between runs."""
    folder = Path(os.environ.get("CLAIMMARK_BENCH_DIR", Path.home() / ".cache" / "claimmark-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _figure(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit in ("ms", "MB"):
        return f"{value:,.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def table(results: list[Result]) -> str:
    """Return results as a Markdown table."""
    lines = [
        "| figure | measured | target | baseline (same run) | met |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        comparison = "at least" if r.unit == "MB/s" else "at most"
        baseline = "" if r.baseline is None else _figure(r.baseline, r.unit)
        if r.note:
            baseline = f"{baseline} {r.note}".strip()
        lines.append(
            f"| {r.name} | {_figure(r.value, r.unit)} | {comparison} "
            f"{_figure(r.target, r.unit)} | {baseline} | {'yes' if r.met else '**no**'} |"
        )
    return "\n".join(lines)


def report(results: list[Result]) -> int:
    """Print results as a table (and append them to the run's JSON file); 1 if one is missed."""
    print(table(results), flush=True)  # noqa: T201 - a benchmark reports
    where = os.environ.get(RESULTS_ENV)
    if where:
        with Path(where).open("a", encoding="utf-8") as out:
            for result in results:
                out.write(json.dumps(asdict(result) | {"met": result.met}) + "\n")
    return 0 if all(r.met for r in results) else 1
