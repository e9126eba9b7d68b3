"""Export options (statuses, labels, negatives, CSV safety) and the report of an export."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import Span


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export.

    Attributes:
        statuses: only articles with one of these statuses (``None``: all).
        labels: only spans with one of these labels (``None``: all).
        negatives: include rejected suggestions as negatives where the format can.
        spreadsheet_safe: neutralise CSV cells that a spreadsheet would run as formulas.
        annotators: only spans by one of these annotators (``None``: everyone's).
        shard_size: for a format that can shard (spacy), write a folder of files of this
            many articles each instead of one file, so the writer holds one shard at a
            time (``None``: one file).
    """

    statuses: frozenset[str] | None = None
    labels: frozenset[str] | None = None
    negatives: bool = False
    spreadsheet_safe: bool = True
    annotators: frozenset[str] | None = None
    shard_size: int | None = None


@dataclass
class ExportReport:
    """What an export wrote, what it could not write as it stands (``problems``: the
    export is not complete), and what it wrote that a reader may take otherwise
    (``notes``)."""

    articles: int = 0
    spans: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[ImportProblem] = field(default_factory=list)

    def left_out(self, article_id: str, span: Span, why: str, **values: object) -> None:
        """Note a span the format cannot hold: ``why`` is a template the window translates,
        with ``{label} span {start}-{end} {text}`` for the span and ``values`` for the rest."""
        self.problems.append(
            ImportProblem.of(
                article_id, None, why, label=span.label, start=span.start, end=span.end,
                text=repr(span.text), **values,
            )
        )  # fmt: skip


def select(records: Iterable[Record], options: ExportOptions) -> Iterator[Record]:
    """Apply the options' status, label and annotator filters; drop negatives unless asked for."""
    if options.labels is None and options.annotators is None:
        # No span to take out (most exports): a record passes as it is, not copied.
        for record in records:
            if options.statuses is not None and record.article.status not in options.statuses:
                continue
            if record.negatives and not options.negatives:
                record = replace(record, negatives=[])
            yield record
        return
    for record in records:
        if options.statuses is not None and record.article.status not in options.statuses:
            continue
        spans = [
            s
            for s in record.spans
            if (options.labels is None or s.label in options.labels)
            and (options.annotators is None or s.annotator in options.annotators)
        ]
        negatives = (
            [s for s in record.negatives if options.labels is None or s.label in options.labels]
            if options.negatives
            else []
        )
        suggestions = [
            s for s in record.suggestions if options.labels is None or s.label in options.labels
        ]
        yield Record(record.article, spans, negatives, suggestions=suggestions)
