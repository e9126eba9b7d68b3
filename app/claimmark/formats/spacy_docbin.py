"""spaCy DocBin (``.spacy``), ready for ``spacy train``: needs the ``spacy`` extra.

Each article becomes a ``Doc`` of ``spacy.blank`` in its language (German where
it is not known): all spans in
``doc.spans["sc"]`` (for spancat, overlaps allowed) and the longest
non-overlapping ones as ``doc.ents`` (for ner). A span that does not begin and
end on spaCy's tokens (``Doc.char_span(..., alignment_mode="strict")`` finds
nothing, e.g. "etwa 11.000" before a sentence-final period, which spaCy's German
tokenizer keeps in the number token) is reported by article and offset; it is
never moved to fit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from bisect import bisect_right
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path
from typing import Any

from claimmark.core.batches import batched
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.formats.atomic import atomic_path
from claimmark.formats.atomic import export_folder
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.spacy_support import import_spacy


def _spacy() -> Any:
    return import_spacy("the spacy format")


def misaligned(nlp: Any, record: Record) -> list[Span]:
    """Return the spans of a record that spaCy's tokens do not align with.

    spaCy's tokenizer splits at white space first and then each piece on its own
    (prefixes, suffixes, infixes, special cases), so only the pieces a span
    starts and ends in need tokenising, not the whole article: most of the
    export's time was spaCy tokenising texts whose tokens were never used. A
    tokenizer with a special case across white space gets the whole text.
    """
    text = record.article.text
    if _rules_cross_spaces(nlp):
        doc = nlp.make_doc(text)
        return [
            s
            for s in record.spans
            if doc.char_span(s.start, s.end, label=s.label, alignment_mode="strict") is None
        ]
    found = []
    for span in record.spans:
        begin = span.start
        while begin > 0 and not text[begin - 1].isspace():
            begin -= 1
        after = _SPACE.search(text, span.end)
        end = after.start() if after else len(text)
        doc = nlp.make_doc(text[begin:end])
        if doc.char_span(span.start - begin, span.end - begin, alignment_mode="strict") is None:
            found.append(span)
    return found


_SPACE = re.compile(r"\s")


def _rules_cross_spaces(nlp: Any) -> bool:
    """Return whether a special case of the tokenizer holds white space between words."""
    return any(
        not rule.isspace() and any(c.isspace() for c in rule) for rule in nlp.tokenizer.rules
    )


def report_misaligned(span: Span, article_id: str, report: ExportReport) -> None:
    """Add a problem naming a span that spaCy's tokenizer does not align with."""
    report.left_out(
        article_id,
        span,
        QT_TRANSLATE_NOOP(
            "edits",
            "{label} span {start}-{end} {text} does not begin and end on spaCy's tokens "
            "(Doc.char_span strict finds nothing)",
        ),
    )


def note_misaligned(span: Span, article_id: str, report: ExportReport) -> None:
    """Add a note naming a span that is written on Claimmark's tokens but that spaCy's
    tokenizer does not align with (a reader that tokenises again would miss it)."""
    report.notes.append(
        ImportProblem.of(
            article_id, None,
            QT_TRANSLATE_NOOP(
                "edits",
                "{label} span {start}-{end} {text} is written on its tokens, but spaCy's "
                "tokenizer does not begin and end there (Doc.char_span strict finds nothing)",
            ),
            label=span.label, start=span.start, end=span.end, text=repr(span.text),
        )
    )  # fmt: skip


def _char_spans(doc: Any, spans: list[Span]) -> list[Any]:
    """Return spaCy's span of each span, strictly on its tokens (``None`` where none is)."""
    return [doc.char_span(s.start, s.end, label=s.label, alignment_mode="strict") for s in spans]


def _split_at(doc: Any, cuts: set[int]) -> Any:
    """Return ``doc`` with each token that a cut falls inside split there: the same text
    (a token's trailing space stays on its last piece), other tokens as they were."""
    from spacy.tokens import Doc

    ordered = sorted(cuts)
    text = doc.text  # spaCy joins every token's text again each time it is asked
    words: list[str] = []
    spaces: list[bool] = []
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        inner = ordered[bisect_right(ordered, start) : bisect_left(ordered, end)]
        for begin, finish in pairwise([start, *inner, end]):
            words.append(text[begin:finish])
            spaces.append(False)
        spaces[-1] = bool(token.whitespace_)
    return Doc(doc.vocab, words=words, spaces=spaces)


def write(
    records: Iterable[Record], path: Path, options: ExportOptions, report: ExportReport
) -> None:
    """Write a DocBin to ``path`` (atomically), reporting spans spaCy cannot align.

    With ``options.shard_size``, ``path`` is a folder of DocBin files of that many
    articles each (``part-00000.spacy``, ...), which ``spacy train`` reads as one corpus:
    a DocBin holds every document it is given until it is written (a third of a
    megabyte an article here), so one shard is held at a time, not the export.
    """
    spacy = _spacy()
    pipelines: dict[str, Any] = {}
    if options.shard_size is None:
        with atomic_path(path) as temporary:
            _docbin(spacy, records, pipelines, report).to_disk(temporary)
        return
    with export_folder(path) as folder:
        for number, shard in enumerate(batched(records, options.shard_size)):
            _docbin(spacy, shard, pipelines, report).to_disk(folder / f"part-{number:05d}.spacy")


def _docbin(
    spacy: Any, records: Iterable[Record], pipelines: dict[str, Any], report: ExportReport
) -> Any:
    """Return the records as one DocBin, each with its language's tokenizer (German where
    it is not known). A token a span starts or ends inside ("11.000." at a sentence's
    end, the span "11.000") is split there; a span that still does not align is
    reported and left out."""
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    docs = DocBin(store_user_data=True)
    for record in records:
        language = record.article.language or "de"
        nlp = pipelines.get(language)
        if nlp is None:
            nlp = pipelines[language] = spacy.blank(language)
        doc = nlp.make_doc(record.article.text)
        found = _char_spans(doc, record.spans)
        if None in found:
            doc = _split_at(doc, {b for s in record.spans for b in (s.start, s.end)})
            found = _char_spans(doc, record.spans)
        aligned = []
        for span, char_span in zip(record.spans, found, strict=True):
            if char_span is None:
                report_misaligned(span, record.article.id, report)
                continue
            aligned.append(char_span)
        doc.spans["sc"] = aligned
        doc.ents = filter_spans(aligned)
        doc.user_data["id"] = record.article.id
        doc.user_data["title"] = record.article.title
        doc.user_data["language"] = language
        docs.add(doc)
        report.articles += 1
        report.spans += len(aligned)
    return docs
