"""Agreement figures against small examples whose arithmetic is written out here."""

from __future__ import annotations

import random

import pytest

from claimmark.core.spans import Span
from claimmark.core.spans import make_span
from claimmark.team.agreement import NONE
from claimmark.team.agreement import agreement
from claimmark.team.agreement import cohen_kappa
from claimmark.team.agreement import confusion
from claimmark.team.agreement import krippendorff_alpha
from claimmark.team.agreement import micro

TEXT = "Russland schickte 3000 Soldaten und verlor 40 Panzer in Kursk gestern."
#       0         1         2         3         4         5         6
#       0123456789012345678901234567890123456789012345678901234567890123456789


def _span(words: str, label: str, who: str, article: str = "a", text: str = TEXT) -> Span:
    start = text.index(words)
    return make_span(article, text, start, start + len(words), label, who)


def test_cohen_kappa_of_four_units() -> None:
    # p_o = 3/4; A says a twice and b twice, B a once and b three times:
    # p_e = (2*1 + 2*3) / 16 = 1/2; kappa = (3/4 - 1/2) / (1 - 1/2) = 1/2.
    assert cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"]) == pytest.approx(0.5)
    assert cohen_kappa(["a", "b"], ["a", "b"]) == pytest.approx(1.0)
    assert cohen_kappa(["O", "O"], ["O", "O"]) is None  # chance agreement is total


def test_krippendorff_alpha_of_three_units() -> None:
    # Units (a,a), (a,b), (b,b): D_o = 0 + (4-2)/1 + 0 = 2; a and b occur 3 times
    # each, n = 6: D_e = (36 - 18) / 5 = 3.6; alpha = 1 - 2/3.6 = 0.444...
    assert krippendorff_alpha([["a", "a"], ["a", "b"], ["b", "b"]]) == pytest.approx(1 - 2 / 3.6)
    # A unit rated once cannot be paired and changes nothing.
    assert krippendorff_alpha([["a", "a"], ["a", "b"], ["b", "b"], ["b"]]) == pytest.approx(
        1 - 2 / 3.6
    )
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]) is None


def test_span_scores_exact_and_overlapping_per_pair() -> None:
    anna = [_span("3000 Soldaten", "TROOPS", "anna"), _span("40 Panzer", "LOSSES", "anna")]
    ben = [
        _span("3000 Soldaten", "TROOPS", "ben"),
        _span("40 Panzer in Kursk", "LOSSES", "ben"),
        _span("Panzer", "WEAPONS", "ben"),
    ]
    found = agreement({"anna": {"a": anna}, "ben": {"a": ben}}, {"a": TEXT}, ["TROOPS", "LOSSES"])
    [pair] = found.pairs
    assert (pair.first, pair.second, pair.articles, pair.spans) == ("anna", "ben", 1, (2, 3))
    # Exact: TROOPS matches; anna's LOSSES is missed, ben's LOSSES and WEAPONS are extra:
    # tp 1, fp 2, fn 1 -> P 1/3, R 1/2, F1 2*(1/6)/(5/6) = 0.4.
    exact = micro(pair.exact)
    assert (exact.tp, exact.fp, exact.fn) == (1, 2, 1)
    assert exact.f1 == pytest.approx(0.4)
    # Overlap: LOSSES now matches too; WEAPONS stays extra: tp 2, fp 1, fn 0 -> F1 0.8.
    overlap = micro(pair.overlap)
    assert (overlap.tp, overlap.fp, overlap.fn) == (2, 1, 0)
    assert overlap.f1 == pytest.approx(0.8)
    assert pair.overlap["WEAPONS"].fp == 1
    assert found.overall("overlap")["LOSSES"].tp == 1


def test_confusion_matches_overlapping_spans_whatever_their_labels() -> None:
    anna = [_span("40 Panzer", "LOSSES", "anna"), _span("3000 Soldaten", "TROOPS", "anna")]
    ben = [_span("Panzer", "WEAPONS", "ben"), _span("Kursk", "LOSSES", "ben")]
    assert confusion(anna, ben) == {
        ("LOSSES", "WEAPONS"): 1,
        ("TROOPS", NONE): 1,
        (NONE, "LOSSES"): 1,
    }


