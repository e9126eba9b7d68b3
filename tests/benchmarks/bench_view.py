"""Benchmark: the article view on a long article (2 MB, 20,000 spans).

Measures opening the article (text, highlighting) and adding one span (the
redraw after a mark). Targets: open <= 1.0 s, add a span <= 50 ms (measured
here before: 440 ms and 25 ms). Run with ``make bench``; prints best of three.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from claimmark.core.articles import make_article
from claimmark.core.labels import DEFAULT_LABELS
from claimmark.core.spans import Span
from claimmark.ui.article_view import ArticleView

TARGET_OPEN_S = 1.0
TARGET_ADD_MS = 50.0


def _long_article() -> tuple[str, list[Span]]:
    sentence = "Nordkorea schickte rund 3000 weitere Soldaten und 220 Haubitzen nach Russland. "
    paragraph = sentence * 5 + "\n"
    text = paragraph * (2_000_000 // len(paragraph.encode()) + 1)
    spans: list[Span] = []
    start = 0
    while len(spans) < 20_000:
        start = text.index("rund 3000 weitere Soldaten", start)
        label = DEFAULT_LABELS[len(spans) % 3].name
        spans.append(
            Span(f"s{len(spans)}", "big", start, start + 26, label, text[start : start + 26],
                 "bench", "2026-01-01")
        )  # fmt: skip
        start += 26
    return text, spans


def main() -> int:
    """Run the benchmark; return 1 if a target is missed."""
    app = QApplication.instance() or QApplication([])
    text, spans = _long_article()
    article = make_article("big", text)
    view = ArticleView()
    view.set_labels(DEFAULT_LABELS)
    view.resize(900, 700)
    view.show()
    opens, adds = [], []
    for _ in range(3):
        began = time.perf_counter()
        view.show_article(article, spans[:-1])
        app.processEvents()
        opens.append(time.perf_counter() - began)
        began = time.perf_counter()
        view.update_items(spans, [])
        app.processEvents()
        adds.append((time.perf_counter() - began) * 1000)
    megabytes = len(text.encode()) / 1_000_000
    print(  # noqa: T201 - a benchmark reports
        f"view: {megabytes:.2f} MB, {len(spans)} spans: open best {min(opens):.2f} s "
        f"(target {TARGET_OPEN_S} s), add a span best {min(adds):.1f} ms "
        f"(target {TARGET_ADD_MS:.0f} ms)"
    )
    return 0 if min(opens) <= TARGET_OPEN_S and min(adds) <= TARGET_ADD_MS else 1


if __name__ == "__main__":
    sys.exit(main())
