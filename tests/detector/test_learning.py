"""What a span teaches: the same words elsewhere, German endings tolerated, whole words only."""

from __future__ import annotations

import re

import pytest

from claimmark.core.spans import Span
from claimmark.core.spans import make_span
from claimmark.core.suggestions import Proposer
from claimmark.detector.learning import BLOCK_AFTER
from claimmark.detector.learning import Lessons
from claimmark.detector.learning import Where
from claimmark.detector.learning import allowed
from claimmark.detector.learning import blocked
from claimmark.detector.learning import occurrences
from claimmark.detector.learning import teacher
from claimmark.detector.learning import words_key

TEXT = (
    "Die Armee setzte Panzerhaubitzen ein. Eine Panzerhaubitze fiel aus. "
    "Raketenwerfer, KN23-Raketen und Raketen folgten; 700 Verluste wurden gemeldet, "
    "später 4.000 Verluste."
)


def _span(words: str, label: str, text: str = TEXT, article: str = "a") -> Span:
    found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
    assert found is not None
    return make_span(article, text, found.start(), found.end(), label, "anna")


def _found(span: Span, text: str = TEXT, article: str = "b") -> list[str]:
    taught = teacher(span)
    assert taught is not None
    return [s.text for s in occurrences(taught, Where(article, text))]


def test_an_inflected_form_is_the_same_word() -> None:
    assert _found(_span("Panzerhaubitze", "WEAPONS")) == ["Panzerhaubitzen", "Panzerhaubitze"]
    assert words_key("Panzerhaubitzen") == words_key("PANZERHAUBITZE")


def test_a_word_inside_a_compound_is_not_an_occurrence() -> None:
    assert _found(_span("Raketen", "WEAPONS")) == ["Raketen"]  # not "Raketenwerfer"


def test_a_span_with_a_figure_or_without_a_word_teaches_nothing() -> None:
    # Whether "700 Verluste" or "3.000 Soldaten" are losses or troops the sentence says.
    assert teacher(_span("700 Verluste", "LOSSES")) is None
    assert teacher(_span("700", "LOSSES")) is None
    assert words_key("700 Verluste") == words_key("4.000 Verlusten") == "# verlust"


def test_occurrences_are_learned_suggestions_except_where_a_span_of_the_label_is() -> None:
    span = _span("Panzerhaubitze", "WEAPONS")
    taught = teacher(span)
    assert taught is not None
    found = occurrences(taught, Where("a", TEXT, [span]))
    assert [s.text for s in found] == ["Panzerhaubitzen"]
    [learned] = found
    assert (learned.origin, learned.learned_from, learned.label) == (
        Proposer.LEARNED,
        "a",
        "WEAPONS",
    )
    # A suggestion of the label with these bounds (pending or reviewed) is not made again.
    assert occurrences(taught, Where("a", TEXT, [span], [learned])) == []


def test_words_rejected_twice_with_a_label_are_not_proposed_with_it() -> None:
    taught = teacher(_span("Raketen", "WEAPONS"))
    assert taught is not None
    found = occurrences(taught, Where("b", TEXT))
    key = words_key("Raketen")
    assert BLOCK_AFTER == 2
    assert blocked([(key, "WEAPONS", 1)]) == set()
    blocks = blocked([(key, "WEAPONS", 2), (key, "LOSSES", 5)])
    assert allowed(found, blocks) == []
    assert allowed(found, {(key, "TROOPS")}) == found


def test_many_lessons_at_once_say_which_span_taught_each_occurrence() -> None:
    first = teacher(_span("Panzerhaubitze", "WEAPONS", article="x"))
    second = teacher(_span("Raketen", "WEAPONS", article="y"))
    assert first is not None
    assert second is not None
    lessons = Lessons([first, second, second])  # the same lesson twice counts once
    assert len(lessons) == 2
    found = lessons.occurrences(Where("b", TEXT))
    assert [(s.text, s.learned_from) for s in found] == [
        ("Panzerhaubitzen", "x"),
        ("Panzerhaubitze", "x"),
        ("Raketen", "y"),
    ]
    street = teacher(_span("Straße", "WEAPONS", text="Titel\nDie Straße.", article="z"))
    assert street is not None
    assert [s.text for s in Lessons([street]).occurrences(Where("c", "Zwei Straßen."))] == [
        "Straßen"
    ]


@pytest.mark.parametrize(
    ("words", "label"),
    [("hundreds", "LOSSES"), ("Tausende", "TROOPS"), ("zwei", "LOSSES"), ("equipment", "WEAPONS"),
     ("die", "WEAPONS")],
)  # fmt: skip
def test_vague_figures_generic_words_and_function_words_teach_nothing(
    words: str, label: str
) -> None:
    from claimmark.core.spans import make_span
    from claimmark.formats.lexicon import load_lexicon

    lexicon = load_lexicon()[0]
    text = f"Titel\nEs waren {words} dort."
    start = text.index(words)
    span = make_span("a", text, start, start + len(words), label, "anna")
    assert teacher(span, lexicon.for_language("en" if words.isascii() else "de")) is None
