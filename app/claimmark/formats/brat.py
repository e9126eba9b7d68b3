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
from itertools import pairwise
from pathlib import Path
from urllib.parse import unquote

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.reading import RawSpan
from claimmark.formats.reading import ReadResult
from claimmark.formats.reading import build_record
from claimmark.formats.reading import read_file_text
from claimmark.formats.reading import text_lines

_UNSAFE = re.compile(r"[^\w.-]|^\.")
_NOTE_FIELDS = ("value", "qualifier", "source")
# A name may have 255 bytes on common file systems; ".txt" and ".ann" need four.
_STEM_BYTES = 240


def file_stem(article_id: str) -> str:
    """Return the file name stem of an article id: reversible, safe in any folder.

    Characters that are not letters, digits, ``_``, ``-`` or ``.`` (and a leading
    dot, which would hide the file) are written as ``%XX`` of their UTF-8 bytes,
    ``%`` included, so :func:`article_id_of` gives the id back.
    """
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), article_id)


def article_id_of(stem: str) -> str:
    """Return the article id a file stem stands for (the inverse of :func:`file_stem`)."""
    return unquote(stem, errors="strict")


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
    # Case-insensitive file systems (macOS, Windows) take "A" and "a" for one name.
    taken: dict[str, str] = {}
    for record in records:
        article_id = record.article.id
        stem = file_stem(article_id)
        if not article_id or len(stem.encode()) > _STEM_BYTES:
            report.problems.append(
                ImportProblem.of(
                    article_id[:80] or "(empty id)",
                    None,
                    QT_TRANSLATE_NOOP(
                        "edits",
                        "the article id is too long (or empty) for a file name; not written",
                    ),
                )
            )
            continue
        twin = taken.setdefault(stem.casefold(), article_id)
        if twin != article_id:
            report.problems.append(
                ImportProblem.of(
                    article_id,
                    None,
                    QT_TRANSLATE_NOOP(
                        "edits", "its file name would be the same as {twin}'s; not written"
                    ),
                    twin=repr(twin),
                )
            )
            continue
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


def _parse_notes(note: str) -> dict[str, object]:
    attributes: dict[str, object] = {}
    for part in note.split(";"):
        name, _, value = part.strip().partition("=")
        if name in _NOTE_FIELDS and value:
            attributes[name] = int(value) if name == "value" and value.isdigit() else value
    return attributes


def read(folder: Path) -> ReadResult:
    """Read a brat folder: every ``.ann`` with its ``.txt``; the file stem is the article id.

    A discontinuous span is read as one span over its fragments when only white
    space lies between them (a span brat split at a line break); otherwise it is
    a problem. ``AnnotatorNotes`` of the form ``value=...; qualifier=...`` give
    the attributes.
    """
    result = ReadResult()
    anns = sorted(folder.glob("*.ann"))
    if not anns:
        result.problems.append(
            ImportProblem.of(
                str(folder), None, QT_TRANSLATE_NOOP("edits", "no .ann files: not a brat folder")
            )
        )
    for ann in anns:
        txt = ann.with_suffix(".txt")
        raw_text = read_file_text(txt, result) if txt.exists() else None
        if raw_text is None:
            if not txt.exists():
                result.problems.append(
                    ImportProblem.of(
                        str(ann),
                        None,
                        QT_TRANSLATE_NOOP("edits", "no {name} beside it"),
                        name=txt.name,
                    )
                )
            continue
        lines = read_file_text(ann, result)
        if lines is None:
            continue
        entities: dict[str, tuple[int, RawSpan]] = {}
        notes: dict[str, str] = {}
        for number, line in text_lines(lines):
            fields = line.split("\t")
            if line.startswith("T") and len(fields) >= 2:
                label, _, where = fields[1].partition(" ")
                span = _entity(str(ann), number, raw_text, label, where, fields, result)
                if span is not None:
                    entities[fields[0]] = (number, span)
            elif (
                line.startswith("#") and len(fields) >= 3 and fields[1].startswith("AnnotatorNotes")
            ):
                notes[fields[1].split(" ", 1)[-1]] = fields[2]
        spans = [
            RawSpan(s.start, s.end, s.label, None, _parse_notes(notes.get(key, "")))
            for key, (_, s) in entities.items()
        ]
        try:
            article_id = article_id_of(ann.stem)
        except UnicodeDecodeError:
            article_id = ann.stem  # not a name Claimmark wrote: the stem as it is
        record = build_record(
            ImportProblem(str(ann), "", None), article_id, raw_text, spans, result=result
        )
        if record is not None:
            result.records.append(record)
    return result


def _entity(
    path: str,
    number: int,
    raw_text: str,
    label: str,
    where: str,
    fields: list[str],
    result: ReadResult,
) -> RawSpan | None:
    try:
        pieces = [tuple(int(x) for x in part.split()) for part in where.split(";")]
        if any(len(p) != 2 for p in pieces):
            raise ValueError
    except ValueError:
        result.problems.append(
            ImportProblem.of(
                path, number, QT_TRANSLATE_NOOP("edits", "bad offsets {where}"), where=repr(where)
            )
        )
        return None
    for (_, end), (start, _) in pairwise(pieces):
        if raw_text[end:start].strip():
            result.problems.append(
                ImportProblem.of(
                    path,
                    number,
                    QT_TRANSLATE_NOOP("edits", "discontinuous span {where} is not supported"),
                    where=repr(where),
                )
            )
            return None
    start, end = pieces[0][0], pieces[-1][1]
    if len(fields) >= 3 and len(pieces) == 1:
        return RawSpan(start, end, label, fields[2])
    return RawSpan(start, end, label)
