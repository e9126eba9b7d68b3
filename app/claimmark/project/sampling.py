"""Sampling a pre-annotated corpus: the articles worth a person's time, written as a file
to import (their suggestions still marked as suggestions)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from claimmark.core.records import Record
from claimmark.core.sampling import Sample
from claimmark.core.sampling import SampleBy
from claimmark.core.words import counted
from claimmark.formats.importing import stream_path
from claimmark.formats.output import check_suffix
from claimmark.formats.output import open_output
from claimmark.project.corpus_outcome import CorpusOutcome

BATCH_ARTICLES = 1_000
"""Articles of the sample written per batch (a Parquet row group)."""


@dataclass
class SampleOutcome(CorpusOutcome):
    """What sampling chose.

    Attributes:
        by: how the articles were chosen.
        chosen: articles written.
        offered: articles read.
        labels: claims of each label in the articles chosen.
    """

    by: SampleBy = SampleBy.CLAIMS
    chosen: int = 0
    offered: int = 0
    labels: dict[str, int] = field(default_factory=dict)

    def summary_line(self) -> str:
        """Return the one line that sums the sample up."""
        claims = ", ".join(f"{label} {n:,}" for label, n in sorted(self.labels.items()))
        return (
            f"sampled {counted(self.chosen, 'article')} of {self.offered:,} by {self.by.value}"
            f" ({claims or 'no claims'}) into {self.out}, "
            f"{counted(len(self.problems), 'problem')}"
        )

    def figures(self) -> dict[str, Any]:
        """Return how, how many of how many, and the claims by label."""
        return {
            "by": self.by.value,
            "chosen": self.chosen,
            "offered": self.offered,
            "labels": self.labels,
        }


def claim_labels(record: Record) -> list[str]:
    """Return the label of each claim of an article: its suggestions and its spans."""
    return [s.label for s in record.suggestions] + [s.label for s in record.spans]


def sample_paths(
    paths: Sequence[Path],
    out: Path,
    n: int,
    by: SampleBy = SampleBy.CLAIMS,
    seed: int = 0,
    format_name: str | None = None,
) -> SampleOutcome:
    """Choose ``n`` articles of ``paths`` (see :class:`core.sampling.Sample`) and write
    them, with their spans and suggestions, to ``out`` (``.jsonl`` or ``.parquet``).

    The input is read once; what is held is the sample's candidates, never the corpus.

    Raises:
        OutputSuffixError: ``out`` is neither ``.jsonl`` nor ``.parquet``.
        ParquetMissingError: Parquet is read or written without pyarrow.
        OSError: ``out`` cannot be written (what was there is untouched).
    """
    check_suffix(out)  # before the corpus is read, not after
    outcome = SampleOutcome(out, by=by)
    sample: Sample[Record] = Sample(n, by, seed)
    for path in paths:
        for record in stream_path(path, outcome.read, format_name):
            sample.offer(record, claim_labels(record))
    outcome.offered = sample.offered
    chosen = sample.chosen()
    with open_output(out) as write:
        for start in range(0, len(chosen), BATCH_ARTICLES):
            write(chosen[start : start + BATCH_ARTICLES])
    outcome.chosen = len(chosen)
    for record in chosen:
        for label in claim_labels(record):
            outcome.labels[label] = outcome.labels.get(label, 0) + 1
    return outcome