def test_token_kappa_counts_tokens_split_where_either_span_ends() -> None:
    # Tokens: Russland schickte 3000 Soldaten und verlor 40 Panzer in Kursk gestern . (12)
    anna = [_span("3000 Soldaten", "TROOPS", "anna")]
    ben = [_span("3000", "TROOPS", "ben")]
    found = agreement({"anna": {"a": anna}, "ben": {"a": ben}}, {"a": TEXT}, ["TROOPS"])
    [pair] = found.pairs
    assert pair.tokens == 12
    # They differ on "Soldaten" only (I-TROOPS against O): p_o = 11/12. Anna: B 1,
    # I 1, O 10; Ben: B 1, O 11. p_e = (1*1 + 10*11) / 144 = 111/144.
    p_o, p_e = 11 / 12, 111 / 144
    assert pair.kappa == pytest.approx((p_o - p_e) / (1 - p_e))
    assert found.tokens == 12
    assert found.articles == 1


def test_only_articles_both_finished_are_compared() -> None:
    other = "Kyjiw meldete 200 Tote."
    anna = {"a": [_span("3000 Soldaten", "TROOPS", "anna")], "b": []}
    ben = {"a": [_span("3000 Soldaten", "TROOPS", "ben")]}
    found = agreement({"anna": anna, "ben": ben}, {"a": TEXT, "b": other}, ["TROOPS"])
    [pair] = found.pairs
    assert pair.articles == 1
    assert found.articles == 1
    assert micro(pair.exact).f1 == 1.0


def test_three_annotators_make_three_pairs_and_one_alpha() -> None:
    layers = {
        name: {"a": [_span(words, "TROOPS", name)]}
        for name, words in (("anna", "3000 Soldaten"), ("ben", "3000 Soldaten"), ("chris", "3000"))
    }
    found = agreement(layers, {"a": TEXT}, ["TROOPS"])
    assert [(p.first, p.second) for p in found.pairs] == [
        ("anna", "ben"),
        ("anna", "chris"),
        ("ben", "chris"),
    ]
    assert found.alpha is not None
    assert 0 < found.alpha < 1


@pytest.mark.slow  # scikit-learn loads in a second
def test_kappa_agrees_with_scikit_learn() -> None:
    sklearn = pytest.importorskip("sklearn.metrics")
    chance = random.Random(7)
    tags = ["O", "B-TROOPS", "I-TROOPS", "B-LOSSES"]
    for _ in range(20):
        size = chance.randint(5, 200)
        first = [chance.choice(tags) for _ in range(size)]
        second = [t if chance.random() < 0.7 else chance.choice(tags) for t in first]
        ours = cohen_kappa(first, second)
        theirs = sklearn.cohen_kappa_score(first, second)
        assert ours == pytest.approx(theirs)


def test_alpha_agrees_with_the_krippendorff_package() -> None:
    krippendorff = pytest.importorskip("krippendorff")
    import numpy as np

    chance = random.Random(11)
    raters, size, values = 3, 60, ["O", "B", "I"]
    truth = [chance.choice(values) for _ in range(size)]
    table: list[list[str | None]] = [
        [t if chance.random() < 0.8 else chance.choice(values) for t in truth]
        for _ in range(raters)
    ]
    for row in table:  # some units miss some raters
        for unit in chance.sample(range(size), 10):
            row[unit] = None
    units = [[row[u] for row in table if row[u] is not None] for u in range(size)]
    coded = np.array(
        [[np.nan if v is None else values.index(v) for v in row] for row in table], dtype=float
    )
    theirs = krippendorff.alpha(reliability_data=coded, level_of_measurement="nominal")
    assert krippendorff_alpha(units) == pytest.approx(theirs)
