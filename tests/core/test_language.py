"""Telling German from English articles by their function words."""

from __future__ import annotations

from claimmark.bundled import seeds_dir
from claimmark.core.language import ENGLISH
from claimmark.core.language import GERMAN
from claimmark.core.language import UNKNOWN
from claimmark.core.language import detect_language

ENGLISH_TEXT = (
    "North Korea has sent more troops to Russia than previously thought, according to "
    "officials in Seoul. The soldiers were deployed to the Kursk region, where they have "
    "suffered heavy losses in the past weeks, the agency said."
)


def test_the_seeds_are_german() -> None:
    for path in sorted(seeds_dir().glob("*.txt")):
        assert detect_language(path.read_text(encoding="utf-8")) == GERMAN, path.name


def test_an_english_report_is_english() -> None:
    assert detect_language(ENGLISH_TEXT) == ENGLISH


def test_too_little_or_too_mixed_text_is_unknown() -> None:
    assert detect_language("Kursk, 2024") == UNKNOWN
    assert detect_language("") == UNKNOWN
    mixed = "der die das und nicht the and of to in"
    assert detect_language(mixed) == UNKNOWN


def test_an_article_made_from_english_text_says_so() -> None:
    from claimmark.core.articles import make_article

    assert make_article("x", "Troops\n" + ENGLISH_TEXT).language == ENGLISH
    assert make_article("y", "Kursk").language == UNKNOWN


def test_an_english_quote_opening_a_german_article_leaves_it_german() -> None:
    # Why the first look reads 1,500 characters: a first look of 400 called this English.
    quote = (
        '"We will stand with Ukraine for as long as it takes, and we will give them what '
        'they need to defend their country against the attack," the president said. '
    )
    german = next(iter(sorted(seeds_dir().glob("*.txt")))).read_text(encoding="utf-8")
    assert detect_language("Selenskyj in Washington\n\n" + 3 * quote + german) == GERMAN
