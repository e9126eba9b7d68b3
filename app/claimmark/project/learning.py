"""Learning from a span: the other occurrences of its words, across the project.

Run after a span is marked or a suggestion accepted (in the window as a job, whose
result is pushed as one undoable :class:`~claimmark.project.edits.Learn`).
"""

from __future__ import annotations

from claimmark.core.learning import blocked, occurrences, teacher
from claimmark.core.spans import Span, Stretch
from claimmark.core.suggestions import StoredSuggestion
from claimmark.project.edits import Learn
from claimmark.store import Repository

LEARN_ARTICLES = 300
"""Articles one span's lesson reaches at most, besides its own: the first in the list
not marked done. A word common in a large corpus would otherwise be proposed in
thousands of articles at every mark (a flood, and seconds of reading)."""

PER_ARTICLE = 20
"""Occurrences one lesson proposes in an article at most (the first in the text)."""


def learned_from(repo: Repository, span: Span) -> tuple[list[StoredSuggestion], int]:
    """Return the suggestions ``span`` teaches in the project, and in how many articles.

    The search index names the articles holding all of its words; only those are
    read: the span's own, and the first :data:`LEARN_ARTICLES` not marked done.
    Nothing is stored.
    """
    taught = teacher(span)
    if taught is None or (taught.key, taught.label) in blocked(repo.word_rejections()):
        return [], 0
    found = repo.candidate_articles(taught.stems, LEARN_ARTICLES, unfinished=True)
    ids = [span.article_id, *(a for a in found if a != span.article_id)]
    texts = repo.texts(ids)
    spans: dict[str, list[Stretch]] = {}
    for layer in repo.spans_by_annotator(ids).values():
        for article_id, marked in layer.items():
            spans.setdefault(article_id, []).extend(marked)
    spans.setdefault(span.article_id, []).append(span)
    proposed = repo.suggestions_of(ids)
    learned: list[StoredSuggestion] = []
    articles = 0
    for article_id in ids:
        here = occurrences(
            taught,
            article_id,
            texts[article_id],
            spans.get(article_id, []),
            proposed.get(article_id, []),
            PER_ARTICLE,
        )
        if here:
            articles += 1
            learned.extend(here)
    return learned, articles


def learn_edit(repo: Repository, span: Span) -> Learn | None:
    """Return the edit that stores what ``span`` teaches, or ``None`` if it teaches nothing."""
    learned, articles = learned_from(repo, span)
    return Learn(span, learned, articles) if learned else None
