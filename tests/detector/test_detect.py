"""The claim detector on sentences written for these tests, one rule of GUIDELINES.md each."""

from __future__ import annotations

import pytest

from claimmark.detector.rules import Detector
from claimmark.detector.rules import Suggestion

Claim = tuple[str, str, int | None, str | None]


def claims(detector: Detector, text: str, language: str | None = None) -> list[Claim]:
    """Return (covered text, label, value, qualifier) for each suggestion."""
    found = detector.detect(text, language)
    for s in found:
        assert text[s.start : s.end].strip() == text[s.start : s.end]
    return [(text[s.start : s.end], s.label, s.value, s.qualifier) for s in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Troops: quantity with qualifier up to the head noun, adjectives included.
        (
            "Pjöngjang hat rund 8.000 gut ausgebildete Infanteristen an die Front verlegt.",
            [("rund 8.000 gut ausgebildete Infanteristen", "TROOPS", 8000, "approx")],
        ),
        (
            "Moskau verlegte 2500 weitere Soldaten an die Grenze.",
            [("2500 weitere Soldaten", "TROOPS", 2500, "exact")],
        ),
        (
            "Nach Angaben der Armee wurden mehr als 12.000 Reservisten mobilisiert.",
            [("mehr als 12.000 Reservisten", "TROOPS", 12000, "more_than")],
        ),
        (
            "Belarus schickt bis zu 5 000 Mann in die Region.",
            [("bis zu 5 000 Mann", "TROOPS", 5000, "up_to")],
        ),
        # "weitere" before the number stays out.
        (
            "Danach kamen weitere 1.200 Soldaten hinzu.",
            [("1.200 Soldaten", "TROOPS", 1200, "exact")],
        ),
        # Relative clauses stay out.
        (
            "Die etwa 700 tschetschenischen Kämpfer, die im Süden stehen, bleiben dort.",
            [("etwa 700 tschetschenischen Kämpfer", "TROOPS", 700, "approx")],
        ),
        # Vague quantities count.
        (
            "Der Kreml entsandte Tausende junge Rekruten.",
            [("Tausende junge Rekruten", "TROOPS", None, "vague")],
        ),
        (
            "Es sollen mehrere hundert Pioniere und Fahrer im Einsatz sein.",
            [("mehrere hundert Pioniere und Fahrer", "TROOPS", None, "vague")],
        ),
        # Losses: casualty nouns, and personnel with a casualty cue.
        (
            "Die Armee meldete mindestens 250 Tote und knapp 900 Verletzte.",
            [
                ("mindestens 250 Tote", "LOSSES", 250, "at_least"),
                ("knapp 900 Verletzte", "LOSSES", 900, "approx"),
            ],
        ),
        (
            "Bei dem Angriff wurden 14 ukrainische Soldaten getötet.",
            [("14 ukrainische Soldaten", "LOSSES", 14, "exact")],
        ),
        (
            "Seit Herbst sind über 40.000 russische Soldaten gefallen oder verwundet worden.",
            [("über 40.000 russische Soldaten", "LOSSES", 40000, "more_than")],
        ),
        (
            "Ein Lazarett versorgte Hunderte von ukrainischen Soldaten, die an der Front "
            "verletzt wurden.",
            [("Hunderte von ukrainischen Soldaten", "LOSSES", None, "vague")],
        ),
        (
            "Kiew meldete die Gefangennahme dreier Soldaten.",
            [("dreier Soldaten", "LOSSES", 3, "exact")],
        ),
        (
            "Durch den Beschuss wurden mindestens sieben Zivilisten verletzt.",
            [("mindestens sieben Zivilisten", "LOSSES", 7, "at_least")],
        ),
        # A figure with no head noun is the quantity alone.
        (
            "Von den Soldaten sollen etwa 2.000 im Kampf gestorben sein.",
            [("etwa 2.000", "LOSSES", 2000, "approx")],
        ),
        (
            "Die Zahl der entsandten Soldaten steigt damit auf etwa 9.000.",
            [("etwa 9.000", "TROOPS", 9000, "approx")],
        ),
        # A part of a whole: the whole is troops, the part that died is losses.
        (
            "Rund 300 der insgesamt 5.000 Söldner, die im Osten kämpften, wurden getötet.",
            [
                ("Rund 300", "LOSSES", 300, "approx"),
                ("5.000 Söldner", "TROOPS", 5000, "exact"),
            ],
        ),
        # Weapons: with and without a quantity.
        (
            "Geliefert wurden 1,5 Millionen Granaten und etwa 40 Kampfpanzer.",
            [
                ("1,5 Millionen Granaten", "WEAPONS", 1500000, "exact"),
                ("etwa 40 Kampfpanzer", "WEAPONS", 40, "approx"),
            ],
        ),
        (
            "Das Paket umfasst 36 Einheiten von 155-Millimeter-Haubitzen.",
            [("36 Einheiten von 155-Millimeter-Haubitzen", "WEAPONS", 36, "exact")],
        ),
        (
            "Die Armee setzte moderne Marschflugkörper und schwere Mörser ein.",
            [
                ("moderne Marschflugkörper", "WEAPONS", None, None),
                ("schwere Mörser", "WEAPONS", None, None),
            ],
        ),
        # No span starts at an article, demonstrative or vague quantifier.
        (
            "Die neuen Langstreckendrohnen flogen weit; viele Gleitbomben trafen.",
            [
                ("neuen Langstreckendrohnen", "WEAPONS", None, None),
                ("Gleitbomben", "WEAPONS", None, None),
            ],
        ),
        # An elliptical compound is one span.
        (
            "Gezeigt wurden Flugabwehr- und Panzerabwehrraketen.",
            [("Flugabwehr- und Panzerabwehrraketen", "WEAPONS", None, None)],
        ),
        # A participle phrase before the noun stays out; a possessive too.
        (
            "Man fand die im Wald getarnte russische Artillerie und Russlands modernste "
            "Kampfpanzer.",
            [
                ("russische Artillerie", "WEAPONS", None, None),
                ("modernste Kampfpanzer", "WEAPONS", None, None),
            ],
        ),
        # A model name right after the head noun belongs to the span.
        (
            "Dort wurde eine Rakete Iskander-M abgefeuert.",
            [("Rakete Iskander-M", "WEAPONS", None, None)],
        ),
        # English passages: a partitive counts only its whole.
        (
            "They shot down 12 of the 40 drones and found ammo.",
            [("40 drones", "WEAPONS", 40, "exact"), ("ammo", "WEAPONS", None, None)],
        ),
        (
            "As many as 300 soldiers were killed.",
            [("As many as 300 soldiers", "LOSSES", 300, "up_to")],
        ),
    ],
)
def test_claims(detector: Detector, sentence: str, expected: list[Claim]) -> None:
    assert claims(detector, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Dates, durations, ages, non-military figures, money, shares.
        "Am 24. Februar 2022 begann der Einmarsch, seit mindestens November wird gekämpft.",
        "Der Konflikt dauert nun drei Jahre, der Präsident ist 72 Jahre alt.",
        "Der Flugverkehr wird nach mehr als 30 Jahren wieder aufgenommen.",
        "Die Parteien verhandeln über einen 30-tägigen Waffenstillstand.",
        "Die Hilfe umfasst 2 Milliarden Euro, ein Plus von 15 Prozent.",
        "Die Hälfte der Befragten lehnt den Krieg ab.",
        # Troops and losses without a quantity.
        "Moskau schickt weitere Soldaten und Bodentruppen.",
        "Es gab viele Verluste und massenhafte Verluste, auch unter den Toten.",
        "Die beiden Soldaten kehrten zurück.",
        # Generic arms, attacks, compounds whose head is no weapon, satellites.
        "Der Westen liefert Waffen, Waffenlieferungen und militärische Ausrüstung.",
        "Rüstungsgüter und Militärtechnik sind knapp.",
        "Ein Raketenangriff und ein Drohnenangriff trafen die Stadt.",
        "Die Munitionsvorräte sinken, eine Drohnenfabrik brannte, ein Waffenhändler floh.",
        "Ein Spionagesatellit und eine Überwachungskamera wurden installiert.",
        # Calibres and model names on their own.
        "Das Rohr hat 170 Millimeter, das Modell heißt KN23 oder Hwasong-11Ga.",
        "Es ging um das Atomprogramm und die Termine der Gespräche.",
        # English vague amounts without a figure.
        "A significant number of troops and large numbers of soldiers arrived.",
    ],
)
def test_not_claims(detector: Detector, sentence: str) -> None:
    assert claims(detector, sentence) == []


