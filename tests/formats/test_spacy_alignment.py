"""Spans spaCy cannot align are found from the words around them, as from the whole text."""

from __future__ import annotations

import pytest

from claimmark.core.articles import make_article
from claimmark.core.records import Record
from claimmark.core.spans import make_span
from claimmark.formats.spacy_docbin import misaligned
from tests.benchmarks.corpus import articles


@pytest.mark.slow  # spaCy loads in most of a second
def test_the_words_around_a_span_tell_what_the_whole_text_tells() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("de")
    found = 0
    for data in articles(200):
        article = make_article(data["id"], data["text"])
        spans = [
            make_span(article.id, article.text, s["start"], s["end"], s["label"], "t")
            for s in data["spans"]
        ]
        # Spans cut inside words too, which spaCy never aligns with.
        spans += [make_span(article.id, article.text, s.start + 1, s.end, s.label, "t")
                  for s in spans[:2]]  # fmt: skip
        record = Record(article, spans)
        doc = nlp.make_doc(article.text)
        whole = [s for s in spans if doc.char_span(s.start, s.end, alignment_mode="strict") is None]
        assert misaligned(nlp, record) == whole
        found += len(whole)
    assert found > 200  # the comparison saw misaligned spans of both kinds
