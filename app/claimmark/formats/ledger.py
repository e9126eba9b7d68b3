"""Writing the claim ledger: a Markdown table, CSV or JSON Lines, one claim per row."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from collections.abc import Iterable
from typing import Any
from typing import TextIO

from claimmark.core.ledger import LEDGER_COLUMNS
from claimmark.core.ledger import Claim
from claimmark.formats.csvfile import safe_cell

LEDGER_FORMATS = ("md", "csv", "jsonl")
"""The formats ``claimmark ledger`` writes (Markdown, the default, for reading)."""

Row = tuple[Claim, str | None]
"""A claim and, in a ledger of hints, its hint."""

LedgerWriter = Callable[[Iterable[Row], TextIO, bool], int]
"""Writes rows (with a ``hint`` column if asked); returns how many."""


def _values(row: Row, hinted: bool) -> list[Any]:
    claim, hint = row
    values: list[Any] = [getattr(claim, name) for name in LEDGER_COLUMNS]
    if hinted:
        values.append(hint or "")
    return values


def _columns(hinted: bool) -> tuple[str, ...]:
    return (*LEDGER_COLUMNS, "hint") if hinted else LEDGER_COLUMNS


def _cell(value: Any) -> str:
    """Return a value as a Markdown table cell: pipes escaped, lines joined."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text.replace("\\", "\\\\").replace("|", "\\|")


def write_markdown(rows: Iterable[Row], out: TextIO, hinted: bool) -> int:
    """Write a Markdown table: a header, then one row per claim."""
    columns = _columns(hinted)
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    written = 0
    for row in rows:
        out.write("| " + " | ".join(_cell(v) for v in _values(row, hinted)) + " |\n")
        written += 1
    return written


def write_csv(rows: Iterable[Row], out: TextIO, hinted: bool) -> int:
    """Write CSV (RFC 4180, CRLF), cells a spreadsheet would run as formulas quoted."""
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(_columns(hinted))
    written = 0
    for row in rows:
        writer.writerow([safe_cell("" if v is None else v) for v in _values(row, hinted)])
        written += 1
    return written


def write_jsonl(rows: Iterable[Row], out: TextIO, hinted: bool) -> int:
    """Write one JSON object per claim and line."""
    columns = _columns(hinted)
    written = 0
    for row in rows:
        record = dict(zip(columns, _values(row, hinted), strict=True))
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written


WRITERS: dict[str, LedgerWriter] = {
    "md": write_markdown,
    "csv": write_csv,
    "jsonl": write_jsonl,
}
