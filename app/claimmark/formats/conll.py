"""CoNLL: one token a line with its BIO tag, a blank line after each sentence.

Each article starts with a ``-DOCSTART- O`` line and a blank line. Tokens are
Claimmark's words and punctuation marks (``core.tokens``: hyphenated compounds
and grouped numbers such as ``11.000`` stay one token), split wherever a span
starts or ends; sentences are those of ``core.text.sentence_bounds``. BIO tags
cannot hold overlapping spans: of two that overlap, the one that starts first
(the longer at a tie) is written and the other is reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.text import sentence_bounds
from claimmark.core.tokens import tokens_with_boundaries
from claimmark.formats.options import ExportOptions, ExportReport


def _without_overlaps(record: Record, report: ExportReport) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(record.spans, key=lambda s: (s.start, -(s.end - s.start))):
        clash = next((k for k in kept if k.overlaps(span.start, span.end)), None)
        if clash is not None:
            report.problems.append(
                ImportProblem(
                    record.article.id,
                    f"{span.label} span {span.start}-{span.end} {span.text!r} overlaps the "
                    f"{clash.label} span {clash.text!r}; BIO tags hold one, so it is not written",
                )
            )
            continue
        kept.append(span)
    return kept


def write(
    records: Iterable[Record], out: TextIO, options: ExportOptions, report: ExportReport
) -> None:
    """Write the articles' tokens with BIO tags."""
    for record in records:
        text = record.article.text
        spans = _without_overlaps(record, report)
        tokens = tokens_with_boundaries(text, [b for s in spans for b in (s.start, s.end)])
        tags: list[str] = []
        for token in tokens:
            span = next((s for s in spans if s.start <= token.start < s.end), None)
            if span is None:
                tags.append("O")
            else:
                tags.append(("B-" if token.start == span.start else "I-") + span.label)
        out.write("-DOCSTART- O\n\n")
        index = 0
        for sentence in sentence_bounds(text):
            lines = []
            while index < len(tokens) and tokens[index].start < sentence.end:
                if tokens[index].start >= sentence.start:
                    lines.append(f"{tokens[index].text} {tags[index]}")
                index += 1
            if lines:
                out.write("\n".join(lines) + "\n\n")
        report.articles += 1
        report.spans += len(spans)
