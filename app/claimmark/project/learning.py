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


def learned_from(repo: Repository, span: Span) -> tuple[list[StoredSuggestion], int]:
    """Return the suggestions ``span`` teaches in the whole project, and in how many articles.

    The search index names the articles holding all of its words; only those are
    read. Nothing is stored.
    """
    taught = teacher(span)
    if taught is None or (taught.key, taught.label) in blocked(repo.word_rejections()):
        return [], 0
    ids = repo.candidate_articles(taught.stems)
    texts = repo.texts(ids)
    spans: dict[str, list[Stretch]] = {}
    for layer in repo.spans_by_annotator(ids).values():
        for article_id, found in layer.items():
            spans.setdefault(article_id, []).extend(found)
    spans.setdefault(span.article_id, []).append(span)
    learned: list[StoredSuggestion] = []
    articles = 0
    for article_id in ids:
        here = occurrences(taught, article_id, texts[article_id], spans.get(article_id, []), [])
        if here:
            articles += 1
            learned.extend(here)
    return learned, articles


def learn_edit(repo: Repository, span: Span) -> Learn | None:
    """Return the edit that stores what ``span`` teaches, or ``None`` if it teaches nothing."""
    learned, articles = learned_from(repo, span)
    return Learn(span, learned, articles) if learned else None
