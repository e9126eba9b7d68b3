"""spaCy / Prodigy JSONL: text, spans with token indices, tokens, meta; one example a line.

Offsets are code points, like spaCy's. Tokens are Claimmark's words and punctuation
marks (``core.tokens``), split wherever a span starts or ends, so every span
covers whole tokens; ``token_end`` is inclusive, as in Prodigy. With negatives,
each rejected suggestion is one more example with ``"answer": "reject"``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from typing import TextIO

from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.tokens import Bounds
from claimmark.core.tokens import tokens_with_boundaries
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.json_lines import iter_json_lines
from claimmark.formats.json_lines import list_field
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.reading import RawSpan
from claimmark.formats.reading import ReadResult
from claimmark.formats.spacy_docbin import misaligned
from claimmark.formats.spacy_docbin import note_misaligned


def _token_spans(
    record: Record, spans: list[Span], tokens: list[Bounds], report: ExportReport
) -> list[dict[str, Any]]:
    first = {start: i for i, (start, _end) in enumerate(tokens)}
    last = {end: i for i, (_start, end) in enumerate(tokens)}
    out = []
    for span in spans:
        if span.start not in first or span.end not in last:
            report.left_out(
                record.article.id,
                span,
                QT_TRANSLATE_NOOP(
                    "edits",
                    "{label} span {start}-{end} {text} does not begin and end on a word; "
                    "not written",
                ),
            )
            continue
        out.append(
            {
                "start": span.start,
                "end": span.end,
                "label": span.label,
                "token_start": first[span.start],
                "token_end": last[span.end],
            }
        )
    return out


def _spacy_tokenizers() -> Callable[[str], Any] | None:
    """Return a tokenizer for a language ("" is German), or None without spaCy."""
    try:
        import spacy
    except ImportError:
        return None
    made: dict[str, Any] = {}

    def tokenizer(language: str) -> Any:
        language = language or "de"
        if language not in made:
            made[language] = spacy.blank(language)
        return made[language]

    return tokenizer


def write(
    records: Iterable[Record], out: TextIO, options: ExportOptions, report: ExportReport
) -> None:
    """Write one example per article (and one per negative, if asked).

    Where spaCy is installed, spans that its tokenizer (of the article's language)
    would not align with are noted (they are written all the same: Prodigy reads the
    tokens given here), so nobody loses them silently in ``Doc.char_span``.
    """
    tokenizers = _spacy_tokenizers()
    for record in records:
        if tokenizers is not None:
            for span in misaligned(tokenizers(record.article.language), record):
                note_misaligned(span, record.article.id, report)
        article = record.article
        text = article.text
        every = [*record.spans, *record.negatives]
        tokens = tokens_with_boundaries(text, [b for s in every for b in (s.start, s.end)])
        token_list = [
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "id": i,
                "ws": text[end : end + 1].isspace(),
            }
            for i, (start, end) in enumerate(tokens)
        ]
        meta = {"id": article.id, "title": article.title, "status": article.status}
        spans = _token_spans(record, record.spans, tokens, report)
        example = {"text": text, "spans": spans, "tokens": token_list, "meta": meta}
        if options.negatives:
            example["answer"] = "accept"
        out.write(json.dumps(example, ensure_ascii=False) + "\n")
        report.articles += 1
        report.spans += len(spans)
        for negative in record.negatives:
            rejected = _token_spans(record, [negative], tokens, report)
            line = {**example, "spans": rejected, "answer": "reject"}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def stream(path: Path, result: ReadResult) -> Iterator[Record]:
    """Yield a spaCy / Prodigy JSONL file's articles one at a time; examples answered
    "reject" or "ignore" are skipped."""
    return iter_json_lines(path, result, _spans, _meta)


def _spans(
    data: dict[str, Any], text: str, where: ImportProblem, result: ReadResult
) -> list[RawSpan] | None:
    if data.get("answer") in ("reject", "ignore"):
        return None
    return [
        RawSpan(s.get("start"), s.get("end"), s.get("label"))
        for s in list_field(data, "spans", where, result)
        if isinstance(s, dict)
    ]


def _meta(data: dict[str, Any]) -> dict[str, Any]:
    meta = data.get("meta")
    return meta if isinstance(meta, dict) else {}
