"""Benchmark: claim detector throughput on German news text (target: >= 2 MB/s on one core).

Run with ``make bench``. The text is the bundled seed corpus repeated to about
2 MB: denser in figures and weapons than most news, so a harder case. The best of
five runs counts, so a busy second core does not decide the result.
"""

from __future__ import annotations

import sys
import time

from claimmark.bundled import seeds_dir
from claimmark.core.detect import Detector
from claimmark.core.text import normalize
from claimmark.formats.lexicon import load_lexicon
from tests.benchmarks.report import Result, report

TARGET_MB_PER_S = 2.0


def main() -> list[Result]:
    """Run the benchmark and return its result."""
    lexicon, _ = load_lexicon()
    detector = Detector(lexicon)
    corpus = "\n".join(
        normalize(p.read_text(encoding="utf-8")) for p in sorted(seeds_dir().glob("*.txt"))
    )
    text = "\n".join([corpus] * (2_000_000 // len(corpus.encode()) + 1))
    megabytes = len(text.encode()) / 1_000_000
    detector.detect(text[:20_000])  # warm caches
    times = []
    for _ in range(5):
        began = time.perf_counter()
        found = detector.detect(text)
        times.append(time.perf_counter() - began)
    rate = megabytes / min(times)
    return [
        Result(f"detector, one core ({len(found):,} suggestions in {megabytes:.1f} MB)", rate,
               "MB/s", TARGET_MB_PER_S)
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(report(main()))
