"""Splitting a corpus among annotators: who annotates which article, some of them twice.

A share of the articles goes to two annotators, so that their agreement can be
measured; the pairs take turns, so every pair of annotators meets on about as
many articles. The rest go to one annotator each, always the one with the
least work so far, so the shares end up as even as they can be.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from itertools import combinations

from claimmark.core.errors import RuleError
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import said


@dataclass(slots=True)
class Shares:
    """Who gets which article.

    Attributes:
        articles: each annotator's articles, in the corpus's order.
        doubled: the articles given to two annotators, by the pair that has them.
    """

    articles: dict[str, list[str]] = field(default_factory=dict)
    doubled: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    @property
    def double_count(self) -> int:
        """Return how many articles two annotators have."""
        return sum(len(ids) for ids in self.doubled.values())


def assign_shares(
    article_ids: Sequence[str], annotators: Sequence[str], double: float, seed: int = 0
) -> Shares:
    """Share ``article_ids`` among ``annotators``, ``double`` of them (a fraction) twice.

    Which articles are doubled is drawn at random with ``seed``, so the same call
    gives the same shares; the corpus's order is kept within each share.

    Raises:
        RuleError: no annotator, a name given twice, a fraction outside 0-1, or a
            double share with a single annotator.
    """
    names = [name.strip() for name in annotators]
    if not names or any(not name for name in names):
        raise RuleError(
            said(QT_TRANSLATE_NOOP("edits", "Name at least one annotator (names cannot be empty)."))
        )
    if len(set(names)) != len(names):
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP("edits", "An annotator is named twice: {names}."),
                names=", ".join(names),
            )
        )
    if not 0 <= double <= 1:
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP(
                    "edits", "The double share must be between 0 and 1, not {double}."
                ),
                double=double,
            )
        )
    if double > 0 and len(names) < 2:
        raise RuleError(
            said(QT_TRANSLATE_NOOP("edits", "A double share needs at least two annotators."))
        )
    order = {article_id: n for n, article_id in enumerate(article_ids)}
    drawn = list(article_ids)
    random.Random(seed).shuffle(drawn)
    doubled = drawn[: round(double * len(drawn))]
    single = sorted(drawn[len(doubled) :], key=order.__getitem__)
    shares = Shares({name: [] for name in names})
    pairs = list(combinations(names, 2))
    for n, article_id in enumerate(sorted(doubled, key=order.__getitem__)):
        pair = pairs[n % len(pairs)]
        shares.doubled.setdefault(pair, []).append(article_id)
        for name in pair:
            shares.articles[name].append(article_id)
    for article_id in single:
        # The least loaded annotator, the first named at a tie.
        name = min(names, key=lambda who: len(shares.articles[who]))
        shares.articles[name].append(article_id)
    for name in names:
        shares.articles[name].sort(key=order.__getitem__)
    return shares
