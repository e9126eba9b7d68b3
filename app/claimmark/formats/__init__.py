"""File formats: one module per format, readers and writers over core dataclasses."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from claimmark.core.articles import Article
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.formats.atomic import atomic_text_file
from claimmark.formats.csvfile import write_csv
from claimmark.formats.jsonl import write_jsonl

Records = Iterable[tuple[Article, list[Span]]]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format annotations can be exported to.

    Attributes:
        name: what the user types after ``--format``.
        suffix: the usual file suffix, with the dot.
        description: shown in the export dialog's file type list.
        write: writes the records to an open text file, returns the span count.
        newline: the ``newline`` argument the output file needs.
    """

    name: str
    suffix: str
    description: str
    write: Callable[[Records, TextIO], int]
    newline: str | None = None


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("jsonl", ".jsonl", "JSON Lines, one article per line", write_jsonl, "\n"),
        ExportFormat("csv", ".csv", "CSV, one span per row", write_csv, ""),
    )
}


def suggestion_as_span(suggestion: StoredSuggestion) -> Span:
    """Return a pending suggestion in the shape exporters write, with origin ``detector``."""
    return Span(
        id=suggestion.id,
        article_id=suggestion.article_id,
        start=suggestion.start,
        end=suggestion.end,
        label=suggestion.label,
        text=suggestion.text,
        annotator="detector",
        created_at=suggestion.detected_at,
        origin="detector",
        value=suggestion.value,
        qualifier=suggestion.qualifier,
        source=suggestion.source,
    )


def suggestion_records(
    records: Iterable[tuple[Article, list[StoredSuggestion]]],
) -> Iterator[tuple[Article, list[Span]]]:
    """Turn (article, suggestions) pairs into the (article, spans) pairs writers take."""
    for article, suggestions in records:
        yield article, [suggestion_as_span(s) for s in suggestions]


def export(format_name: str, records: Records, path: Path) -> int:
    """Write ``records`` to ``path`` in the named format, atomically; return the span count.

    Raises:
        KeyError: the format is unknown.
        OSError: the file cannot be written (the old file, if any, is untouched).
    """
    fmt = EXPORT_FORMATS[format_name]
    with atomic_text_file(path, newline=fmt.newline) as out:
        return fmt.write(records, out)
