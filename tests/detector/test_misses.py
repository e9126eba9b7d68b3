"""Issue 23's misses and false alarms by kind, each on a sentence written for this test
(none is from an article the detector is scored on)."""

from __future__ import annotations

import pytest

from claimmark.detector.rules import Detector
from tests.detector.test_detect import Claim
from tests.detector.test_detect import claims

TITLE = "Bericht\n\n"


GERMAN: list[tuple[str, list[Claim]]] = [
    # A span is not cut short before its noun.
    (
        "Im Lazarett lagen zwei verletzten russischen Soldaten.",
        [("zwei verletzten russischen Soldaten", "LOSSES", 2, "exact")],
    ),
    # A bare figure whose loss word comes earlier in the sentence.
    (
        "Die Zahl der Gefallenen wird von Kiew auf 1.800 geschätzt.",
        [("1.800", "LOSSES", 1800, "exact")],
    ),
    (
        "Die Zahl der Todesopfer ist inzwischen auf mindestens 31 gestiegen.",
        [("mindestens 31", "LOSSES", 31, "at_least")],
    ),
    # People the lexicon does not know, harmed: losses; things lost or destroyed: not.
    (
        "Bei dem Brand kamen mindestens zwölf Hafenarbeiter ums Leben.",
        [("mindestens zwölf Hafenarbeiter", "LOSSES", 12, "at_least")],
    ),
    (
        "Nach dem Treffer wurden 17 Besatzungsmitglieder vermisst.",
        [("17 Besatzungsmitglieder", "LOSSES", 17, "exact")],
    ),
    ("Die Flotte hat seit dem Frühjahr 9 Minensucher verloren.", []),
    ("Bei dem Angriff wurden 30 Lagerhallen zerstört.", []),
    # A loss noun before the figure says what it counts.
    (
        "Unter den Toten sind auch vier Lokführer.",
        [("vier Lokführer", "LOSSES", 4, "exact")],
    ),
    (
        "Unter den Verletzten waren 12 Soldaten.",
        [("12 Soldaten", "LOSSES", 12, "exact")],
    ),
    (
        "Kiew schätzt die Verluste der Angreifer auf mehr als 8.000.",
        [("mehr als 8.000", "LOSSES", 8000, "more_than")],
    ),
    # A vague figure alone wakes the rules ("Dutzende" holds no number word; before,
    # a sentence was read only if some word held one, like "ten" in "Soldaten").
    (
        "Bei dem Beschuss starben Dutzende Menschen.",
        [("Dutzende Menschen", "LOSSES", None, "vague")],
    ),
    # "mehrere" is a vague quantity; "einige" a determiner.
    (
        "Die Armee feuerte mehrere Raketen und einige Drohnen ab.",
        [("mehrere Raketen", "WEAPONS", None, "vague"), ("Drohnen", "WEAPONS", None, None)],
    ),
    # A generic head on a named system.
    (
        "Berlin lieferte drei NASAMS-Systeme.",
        [("drei NASAMS-Systeme", "WEAPONS", 3, "exact")],
    ),
    # The first number of a range of ages or distances is no figure.
    ("Gesucht werden Freiwillige im Alter von 19 bis 23 Jahren.", []),
    # A verb is no weapon, though it holds one ("abgeschossen": "Geschoss").
    ("Die Jets wurden über dem Meer abgeschossen.", []),
    # Some of the casualties counted before them are losses too.
    (
        "Beim Beschuss starben elf Menschen, unter ihnen zwei Soldaten.",
        [("elf Menschen", "LOSSES", 11, "exact"), ("zwei Soldaten", "LOSSES", 2, "exact")],
    ),
    (
        "Es gab 30 Verletzte, darunter vier Kinder.",
        [("30 Verletzte", "LOSSES", 30, "exact"), ("vier Kinder", "LOSSES", 4, "exact")],
    ),
    # Prisoners of war are losses.
    (
        "Beim Austausch kehrten 95 Kriegsgefangene zurück.",
        [("95 Kriegsgefangene", "LOSSES", 95, "exact")],
    ),
    # A head noun the lexicon does not know, coordinated with one it knows.
    (
        "In der Stadt dienen mehrere hundert Pioniere und Schlosser.",
        [("mehrere hundert Pioniere und Schlosser", "TROOPS", None, "vague")],
    ),
    # A participle before a noun without a figure stays out.
    (
        "Die abgefangenen Marschflugkörper stürzten auf ein Feld.",
        [("Marschflugkörper", "WEAPONS", None, None)],
    ),
    # A nationality adjective at the start of a sentence is part of the span.
    (
        "Ukrainische Haubitzen beschossen die Stellungen.",
        [("Ukrainische Haubitzen", "WEAPONS", None, None)],
    ),
    # The parts of a weapon are no weapons.
    ("Die Ingenieure bauten neue Sprengköpfe und Zünder.", []),
    # A weapon only as a topic of talk.
    ("Bei dem Treffen ging es um Fragen rund um Munition und Panzer.", []),
    # What a weapon can carry is no claim.
    (
        "Die Armee setzte Gleitbomben ein, die auch Marschflugkörper tragen können.",
        [("Gleitbomben", "WEAPONS", None, None)],
    ),
    # Seen first in german-unseen.jsonl; these sentences are new.
    # A number word starting a headline's clause after a colon is a figure.
    (
        "Anschlag auf Bahnhof: Drei Tote und viele Verletzte",
        [("Drei Tote", "LOSSES", 3, "exact")],
    ),
    # A vague figure with a unit word before the weapon noun: the span takes all.
    (
        "Die Regierung sagte mehrere Hundert Schuss Munition zu.",
        [("mehrere Hundert Schuss Munition", "WEAPONS", None, "vague")],
    ),
    # A verb and an adverb before the weapon's adjective stay out.
    (
        "Die Marine setzt inzwischen auch ukrainische Seedrohnen ein.",
        [("ukrainische Seedrohnen", "WEAPONS", None, None)],
    ),
]

ENGLISH: list[tuple[str, list[Claim]]] = [
    (
        "Some 2,400 military personnel arrived in the port.",
        [("Some 2,400 military personnel", "TROOPS", 2400, "approx")],
    ),
    (
        "The country has sent over 3 million 152-mm shells so far.",
        [("over 3 million 152-mm shells", "WEAPONS", 3000000, "more_than")],
    ),
    (
        "Kyiv says it destroyed Iranian-made drones and South Korean-made howitzers.",
        [
            ("Iranian-made drones", "WEAPONS", None, None),
            ("South Korean-made howitzers", "WEAPONS", None, None),
        ],
    ),
    (
        "Russia fired a Kh-101 (X-101) cruise missile at the dam.",
        [("Kh-101 (X-101) cruise missile", "WEAPONS", None, None)],
    ),
    ("Engineers say the new jet is able to carry cruise missiles.", []),
    (
        "Seven people died in the strike, among them two soldiers.",
        [("Seven people", "LOSSES", 7, "exact"), ("two soldiers", "LOSSES", 2, "exact")],
    ),
    ("The warheads were stored in a bunker.", []),
    (
        "The brigade lost most of its artillery equipment in the retreat.",
        [("artillery equipment", "WEAPONS", None, None)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), GERMAN)
def test_german(detector: Detector, sentence: str, expected: list[Claim]) -> None:
    assert claims(detector, TITLE + sentence, "de") == expected


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH)
def test_english(detector: Detector, sentence: str, expected: list[Claim]) -> None:
    assert claims(detector, TITLE + sentence, "en") == expected
