"""Lexicon sections for one language, and the word lists an article in a language reads."""

from __future__ import annotations

import pytest

from claimmark.detector.lexicon import parse_lexicon

TEXT = """
[weapon_words]
ammo
[weapon_words.en]
tank
[weapon_words.de]
minen
[casualty_cues.de]
tot
"""


def test_a_language_reads_its_own_sections_and_those_of_every_language() -> None:
    lexicon, problems = parse_lexicon(("test.txt", TEXT))
    assert problems == []
    assert lexicon.for_language("en").words("weapon_words") == {"ammo", "tank"}
    assert lexicon.for_language("de").words("weapon_words") == {"ammo", "minen"}
    assert lexicon.for_language("").words("weapon_words") == {"ammo", "tank", "minen"}
    assert lexicon.words("weapon_words") == {"ammo", "tank", "minen"}  # not known: all
    assert lexicon.for_language("en").words("casualty_cues") == frozenset()


def test_english_words_take_english_plurals_only() -> None:
    lexicon, _ = parse_lexicon(("test.txt", TEXT))
    english = lexicon.for_language("en")
    assert english.matches("weapon_words", "tanks")
    assert not english.matches("weapon_words", "tanker")
    # German articles keep German endings for the English words they quote.
    assert lexicon.for_language("de").matches("weapon_words", "ammos")


def test_an_unknown_language_or_section_is_named_in_the_problem() -> None:
    _, problems = parse_lexicon(("mine.txt", "[weapon_words.fr]\nchar\n[weapons]\ngun\n"))
    unknown = [p for p in problems if "unknown section" in p.message]
    assert [(p.path, p.line) for p in unknown] == [("mine.txt", 1), ("mine.txt", 3)]
    assert "weapon_words.fr" in unknown[0].message
    assert "[personnel_stems.en]" in unknown[0].message  # how to name a language
    # The entries under them are skipped, each named.
    assert sorted(p.line for p in problems if p not in unknown) == [2, 4]


def test_an_entry_longer_than_the_limit_is_reported_by_line_and_skipped() -> None:
    from claimmark.detector.rules import Detector

    text = "[weapon_words]\nHaubitze\n" + "Abc" * 170 + "\nMörser\n"
    lexicon, problems = parse_lexicon(("lexicon.txt", text))
    assert [(p.path, p.line) for p in problems] == [("lexicon.txt", 3)]
    assert "510 characters, more than the 100" in problems[0].message
    found = Detector(lexicon).detect("Titel\nSie lieferten Mörser und Haubitzen.", "de")
    assert [s.label for s in found] == ["WEAPONS", "WEAPONS"]


def test_a_lexicon_file_gives_at_most_the_entries_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    import claimmark.detector.lexicon as lexicon_module

    monkeypatch.setattr(lexicon_module, "ENTRIES_LIMIT", 3)
    text = "[weapon_words]\nHaubitze\nMörser\nPanzer\nRakete\nDrohne\n"
    lexicon, problems = parse_lexicon(("big.txt", text))
    assert [(p.path, p.line) for p in problems] == [("big.txt", 5)]
    assert "more than 3 entries" in problems[0].message
    assert lexicon.matches("weapon_words", "panzer")
    assert not lexicon.matches("weapon_words", "rakete")
