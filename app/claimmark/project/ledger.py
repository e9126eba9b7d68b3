"""The claim ledger use case: write every confirmed claim, or those with a hint."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from typing import TextIO

from claimmark.core.ledger import HintFinder
from claimmark.core.ledger import LedgerFilter
from claimmark.core.ledger import hints
from claimmark.core.words import counted
from claimmark.formats.atomic import atomic_text_file
from claimmark.formats.ledger import WRITERS
from claimmark.formats.ledger import Row
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


HINTS_UP_TO = 200_000
"""Claims the window looks for hints among (a second or two in the background); past
that, ``claimmark ledger --conflicts`` lists them."""


def count_claims(repo: Repository, ledger: LedgerFilter) -> tuple[int, dict[str, str] | None]:
    """Return how many claims the filter lets through, and their hints by span id
    (``None`` when there are more than :data:`HINTS_UP_TO` to look through)."""
    total = repo.claim_count(ledger)
    return total, claim_hints(repo, ledger) if total <= HINTS_UP_TO else None


def write_ledger(
    repo: Repository,
    ledger: LedgerFilter,
    format_name: str,
    out: Path | None,
    stdout: TextIO,
    *,
    hints_only: bool = False,
) -> LedgerReport:
    """Write the ledger (or only its claims with a hint, with the hint) to ``out``,
    atomically, or to ``stdout``. One pass: the claims stream from the store a batch
    at a time, and each is checked for a hint as it goes by.

    Raises:
        KeyError: the format is none of ``formats.ledger.LEDGER_FORMATS``.
        OSError: the file cannot be written (an old one is left as it was).
    """
    write = WRITERS[format_name]
    finder = HintFinder()
    checked = ((claim, finder.check(claim)) for claim in repo.iter_claims(ledger))
    rows: Iterator[Row] = (
        ((claim, hint.reason) for claim, hint in checked if hint is not None)
        if hints_only
        else ((claim, None) for claim, _hint in checked)
    )
    if out is None:
        written = write(rows, stdout, hints_only)
    else:
        newline = "" if format_name == "csv" else "\n"
        with atomic_text_file(out, newline=newline) as handle:
            written = write(rows, handle, hints_only)
    return LedgerReport(written, finder.found, out, hints_only)
