"""Claimmark's native JSONL: one line per article with its text and spans."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.formats.options import ExportOptions, ExportReport


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


def article_record(record: Record, options: ExportOptions) -> dict[str, Any]:
    """Return an article and its spans as one JSONL object."""
    article = record.article
    data: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "status": article.status,
        "spans": [span_record(s) for s in record.spans],
    }
    if options.negatives:
        data["negatives"] = [
            {"start": s.start, "end": s.end, "label": s.label, "text": s.text}
            for s in record.negatives
        ]
    return data


def write(
    records: Iterable[Record], out: TextIO, options: ExportOptions, report: ExportReport
) -> None:
    """Write one JSON line per article."""
    for record in records:
        out.write(json.dumps(article_record(record, options), ensure_ascii=False))
        out.write("\n")
        report.articles += 1
        report.spans += len(record.spans)
