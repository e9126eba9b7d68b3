"""Claimmark's native JSONL: one line per article with its spans."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimmark.core.articles import Article
from claimmark.core.spans import Span


def span_record(span: Span) -> dict[str, Any]:
    """Return a span as it appears in the JSONL ``spans`` list."""
    return {
        "start": span.start,
        "end": span.end,
        "label": span.label,
        "text": span.text,
        "annotator": span.annotator,
        "created_at": span.created_at,
        "origin": span.origin,
        "value": span.value,
        "qualifier": span.qualifier,
        "source": span.source,
        "note": span.note,
    }


def article_record(article: Article, spans: list[Span]) -> dict[str, Any]:
    """Return an article and its spans as one JSONL record."""
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "status": article.status,
        "spans": [span_record(s) for s in spans],
    }


def write_jsonl(records: Iterable[tuple[Article, list[Span]]], out: TextIO) -> int:
    """Write one JSON line per article; return the number of spans written."""
    count = 0
    for article, spans in records:
        out.write(json.dumps(article_record(article, spans), ensure_ascii=False))
        out.write("\n")
        count += len(spans)
    return count
