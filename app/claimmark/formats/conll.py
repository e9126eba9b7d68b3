"""CoNLL: one token a line with its BIO tag, a blank line after each sentence.

Each article starts with a ``-DOCSTART- O`` line and a blank line. Tokens are
Claimmark's words and punctuation marks (``core.tokens``: hyphenated compounds
and grouped numbers such as ``11.000`` stay one token), split wherever a span
starts or ends; sentences are those of ``core.text.sentence_bounds``. BIO tags
cannot hold overlapping spans: of two that overlap, the one that starts first
(the longer at a tie) is written and the other is reported.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TextIO

from claimmark.core.bio import bio_tags
from claimmark.core.bio import one_per_token
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.text import sentence_bounds
from claimmark.core.tokens import tokens_with_boundaries
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport


def _without_overlaps(record: Record, report: ExportReport) -> list[Span]:
    kept, dropped = one_per_token(record.spans)
    for span, clash in dropped:
        report.left_out(
            record.article.id,
            span,
            QT_TRANSLATE_NOOP(
                "edits",
                "{label} span {start}-{end} {text} overlaps the {other_label} span {other}; "
                "BIO tags hold one, so it is not written",
            ),
            other_label=clash.label,
            other=repr(clash.text),
        )
    return kept


def write(
    records: Iterable[Record], out: TextIO, options: ExportOptions, report: ExportReport
) -> None:
    """Write the articles' tokens with BIO tags."""
    for record in records:
        text = record.article.text
        spans = _without_overlaps(record, report)
        tokens = tokens_with_boundaries(text, [b for s in spans for b in (s.start, s.end)])
        tags = bio_tags(tokens, spans)
        out.write("-DOCSTART- O\n\n")
        starts = [start for start, _end in tokens]
        for sentence in sentence_bounds(text):
            first = bisect_left(starts, sentence.start)
            last = bisect_left(starts, sentence.end, first)
            if first < last:
                out.write(
                    "\n".join(
                        f"{text[start:end]} {tag}"
                        for (start, end), tag in zip(
                            tokens[first:last], tags[first:last], strict=True
                        )
                    )
                    + "\n\n"
                )
        report.articles += 1
        report.spans += len(spans)
