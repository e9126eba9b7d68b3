"""Benchmark: the article view on long articles.

1. 2 MB in paragraphs, 20,000 spans: opening the article (text, highlighting)
   and adding one span (the redraw after a mark). Targets: open <= 1.0 s, add a
   span <= 50 ms (measured here before: 440 ms and 25 ms).
2. One paragraph of 200,000 characters, its ~3,300 suggestions arriving at once
   (a detection job finishing). Target <= 1.0 s; redrawing the paragraph once
   per mark once made this take minutes.

Run with ``make bench``; prints best of three.
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
from tests.benchmarks.report import Result
from tests.benchmarks.report import report
from tests.ui.conftest import open_article_model
from tests.ui.conftest import state_of

TARGET_OPEN_S = 1.0
TARGET_ADD_MS = 50.0
TARGET_PARAGRAPH_S = 1.0


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


def _one_paragraph() -> tuple[str, list[Span]]:
    sentence = "Nordkorea schickte rund 3000 weitere Soldaten nach Russland. "
    text = sentence * (200_000 // len(sentence))
    spans: list[Span] = []
    start = text.find("rund 3000")
    while start != -1:
        spans.append(
            Span(f"p{len(spans)}", "para", start, start + 9, "TROOPS", text[start : start + 9],
                 "bench", "2026-01-01")
        )  # fmt: skip
        start = text.find("rund 3000", start + 9)
    return text, spans


def main() -> list[Result]:
    """Run the benchmark and return its results."""
    app = QApplication.instance() or QApplication([])
    text, spans = _long_article()
    article = make_article("big", text)
    model = open_article_model()
    view = ArticleView(model)
    view.set_labels(DEFAULT_LABELS)
    view.resize(900, 700)
    view.show()
    opens, adds = [], []
    for _ in range(3):
        began = time.perf_counter()
        model.show(state_of(article, spans[:-1]))
        app.processEvents()
        opens.append(time.perf_counter() - began)
        began = time.perf_counter()
        model.update(state_of(article, spans))
        app.processEvents()
        adds.append((time.perf_counter() - began) * 1000)
    paragraph_text, paragraph_spans = _one_paragraph()
    paragraph = make_article("para", paragraph_text)
    arrivals = []
    for _ in range(3):
        model.show(state_of(paragraph))
        app.processEvents()
        began = time.perf_counter()
        model.update(state_of(paragraph, paragraph_spans))
        app.processEvents()
        arrivals.append(time.perf_counter() - began)
    megabytes = len(text.encode()) / 1_000_000
    name = f"article view alone, {megabytes:.0f} MB with {len(spans):,} spans"
    return [
        Result(f"{name}: open (best)", min(opens), "s", TARGET_OPEN_S),
        Result(f"{name}: add a span (best)", min(adds), "ms", TARGET_ADD_MS),
        Result(f"article view alone, {len(paragraph_spans):,} spans arrive in one paragraph",
               min(arrivals), "s", TARGET_PARAGRAPH_S),
    ]  # fmt: skip


if __name__ == "__main__":
    sys.exit(report(main()))
