"""File formats: one module per format, readers and writers over core records.

Every export goes through :func:`export`, which applies the options, writes
to a temporary file (or folder) and renames it into place only on success.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from claimmark.core.records import Record
from claimmark.formats import (
    brat,
    conll,
    csvfile,
    doccano,
    jsonl,
    label_studio,
    spacy_docbin,
    spacy_jsonl,
)
from claimmark.formats.atomic import atomic_folder, atomic_text_file
from claimmark.formats.options import ExportOptions, ExportReport, select

Writer = Callable[[Iterable[Record], TextIO, ExportOptions, ExportReport], None]
FolderWriter = Callable[[Iterable[Record], Path, ExportOptions, ExportReport], None]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """A format annotations can be exported to.

    Attributes:
        name: what the user types after ``--format``.
        suffix: the usual file suffix, with the dot ("" for a folder).
        description: shown in the export dialog's file type list.
        write: writes records to an open text file (file formats).
        write_folder: writes records into a folder (folder formats, e.g. brat).
        write_path: writes records to a path itself, atomically (binary formats).
        newline: the ``newline`` argument the output file needs.
    """

    name: str
    suffix: str
    description: str
    write: Writer | None = None
    write_folder: FolderWriter | None = None
    write_path: FolderWriter | None = None
    newline: str | None = "\n"


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("jsonl", ".jsonl", "Claimmark JSON Lines", jsonl.write),
        ExportFormat("csv", ".csv", "CSV, one span per row", csvfile.write, newline=""),
        ExportFormat("spacy-jsonl", ".jsonl", "spaCy / Prodigy JSON Lines", spacy_jsonl.write),
        ExportFormat("doccano", ".jsonl", "doccano JSON Lines", doccano.write),
        ExportFormat("label-studio", ".json", "Label Studio tasks (JSON)", label_studio.write),
        ExportFormat("conll", ".conll", "CoNLL, BIO tags per token", conll.write),
        ExportFormat("brat", "", "brat standoff (.txt + .ann per article)", None, brat.write),
        ExportFormat(
            "spacy", ".spacy", "spaCy DocBin", write_path=spacy_docbin.write, newline=None
        ),
    )
}


def export(
    format_name: str,
    records: Iterable[Record],
    path: Path,
    options: ExportOptions | None = None,
) -> ExportReport:
    """Write records to ``path`` in the named format, atomically; return what was written.

    Raises:
        KeyError: the format is unknown.
        OSError: the file cannot be written (the old file, if any, is untouched).
        SpacyMissingError: the spacy format was asked for without spaCy installed.
    """
    fmt = EXPORT_FORMATS[format_name]
    options = options or ExportOptions()
    report = ExportReport()
    chosen = select(records, options)
    if fmt.write_path is not None:
        fmt.write_path(chosen, path, options, report)
    elif fmt.write_folder is not None:
        with atomic_folder(path) as folder:
            fmt.write_folder(chosen, folder, options, report)
    else:
        assert fmt.write is not None
        with atomic_text_file(path, newline=fmt.newline) as out:
            fmt.write(chosen, out, options, report)
    return report
