"""Claimmark's native JSONL: one line per article with its text and spans."""

from __future__ import annotations

import json
from collections.abc import Iterable
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any
from typing import TextIO

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import SPAN_FIELDS
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.formats.json_lines import iter_json_lines
from claimmark.formats.json_lines import list_field
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.reading import RawSpan
from claimmark.formats.reading import ReadResult
from claimmark.formats.reading import metadata_of


def span_record(span: Span) -> dict[str, Any]:
    """Return a span as it appears in the JSONL ``spans`` list: its fields but the ids.

    ``taken_from`` is written only on adjudicated spans, where it says something.
    """
    record = dict(zip(_WRITTEN, _written(span), strict=True))
    if span.taken_from is not None:
        record["taken_from"] = span.taken_from
    return record


_WRITTEN = tuple(name for name in SPAN_FIELDS if name not in ("id", "article_id", "taken_from"))
_written = attrgetter(*_WRITTEN)  # read in C: every span of an export passes here


def suggestion_record(suggestion: StoredSuggestion) -> dict[str, Any]:
    """Return a pending suggestion as it appears in the ``spans`` list: a span of origin
    ``detector`` (as every consumer reads it), marked ``"state": "pending"`` with its
    score and who proposed it, so that an import stores it as a suggestion to review."""
    record = span_record(suggestion.as_span())
    record["state"] = suggestion.state.value
    record["score"] = suggestion.score
    record["proposed_by"] = suggestion.origin
    if suggestion.learned_from is not None:
        record["learned_from"] = suggestion.learned_from
    return record


def article_record(record: Record, options: ExportOptions) -> dict[str, Any]:
    """Return an article and its spans as one JSONL object."""
    article = record.article
    data: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "status": article.status,
        "spans": [
            *(span_record(s) for s in record.spans),
            *(suggestion_record(s) for s in record.suggestions),
        ],
    }
    if article.note:
        data["note"] = article.note
    if article.language:
        data["language"] = article.language
    data.update(metadata_of(article))
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
        report.spans += len(record.spans) + len(record.suggestions)


def stream(path: Path, result: ReadResult) -> Iterator[Record]:
    """Yield a Claimmark JSONL file's articles, one at a time, with status and spans."""
    return iter_json_lines(path, result, spans_of)


def spans_of(
    data: dict[str, Any], text: str, where: ImportProblem, result: ReadResult
) -> list[RawSpan]:
    """Return the spans a JSONL line (or a Parquet row) lists, each with its attributes."""
    return [
        RawSpan(s.get("start"), s.get("end"), s.get("label"), s.get("text"), s)
        for s in list_field(data, "spans", where, result)
        if isinstance(s, dict)
    ]
