"""Learning from a span: the other occurrences of its words, across the project.

Run after a span is marked or a suggestion accepted (in the window as a job, whose
result is pushed as one undoable :class:`~claimmark.project.edits.Learn`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from claimmark.core.articles import Status
from claimmark.core.labels import LOSSES
from claimmark.core.labels import TROOPS
from claimmark.core.labels import WEAPONS
from claimmark.core.language import LANGUAGES
from claimmark.core.spans import Placed
from claimmark.core.spans import Span
from claimmark.core.spans import now_iso
from claimmark.core.suggestions import StoredSuggestion
from claimmark.detector.learning import Lessons
from claimmark.detector.learning import Where
from claimmark.detector.learning import blocked
from claimmark.detector.learning import occurrences
from claimmark.detector.learning import teachers
from claimmark.detector.lexicon import Lexicon
from claimmark.detector.numbers import find_quantities
from claimmark.detector.rules import Detector
from claimmark.project.edits import Learn
from claimmark.project.edits import LexiconWord
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore
from claimmark.store import Repository

LEARN_ARTICLES = 300
"""Articles one span's lesson reaches at most, besides its own: the first in the list
not marked done. A word common in a large corpus would otherwise be proposed in
thousands of articles at every mark (a flood, and seconds of reading)."""

BATCH_ARTICLES = 500
"""Articles ``claimmark detect`` teaches a transaction."""

PER_ARTICLE = 20
"""Occurrences one lesson proposes in an article at most (the first in the text)."""


def learned_from(
    repo: Repository,
    span: Span,
    lexicon: Lexicon | None = None,
    *,
    here: bool = True,
    elsewhere: bool = True,
) -> tuple[list[StoredSuggestion], int]:
    """Return the suggestions ``span`` teaches in the project, and in how many articles.

    What it teaches (its words, and a designation's family) is looked for through
    the search index, which names the articles holding the words; only those are
    read: the span's own (with ``here``), and (with ``elsewhere``) the first
    :data:`LEARN_ARTICLES` others not marked done. Nothing is stored.
    """
    blocks = blocked(repo.word_rejections())
    taught = [t for t in teachers(span, lexicon) if (t.key, t.label) not in blocks]
    if not taught:
        return [], 0
    ids = [span.article_id] if here else []
    if elsewhere:
        others: list[str] = []
        for lesson in taught:
            found = repo.candidate_articles(lesson.stems, LEARN_ARTICLES + 1, unfinished=True)
            others += [a for a in found if a != span.article_id and a not in others]
        ids += others[:LEARN_ARTICLES]
    if not ids:
        return [], 0
    texts = repo.texts(ids)
    placed: dict[str, list[Placed]] = {a: list(p) for a, p in repo.placed_of(ids).items()}
    placed.setdefault(span.article_id, []).append(span)  # saved or not yet, it is there
    learned: list[StoredSuggestion] = []
    reached: set[str] = set()
    for article_id in ids:
        found_here: list[StoredSuggestion] = []
        for lesson in taught:
            # A second lesson is not proposed where the first already is (the family of
            # "Su-34-Kampfflugzeugen" and its words find the same places).
            where = Where(article_id, texts[article_id], placed.get(article_id, []), found_here)
            found_here += occurrences(lesson, where, PER_ARTICLE - len(found_here))
        if found_here:
            reached.add(article_id)
            learned.extend(found_here)
    return learned, len(reached)


def learn_edit(
    repo: Repository,
    span: Span,
    detector: Detector | None = None,
    *,
    here: bool = True,
    elsewhere: bool = True,
) -> Learn | None:
    """Return the edit that stores what ``span`` teaches (suggestions, and with a
    ``detector`` and ``here``, a word for the lexicon), or ``None`` if it teaches
    nothing; ``here`` and ``elsewhere`` say where to look (see :func:`learned_from`)."""
    lexicon = detector.lexicon if detector else None
    learned, articles = learned_from(repo, span, lexicon, here=here, elsewhere=elsewhere)
    word = None
    if here and repo.folder is not None and detector is not None:
        word = taught_word(repo.folder, detector, span, repo.article(span.article_id).language)
    return Learn(span, learned, articles, word) if learned or word is not None else None


def project_lessons(repo: Repository) -> Lessons:
    """Return what every span of the project teaches, words rejected too often left out."""
    blocks = blocked(repo.word_rejections())
    lessons = []
    for text, label, article_id in repo.span_words():
        for taught in teachers(Span("", article_id, 0, len(text), label, text, "", "")):
            if (taught.key, taught.label) not in blocks:
                lessons.append(taught)
    return Lessons(lessons)


def learn_in(repo: Repository, article_ids: Sequence[str], progress: Progress = ignore) -> int:
    """Add to these articles what every span of the project teaches, but to those marked
    done (finished is finished); return how many suggestions that added (a batch of
    articles a transaction)."""
    lessons = project_lessons(repo)
    if not len(lessons):
        return 0
    statuses = repo.article_statuses()
    article_ids = [a for a in article_ids if statuses.get(a) != Status.DONE]
    added = 0
    for start in range(0, len(article_ids), BATCH_ARTICLES):
        batch = article_ids[start : start + BATCH_ARTICLES]
        texts = repo.texts(batch)
        placed = repo.placed_of(batch)
        learned = [
            suggestion
            for article_id in batch
            for suggestion in lessons.occurrences(
                Where(article_id, texts[article_id], placed.get(article_id, [])), PER_ARTICLE
            )
        ]
        added += len(repo.add_suggestions(learned))
        progress(start + len(batch), len(article_ids))
    return added


def lexicon_word(detector: Detector, span: Span) -> tuple[str, str] | None:
    """Return the word of a confirmed span the detector does not know and its lexicon
    section, to add to the project's lexicon; or ``None``.

    A weapon gives its last word (the head of "ballistische Kurzstreckenraketen") to
    ``weapon_words``. A troop figure gives its head noun to ``personnel_words``
    ("3000 Grenzjäger"), a loss figure to ``people_words`` (people the rules count
    as losses where a casualty cue stands, never as troops).
    """
    words = span.text.split()
    if not words or len(words[-1]) < 4:
        return None
    head = words[-1].strip(".,;:!?\"'«»„“”()")
    if span.label == WEAPONS:
        if any(c.isdigit() for c in span.text):
            return None
        known = detector.detect(f"Titel\nDie Armee setzte {head} ein.", "")
        return None if any(s.label == WEAPONS for s in known) else ("weapon_words", head)
    if span.label not in (TROOPS, LOSSES) or len(words) < 2 or not head.isalpha():
        return None
    lexicon = detector.lexicon
    figures = find_quantities(span.text, lexicon)
    if not figures or figures[0][1] >= len(span.text) - len(head):
        return None  # no figure, or the figure is the whole span ("etwa 4.000")
    if lexicon.is_personnel(head) or lexicon.matches("people_words", head):
        return None
    if span.label == TROOPS:
        return "personnel_words", head
    if lexicon.matches("casualty_stems", head):
        return None
    return "people_words", head


def lexicon_entry(detector: Detector, span: Span, language: str = "") -> tuple[str, str] | None:
    """Return the lexicon section and word a confirmed span teaches (see
    :func:`lexicon_word`), the section that of the article's ``language``; or ``None``."""
    found = lexicon_word(detector, span)
    if found is None:
        return None
    section, word = found
    return (f"{section}.{language}" if language in LANGUAGES else section), word


def taught_word(
    folder: Path, detector: Detector, span: Span, language: str = ""
) -> LexiconWord | None:
    """Return the word a confirmed span teaches the project's lexicon in ``folder`` (see
    :func:`lexicon_word`), in the section of the article's ``language``; or ``None``."""
    found = lexicon_entry(detector, span, language)
    if found is None:
        return None
    # Said beside the word in lexicon.txt, where Edit › Learned words shows it.
    note = f"from {span.label} {span.text!r} in {span.article_id}, {now_iso()[:10]}"
    return LexiconWord(folder, *found, note)
