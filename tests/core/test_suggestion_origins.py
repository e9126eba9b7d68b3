"""One suggestion per span and label, whoever proposed it: origins recorded, best score kept."""

from __future__ import annotations

from dataclasses import replace

from claimmark.core.suggestions import Proposer
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import joined
from claimmark.core.suggestions import merged
from claimmark.core.suggestions import origins_of
from claimmark.core.suggestions import suggestion_id


def suggestion(
    start: int, end: int, origin: str, score: float, **attributes: object
) -> StoredSuggestion:
    found = StoredSuggestion(
        id=suggestion_id("a1", start, end, "TROOPS"),
        article_id="a1",
        start=start,
        end=end,
        label="TROOPS",
        text="x" * (end - start),
        value=None,
        qualifier=None,
        source=None,
        score=score,
        origin=origin,
    )
    return replace(found, **attributes)  # type: ignore[arg-type]


def test_origins_are_stored_in_one_order() -> None:
    assert joined([Proposer.MODEL, Proposer.RULES]) == "rules+model"
    assert joined([Proposer.LEARNED, Proposer.MODEL, Proposer.RULES]) == "rules+learned+model"
    assert origins_of("rules+model") == {Proposer.RULES, Proposer.MODEL}
    assert origins_of("") == frozenset()


def test_the_same_span_from_rules_and_model_is_onesuggestion() -> None:
    rules = suggestion(0, 10, Proposer.RULES, 0.7, value=3000, qualifier="exact", source="Reuters")
    model = suggestion(0, 10, Proposer.MODEL, 0.93)
    other = suggestion(20, 30, Proposer.MODEL, 0.5)
    found = merged([model, other, rules])
    assert [(s.start, s.origin, s.score) for s in found] == [
        (0, "rules+model", 0.93),
        (20, "model", 0.5),
    ]
    # The rules read the attributes; the model's higher score does not lose them.
    assert (found[0].value, found[0].qualifier, found[0].source) == (3000, "exact", "Reuters")


def test_a_detector_run_is_sorted_against_what_the_article_holds() -> None:
    from claimmark.core.suggestions import SuggestionState
    from claimmark.core.suggestions import plan_detection
    from claimmark.core.suggestions import proposed

    text = "Titel\nEs kamen 3000 Soldaten und 40 Panzer und 7 Drohnen."

    def at(words: str, origin: str = "rules", score: float = 0.8) -> StoredSuggestion:
        start = text.index(words)
        return proposed("a", text, start, start + len(words), "TROOPS", score=score,
                        origin=origin)  # fmt: skip

    again, new, gone = at("3000 Soldaten", score=0.9), at("40 Panzer"), at("7 Drohnen")
    learned = at("Soldaten")
    stored = {
        again.id: (SuggestionState.PENDING, "rules+learned"),
        gone.id: (SuggestionState.PENDING, "rules"),
        learned.id: (SuggestionState.PENDING, "rules+learned"),
        "rejected": (SuggestionState.REJECTED, "rules"),
    }
    plan = plan_detection({again.id: again, new.id: new}, stored)
    assert plan.new == [new]
    assert plan.again == [(again.id, "rules+learned", 0.9)]
    assert plan.gone == [gone.id]
    assert plan.learned_only == [(learned.id, "learned")]


def test_a_second_suggester_joins_only_where_the_first_is_silent() -> None:
    from claimmark.core.suggestions import proposed
    from claimmark.core.suggestions import where_silent

    text = "Titel\nSie lieferten mobile anti-air missiles und 40 Panzer und Drohnen."

    def at(words: str, origin: str, score: float = 0.7) -> StoredSuggestion:
        start = text.index(words)
        return proposed("a", text, start, start + len(words), "WEAPONS", score=score,
                        origin=origin)  # fmt: skip

    rules = [at("mobile anti-air missiles", "rules"), at("40 Panzer", "rules")]
    model = [
        at("air missiles", "model"),  # nested in a rules suggestion of its label: out
        at("40 Panzer", "model", 0.9),  # the very span: joins it
        at("Drohnen", "model", 0.6),  # where the rules are silent: in
        at("und Drohnen", "model", 0.5),  # stacks on the better one just kept: out
    ]
    kept = where_silent(rules, model)
    assert sorted(s.text for s in kept) == ["40 Panzer", "Drohnen"]
