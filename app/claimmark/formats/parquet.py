"""Parquet (pyarrow, the ``cluster`` extra): the fields of Claimmark's JSONL as columns.

One row per article: ``id``, ``title``, ``text``, ``status``, ``note``, ``language``,
``published``, ``outlet``, ``url``, and ``spans`` as a list of structs with the
fields of a JSONL span (a pending suggestion's ``state``, ``score`` and
``proposed_by`` among them, null elsewhere), ``negatives`` likewise. A file is
written one row group per batch of articles, and read a batch at a time, so
neither side holds a corpus whole. ``datasets.load_dataset("parquet", ...)``,
pandas and DuckDB read it as it is.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimmark.core.batches import batched
from claimmark.core.errors import ExtraMissingError
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import said
from claimmark.formats import jsonl
from claimmark.formats.atomic import atomic_path
from claimmark.formats.json_lines import record_of
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.reading import ReadResult

ROW_GROUP_ARTICLES = 1_000
"""Articles an export writes per row group (a batch: what a writer holds at once)."""

CLUSTER_EXTRA = "cluster"
"""What brings pyarrow and Dask (preannotate): the cluster extra."""


class ParquetMissingError(ExtraMissingError):
    """pyarrow is not installed; the message says how to install it."""


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as error:
        raise ParquetMissingError.of("Parquet", "pyarrow", CLUSTER_EXTRA) from error
    return pyarrow


def schema() -> Any:
    """Return the Arrow schema of a Claimmark Parquet file."""
    pa = _pyarrow()
    text, whole = pa.string(), pa.int64()
    span = pa.struct(
        [
            ("start", whole), ("end", whole), ("label", text), ("text", text),
            ("annotator", text), ("created_at", text), ("origin", text), ("value", whole),
            ("qualifier", text), ("source", text), ("note", text), ("taken_from", text),
            ("state", text), ("score", pa.float64()), ("proposed_by", text),
            ("learned_from", text),
        ]
    )  # fmt: skip
    negative = pa.struct([("start", whole), ("end", whole), ("label", text), ("text", text)])
    return pa.schema(
        [
            *((name, text) for name in _ARTICLE_COLUMNS),
            ("spans", pa.list_(span)),
            ("negatives", pa.list_(negative)),
        ]
    )


_ARTICLE_COLUMNS = (
    "id", "title", "text", "status", "note", "language", "published", "outlet", "url",
)  # fmt: skip

BatchWriter = Callable[[Sequence[Record]], None]
"""Writes one batch of records (in Parquet, one row group; ``formats.output`` too)."""


@contextlib.contextmanager
def batches(
    path: Path, options: ExportOptions | None = None, report: ExportReport | None = None
) -> Iterator[BatchWriter]:
    """Open a Parquet file to be written a batch (a row group) at a time, atomically: it
    is renamed over ``path`` when the block ends without an error.

    Raises:
        ParquetMissingError: pyarrow is not installed.
    """
    pa = _pyarrow()
    options = options or ExportOptions()
    report = report if report is not None else ExportReport()
    columns = schema()
    with atomic_path(path) as temporary, pa.parquet.ParquetWriter(temporary, columns) as writer:

        def write(records: Sequence[Record]) -> None:
            if not records:
                return
            rows = [jsonl.article_record(r, options) for r in records]
            writer.write_table(pa.Table.from_pylist(rows, schema=columns))
            report.articles += len(records)
            report.spans += sum(len(r.spans) + len(r.suggestions) for r in records)

        yield write


def write(
    records: Iterable[Record], path: Path, options: ExportOptions, report: ExportReport
) -> None:
    """Write records to ``path`` as Parquet, :data:`ROW_GROUP_ARTICLES` to a row group."""
    with batches(path, options, report) as write_batch:
        for batch in batched(records, ROW_GROUP_ARTICLES):
            write_batch(batch)


def stream(path: Path, result: ReadResult) -> Iterator[Record]:
    """Yield the articles of a Parquet file, a row group at a time; a row that cannot be
    read is a problem naming the file and the row (counted from 1), the rest is read."""
    try:
        pa = _pyarrow()
    except ParquetMissingError as missing:
        result.problems.append(
            ImportProblem.told(str(path), missing.said or said("{text}", text=str(missing)))
        )
        return
    try:
        file = pa.parquet.ParquetFile(path)
    except (OSError, pa.ArrowException) as error:
        result.problems.append(
            ImportProblem.of(
                str(path),
                None,
                QT_TRANSLATE_NOOP("edits", "not a Parquet file Arrow reads: {error}"),
                error=error,
            )
        )
        return
    with file:
        if "text" not in file.schema_arrow.names:
            result.problems.append(
                ImportProblem.of(
                    str(path),
                    None,
                    QT_TRANSLATE_NOOP("edits", "no text column (it has {value})"),
                    value=", ".join(file.schema_arrow.names) or "none",
                )
            )
            return
        number = 0
        try:
            for batch in file.iter_batches():
                for row in batch.to_pylist():
                    number += 1
                    record = record_of(path, number, _without_nulls(row), result, jsonl.spans_of)
                    if record is not None:
                        yield record
        except (OSError, pa.ArrowException) as error:
            result.problems.append(
                ImportProblem.of(
                    str(path),
                    None,
                    QT_TRANSLATE_NOOP("edits", "cannot read past row {row}: {error}"),
                    row=number,
                    error=error,
                )
            )


def _without_nulls(row: dict[str, Any]) -> dict[str, Any]:
    """Return a row as a JSONL line would have it: a null column is a field not given,
    in the spans too (a span's null ``state`` is a span, not a suggestion)."""
    line = {name: value for name, value in row.items() if value is not None}
    spans = line.get("spans")
    if isinstance(spans, list):
        line["spans"] = [
            {k: v for k, v in s.items() if v is not None} if isinstance(s, dict) else s
            for s in spans
        ]
    return line
