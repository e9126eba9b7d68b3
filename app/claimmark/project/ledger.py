"""The claim ledger use case: write every confirmed claim, or those with a hint."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from claimmark.core.ledger import Claim, LedgerFilter, hints
from claimmark.core.words import counted
from claimmark.formats.atomic import atomic_text_file
from claimmark.formats.ledger import WRITERS
from claimmark.store import Repository


@dataclass(frozen=True, slots=True)
class LedgerReport:
    """What a ledger run wrote.

    Attributes:
        claims: rows written.
        hinted: of those, claims with a consistency hint.
        out: the file written, or ``None`` for standard output.
        hints_only: only claims with a hint were asked for.
    """

    claims: int
    hinted: int
    out: Path | None
    hints_only: bool

    def summary_line(self) -> str:
        """Return the one line that sums the run up."""
        what = "claim with a hint" if self.hints_only else "claim"
        where = f" to {self.out}" if self.out is not None else ""
        return f"wrote {counted(self.claims, what, what.replace('claim', 'claims', 1))}{where}"

    def detail_lines(self) -> list[str]:
        """Return a note on the hints found, if any and not listed alone."""
        if self.hints_only or not self.hinted:
            return []
        return [f"note: {counted(self.hinted, 'claim')} with a hint (see --conflicts)"]

    def as_json(self) -> dict[str, Any]:
        """Return the figures."""
        return {
            "claims": self.claims,
            "hinted": self.hinted,
            "out": None if self.out is None else str(self.out),
        }


def claim_hints(repo: Repository, ledger: LedgerFilter) -> dict[str, str]:
    """Return the hint of each claim that has one, by span id (one pass, by day)."""
    found: dict[str, str] = {}
    for hint in hints(repo.iter_claims(ledger)):
        found.setdefault(hint.span_id, hint.reason)
    return found


def write_ledger(
    repo: Repository,
    ledger: LedgerFilter,
    format_name: str,
    out: Path | None,
    stdout: TextIO,
    *,
    hints_only: bool = False,
) -> LedgerReport:
    """Write the ledger (or only its claims with a hint) to ``out``, atomically, or to
    ``stdout``; the claims stream from the store, a batch at a time.

    Raises:
        KeyError: the format is none of ``formats.ledger.LEDGER_FORMATS``.
        OSError: the file cannot be written (an old one is left as it was).
    """
    write = WRITERS[format_name]
    flags = claim_hints(repo, ledger)
    claims: Iterator[Claim] = repo.iter_claims(ledger)
    if hints_only:
        claims = (c for c in claims if c.span_id in flags)
    if out is None:
        written = write(claims, stdout, flags if hints_only else {})
    else:
        newline = "" if format_name == "csv" else "\n"
        with atomic_text_file(out, newline=newline) as handle:
            written = write(claims, handle, flags if hints_only else {})
    return LedgerReport(written, len(flags), out, hints_only)
