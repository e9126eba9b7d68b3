"""Finding claims: the detector's suggestions for one article or for the whole project."""

from __future__ import annotations

import os
from pathlib import Path

from claimmark.core.batches import read_ahead
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import merged
from claimmark.core.suggestions import where_silent
from claimmark.detector.rules import Detector
from claimmark.detector.rules import store_form
from claimmark.model import spacy_model
from claimmark.model.spacy_model import Model
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore
from claimmark.project.training import model_suggestions
from claimmark.store import Repository


def suggestions_in(
    detector: Detector, model: Model | None, article_id: str, text: str, language: str
) -> list[StoredSuggestion]:
    """Return the rules' suggestions for an article, and the model's where there is one,
    merged: one per span and label, the best score, every origin.

    A model proposes only in the language it was trained on, and only where the rules
    are silent for its label (or on their very span): its nested variants of a rules
    suggestion ("air missiles" in "anti-air missiles") are left out.
    """
    found = [store_form(article_id, text, f) for f in detector.detect(text, language)]
    if model is not None and (not model.language or not language or model.language == language):
        proposed = model_suggestions(model, detector.lexicon, article_id, text, language)
        found.extend(where_silent(found, proposed))
    return merged(found)


def detect_article(
    repo: Repository, detector: Detector, article_id: str, model: Model | None = None
) -> int:
    """Run the detector (and the model) on one article and store the suggestions; return
    how many are new.

    Suggestions the user accepted or rejected keep their state.

    Raises:
        NotFoundError: there is no such article.
        StoreError: the database cannot be written.
    """
    article = repo.article(article_id)
    return repo.store_suggestions(
        article_id, suggestions_in(detector, model, article_id, article.text, article.language)
    )


BATCH_ARTICLES = 200
"""Articles detected per task and stored per transaction."""

POOL_FROM = 400
"""From this many articles on, detection runs in a process per core; fewer are
done in this process (starting the workers costs more than it saves)."""


def detect_all(
    repo: Repository,
    detector: Detector,
    again: bool = False,
    progress: Progress = ignore,
    workers: int | None = None,
    model: Path | None = None,
) -> tuple[int, int]:
    """Run the detector on every article it has not seen (all of them with ``again``).

    Articles are read and their suggestions stored a batch at a time, each batch
    in one transaction; the detecting itself runs in a pool of processes, one per
    core, while this process stores what the pool returns.

    Args:
        repo: the project's store.
        detector: the detector (sent to each worker process).
        again: detect articles already detected too.
        progress: told after each batch is stored.
        workers: processes to use; ``None`` for one per core (and none for a small
            project); 1 detects in this process.
        model: a model folder (see :mod:`claimmark.project.training`) whose
            suggestions are merged with the rules'; each process reads it once.

    Returns:
        (articles detected, new suggestions).
    """
    todo = repo.undetected(again)
    batches = [todo[i : i + BATCH_ARTICLES] for i in range(0, len(todo), BATCH_ARTICLES)]
    if workers is None:
        workers = (os.cpu_count() or 1) if len(todo) >= POOL_FROM else 1
    added = done = 0

    def store(found: dict[str, list[StoredSuggestion]]) -> None:
        nonlocal added, done
        added += repo.store_detections(found)
        done += len(found)
        progress(done, len(todo))

    texts = ((repo.texts(batch), repo.languages(batch)) for batch in batches)
    if workers <= 1:
        loaded = spacy_model.load(model) if model is not None else None
        for batch in texts:
            store(_detect_texts(detector, loaded, batch))
        return len(todo), added
    if model is not None:
        spacy_model.load(model)  # a model that cannot be read is said here, by name
    # Imported for a pool only: the window detects one article at a time, in a thread.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: a forked child of a process with threads (Qt's, SQLite's)
    # may inherit a held lock.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(detector, model)
    ) as pool:
        # Not pool.map: it reads every batch's texts before the first is stored (910 MB
        # for 100,000 articles); here two batches a worker are read ahead at most.
        submitted = (pool.submit(_detect_in_worker, batch) for batch in texts)
        for future in read_ahead(submitted, 2 * workers):
            store(future.result())
    return len(todo), added


Batch = tuple[dict[str, str], dict[str, str]]
"""Articles to detect: their texts and their languages, by id."""


def _detect_texts(
    detector: Detector, model: Model | None, batch: Batch
) -> dict[str, list[StoredSuggestion]]:
    texts, languages = batch
    return {
        article_id: suggestions_in(detector, model, article_id, text, languages.get(article_id, ""))
        for article_id, text in texts.items()
    }


_worker_detector: Detector | None = None
_worker_model: Model | None = None


def _start_worker(detector: Detector, model: Path | None) -> None:
    global _worker_detector, _worker_model
    _worker_detector = detector
    # A spaCy pipeline is read from its folder, not sent: pickling one is slow.
    _worker_model = spacy_model.load(model) if model is not None else None


def _detect_in_worker(batch: Batch) -> dict[str, list[StoredSuggestion]]:
    assert _worker_detector is not None
    return _detect_texts(_worker_detector, _worker_model, batch)
