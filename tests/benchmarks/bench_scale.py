"""Benchmark: a corpus of 10,000 and 100,000 articles imported, detected and exported.

Every figure is the command a user runs (``claimmark import``, ``detect``,
``export``) in its own process, with that process's peak memory; baselines are
measured in the same run: ``sqlite-utils insert`` of the same rows for the
import, and for each export its format's own limit (``export_limits``).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.corpus import articles
from tests.benchmarks.corpus import write_jsonl
from tests.benchmarks.corpus import write_txt
from tests.benchmarks.export_limits import LIMITS
from tests.benchmarks.export_limits import SHARD_SIZE
from tests.benchmarks.export_limits import same_output
from tests.benchmarks.report import Result
from tests.benchmarks.report import bench_dir
from tests.benchmarks.report import report

SMALL = int(os.environ.get("BENCH_SMALL_ARTICLES", "10000"))
LARGE = int(os.environ.get("BENCH_LARGE_ARTICLES", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
TARGET_IMPORT_RATIO = 3.0
TARGET_LARGE_IMPORT_S = 60.0
TARGET_LARGE_IMPORT_MB = 300.0
TARGET_DETECT_S = 15.0
TARGET_REFUSING_RATIO = 2.0  # a refused span may cost what a stored one does
TARGET_DOCBIN_MB = 600.0  # 3.4 GB before shards, for the whole export at once
FORMATS = ("jsonl", "csv", "conll", "spacy-jsonl", "spacy", "doccano", "label-studio", "brat")


def _claimmark(*arguments: str, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Run ``claimmark`` with arguments; return (seconds, peak MB of that process)."""
    return _measure([sys.executable, "-m", "claimmark", *arguments], ok)


def _measure(command: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    # stderr goes to a file: a pipe nobody reads until the end fills up with a
    # long run's warnings and blocks the process.
    with tempfile.TemporaryFile() as errors:
        began = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode not in ok:
            errors.seek(0)
            said = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)} failed: {said}")
    return seconds, usage.ru_maxrss / 1024


def _median_run(make: list[str], database: Path) -> tuple[float, float]:
    """Import into a fresh database ``RUNS`` times; return the median seconds and peak MB."""
    runs = []
    for _ in range(RUNS):
        _remove(database)
        runs.append(_claimmark("import", "--db", str(database), *make))
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def _remove(database: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _sqlite_utils_insert(folder: Path, database: Path) -> float:
    rows = folder.with_suffix(".rows.jsonl")
    with rows.open("w", encoding="utf-8") as out:
        for article in articles(SMALL):
            row = {"id": article["id"], "title": article["title"], "text": article["text"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    tool = Path(sys.executable).with_name("sqlite-utils")
    times = []
    for _ in range(RUNS):
        _remove(database)
        times.append(
            _measure([str(tool), "insert", str(database), "articles", str(rows), "--nl",
                      "--pk", "id"])[0]
        )  # fmt: skip
    return statistics.median(times)


def _limit_run(script: str, database: Path, out: Path) -> float:
    """Run a format's limit (see ``export_limits``) in a process of its own, as the export
    it is compared with runs; return the seconds."""
    shutil.rmtree(out, ignore_errors=True)
    out.unlink(missing_ok=True)
    return _measure([sys.executable, "-c", script, str(database), str(out)])[0]


def main() -> list[Result]:
    """Run the benchmark and return its results."""
    folder = bench_dir() / "scale"
    folder.mkdir(exist_ok=True)
    txt = folder / f"txt-{SMALL}"
    if not txt.exists():
        write_txt(txt.with_suffix(".building"), SMALL).rename(txt)
    large = folder / f"corpus-{LARGE}.jsonl"
    if not large.exists():
        write_jsonl(large.with_suffix(".building"), LARGE).rename(large)
    small = folder / f"corpus-{SMALL}.jsonl"
    if not small.exists():
        write_jsonl(small.with_suffix(".building"), SMALL).rename(small)
    database = folder / "scale.db"
    results = []

    baseline = _sqlite_utils_insert(txt, folder / "baseline.db")
    seconds, peak = _median_run([str(txt)], database)
    results.append(
        Result(f"import {SMALL:,} .txt files", seconds / baseline, "x", TARGET_IMPORT_RATIO,
               note=f"{seconds:.1f} s, {peak:.0f} MB; sqlite-utils insert {baseline:.1f} s")
    )  # fmt: skip

    _remove(database)
    seconds, peak = _claimmark("import", "--db", str(database), str(large))
    results.append(
        Result(f"import {LARGE:,} articles with spans (JSONL)", seconds, "s",
               TARGET_LARGE_IMPORT_S)
    )  # fmt: skip
    results.append(Result(f"import {LARGE:,} articles: peak memory", peak, "MB",
                          TARGET_LARGE_IMPORT_MB))  # fmt: skip

    # Each span again, nested and so refused: every refused span is a problem held and
    # listed (its words only; the exception's frames held the batch, 868 MB before).
    nested = folder / f"corpus-{SMALL}-nested.jsonl"
    if not nested.exists():
        write_jsonl(nested.with_suffix(".building"), SMALL, nested=True).rename(nested)
    _remove(database)
    refusing, refusing_peak = _claimmark("import", "--db", str(database), str(nested), ok=(1,))
    _remove(database)
    seconds, peak = _claimmark("import", "--db", str(database), str(small))
    results.append(
        Result(f"import {SMALL:,} articles, each span again nested (refused), to without",
               refusing / seconds, "x", TARGET_REFUSING_RATIO,
               note=f"{refusing:.1f} s, {refusing_peak:.0f} MB; without {seconds:.1f} s, "
               f"{peak:.0f} MB")
    )  # fmt: skip
    results.append(Result(f"import {SMALL:,} articles, each span again nested: peak memory",
                          refusing_peak, "MB", TARGET_LARGE_IMPORT_MB))  # fmt: skip
    detected = folder / "detected.db"
    shutil.copy(database, detected)
    seconds, _peak = _claimmark("detect", "--db", str(detected))
    results.append(Result(f"detect {SMALL:,} articles", seconds, "s", TARGET_DETECT_S))
    _remove(detected)

    limits: dict[str, float] = {}
    for name in FORMATS:
        limit = LIMITS[name]
        target = folder / f"limit-{name}"
        if limit.script not in limits:
            limits[limit.script] = statistics.median(
                _limit_run(limit.script, database, target) for _ in range(RUNS)
            )
        baseline = limits[limit.script]
        out = folder / f"export.{name}"
        runs = []
        for _ in range(RUNS):
            shutil.rmtree(out, ignore_errors=True)
            out.unlink(missing_ok=True)
            exported = ("export", "--db", str(database), "--format", name, "--out", str(out))
            runs.append(_claimmark(*exported, *limit.options))
        seconds = statistics.median(took for took, _peak in runs)
        note = f"{seconds:.1f} s; {limit.name} {baseline:.1f} s"
        if limit.same_bytes and not same_output(out, folder / f"limit-{name}"):
            note += "; **the limit's output differs from the export's**"
        results.append(
            Result(f"export {SMALL:,} articles: {name}, to its own limit", seconds / baseline,
                   "x", limit.ratio, note=note)
        )  # fmt: skip
        if name == "spacy":  # a DocBin holds its documents until written: one shard
            results.append(
                Result(f"export {SMALL:,} articles: spacy in shards of {SHARD_SIZE:,}, peak "
                       "memory", max(held for _took, held in runs), "MB",
                       TARGET_DOCBIN_MB)
            )  # fmt: skip
    return results


if __name__ == "__main__":
    sys.exit(report(main()))
