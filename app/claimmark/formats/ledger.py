"""Writing the claim ledger: a Markdown table, CSV or JSON Lines, one claim per row."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TextIO

from claimmark.core.ledger import LEDGER_COLUMNS, Claim
from claimmark.formats.csvfile import safe_cell

LEDGER_FORMATS = ("md", "csv", "jsonl")
"""The formats ``claimmark ledger`` writes (Markdown, the default, for reading)."""

LedgerWriter = Callable[[Iterable[Claim], TextIO, Mapping[str, str]], int]
"""Writes claims (with the hint of those that have one, by span id); returns how many."""


def _values(claim: Claim, flags: Mapping[str, str]) -> list[Any]:
    values: list[Any] = [getattr(claim, name) for name in LEDGER_COLUMNS]
    if flags:
        values.append(flags.get(claim.span_id, ""))
    return values


def _columns(flags: Mapping[str, str]) -> tuple[str, ...]:
    return (*LEDGER_COLUMNS, "hint") if flags else LEDGER_COLUMNS


def _cell(value: Any) -> str:
    """Return a value as a Markdown table cell: pipes escaped, lines joined."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text.replace("\\", "\\\\").replace("|", "\\|")


def write_markdown(claims: Iterable[Claim], out: TextIO, flags: Mapping[str, str]) -> int:
    """Write a Markdown table: a header, then one row per claim."""
    columns = _columns(flags)
    out.write("| " + " | ".join(columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    written = 0
    for claim in claims:
        out.write("| " + " | ".join(_cell(v) for v in _values(claim, flags)) + " |\n")
        written += 1
    return written


def write_csv(claims: Iterable[Claim], out: TextIO, flags: Mapping[str, str]) -> int:
    """Write CSV (RFC 4180, CRLF), cells a spreadsheet would run as formulas quoted."""
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(_columns(flags))
    written = 0
    for claim in claims:
        writer.writerow([safe_cell("" if v is None else v) for v in _values(claim, flags)])
        written += 1
    return written


def write_jsonl(claims: Iterable[Claim], out: TextIO, flags: Mapping[str, str]) -> int:
    """Write one JSON object per claim and line."""
    columns = _columns(flags)
    written = 0
    for claim in claims:
        record = dict(zip(columns, _values(claim, flags), strict=True))
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += 1
    return written


WRITERS: dict[str, LedgerWriter] = {
    "md": write_markdown,
    "csv": write_csv,
    "jsonl": write_jsonl,
}
