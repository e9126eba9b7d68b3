"""``make bench``: every benchmark in its own process, then one table of every figure.

Each benchmark prints its own table as it finishes; the whole table follows,
in Markdown, and is written as JSON to ``bench-results.json`` (the path in
``CLAIMMARK_BENCH_OUT`` if set). The exit status is 1 if a target is missed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.report import RESULTS_ENV
from tests.benchmarks.report import Result
from tests.benchmarks.report import table

BENCHMARKS = (
    "bench_detector",
    "bench_view",
    "bench_accept_all",
    "bench_startup",
    "bench_window",
    "bench_scale",
    "bench_ledger",
    "bench_cluster",
)


def main() -> int:
    """Run every benchmark; print and write the combined table."""
    with tempfile.TemporaryDirectory() as folder:
        collected = Path(folder) / "results.jsonl"
        failed = []
        for name in BENCHMARKS:
            print(f"\n## {name}", flush=True)  # noqa: T201 - a benchmark reports
            run = subprocess.run(
                [sys.executable, "-m", f"tests.benchmarks.{name}"],
                env={**os.environ, RESULTS_ENV: str(collected)},
                check=False,
            )
            if run.returncode not in (0, 1):  # 1: a target missed, still reported
                failed.append(name)
        rows = [json.loads(line) for line in collected.read_text().split("\n") if line]
    results = [Result(**{k: v for k, v in row.items() if k != "met"}) for row in rows]
    print("\n## All figures\n\n" + table(results))  # noqa: T201 - a benchmark reports
    out = Path(os.environ.get("CLAIMMARK_BENCH_OUT", "bench-results.json"))
    out.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {out}")  # noqa: T201 - a benchmark reports
    if failed:
        print(f"benchmarks that crashed: {', '.join(failed)}")  # noqa: T201
    return 0 if all(r.met for r in results) and not failed else 1


if __name__ == "__main__":
    sys.exit(main())
