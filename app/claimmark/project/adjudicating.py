"""Adjudicating a team's work: the articles to settle, their disagreements, and the edits
that settle them into the gold layer (undoable like any other edit)."""

from __future__ import annotations

from collections import Counter

from claimmark.core.spans import Span
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import said
from claimmark.project.agreeing import finished_articles
from claimmark.project.edits import Edit
from claimmark.project.edits import MarkSpan
from claimmark.project.edits import RejectDisagreement
from claimmark.project.edits import Together
from claimmark.store import Repository
from claimmark.team.adjudication import GOLD
from claimmark.team.adjudication import Cluster
from claimmark.team.adjudication import Version
from claimmark.team.adjudication import clusters
from claimmark.team.adjudication import gold_spans
from claimmark.team.adjudication import settled


class Adjudication:
    """What there is to adjudicate in a team's database, article by article.

    Attributes:
        finished: the articles each annotator finished (gold's own work not among them).
        articles: the articles at least two annotators finished, in the list's order.
    """

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self.finished = {
            name: articles for name, articles in finished_articles(repo).items() if name != GOLD
        }
        counts = Counter(a for articles in self.finished.values() for a in articles)
        order = {article_id: n for n, article_id in enumerate(repo.article_ids())}
        self.articles = sorted((a for a, n in counts.items() if n > 1), key=order.__getitem__)

    def clusters(self, article_id: str) -> tuple[list[Cluster], list[Span]]:
        """Return an article's clusters of the annotators' spans, and its gold spans."""
        names = [name for name, articles in self.finished.items() if article_id in articles]
        layers: dict[str, list[Span]] = {name: [] for name in names}
        gold: list[Span] = []
        for span in self._repo.spans_for(article_id):
            if span.annotator == GOLD:
                gold.append(span)
            elif span.annotator in layers:
                layers[span.annotator].append(span)
        return clusters(article_id, layers), gold

    def open_disagreements(self, article_id: str) -> list[Cluster]:
        """Return an article's disagreements not settled yet, in text order."""
        found, gold = self.clusters(article_id)
        rejected = self._repo.rejected_disagreements(article_id)
        return [c for c in found if not c.agreed and not settled(c, gold, rejected)]

    def agreements_edit(self, article_id: str) -> Edit | None:
        """Return the edit that takes over the article's agreed spans gold lacks (``None``:
        there are none)."""
        found, gold = self.clusters(article_id)
        rejected = self._repo.rejected_disagreements(article_id)
        spans = [
            span
            for cluster in found
            if cluster.agreed and not settled(cluster, gold, rejected)
            for span in gold_spans(cluster.versions[0])
        ]
        if not spans:
            return None
        return Together(
            said(
                QT_TRANSLATE_NOOP("edits", "take over {n} span the annotators agree on"),
                QT_TRANSLATE_NOOP("edits", "take over {n} spans the annotators agree on"),
                len(spans),
            ),
            [MarkSpan(span) for span in spans],
        )

    def next_article(self, current: str | None, step: int) -> str | None:
        """Return the article to adjudicate ``step`` places after ``current`` (-1: before),
        round the list; from an article not to adjudicate, the first (or the last)."""
        if not self.articles:
            return None
        outside = -1 if step > 0 else 0  # so that one step lands on the first or the last
        at = self.articles.index(current) if current in self.articles else outside
        return self.articles[(at + step) % len(self.articles)]

    def left(self) -> dict[str, int]:
        """Return how many disagreements are not settled yet, by article (read once when
        adjudication begins; the window then counts the open article's itself)."""
        return {a: len(self.open_disagreements(a)) for a in self.articles}


def take_version(version: Version) -> Edit:
    """Return the edit that settles a disagreement with one version's spans, as gold."""
    who = ", ".join(version.annotators)
    return Together(
        said(QT_TRANSLATE_NOOP("edits", "take {who}'s version"), who=who),
        [MarkSpan(span) for span in gold_spans(version)],
    )


def reject_all(cluster: Cluster) -> Edit:
    """Return the edit that settles a disagreement with no span at all."""
    return RejectDisagreement(cluster.article_id, cluster.start, cluster.end)
