"""doccano JSONL (sequence labelling): ``{"id", "text", "label": [[start, end, "LABEL"]]}``.

doccano counts offsets in UTF-16 code units by default (it is a JavaScript app),
so this format does too: an emoji before a span shifts it by two, not one.
Reading converts them back to code points.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from typing import TextIO

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.text import Utf16Map
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.json_lines import iter_json_lines
from claimmark.formats.json_lines import list_field
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.reading import RawSpan
from claimmark.formats.reading import ReadResult
from claimmark.formats.reading import metadata_of


def write(
    records: Iterable[Record], out: TextIO, options: ExportOptions, report: ExportReport
) -> None:
    """Write one doccano example per article."""
    for record in records:
        article = record.article
        units = Utf16Map(article.text)
        line = {
            "id": article.id,
            "text": article.text,
            "label": [
                [units.to_utf16(s.start), units.to_utf16(s.end), s.label] for s in record.spans
            ],
            "title": article.title,
            "status": article.status,
            **metadata_of(article),
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        report.articles += 1
        report.spans += len(record.spans)


def stream(path: Path, result: ReadResult) -> Iterator[Record]:
    """Yield the file's articles one at a time: ``label`` triples, or ``entities`` with
    start/end_offset.

    Offsets are UTF-16 code units, as doccano counts; they are turned into code points.
    """
    return iter_json_lines(path, result, _spans)


def _spans(
    data: dict[str, Any], text: str, where: ImportProblem, result: ReadResult
) -> list[RawSpan]:
    units = Utf16Map(text)
    spans = []
    for item in list_field(data, "label", where, result):
        if isinstance(item, list) and len(item) == 3:
            spans.append(RawSpan(_points(units, item[0]), _points(units, item[1]), item[2]))
        else:
            result.problems.append(
                ImportProblem.of(
                    where.path,
                    where.line,
                    QT_TRANSLATE_NOOP("edits", "label {item} is not [start, end, LABEL]"),
                    item=repr(item),
                )
            )
    for item in list_field(data, "entities", where, result):
        if isinstance(item, dict):
            spans.append(
                RawSpan(
                    _points(units, item.get("start_offset")),
                    _points(units, item.get("end_offset")),
                    item.get("label"),
                )
            )
    return spans


def _points(units: Utf16Map, offset: object) -> object:
    """Turn a UTF-16 offset into code points; leave anything else for the checks to name."""
    if isinstance(offset, int) and not isinstance(offset, bool):
        return units.from_utf16(offset)
    return offset
