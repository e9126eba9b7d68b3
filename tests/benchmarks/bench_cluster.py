"""Benchmark: ``claimmark preannotate`` on a local Dask cluster against ``claimmark detect``.

The same 100,000 articles: pre-annotated from JSONL to JSONL on a local cluster of
2 worker processes, and detected in a project by ``detect``'s own process pool (one
process per core), run in turn, pair by pair, so that a drift of the machine's speed
moves both. The client's memory is its own peak (the workers are processes of their
own), read at 10,000 and at 100,000 articles: flat means it does not grow with the
corpus.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from tests.benchmarks.bench_scale import _claimmark
from tests.benchmarks.bench_scale import _measure
from tests.benchmarks.bench_scale import _remove
from tests.benchmarks.corpus import write_jsonl
from tests.benchmarks.report import Result
from tests.benchmarks.report import bench_dir
from tests.benchmarks.report import report

LARGE = int(os.environ.get("BENCH_LARGE_ARTICLES", "100000"))
SMALL = int(os.environ.get("BENCH_SMALL_ARTICLES", "10000"))
PAIRS = int(os.environ.get("BENCH_CLUSTER_PAIRS", "2"))
WORKERS = 2
TARGET_RATIO = 1.5
TARGET_MEMORY_RATIO = 1.25

# The client's own peak, told on stderr's last line: a process's children (the local
# cluster's workers) are not in its RUSAGE_SELF.
_CLIENT = """
import resource, sys
from claimmark.cli import main
sys.argv = ["claimmark", *sys.argv[2:]]
try:
    main()
finally:
    with open({peak!r}, "w") as out:
        out.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
"""


def _client(corpus: Path, out: Path) -> tuple[float, float]:
    """Pre-annotate ``corpus`` into ``out``; return (seconds, the client's peak MB)."""
    with tempfile.TemporaryDirectory() as folder:
        peak = Path(folder) / "peak"
        seconds, _all = _measure(
            [
                sys.executable, "-c", _CLIENT.format(peak=str(peak)), "-",
                "preannotate", str(corpus), "--out", str(out), "--workers", str(WORKERS),
            ]
        )  # fmt: skip
        return seconds, float(peak.read_text())


def main() -> list[Result]:
    """Run the benchmark and return its results."""
    folder = bench_dir() / "scale"
    folder.mkdir(exist_ok=True)
    corpora = {}
    for count in (SMALL, LARGE):
        path = folder / f"corpus-{count}-bare.jsonl"
        if not path.exists():
            write_jsonl(path.with_suffix(".building"), count, spans=False).rename(path)
        corpora[count] = path
    project = folder / f"cluster-{LARGE}.db"
    if not project.exists():
        building = project.with_suffix(".building")
        _remove(building)
        _claimmark("import", "--db", str(building), str(corpora[LARGE]))
        building.rename(project)
    out = folder / "preannotated.jsonl"
    detected = folder / "cluster-detected.db"

    _small_seconds, small_peak = _client(corpora[SMALL], out)
    ratios, cluster_times, pool_times, peaks = [], [], [], []
    for _ in range(PAIRS):
        seconds, peak = _client(corpora[LARGE], out)
        cluster_times.append(seconds)
        peaks.append(peak)
        _remove(detected)
        shutil.copy(project, detected)
        pool, _peak = _claimmark("detect", "--db", str(detected))
        pool_times.append(pool)
        ratios.append(seconds / pool)
    _remove(detected)
    cluster, pool = statistics.median(cluster_times), statistics.median(pool_times)
    peak = max(peaks)
    return [
        Result(
            f"preannotate {LARGE:,} articles, {WORKERS} local workers / detect's pool",
            statistics.median(ratios), "x", TARGET_RATIO,
            note=f"{cluster:.1f} s ({LARGE / cluster:,.0f} articles/s); detect {pool:.1f} s",
        ),
        Result(
            f"preannotate: client peak at {LARGE:,} / at {SMALL:,} articles",
            peak / small_peak, "x", TARGET_MEMORY_RATIO,
            note=f"{peak:.0f} MB against {small_peak:.0f} MB",
        ),
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(report(main()))
