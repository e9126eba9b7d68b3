"""Reviewing suggestions: the span a suggestion becomes, and what Accept all accepts."""

from __future__ import annotations

from claimmark.core.review import plan_accept_all
from claimmark.core.review import span_from_suggestion
from claimmark.core.spans import Origin
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion

TEXT = "Es kamen rund 3000 Soldaten und 50 Raketen."


def _suggestion(words: str, label: str, **attributes: object) -> StoredSuggestion:
    start = TEXT.index(words)
    return StoredSuggestion(
        id=f"s{start}{label}", article_id="a1", start=start, end=start + len(words),
        label=label, text=words, value=attributes.get("value"),  # type: ignore[arg-type]
        qualifier=attributes.get("qualifier"), source=None, score=0.9,  # type: ignore[arg-type]
    )  # fmt: skip


def test_a_suggestion_becomes_a_detector_span_with_its_attributes() -> None:
    suggestion = _suggestion("rund 3000 Soldaten", "TROOPS", value=3000, qualifier="approx")
    span = span_from_suggestion(suggestion, TEXT, "alice")
    assert (span.start, span.end, span.label, span.text) == (
        suggestion.start, suggestion.end, "TROOPS", "rund 3000 Soldaten",
    )  # fmt: skip
    assert (span.origin, span.annotator, span.value, span.qualifier) == (
        Origin.DETECTOR, "alice", 3000, "approx",
    )  # fmt: skip


def test_accept_all_skips_what_overlaps_a_span_or_an_earlier_suggestion_of_its_label() -> None:
    marked = Span("m", "a1", TEXT.index("50"), TEXT.index("50") + 10, "WEAPONS", "50 Raketen",
                  "alice", "t")  # fmt: skip
    suggestions = [
        _suggestion("rund 3000 Soldaten", "TROOPS"),
        _suggestion("3000 Soldaten", "TROOPS"),  # overlaps the one before: left to review
        _suggestion("3000 Soldaten", "LOSSES"),  # another label may overlap
        _suggestion("Raketen", "WEAPONS"),  # inside the marked span: left
    ]
    plan = plan_accept_all([marked], suggestions, TEXT, "alice")
    assert [(s.text, s.label) for s, _span in plan.accepted] == [
        ("rund 3000 Soldaten", "TROOPS"),
        ("3000 Soldaten", "LOSSES"),
    ]
    assert plan.left == 2
