"""Label Studio tasks: one JSON array of tasks, each with ``data.text`` and annotations.

Each span is a result of type ``labels`` (``from_name`` "label", ``to_name``
"text") with ``value.start``, ``value.end`` (code points), ``value.text`` and
``value.labels``, so the file imports into a Label Studio project whose labeling
config has ``<Labels name="label" toName="text">`` and ``<Text name="text"
value="$text"/>``. The array is written element by element, never held whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimmark.core.records import Record
from claimmark.formats.options import ExportOptions, ExportReport


def task(record: Record, number: int) -> dict[str, Any]:
    """Return one article as a Label Studio task."""
    article = record.article
    return {
        "id": number,
        "data": {"text": article.text, "article_id": article.id, "title": article.title},
        "annotations": [
            {
                "result": [
                    {
                        "id": span.id[:10],
                        "from_name": "label",
                        "to_name": "text",
                        "type": "labels",
                        "value": {
                            "start": span.start,
                            "end": span.end,
                            "text": span.text,
                            "labels": [span.label],
                        },
                    }
                    for span in record.spans
                ]
            }
        ],
    }


def write(
    records: Iterable[Record], out: TextIO, options: ExportOptions, report: ExportReport
) -> None:
    """Write the tasks as one JSON array."""
    out.write("[")
    for number, record in enumerate(records, start=1):
        out.write("\n" if number == 1 else ",\n")
        out.write(json.dumps(task(record, number), ensure_ascii=False))
        report.articles += 1
        report.spans += len(record.spans)
    out.write("\n]\n")
