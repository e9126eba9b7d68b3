"""CSV export: one row per span, with the sentence it stands in (RFC 4180, UTF-8)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from claimmark.core.articles import Article
from claimmark.core.spans import Span
from claimmark.core.text import sentence_at

COLUMNS = (
    "article_id",
    "start",
    "end",
    "label",
    "text",
    "annotator",
    "created_at",
    "origin",
    "value",
    "qualifier",
    "source",
    "note",
    "sentence",
)


def write_csv(records: Iterable[tuple[Article, list[Span]]], out: TextIO) -> int:
    """Write a header and one row per span; return the number of spans written.

    ``out`` must be opened with ``newline=""`` so the CSV module's CRLF row ends
    and the line breaks inside quoted cells stay as RFC 4180 wants them.
    """
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for article, spans in records:
        for span in spans:
            sentence = sentence_at(article.text, span.start, span.end)
            writer.writerow(
                (
                    article.id,
                    span.start,
                    span.end,
                    span.label,
                    span.text,
                    span.annotator,
                    span.created_at,
                    span.origin,
                    "" if span.value is None else span.value,
                    span.qualifier or "",
                    span.source or "",
                    span.note or "",
                    article.text[sentence.start : sentence.end],
                )
            )
            count += 1
    return count
