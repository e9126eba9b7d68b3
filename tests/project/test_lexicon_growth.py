"""A weapon the annotator confirms and the detector does not know joins the project's lexicon."""

from __future__ import annotations

from pathlib import Path

from claimmark.core.detect import Detector
from claimmark.core.spans import Span, make_span
from claimmark.formats.lexicon import load_lexicon_for
from claimmark.project.learning import grow_lexicon

TEXT = "Titel\nDie Armee zeigte eine neue Wunderwaffe und viele Raketen."


def _weapon(words: str) -> Span:
    start = TEXT.index(words)
    return make_span("a", TEXT, start, start + len(words), "WEAPONS", "anna")


def test_an_unknown_weapon_is_added_and_the_next_detector_finds_it(tmp_path: Path) -> None:
    detector = Detector(load_lexicon_for(tmp_path)[0])
    assert not any(s.label == "WEAPONS" for s in detector.detect("Titel\nEine Wunderwaffe."))
    assert grow_lexicon(tmp_path, detector, _weapon("neue Wunderwaffe")) == "Wunderwaffe"
    assert grow_lexicon(tmp_path, detector, _weapon("Raketen")) is None  # known already
    lexicon = (tmp_path / "lexicon.txt").read_text(encoding="utf-8")
    assert lexicon.endswith("[weapon_words]\nWunderwaffe\n")
    again = Detector(load_lexicon_for(tmp_path)[0])
    later = "Titel\nSpäter kamen zwei Wunderwaffen."
    found = [later[s.start : s.end] for s in again.detect(later) if s.label == "WEAPONS"]
    assert found == ["zwei Wunderwaffen"]  # a figure word and its weapon, as the rules do


def test_figures_and_other_labels_do_not_grow_it(tmp_path: Path) -> None:
    detector = Detector(load_lexicon_for(tmp_path)[0])
    troops = make_span("a", TEXT, 6, 9, "TROOPS", "anna")
    assert grow_lexicon(tmp_path, detector, troops) is None
    assert grow_lexicon(None, detector, _weapon("neue Wunderwaffe")) is None
    assert not (tmp_path / "lexicon.txt").exists()


def test_the_heads_of_confirmed_troop_and_loss_figures_are_added(tmp_path: Path) -> None:
    text = "Titel\nEs kamen 3000 Grenzjäger. Dort starben 12 Helferinnen. Etwa 4.000 fielen."

    def span(words: str, label: str) -> Span:
        start = text.index(words)
        return make_span("a", text, start, start + len(words), label, "anna")

    detector = Detector(load_lexicon_for(tmp_path)[0])
    assert grow_lexicon(tmp_path, detector, span("3000 Grenzjäger", "TROOPS")) == "Grenzjäger"
    assert grow_lexicon(tmp_path, detector, span("12 Helferinnen", "LOSSES")) == "Helferinnen"
    assert grow_lexicon(tmp_path, detector, span("Etwa 4.000", "LOSSES")) is None  # no head
    lexicon = (tmp_path / "lexicon.txt").read_text(encoding="utf-8")
    assert "[personnel_words]\nGrenzjäger\n" in lexicon
    assert "[people_words]\nHelferinnen\n" in lexicon
    again = Detector(load_lexicon_for(tmp_path)[0])
    later = "Titel\nNun wurden 500 Grenzjäger verlegt, und 7 Helferinnen wurden getötet."
    found = [(later[s.start : s.end], s.label) for s in again.detect(later, "de")]
    assert found == [("500 Grenzjäger", "TROOPS"), ("7 Helferinnen", "LOSSES")]
