"""Reading JSON-lines articles: the loop every JSONL reader shares (Claimmark's own,
doccano, spaCy/Prodigy), and one JSON object as an article (a line, a Parquet row)."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.reading import RawSpan
from claimmark.formats.reading import ReadResult
from claimmark.formats.reading import article_id_for
from claimmark.formats.reading import build_record
from claimmark.formats.reading import file_lines


def json_lines(path: Path, result: ReadResult) -> Iterable[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each JSON object line; bad lines become problems."""
    import json

    for number, line in file_lines(path, result):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            result.problems.append(
                ImportProblem.of(
                    str(path),
                    number,
                    QT_TRANSLATE_NOOP("edits", "invalid JSON: {why} (column {column})"),
                    why=error.msg,
                    column=error.colno,
                )
            )
            continue
        except RecursionError:
            result.problems.append(
                ImportProblem.of(
                    str(path), number, QT_TRANSLATE_NOOP("edits", "JSON nested too deeply")
                )
            )
            continue
        if not isinstance(value, dict):
            result.problems.append(
                ImportProblem.of(
                    str(path), number, QT_TRANSLATE_NOOP("edits", "a line is not a JSON object")
                )
            )
            continue
        yield number, value


def list_field(
    data: dict[str, Any], name: str, where: ImportProblem, result: ReadResult
) -> list[Any]:
    """Return the list a record holds under ``name`` ([] if it has none).

    Anything else there (``"spans": 5``) is a problem naming file and line, and
    the record is read without it.
    """
    value = data.get(name)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    result.problems.append(
        ImportProblem.of(
            where.path,
            where.line,
            QT_TRANSLATE_NOOP("edits", '"{name}" is not a list ({kind})'),
            name=name,
            kind=type(value).__name__,
        )
    )
    return []


SpansOf = Callable[[dict[str, Any], str, ImportProblem, ReadResult], list[RawSpan] | None]


def iter_json_lines(
    path: Path,
    result: ReadResult,
    spans_of: SpansOf,
    fields_of: Callable[[dict[str, Any]], dict[str, Any]] = lambda line: line,
) -> Iterator[Record]:
    """Yield the articles of a JSON-lines file one at a time: the loop every JSONL reader shares.

    Problems and notes go into ``result``; the records are yielded, not kept, so
    a file of any size is read in little memory.

    Args:
        path: the file.
        result: where problems and notes are added.
        spans_of: the format's spans of one line (its text and the line's place
            given); ``None`` skips the line.
        fields_of: where the line keeps ``id``, ``title`` and ``status`` (the line
            itself, or its ``meta``).
    """
    for number, data in json_lines(path, result):
        record = record_of(path, number, data, result, spans_of, fields_of)
        if record is not None:
            yield record


def record_of(
    path: Path,
    number: int,
    data: dict[str, Any],
    result: ReadResult,
    spans_of: SpansOf,
    fields_of: Callable[[dict[str, Any]], dict[str, Any]] = lambda line: line,
) -> Record | None:
    """Return the article one JSON object (a line, a Parquet row) holds, or ``None`` when
    it cannot be read (the problem, naming file and line, goes into ``result``)."""
    text = data.get("text")
    if not isinstance(text, str):
        result.problems.append(
            ImportProblem.of(str(path), number, QT_TRANSLATE_NOOP("edits", 'no "text" string'))
        )
        return None
    where = ImportProblem(str(path), "", number)
    spans = spans_of(data, text, where, result)
    if spans is None:
        return None
    fields = fields_of(data)
    title = fields.get("title")
    return build_record(
        where,
        article_id_for(fields.get("id"), path, number),
        text,
        spans,
        title=title if isinstance(title, str) else None,
        status=fields.get("status"),
        result=result,
        note=fields.get("note"),
        language=fields.get("language"),
        metadata=fields,
    )
