"""A weapon the annotator confirms and the detector does not know joins the project's lexicon."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimmark.core.spans import Span
from claimmark.core.spans import make_span
from claimmark.detector.rules import Detector
from claimmark.formats.lexicon import load_lexicon_for
from claimmark.project.learning import taught_word

TEXT = "Titel\nDie Armee zeigte eine neue Wunderwaffe und viele Raketen."


def grow_lexicon(folder: Path | None, detector: Detector, span: Span) -> str | None:
    """Add what ``span`` teaches to the lexicon in ``folder``, as the window's lesson does;
    return the word added."""
    word = taught_word(folder, detector, span) if folder is not None else None
    return word.word if word is not None and word.add() else None


def _weapon(words: str) -> Span:
    start = TEXT.index(words)
    return make_span("a", TEXT, start, start + len(words), "WEAPONS", "anna")


def test_an_unknown_weapon_is_added_and_the_next_detector_finds_it(tmp_path: Path) -> None:
    detector = Detector(load_lexicon_for(tmp_path)[0])
    assert not any(s.label == "WEAPONS" for s in detector.detect("Titel\nEine Wunderwaffe."))
    assert grow_lexicon(tmp_path, detector, _weapon("neue Wunderwaffe")) == "Wunderwaffe"
    assert grow_lexicon(tmp_path, detector, _weapon("Raketen")) is None  # known already
    lexicon = (tmp_path / "lexicon.txt").read_text(encoding="utf-8")
    # Where it came from is said beside it, for Edit › Learned words to show.
    assert re.search(
        r"\[weapon_words\]\nWunderwaffe  # from WEAPONS 'neue Wunderwaffe' in a, "
        r"\d{4}-\d\d-\d\d\n$",
        lexicon,
    )
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
    assert "[personnel_words]\nGrenzjäger  # from TROOPS '3000 Grenzjäger' in a" in lexicon
    assert "[people_words]\nHelferinnen  # from LOSSES '12 Helferinnen' in a" in lexicon
    again = Detector(load_lexicon_for(tmp_path)[0])
    later = "Titel\nNun wurden 500 Grenzjäger verlegt, und 7 Helferinnen wurden getötet."
    found = [(later[s.start : s.end], s.label) for s in again.detect(later, "de")]
    assert found == [("500 Grenzjäger", "TROOPS"), ("7 Helferinnen", "LOSSES")]


def test_undoing_a_lesson_takes_its_word_out_of_the_lexicon_file(tmp_path: Path) -> None:
    from claimmark.core.articles import make_article
    from claimmark.project import annotating
    from claimmark.project.learning import learn_edit
    from claimmark.project.project import Project
    from claimmark.store import Repository

    lexicon = tmp_path / "lexicon.txt"
    lexicon.write_text("# mine\n[weapon_words.de]\nHaubitze\n", encoding="utf-8")
    repo = Repository.open(tmp_path / "p.db")
    text = "Titel\nNeben dem Wald kamen Wunderwaffen. Neben dem Fluss lagen Wunderwaffen."
    article = make_article("a1", text)
    repo.add_articles([article])
    repo.set_language("a1", "de")
    project = Project(repo, None)
    detector = Detector(load_lexicon_for(tmp_path)[0])
    for words, expected in (("Neben", "Neben"), ("Wunderwaffen", "Wunderwaffen")):
        start = text.index(words)
        mark = annotating.mark(
            project.article_state("a1"), start, start + len(words), "WEAPONS", "anna"
        )
        mark.apply(repo)
        edit = learn_edit(repo, mark.span, detector)
        assert edit is not None
        assert edit.word is not None
        assert edit.word.section == "weapon_words.de"
        edit.apply(repo)
        assert lexicon.read_text(encoding="utf-8").count(f"\n{expected}  # from WEAPONS") == 1
        assert lexicon.read_text(encoding="utf-8").count("[weapon_words.de]") == 1
        edit.revert(repo)
        mark.revert(repo)
        assert lexicon.read_text(encoding="utf-8") == "# mine\n[weapon_words.de]\nHaubitze\n"
    again = Detector(load_lexicon_for(tmp_path)[0])
    assert [s for s in again.detect(text, "de") if s.label == "WEAPONS"] == []
    repo.close()


def test_a_word_already_in_the_lexicon_is_not_taken_out_by_undo(tmp_path: Path) -> None:
    detector = Detector(load_lexicon_for(tmp_path)[0])
    word = taught_word(tmp_path, detector, _weapon("neue Wunderwaffe"))
    assert word is not None
    assert word.add()
    assert not word.add()  # there already: a second lesson adds nothing, so undoes nothing
    assert (tmp_path / "lexicon.txt").read_text(encoding="utf-8").count("\nWunderwaffe") == 1


def test_a_lexicon_that_is_not_utf8_is_named_and_left_as_it_was(tmp_path: Path) -> None:
    from claimmark.formats.lexicon import LexiconFileError

    (tmp_path / "lexicon.txt").write_bytes("[weapon_words]\nHaubitze\nFlügel\n".encode("cp1252"))
    detector = Detector(load_lexicon_for(tmp_path)[0])
    word = taught_word(tmp_path, detector, _weapon("neue Wunderwaffe"))
    assert word is not None
    with pytest.raises(LexiconFileError, match="not UTF-8"):
        word.add()
    assert (tmp_path / "lexicon.txt").read_bytes() == "[weapon_words]\nHaubitze\nFlügel\n".encode(
        "cp1252"
    )


def test_a_lexicon_that_cannot_be_written_loses_no_learned_suggestion(tmp_path: Path) -> None:
    from claimmark.core.articles import make_article
    from claimmark.project import annotating
    from claimmark.project.learning import learn_edit
    from claimmark.project.project import Project
    from claimmark.store import Repository

    (tmp_path / "lexicon.txt").write_bytes("[weapon_words]\nFlügel\n".encode("cp1252"))
    repo = Repository.open(tmp_path / "p.db")
    text = "Titel\nSie zeigten Wunderwaffen. Später kamen mehr Wunderwaffen."
    repo.add_articles([make_article("a1", text)])
    project = Project(repo, None)
    detector = Detector(load_lexicon_for(tmp_path)[0])
    start = text.index("Wunderwaffen")
    mark = annotating.mark(project.article_state("a1"), start, start + 12, "WEAPONS", "anna")
    mark.apply(repo)
    edit = learn_edit(repo, mark.span, detector)
    assert edit is not None
    edit.apply(repo)
    assert [s.text for s in repo.suggestions_for("a1")] == ["Wunderwaffen"]
    assert "not UTF-8" in edit.word_problem
    assert not edit.word_added
    repo.close()
