"""brat standoff: a folder with ``<id>.txt`` and ``<id>.ann`` per article.

``.ann`` lines are ``T<n>\\t<LABEL> <start> <end>\\t<text>`` with code point
offsets into the ``.txt`` (brat counts like Python). A span that crosses a line
break is written as fragments (``0 5;6 10``), as brat requires. The attributes
travel as an ``AnnotatorNotes`` line: ``#<n>\\tAnnotatorNotes T<n>\\tvalue=3000;
qualifier=approx; source=Reuters``. ``annotation.conf`` lists the labels, so
the folder opens in brat as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.formats.options import ExportOptions, ExportReport

_UNSAFE = re.compile(r"[^\w.-]")
_NOTE_FIELDS = ("value", "qualifier", "source")


def file_stem(article_id: str) -> str:
    """Return the file name stem for an article id (characters unsafe in file names: _)."""
    return _UNSAFE.sub("_", article_id) or "article"


def fragments(text: str, span: Span) -> list[tuple[int, int]]:
    """Split a span at line breaks, dropping the breaks: brat's discontinuous form."""
    pieces = []
    start = span.start
    for index in range(span.start, span.end):
        if text[index] == "\n":
            if index > start:
                pieces.append((start, index))
            start = index + 1
    if span.end > start:
        pieces.append((start, span.end))
    return pieces


def ann_lines(text: str, spans: Iterable[Span]) -> list[str]:
    """Return the ``.ann`` lines of an article's spans."""
    lines = []
    for number, span in enumerate(spans, start=1):
        pieces = fragments(text, span)
        where = ";".join(f"{a} {b}" for a, b in pieces)
        covered = " ".join(text[a:b] for a, b in pieces)
        lines.append(f"T{number}\t{span.label} {where}\t{covered}")
        notes = [
            f"{name}={getattr(span, name)}"
            for name in _NOTE_FIELDS
            if getattr(span, name) is not None
        ]
        if notes:
            note = "; ".join(notes).replace("\n", " ").replace("\t", " ")
            lines.append(f"#{number}\tAnnotatorNotes T{number}\t{note}")
    return lines


def write(
    records: Iterable[Record], folder: Path, options: ExportOptions, report: ExportReport
) -> None:
    """Write a .txt and .ann pair per article, and annotation.conf, into ``folder``."""
    labels: set[str] = set()
    for record in records:
        stem = file_stem(record.article.id)
        text = record.article.text
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8", newline="\n")
        lines = ann_lines(text, record.spans)
        (folder / f"{stem}.ann").write_text(
            "".join(line + "\n" for line in lines), encoding="utf-8", newline="\n"
        )
        labels.update(s.label for s in record.spans)
        report.articles += 1
        report.spans += len(record.spans)
    conf = ["[entities]", *sorted(labels), "", "[relations]", "", "[events]", "", "[attributes]"]
    (folder / "annotation.conf").write_text("\n".join(conf) + "\n", encoding="utf-8")
