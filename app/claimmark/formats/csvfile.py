"""CSV export: one row per span, with the sentence it stands in (RFC 4180, UTF-8).

Spreadsheet safety (on by default): a cell that starts with ``=``, ``+``, ``-``,
``@``, TAB or CR would be run as a formula by Excel or LibreOffice, so it gets a
leading apostrophe, which spreadsheets show as text and do not run.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import SPAN_FIELDS
from claimmark.core.text import sentence_at
from claimmark.formats.options import ExportOptions, ExportReport
from claimmark.formats.reading import ReadResult, article_id_for, build_record, read_file_text

COLUMNS = (*(name for name in SPAN_FIELDS if name != "id"), "sentence")


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Return a cell a spreadsheet will not run as a formula (strings only change)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write(
    records: Iterable[Record], out: TextIO, options: ExportOptions, report: ExportReport
) -> None:
    """Write a header and one row per span.

    ``out`` must be opened with ``newline=""`` so the CSV module's CRLF row ends
    and the line breaks inside quoted cells stay as RFC 4180 wants them.
    """
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in records:
        article = record.article
        for span in record.spans:
            sentence = sentence_at(article.text, span.start, span.end)
            row = (
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
            writer.writerow([safe_cell(c) for c in row] if options.spreadsheet_safe else row)
            report.spans += 1
        report.articles += 1


def read(path: Path) -> ReadResult:
    """Read articles from a CSV file with a ``text`` column (and ``id``, ``title`` if given).

    One row is one article; the file's encoding is detected.
    """
    result = ReadResult()
    text = read_file_text(path, result)
    if text is None:
        return result
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        columns = ", ".join(reader.fieldnames or [])
        result.problems.append(
            ImportProblem(str(path), f"no 'text' column (columns: {columns or 'none'})", 1)
        )
        return result
    for row in reader:
        number = reader.line_num
        record = build_record(
            ImportProblem(str(path), "", number),
            article_id_for(row.get("id"), path, number),
            row.get("text") or "",
            [],
            title=row.get("title") or None,
            result=result,
        )
        if record is not None:
            result.records.append(record)
    return result
