"""Writing articles a batch at a time, as Claimmark JSONL or Parquet by the file's suffix:
what ``preannotate`` and ``sample`` write, each batch as soon as it is ready."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from collections.abc import Sequence
from pathlib import Path

from claimmark.core.errors import ClaimmarkError
from claimmark.core.records import Record
from claimmark.formats import jsonl
from claimmark.formats import parquet
from claimmark.formats.atomic import atomic_text_file
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.parquet import BatchWriter

OUTPUT_SUFFIXES = (".jsonl", ".parquet")
"""The suffixes an output may have: Claimmark JSONL, Parquet."""


class OutputSuffixError(ClaimmarkError):
    """The output's suffix names no format articles with suggestions can be written in."""


def check_suffix(path: Path) -> None:
    """Refuse an output whose suffix is neither ``.jsonl`` nor ``.parquet``.

    Raises:
        OutputSuffixError: it is neither.
    """
    if path.suffix.lower() not in OUTPUT_SUFFIXES:
        raise OutputSuffixError(
            f"{path}: the output is written as Claimmark JSONL or Parquet, by its suffix; "
            f"name a file ending in {' or '.join(OUTPUT_SUFFIXES)}"
        )


@contextlib.contextmanager
def open_output(path: Path, report: ExportReport | None = None) -> Iterator[BatchWriter]:
    """Open ``path`` to be written a batch at a time; it replaces what was there only when
    the block ends without an error.

    Raises:
        OutputSuffixError: the suffix is neither ``.jsonl`` nor ``.parquet``.
        ParquetMissingError: a Parquet file, and pyarrow is not installed.
    """
    check_suffix(path)
    report = report if report is not None else ExportReport()
    options = ExportOptions()
    if path.suffix.lower() == ".parquet":
        with parquet.batches(path, options, report) as write:
            yield write
        return
    with atomic_text_file(path) as out:

        def write_lines(records: Sequence[Record]) -> None:
            jsonl.write(records, out, options, report)

        yield write_lines
