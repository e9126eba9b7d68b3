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
from pathlib import Path
from typing import Any
from typing import TextIO

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.reading import RawSpan
from claimmark.formats.reading import ReadResult
from claimmark.formats.reading import article_id_for
from claimmark.formats.reading import build_record
from claimmark.formats.reading import metadata_of
from claimmark.formats.reading import read_file_text


def task(record: Record, number: int) -> dict[str, Any]:
    """Return one article as a Label Studio task."""
    article = record.article
    return {
        "id": number,
        "data": {
            "text": article.text,
            "article_id": article.id,
            "title": article.title,
            **metadata_of(article),
        },
        "annotations": [
            {
                "result": [
                    {
                        # The whole id: a region's id is unique in its task, and span
                        # ids made in one second share their first digits (the time).
                        "id": span.id,
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


def read(path: Path) -> ReadResult:
    """Read Label Studio tasks (a JSON array): ``labels`` results of the first annotation.

    Tasks without annotations use their predictions. The text is ``data.text``.
    """
    result = ReadResult()
    raw = read_file_text(path, result)
    if raw is None:
        return result
    try:
        tasks = json.loads(raw)
    except RecursionError:
        result.problems.append(
            ImportProblem.of(str(path), None, QT_TRANSLATE_NOOP("edits", "JSON nested too deeply"))
        )
        return result
    except json.JSONDecodeError as error:
        result.problems.append(
            ImportProblem.of(
                str(path),
                error.lineno,
                QT_TRANSLATE_NOOP("edits", "invalid JSON: {why} (column {column})"),
                why=error.msg,
                column=error.colno,
            )
        )
        return result
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        result.problems.append(
            ImportProblem.of(
                str(path), None, QT_TRANSLATE_NOOP("edits", "not a list of Label Studio tasks")
            )
        )
        return result
    for number, item in enumerate(tasks, start=1):
        where = ImportProblem(str(path), "", None)
        data = item.get("data") if isinstance(item, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            result.problems.append(
                ImportProblem.of(
                    str(path),
                    None,
                    QT_TRANSLATE_NOOP("edits", "task {task} has no data.text"),
                    task=number,
                )
            )
            continue
        assert isinstance(item, dict)
        text = data["text"]
        annotations = item.get("annotations") or item.get("predictions") or []
        if not isinstance(annotations, list):
            annotations = [None]  # not a list: reported below, as results that cannot be read
        first = annotations[0] if annotations else {}
        results = first.get("result", []) if isinstance(first, dict) else None
        if not isinstance(results, list):
            # The text is good: the article is read, without the annotations it cannot use.
            result.problems.append(
                ImportProblem.of(
                    str(path),
                    None,
                    QT_TRANSLATE_NOOP(
                        "edits", "task {task}: annotations are not a list of results"
                    ),
                    task=number,
                )
            )
            results = []
        spans = []
        for entry in results:
            value = entry.get("value") if isinstance(entry, dict) else None
            labels = value.get("labels") if isinstance(value, dict) else None
            if not isinstance(entry, dict) or entry.get("type") != "labels":
                continue
            if not isinstance(value, dict) or not isinstance(labels, list) or not labels:
                result.problems.append(
                    ImportProblem.of(
                        str(path),
                        None,
                        QT_TRANSLATE_NOOP("edits", "task {task}: a labels result has no labels"),
                        task=number,
                    )
                )
                continue
            spans.append(
                RawSpan(value.get("start"), value.get("end"), labels[0], value.get("text"))
            )
        article_id = data.get("article_id") or item.get("id")
        record = build_record(
            where,
            article_id_for(article_id, path, number),
            text,
            spans,
            title=data.get("title") if isinstance(data.get("title"), str) else None,
            result=result,
            metadata=data,
        )
        if record is not None:
            result.records.append(record)
    return result
