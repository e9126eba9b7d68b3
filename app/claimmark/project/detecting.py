"""Finding claims: the detector's suggestions for one article or for the whole project."""

from __future__ import annotations

from claimmark.core.detect import Detector, store_form
from claimmark.project.progress import Progress, ignore
from claimmark.store import Repository


def detect_article(repo: Repository, detector: Detector, article_id: str) -> int:
    """Run the detector on one article and store its suggestions; return how many are new.

    Suggestions the user accepted or rejected keep their state.

    Raises:
        NotFoundError: there is no such article.
        StoreError: the database cannot be written.
    """
    article = repo.article(article_id)
    found = detector.detect(article.text)
    return repo.store_suggestions(
        article_id, [store_form(article_id, article.text, f) for f in found]
    )


def detect_all(
    repo: Repository, detector: Detector, again: bool = False, progress: Progress = ignore
) -> tuple[int, int]:
    """Run the detector on every article it has not seen (all of them with ``again``).

    Returns:
        (articles detected, new suggestions).
    """
    todo = [a.id for a in repo.list_articles() if again or not repo.is_detected(a.id)]
    added = 0
    for done, article_id in enumerate(todo, 1):
        added += detect_article(repo, detector, article_id)
        progress(done, len(todo))
    return len(todo), added
