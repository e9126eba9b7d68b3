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
from claimmark.core.text import MAX_TEXT_CHARACTERS
from claimmark.core.text import Sentences
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.reading import ReadResult
from claimmark.formats.reading import article_id_for
from claimmark.formats.reading import build_record
from claimmark.formats.reading import read_file_text

COLUMNS = (
    *(name for name in SPAN_FIELDS if name != "id"),
    "sentence",
    "published",
    "outlet",
    "url",
)


_FORMULA_STARTS = frozenset(("=", "+", "-", "@", "\t", "\r"))
"""First characters a spreadsheet reads as the start of a formula."""


def safe_cell(value: object) -> object:
    """Return a cell a spreadsheet will not run as a formula (strings only change)."""
    if type(value) is str and value[:1] in _FORMULA_STARTS:
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
        sentences = Sentences(article.text)
        for span in record.spans:
            sentence = sentences.at(span.start, span.end)
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
                span.taken_from or "",
                article.text[sentence.start : sentence.end],
                article.published or "",
                article.outlet or "",
                article.url or "",
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
    # A cell may hold a whole article; the csv module's default stops at 128 KB.
    csv.field_size_limit(MAX_TEXT_CHARACTERS + 1)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as error:
        result.problems.append(
            ImportProblem.of(
                str(path), 1, QT_TRANSLATE_NOOP("edits", "not CSV: {error}"), error=error
            )
        )
        return result
    if fieldnames and {"article_id", "start", "end", "label"} <= set(fieldnames):
        result.problems.append(
            ImportProblem.of(
                str(path),
                1,
                QT_TRANSLATE_NOOP(
                    "edits",
                    "this is a CSV of spans (Claimmark's CSV export: one span a row, no "
                    "article texts); CSV imports articles, one a row with a text column: "
                    "import the jsonl export to bring spans back",
                ),
            )
        )
        return result
    if not fieldnames or "text" not in fieldnames:
        columns = ", ".join(fieldnames or [])
        result.problems.append(
            ImportProblem.of(
                str(path),
                1,
                QT_TRANSLATE_NOOP("edits", "no 'text' column (columns: {value})"),
                value=columns or "none",
            )
        )
        return result
    try:
        for row in reader:
            number = reader.line_num
            text_cell = row.get("text")
            record = build_record(
                ImportProblem(str(path), "", number),
                article_id_for(row.get("id"), path, number),
                text_cell if isinstance(text_cell, str) else "",
                [],
                title=row.get("title") or None,
                result=result,
                metadata=row,
            )
            if record is not None:
                result.records.append(record)
    except csv.Error as error:
        result.problems.append(
            ImportProblem.of(
                str(path),
                reader.line_num,
                QT_TRANSLATE_NOOP(
                    "edits", "not CSV from here on: {error}; the rows before it are read"
                ),
                error=error,
            )
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
            metadata=row,
        )
        if record is not None:
            result.records.append(record)
    return result