def test_named_system_counts_only_where_it_is_delivered_or_used(detector: Detector) -> None:
    assert claims(detector, "Die Ukraine hat HIMARS erhalten.") == [
        ("HIMARS", "WEAPONS", None, None)
    ]
    assert claims(detector, "Im Gespräch ging es um HIMARS.") == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Laut ukrainischen Angaben wurden 300 Soldaten getötet.", "ukrainischen Angaben"),
        ("Dem britischen Geheimdienst zufolge fielen 300 Soldaten.", "britischen Geheimdienst"),
        (
            "Die Agentur meldet unter Berufung auf das polnische Militär 300 Soldaten.",
            "polnische Militär",
        ),
        ("Reuters berichtete, dass 300 Soldaten eintrafen.", "Reuters"),
        ("Derweil berichtete die amtliche Nachrichtenagentur TASS von 300 Toten.", "TASS"),
        ("Es kamen 300 Soldaten.", None),
    ],
)
def test_source_is_who_the_sentence_names(detector: Detector, sentence: str, source: str) -> None:
    [suggestion] = detector.detect(sentence)
    assert suggestion.source == source


def test_source_carries_on_in_reported_speech_of_the_paragraph(detector: Detector) -> None:
    text = (
        "Das Verteidigungsministerium teilte am Montag mit, die Lage sei ernst. "
        "Demnach seien 500 Soldaten gefallen.\nIn einem anderen Absatz kamen 200 Soldaten."
    )
    found = detector.detect(text)
    assert [(text[s.start : s.end], s.source) for s in found] == [
        ("500 Soldaten", "Verteidigungsministerium"),
        ("200 Soldaten", None),
    ]


def test_suggestions_index_the_text_and_carry_a_score(detector: Detector) -> None:
    text = "😀 Titel\nEs wurden 😀 rund 400 Soldaten verlegt."
    [suggestion] = detector.detect(text)
    assert suggestion == Suggestion(
        text.index("rund"), text.index(" verlegt"), "TROOPS", 0.9, value=400,
        qualifier="approx",
    )  # fmt: skip


def test_a_line_without_full_stops_is_read_in_pieces_and_claims_found_throughout(
    detector: Detector,
) -> None:
    from claimmark.detector.rules import SENTENCE_CHARACTERS

    filler = " ".join(["und dann"] * 2_000)
    text = f"Russland schickte 3000 Soldaten {filler} Kiew meldete 40 Tote {filler}"
    assert len(text) > 4 * SENTENCE_CHARACTERS
    found = [(c[0], c[1]) for c in claims(detector, text)]
    assert ("3000 Soldaten", "TROOPS") in found
    assert ("40 Tote", "LOSSES") in found
