"""German quantity expressions: every number format and qualifier, and what is not a figure."""

from __future__ import annotations

import re

import pytest

from claimmark.detector.lexicon import Lexicon
from claimmark.detector.numbers import Figure
from claimmark.detector.numbers import find_quantities
from claimmark.detector.numbers import read_number_word
from claimmark.detector.numbers import read_quantity
from claimmark.detector.numbers import read_value
from claimmark.formats.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    lexicon, problems = load_lexicon()
    assert problems == []
    return lexicon


@pytest.mark.parametrize(
    ("expression", "figure"),
    [
        ("3000", Figure(3000, "exact")),
        ("3.000", Figure(3000, "exact")),
        ("11.000", Figure(11000, "exact")),
        ("1.008.240", Figure(1008240, "exact")),
        ("650'000", Figure(650000, "exact")),
        ("650’000", Figure(650000, "exact")),
        ("4 000", Figure(4000, "exact")),
        ("1 008 240", Figure(1008240, "exact")),
        ("zwei", Figure(2, "exact")),
        ("zweier", Figure(2, "exact")),
        ("neun", Figure(9, "exact")),
        ("zehn", Figure(10, "exact")),
        ("zwölf", Figure(12, "exact")),
        ("hundert", Figure(100, "exact")),
        ("tausend", Figure(1000, "exact")),
        ("zweitausend", Figure(2000, "exact")),
        ("dreihundertfünfzig", Figure(350, "exact")),
        ("Hunderte", Figure(None, "vague")),
        ("Tausende", Figure(None, "vague")),
        ("tausende", Figure(None, "vague")),
        ("Zehntausende", Figure(None, "vague")),
        ("mehrere tausend", Figure(None, "vague")),
        ("einige hundert", Figure(None, "vague")),
        ("rund 11.000", Figure(11000, "approx")),
        ("etwa 4.000", Figure(4000, "approx")),
        ("ca. 500", Figure(500, "approx")),
        ("knapp 800", Figure(800, "approx")),
        ("schätzungsweise 2000", Figure(2000, "approx")),
        ("mehr als 6.000", Figure(6000, "more_than")),
        ("über 300", Figure(300, "more_than")),
        ("mindestens neun", Figure(9, "at_least")),
        ("bis zu 12.000", Figure(12000, "up_to")),
        ("weniger als 50", Figure(50, "up_to")),
        ("3000 oder mehr", Figure(3000, "at_least")),
        ("1,5 Millionen", Figure(1500000, "exact")),
        ("zwei Millionen", Figure(2000000, "exact")),
        ("2,3 Mio.", Figure(2300000, "exact")),
        ("as many as 400", Figure(400, "up_to")),
        ("more than 70", Figure(70, "more_than")),
    ],
)
def test_read_quantity(lexicon: Lexicon, expression: str, figure: Figure) -> None:
    assert read_quantity(expression, lexicon) == figure


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Angriff begann am 24. Februar 2022 im Morgengrauen.",
        "Die Lage ist seit dem 3. März unverändert.",
        "Im Januar kam es zu Gefechten.",
        "Der Krieg dauert schon drei Jahre.",
        "Nach mehr als 30 Jahren wird der Flugverkehr aufgenommen.",
        "Sie verhandeln über einen 30-tägigen Waffenstillstand.",
        "Das Geschütz hat ein Kaliber von 152 mm.",
        "Geliefert wurden 170-Millimeter-Haubitzen.",
        "Die Umfragewerte stiegen um 12 Prozent.",
        "Die Hilfe kostet 3 Milliarden Euro.",
        "Der Zug fährt um 9:30 ab.",
        "Seit 2014 dauert der Konflikt an.",
        "Die Rakete KN23 ähnelt dem Modell Hwasong-11Ga.",
        "Die beiden Soldaten kehrten zurück.",
        "Eine Delegation reiste an.",
    ],
)
def test_dates_durations_calibres_models_and_percentages_are_not_figures(
    lexicon: Lexicon, sentence: str
) -> None:
    assert find_quantities(sentence, lexicon) == []


def test_number_words_reject_articles() -> None:
    assert read_number_word("ein") is None
    assert read_number_word("einer") is None
    assert read_number_word("und") is None
    assert read_number_word("Soldaten") is None


def test_quantities_are_found_with_their_offsets(lexicon: Lexicon) -> None:
    text = "Es kamen rund 2.500 Mann und später weitere 300."
    assert find_quantities(text, lexicon) == [
        (text.index("rund"), text.index(" Mann"), Figure(2500, "approx")),
        (text.index("300"), text.index("300") + 3, Figure(300, "exact")),
    ]


@pytest.mark.parametrize(
    ("expression", "figure"),
    [
        ("11,000", Figure(11000, "exact")),
        ("1,008,240", Figure(1008240, "exact")),
        ("about 3,000", Figure(3000, "approx")),
        ("some 400", Figure(400, "approx")),
        ("an estimated 12,000", Figure(12000, "approx")),
        ("more than 6 million", Figure(6000000, "more_than")),
        ("1.5 million", Figure(1500000, "exact")),
        ("nearly 2.4 billion", Figure(2400000000, "approx")),
        ("as many as 900", Figure(900, "up_to")),
        ("no fewer than 50", Figure(50, "at_least")),
        ("two hundred", Figure(200, "exact")),
        ("twenty-five thousand", Figure(25000, "exact")),
        ("one million", Figure(1000000, "exact")),
        ("thousands", Figure(None, "vague")),
        ("tens of thousands", Figure(None, "vague")),
        ("hundreds of thousands", Figure(None, "vague")),
    ],
)
def test_english_figures(lexicon: Lexicon, expression: str, figure: Figure) -> None:
    assert read_quantity(expression, lexicon.for_language("en")) == figure


@pytest.mark.parametrize(
    "sentence",
    ["It costs $5 million.", "One of them, aged 26, spoke.", "It lasted 3 weeks and 40 miles."],
)
def test_english_measures_are_not_figures(lexicon: Lexicon, sentence: str) -> None:
    assert find_quantities(sentence, lexicon.for_language("en")) == []


def test_a_comma_is_a_decimal_in_german_and_groups_where_the_language_is_unknown(
    lexicon: Lexicon,
) -> None:
    assert read_quantity("1,500", lexicon.for_language("de")) is None  # 1.5: a measure
    assert read_quantity("1,500", lexicon.for_language("")) == Figure(1500, "exact")
    assert read_quantity("1,5 Millionen", lexicon.for_language("")) == Figure(1500000, "exact")


@pytest.mark.parametrize(
    ("typed", "value"),
    [("3000", 3000), ("3.000", 3000), ("3,000", 3000), ("3 000", 3000), ("3k", 3000),
     ("3 K", 3000), ("1,5 Mio", 1_500_000), ("2.5 million", 2_500_000), ("dreitausend", 3000),
     ("drei Tausend", 3000), ("twenty thousand", 20_000), ("650'000", 650_000)],
)  # fmt: skip
def test_a_typed_value_is_read_as_people_write_figures(typed: str, value: int) -> None:
    assert read_value(typed) == value


@pytest.mark.parametrize(
    ("typed", "why"),
    [("about 3k", "'about' is not part of a number"), ("3.5", "not a whole number"),
     ("3x", "'x' after the number is not a scale"), ("1,2345 k", "not a whole number"),
     ("9" * 16, "larger than any figure")],
)  # fmt: skip
def test_a_value_that_cannot_be_read_says_why(typed: str, why: str) -> None:
    with pytest.raises(ValueError, match=re.escape(why)):
        read_value(typed)
