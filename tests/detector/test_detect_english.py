"""The claim detector on English sentences written for these tests (GUIDELINES.md, English).

Each sentence is read as English (``language="en"``): the English word lists, comma
grouping, compounds written as two words and capitalised nationality adjectives.
"""

from __future__ import annotations

import pytest

from claimmark.core.language import detect_language
from claimmark.detector.rules import Detector
from tests.detector.test_detect import Claim
from tests.detector.test_detect import claims as any_claims


def claims(detector: Detector, text: str) -> list[Claim]:
    """Return (covered text, label, value, qualifier) for each suggestion, read as English."""
    return any_claims(detector, text, "en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Figures: comma grouping, qualifiers, multipliers, number words, vague amounts.
        (
            "Minsk moved 7,500 soldiers to the border.",
            [("7,500 soldiers", "TROOPS", 7500, "exact")],
        ),
        (
            "The alliance stationed about 3,200 additional troops in the Baltic states.",
            [("about 3,200 additional troops", "TROOPS", 3200, "approx")],
        ),
        (
            "Officials said more than 1.5 million shells were delivered last year.",
            [("more than 1.5 million shells", "WEAPONS", 1500000, "more_than")],
        ),
        (
            "The army deployed two hundred paratroopers near the bridge.",
            [("two hundred paratroopers", "TROOPS", 200, "exact")],
        ),
        (
            "Twenty-five Ukrainian marines were captured on the island.",
            [("Twenty-five Ukrainian marines", "LOSSES", 25, "exact")],
        ),
        (
            "Thousands of Belarusian conscripts were sent to the training grounds.",
            [("Thousands of Belarusian conscripts", "TROOPS", None, "vague")],
        ),
        (
            "Tens of thousands of reservists were mobilised in the autumn.",
            [("Tens of thousands of reservists", "TROOPS", None, "vague")],
        ),
        (
            "The brigade has lost as many as 900 fighters since the spring.",
            [("as many as 900 fighters", "LOSSES", 900, "up_to")],
        ),
        (
            "An estimated 6,400 soldiers were killed in the battle for the town.",
            [("An estimated 6,400 soldiers", "LOSSES", 6400, "approx")],
        ),
        (
            "At least 14 civilians were injured when the shelling hit the market.",
            [("At least 14 civilians", "LOSSES", 14, "at_least")],
        ),
        (
            "Some 2,000 prisoners of war were exchanged on Friday.",
            [("Some 2,000 prisoners of war", "LOSSES", 2000, "approx")],
        ),
        # A figure with no head noun is the figure alone; "wounded" is a participle here.
        (
            "The regiment said 310 soldiers had been killed and 700 wounded.",
            [("310 soldiers", "LOSSES", 310, "exact"), ("700", "LOSSES", 700, "exact")],
        ),
        # Weapons: modifiers written apart, nationalities, calibres and models.
        (
            "Pyongyang has shipped North Korean ballistic missiles to its ally.",
            [("North Korean ballistic missiles", "WEAPONS", None, None)],
        ),
        (
            "The convoy carried 240-mm multiple rocket launchers.",
            [("240-mm multiple rocket launchers", "WEAPONS", None, None)],
        ),
        (
            "Debris of a KN-23 missile was found in the field.",
            [("KN-23 missile", "WEAPONS", None, None)],
        ),
        (
            "Berlin will deliver 18 Leopard 2 tanks and Iranian-made drones were shot down.",
            [
                ("18 Leopard 2 tanks", "WEAPONS", 18, "exact"),
                ("Iranian-made drones", "WEAPONS", None, None),
            ],
        ),
        (
            "Kyiv asked for more Patriot air defence systems.",
            [("Patriot air defence systems", "WEAPONS", None, None)],
        ),
        (
            "The pilots flew F-16 fighter jets over the river.",
            [("F-16 fighter jets", "WEAPONS", None, None)],
        ),
        (
            "Both sides used British and Turkish drones.",
            [("British and Turkish drones", "WEAPONS", None, None)],
        ),
        # A verb before the noun stays out of the span.
        (
            "Russia fired cruise missiles at the port.",
            [("cruise missiles", "WEAPONS", None, None)],
        ),
        # "interceptor" starts like the cue "intercept", and is a weapon word all the same.
        (
            "The army needs more interceptor missiles.",
            [("interceptor missiles", "WEAPONS", None, None)],
        ),
        # Names the lexicon does not know, and model numbers, after a figure.
        (
            "Warsaw ordered 32 Apache attack helicopters and 12 Leopard 2A4 tanks.",
            [
                ("32 Apache attack helicopters", "WEAPONS", 32, "exact"),
                ("12 Leopard 2A4 tanks", "WEAPONS", 12, "exact"),
            ],
        ),
        (
            "The city was hit by a dozen Shahed drones.",
            [("a dozen Shahed drones", "WEAPONS", 12, "exact")],
        ),
    ],
)
def test_english_claims(detector: Detector, sentence: str, expected: list[Claim]) -> None:
    assert claims(detector, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The missile strike destroyed a warehouse in the city.",  # an attack, not a weapon
        "A drone factory opened near Kazan in 2023.",  # a compound with another head
        "Prices rose by 30 percent, and the deal is worth $5 million.",  # shares, money
        "The talks began on February 24 and lasted 12 hours.",  # dates and durations
        "One of the men, aged 26, spoke to reporters.",  # an age
        "The summit discussed new systems for the border guards.",  # generic: "systems"
        "Over 6 million Ukrainians have left the country.",  # people, no casualty
        "The war has changed the lives of many soldiers.",  # troops with no quantity
        "The tanker left the port of Odesa with grain.",  # "tank" is no stem in English
        "A think tank in Washington published the report.",  # a tank of another kind
    ],
)
def test_english_not_claims(detector: Detector, sentence: str) -> None:
    assert claims(detector, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Moscow sent 4,000 more troops, according to Ukraine's military intelligence.",
         "Ukraine's military intelligence"),
        ("South Korea's Joint Chiefs of Staff said 1,500 soldiers had arrived.",
         "South Korea's Joint Chiefs of Staff"),
        ("The General Staff also reported that 900 soldiers were killed.", "General Staff"),
        ("About 500 soldiers were wounded, regional governor Ivan Petrenko said.",
         "regional governor Ivan Petrenko"),
        ("\u201cWe lost 40 tanks,\u201d said Colonel Andriy Marchenko.",
         "Colonel Andriy Marchenko"),
        ("Citing Western officials, the paper said 2,000 troops were killed.", "Western officials"),
        ("Some 800 soldiers were killed, according to the Institute for the Study of War.",
         "Institute for the Study of War"),
    ],
)  # fmt: skip
def test_english_sources(detector: Detector, sentence: str, source: str) -> None:
    found = detector.detect(sentence, "en")
    assert found
    assert {s.source for s in found} == {source}


def test_the_language_of_a_text_picks_the_rules(detector: Detector) -> None:
    english = (
        "The ministry said that the army has sent 3,000 troops to the front, and that "
        "it was not clear when they would return from the region."
    )
    assert detect_language(english) == "en"
    assert [(s.value, s.label) for s in detector.detect(english)] == [(3000, "TROOPS")]
    # Read with German rules, "3,000" is a decimal: three.
    assert [s.value for s in detector.detect(english, "de")] == [3]


def test_german_cues_do_not_fire_in_english(detector: Detector) -> None:
    # "tot" is a German casualty cue and the start of "total".
    sentence = "A total of 5,000 soldiers serve in the corps."
    assert claims(detector, sentence) == [("5,000 soldiers", "TROOPS", 5000, "exact")]
