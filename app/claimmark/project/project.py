"""A project: one database, the detector with its lexicon, and opening articles in it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimmark.bundled import seeds_dir
from claimmark.core.articles import Article
from claimmark.core.problems import ImportProblem
from claimmark.formats.lexicon import load_lexicon_for
from claimmark.formats.txt import read_txt
from claimmark.project.annotating import ArticleState
from claimmark.project.splitting import OWNER
from claimmark.store import Repository

if TYPE_CHECKING:
    # The detector and the model are imported where they are first used: a command that
    # only reads the store (export, stats, ledger) starts without them.
    from claimmark.detector.rules import Detector
    from claimmark.model.spacy_model import Model

log = logging.getLogger("claimmark")

DETECT_IN_PLACE_CHARACTERS = 200_000
"""Longer articles are searched for claims in the background: at the measured
2.4 MB/s, 200,000 characters take about 80 ms, which the window may block for."""

DETECT_IN_PLACE_WITH_MODEL = 3_000
"""The same with a model: it reads some 31,000 characters a second (a seed article of
5,000 took 160 ms), so only a short article is searched before it shows."""


class Project:
    """An annotation project: its store, and the detector that proposes claims in it.

    Attributes:
        repo: the store (this thread's connection).
        detector: proposes suggestions for articles it has not seen (None: no detection).
        lexicon_problems: lines of the user's lexicon files that could not be used.
        model: a model trained on the project's spans, whose suggestions join the
            detector's (None: the rules alone). The window reads the one beside the
            database, if there is one, in the background.
    """

    def __init__(
        self,
        repo: Repository,
        detector: Detector | None,
        lexicon_problems: Iterable[ImportProblem] = (),
    ) -> None:
        self.repo = repo
        self.detector = detector
        self.lexicon_problems = list(lexicon_problems)
        self.model: Model | None = None

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = True,
        detect: bool = True,
        lexicons: Iterable[Path] = (),
    ) -> Project:
        """Open the project database at ``path`` (creating it if allowed), with its lexicon.

        The lexicon is the bundled one, the user's ``lexicon.txt`` beside the
        database, and ``lexicons``; lines that cannot be used are kept in
        ``lexicon_problems``.

        Raises:
            StoreError: the database cannot be opened, or is missing and ``create`` is false.
        """
        repo = Repository.open(path, create=create)
        if not detect:
            return cls(repo, None)
        from claimmark.detector.rules import Detector

        lexicon, problems = load_lexicon_for(repo.folder, lexicons)
        return cls(repo, Detector(lexicon), problems)

    @property
    def path(self) -> str:
        """Return where the database is, as the user gave it."""
        return self.repo.path

    @property
    def model_path(self) -> Path:
        """Return where the project's model is kept (whether or not there is one yet)."""
        from claimmark.project.training import default_model_path

        return default_model_path(Path(self.repo.path))

    def saved_model(self) -> Path | None:
        """Return the model beside the database, if there is one, spaCy can read it, and
        it did not fail to help the rules when it was trained (see :attr:`unhelpful_model`)."""
        from claimmark.project.training import can_train
        from claimmark.project.training import model_exists
        from claimmark.project.training import model_helps

        path = self.model_path
        usable = model_exists(path) and can_train() and model_helps(path) is not False
        return path if usable else None

    @property
    def unhelpful_model(self) -> Path | None:
        """Return the model beside the database if training found it did not help the
        rules on its held-out articles: the project leaves it out."""
        from claimmark.project.training import model_exists
        from claimmark.project.training import model_helps

        path = self.model_path
        return path if model_exists(path) and model_helps(path) is False else None

    def close(self) -> None:
        """Close the store's connection."""
        self.repo.close()

    @property
    def read_only(self) -> bool:
        """Return whether the project can be read but not changed."""
        return self.repo.read_only

    @property
    def has_other_connections(self) -> bool:
        """Return whether work may run on another connection, in another thread."""
        return not self.repo.private

    def connect_again(self) -> Repository:
        """Open another connection to this project's database, for work in another thread.

        Raises:
            StoreError: the database has no other connection (in memory), or cannot be opened.
        """
        return self.repo.reopen()

    def seed_if_empty(self) -> int:
        """Fill a project without articles with the bundled corpus; return how many were added.

        A user who has nothing else gets the bundled articles, so the window is never
        empty on first launch.
        """
        # A share of a split corpus is someone's work even when it got no article.
        if not self.repo.is_empty() or self.repo.project_info(OWNER) is not None:
            return 0
        read = read_txt([seeds_dir()])
        for problem in read.problems:
            log.warning("bundled corpus: %s", problem)
        return len(self.repo.add_articles(r.article for r in read.records).added)

    def article_state(self, article_id: str) -> ArticleState:
        """Return an article as the user sees it now: status, spans, pending suggestions.

        Raises:
            NotFoundError: there is no such article.
        """
        return self._state_of(self.repo.article(article_id))

    def reread(self, state: ArticleState) -> ArticleState:
        """Return ``state`` as the store has it now; the text is not read again.

        An article's text never changes once stored, and it may be megabytes long:
        a refresh after each edit reads only its status, spans and suggestions.

        Raises:
            NotFoundError: the article is gone.
        """
        article_id = state.article.id
        note, language = self.repo.note_of(article_id), self.repo.language_of(article_id)
        article = (
            state.article
            if (note, language) == (state.article.note, state.article.language)
            else replace(state.article, note=note, language=language)
        )
        return ArticleState(
            article,
            self.repo.status_of(article_id),
            tuple(self.repo.spans_for(article_id)),
            tuple(self.repo.suggestions_for(article_id)),
        )

    def _state_of(self, article: Article) -> ArticleState:
        return ArticleState(
            article,
            article.status,
            tuple(self.repo.spans_for(article.id)),
            tuple(self.repo.suggestions_for(article.id)),
        )

    def open_article(self, article_id: str) -> tuple[ArticleState, bool]:
        """Open an article, finding its claims first if the detector has not seen it.

        Short articles are searched at once; a long one is left for the caller to
        search in the background.

        Returns:
            The article's state, and whether its detection is still to run.

        Raises:
            NotFoundError: there is no such article.
        """
        article = self.repo.article(article_id)
        later = False
        detector = None if self.repo.read_only else self.detector  # nothing may be stored
        if detector is not None and not self.repo.is_detected(article_id):
            in_place = (
                DETECT_IN_PLACE_CHARACTERS if self.model is None else DETECT_IN_PLACE_WITH_MODEL
            )
            if len(article.text) <= in_place or not self.has_other_connections:
                from claimmark.project.detecting import detect_article

                detect_article(self.repo, detector, article_id, self.model)
            else:
                later = True
        return self._state_of(article), later  # detecting changes neither text nor status

    def detect_again(self, article_id: str) -> int:
        """Run the detector on one article again; return how many suggestions are new."""
        if self.detector is None:
            return 0
        from claimmark.project.detecting import detect_article

        return detect_article(self.repo, self.detector, article_id, self.model)
