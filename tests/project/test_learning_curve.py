"""What learning adds, measured on the gold set (leave one article out), not claimed."""

from __future__ import annotations

from pathlib import Path

from claimmark.project.evaluating import annotation_curve
from claimmark.project.evaluating import learning_curve
from claimmark.team.agreement import micro

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "seeds.jsonl"


def test_learning_never_costs_the_rules_precision_and_finds_weapons_alone() -> None:
    curve = learning_curve(GOLD)
    rules, together, alone = (micro(r.overlap) for r in (curve.rules, curve.learned, curve.alone))
    # With the rules: no suggestion lost, none added where gold has nothing.
    assert together.recall >= rules.recall
    assert together.precision >= rules.precision
    # Alone, what the other four articles' spans teach finds weapons in the fifth,
    # without a false alarm on overlap (measured: 18 proposals, recall 0.47).
    assert alone.precision == 1.0
    assert curve.alone.overlap["WEAPONS"].recall >= 0.4
    assert curve.proposed[2] > 0


NEW_TOPIC = GOLD.parent / "german-newtopic.jsonl"


def test_annotating_a_new_topic_article_by_article_raises_the_recall_of_the_rest() -> None:
    """The articles' weapons and units are new to the rules: what each annotated article
    teaches (lexicon words, learned words, designation families) is found in the rest."""
    points = annotation_curve(NEW_TOPIC)
    assert [p.annotated for p in points] == list(range(6))
    first, last = points[0], points[-1]
    assert micro(first.learned.overlap) == micro(first.rules.overlap)  # nothing taught yet
    for point in points[1:]:
        learned, rules = micro(point.learned.overlap), micro(point.rules.overlap)
        assert learned.recall >= rules.recall, point.annotated
        assert learned.precision >= rules.precision - 0.02, point.annotated
    gains = [micro(p.learned.overlap).recall - micro(p.rules.overlap).recall for p in points]
    assert gains[-1] > gains[1] > 0
    assert micro(last.learned.overlap).recall > micro(first.learned.overlap).recall
    assert last.words > 0
    assert last.lessons > last.words


def test_the_seeds_lose_nothing_to_what_they_teach() -> None:
    for point in annotation_curve(GOLD):
        learned, rules = micro(point.learned.overlap), micro(point.rules.overlap)
        assert learned.precision >= rules.precision
        assert learned.recall >= rules.recall
