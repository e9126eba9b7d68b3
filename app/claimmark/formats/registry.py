"""The one registry of file formats, by name, and the export every format goes through.

Every export goes through :func:`export`, which applies the options, writes
to a temporary file (or folder) and renames it into place only on success.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from claimmark.core.records import Record
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats import brat
from claimmark.formats import conll
from claimmark.formats import csvfile
from claimmark.formats import doccano
from claimmark.formats import jsonl
from claimmark.formats import label_studio
from claimmark.formats import parquet
from claimmark.formats import spacy_docbin
from claimmark.formats import spacy_jsonl
from claimmark.formats import txt
from claimmark.formats.atomic import atomic_text_file
from claimmark.formats.atomic import export_folder
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.options import select
from claimmark.formats.reading import ReadResult

Reader = Callable[[Path, ReadResult], Iterator[Record]]
"""Reads a file or folder: yields its records one at a time, adds problems and notes
to the result given (so an import of any size is held one batch at a time)."""


def _whole(read: Callable[[Path], ReadResult]) -> Reader:
    """Make a reader of a format that is read whole (one JSON document, a CSV) stream."""

    def stream(path: Path, result: ReadResult) -> Iterator[Record]:
        found = read(path)
        result.problems.extend(found.problems)
        result.notes.extend(found.notes)
        yield from found.records

    return stream


Writer = Callable[[Iterable[Record], TextIO, ExportOptions, ExportReport], None]
FolderWriter = Callable[[Iterable[Record], Path, ExportOptions, ExportReport], None]


@dataclass(frozen=True, slots=True)
class Format:
    """A file format: how to read it, how to write it, and what it can hold.

    Attributes:
        name: what the user types after ``--format``.
        description: shown in the Export and Import dialogs.
        suffix: the usual file suffix, with the dot ("" for a folder); an import
            guesses the format from it.
        read: reads a file (or folder), record by record, or ``None`` (export only).
        write: writes records to an open text file (file formats).
        write_folder: writes records into a folder (folder formats, e.g. brat).
        write_path: writes records to a path itself, atomically (binary formats).
        newline: the ``newline`` argument the output file needs.
        negatives: it can hold rejected suggestions as negatives.
        suggestions: it marks pending suggestions as such (``"state": "pending"``), and
            its reader gives them back as suggestions; other formats write them as spans.
        read_description: what the Import dialog says, where reading differs.
        shards: with ``ExportOptions.shard_size`` it writes a folder of shards, not a file.
    """

    name: str
    description: str
    suffix: str
    read: Reader | None = None
    write: Writer | None = None
    write_folder: FolderWriter | None = None
    write_path: FolderWriter | None = None
    newline: str | None = "\n"
    negatives: bool = False
    suggestions: bool = False
    read_description: str = ""
    shards: bool = False

    @property
    def can_export(self) -> bool:
        """Return whether records can be written in this format."""
        return (self.write or self.write_folder or self.write_path) is not None

    @property
    def can_import(self) -> bool:
        """Return whether files in this format can be read."""
        return self.read is not None


def _read_txt(path: Path, result: ReadResult) -> Iterator[Record]:
    return txt.iter_txt([path], result)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "txt", QT_TRANSLATE_NOOP("formats", "Text files, one article each"), ".txt", _read_txt
        ),
        Format(
            "jsonl",
            QT_TRANSLATE_NOOP("formats", "Claimmark JSON Lines"),
            ".jsonl",
            jsonl.stream,
            jsonl.write,
            negatives=True,
            suggestions=True,
        ),
        Format(
            "csv",
            QT_TRANSLATE_NOOP("formats", "CSV, one span per row"),
            ".csv",
            _whole(csvfile.read),
            csvfile.write,
            newline="",
            read_description=QT_TRANSLATE_NOOP("formats", "CSV with a text column"),
        ),
        Format(
            "spacy-jsonl",
            QT_TRANSLATE_NOOP("formats", "spaCy / Prodigy JSON Lines"),
            ".jsonl",
            spacy_jsonl.stream,
            spacy_jsonl.write,
            negatives=True,
        ),
        Format(
            "doccano",
            QT_TRANSLATE_NOOP("formats", "doccano JSON Lines"),
            ".jsonl",
            doccano.stream,
            doccano.write,
        ),
        Format(
            "label-studio",
            QT_TRANSLATE_NOOP("formats", "Label Studio tasks (JSON)"),
            ".json",
            _whole(label_studio.read),
            label_studio.write,
        ),
        Format(
            "conll",
            QT_TRANSLATE_NOOP("formats", "CoNLL, BIO tags per token"),
            ".conll",
            write=conll.write,
        ),
        Format(
            "brat",
            QT_TRANSLATE_NOOP("formats", "brat standoff (.txt + .ann per article)"),
            "",
            _whole(brat.read),
            write_folder=brat.write,
        ),
        Format(
            "spacy",
            QT_TRANSLATE_NOOP("formats", "spaCy DocBin"),
            ".spacy",
            write_path=spacy_docbin.write,
            newline=None,
            shards=True,
        ),
        Format(
            "parquet",
            QT_TRANSLATE_NOOP("formats", "Parquet, the JSON Lines fields as columns (pyarrow)"),
            ".parquet",
            parquet.stream,
            write_path=parquet.write,
            newline=None,
            negatives=True,
            suggestions=True,
        ),
    )
}
"""Every format Claimmark reads or writes, by name; the one registry."""

EXPORT_FORMATS = [name for name, f in FORMATS.items() if f.can_export]
IMPORT_FORMATS = [name for name, f in FORMATS.items() if f.can_import]


def export(
    format_name: str,
    records: Iterable[Record],
    path: Path,
    options: ExportOptions | None = None,
) -> ExportReport:
    """Write records to ``path`` in the named format, atomically; return what was written.

    Raises:
        KeyError: the format is unknown or cannot be written.
        OSError: the file cannot be written (the old file, if any, is untouched).
        TargetRefusedError: a folder format was given a file, or a folder holding
            files Claimmark did not write.
        SpacyMissingError: the spacy format was asked for without spaCy installed.
    """
    fmt = FORMATS[format_name]
    options = options or ExportOptions()
    if not fmt.can_export:
        raise KeyError(format_name)
    report = ExportReport()
    chosen = select(records, options)
    if not fmt.suggestions:
        chosen = (record.suggestions_as_spans() for record in chosen)
    if fmt.write_path is not None:
        fmt.write_path(chosen, path, options, report)
    elif fmt.write_folder is not None:
        with export_folder(path) as folder:
            fmt.write_folder(chosen, folder, options, report)
    else:
        assert fmt.write is not None
        with atomic_text_file(path, newline=fmt.newline) as out:
            fmt.write(chosen, out, options, report)
    return report
