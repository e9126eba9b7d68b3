"""doccano JSONL (sequence labelling): ``{"id", "text", "label": [[start, end, "LABEL"]]}``.

doccano counts offsets in UTF-16 code units by default (it is a JavaScript app),
so this format does too: an emoji before a span shifts it by two, not one.
Reading converts them back to code points.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from claimmark.core.records import Record
from claimmark.core.text import Utf16Map
from claimmark.formats.options import ExportOptions, ExportReport


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
        }
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        report.articles += 1
        report.spans += len(record.spans)
