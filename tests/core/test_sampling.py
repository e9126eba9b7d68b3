"""Choosing articles of a pre-annotated corpus: by claims, balanced by label, at random."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from claimmark.core.sampling import Sample
from claimmark.core.sampling import SampleBy

LABELS = ("LOSSES", "TROOPS", "WEAPONS")
corpora = st.lists(st.lists(st.sampled_from(LABELS), max_size=6), max_size=60)


def _choose(corpus: list[list[str]], n: int, by: SampleBy, seed: int = 0) -> list[int]:
    sample: Sample[int] = Sample(n, by, seed)
    for index, labels in enumerate(corpus):
        sample.offer(index, labels)
    return sample.chosen()


def test_by_claims_takes_the_articles_with_most_claims_earlier_first_on_ties() -> None:
    corpus = [["TROOPS"], [], ["LOSSES"] * 3, ["WEAPONS"], ["TROOPS", "LOSSES", "WEAPONS"], []]
    assert _choose(corpus, 3, SampleBy.CLAIMS) == [0, 2, 4]
    assert _choose(corpus, 2, SampleBy.CLAIMS) == [2, 4]


def test_by_label_gives_each_label_its_share_even_a_rare_one() -> None:
    # 900 articles of troops, 90 of losses, 10 of weapons: a random sample of 30 would
    # hold no weapons article in most draws.
    corpus = [["TROOPS"]] * 900 + [["LOSSES"]] * 90 + [["WEAPONS"]] * 10
    chosen = _choose(corpus, 30, SampleBy.LABEL, seed=5)
    assert len(chosen) == 30
    assert Counter(corpus[i][0] for i in chosen) == {"LOSSES": 10, "TROOPS": 10, "WEAPONS": 10}


def test_by_label_fills_up_with_articles_without_claims_when_the_labels_run_out() -> None:
    corpus = [["WEAPONS"], [], [], ["TROOPS"], []]
    chosen = _choose(corpus, 4, SampleBy.LABEL)
    assert len(chosen) == 4
    assert {0, 3} <= set(chosen)


def test_at_random_every_article_is_as_likely() -> None:
    counts: Counter[int] = Counter()
    for seed in range(2000):
        counts.update(_choose([[]] * 10, 3, SampleBy.RANDOM, seed))
    # 600 expected each; a uniform draw stays within 15 % of it (binomial sd ~ 20).
    assert all(510 < counts[i] < 690 for i in range(10)), counts


@given(corpora, st.integers(0, 70), st.sampled_from(list(SampleBy)), st.integers(0, 9))
def test_a_sample_is_n_distinct_articles_in_order_and_the_seed_repeats_it(
    corpus: list[list[str]], n: int, by: SampleBy, seed: int
) -> None:
    chosen = _choose(corpus, n, by, seed)
    assert len(chosen) == min(n, len(corpus))
    assert chosen == sorted(set(chosen))
    assert all(0 <= i < len(corpus) for i in chosen)
    assert _choose(corpus, n, by, seed) == chosen
