"""Benchmark: claim detector throughput on German and English news text (target:
>= 2 MB/s on one core).

Run with ``make bench``. The German text is the bundled seed corpus repeated to about
2 MB, the English one the English gold articles: denser in figures and weapons than
most news, so a harder case. The best of five runs counts, so a busy second core
does not decide the result.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from claimmark.bundled import seeds_dir
from claimmark.core.text import normalize
from claimmark.detector.rules import Detector
from claimmark.formats.lexicon import load_lexicon
from tests.benchmarks.report import Result
from tests.benchmarks.report import report

TARGET_MB_PER_S = 2.0


GOLD = Path(__file__).parent.parent / "data" / "gold"


def _rate(detector: Detector, corpus: str, language: str, name: str) -> Result:
    text = "\n".join([corpus] * (2_000_000 // len(corpus.encode()) + 1))
    megabytes = len(text.encode()) / 1_000_000
    detector.detect(text[:20_000], language)  # warm caches
    times = []
    for _ in range(5):
        began = time.perf_counter()
        found = detector.detect(text, language)
        times.append(time.perf_counter() - began)
    return Result(
        f"detector, one core, {name} ({len(found):,} suggestions in {megabytes:.1f} MB)",
        megabytes / min(times), "MB/s", TARGET_MB_PER_S,
    )  # fmt: skip


def main() -> list[Result]:
    """Run the benchmark and return its results."""
    lexicon, _ = load_lexicon()
    detector = Detector(lexicon)
    german = "\n".join(
        normalize(p.read_text(encoding="utf-8")) for p in sorted(seeds_dir().glob("*.txt"))
    )
    english = "\n".join(
        normalize(json.loads(line)["text"])
        for name in ("english-dev.jsonl", "english-heldout.jsonl")
        for line in (GOLD / name).read_text(encoding="utf-8").split("\n")
        if line.strip()
    )
    return [
        _rate(detector, german, "de", "German"),
        _rate(detector, english, "en", "English"),
    ]


if __name__ == "__main__":
    sys.exit(report(main()))
