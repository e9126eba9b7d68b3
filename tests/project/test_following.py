"""The open article follows an edit without reading the store: ``change_of`` is exact.

Every kind of edit is applied and reverted against a real store; the state the
window computes must equal the state read back, both ways.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pytest

from claimmark.core.articles import make_article
from claimmark.core.spans import make_span
from claimmark.detector.rules import Suggestion
from claimmark.detector.rules import store_form
from claimmark.project import annotating
from claimmark.project.annotating import ArticleState
from claimmark.project.annotating import change_of
from claimmark.project.annotating import with_change
from claimmark.project.edits import Edit
from claimmark.project.project import Project
from claimmark.store import Repository

TEXT = "Titel\nKim schickte 3000 weitere Soldaten und 50 Raketen nach Russland. 40 starben.\n"


def _words(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.fixture
def project(fresh_repo: Repository) -> Project:
    fresh_repo.add_articles([make_article("a1", TEXT)])
    found = [
        Suggestion(*_words("3000 weitere Soldaten"), "TROOPS", 0.9, value=3000, qualifier="exact"),
        Suggestion(*_words("50 Raketen"), "WEAPONS", 0.9, value=50, qualifier="exact"),
        Suggestion(*_words("40 starben"), "LOSSES", 0.9, value=40, qualifier="exact"),
    ]
    fresh_repo.store_suggestions("a1", [store_form("a1", TEXT, f) for f in found])
    return Project(fresh_repo, None)


def state_after(state: ArticleState, edit: Edit, reverted: bool = False) -> ArticleState | None:
    """The state the window takes after an edit, as the undo command makes it; its
    label counts, passed on from ``state``'s, must be those of its spans."""
    assert state.label_counts == Counter(s.label for s in state.spans)
    change = change_of(state, edit, reverted)
    if change is None:
        return None
    after = with_change(state, change)
    assert after._label_counts is not None  # passed on from the change, not counted again
    assert after.label_counts == Counter(s.label for s in after.spans)
    return after


def _suggestion(state: ArticleState, words: str) -> annotating.StoredSuggestion:
    return next(s for s in state.suggestions if s.text == words)


EDITS: dict[str, Callable[[ArticleState], Edit]] = {
    "mark, the first edit": lambda s: annotating.as_first_edit(
        s, annotating.mark(s, *_words("Russland"), "TROOPS", "anna")
    ),
    "mark": lambda s: annotating.mark(s, *_words("Kim"), "TROOPS", "anna"),
    "accept": lambda s: annotating.accept(s, _suggestion(s, "50 Raketen"), "anna"),
    "reject": lambda s: annotating.reject(_suggestion(s, "40 starben")),
    "accept all": lambda s: annotating.accept_all(s, "anna")[0],
    "edit a suggestion": lambda s: annotating.edit_item(
        s, (old := _suggestion(s, "3000 weitere Soldaten")), replace(old, value=3001)
    ),
    "mark done": annotating.toggle_done,
    "a note on the article": lambda s: annotating.set_note(s, "  Quelle unklar "),
}


@pytest.mark.parametrize("name", EDITS)
def test_the_state_an_edit_gives_is_the_state_the_store_holds(project: Project, name: str) -> None:
    before = project.article_state("a1")
    edit = EDITS[name](before)
    after = state_after(before, edit)
    edit.apply(project.repo)
    assert after == project.article_state("a1")
    edit.revert(project.repo)
    assert state_after(after, edit, reverted=True) == project.article_state("a1") == before


def test_editing_and_deleting_a_span_are_followed_too(project: Project) -> None:
    marked = annotating.mark(project.article_state("a1"), *_words("Kim"), "TROOPS", "anna")
    marked.apply(project.repo)
    state = project.article_state("a1")
    for edit in (
        annotating.edit_item(state, marked.span, replace(marked.span, source="Seoul")),
        annotating.relabel(state, marked.span, "LOSSES"),
        annotating.delete_span(marked.span),
    ):
        after = state_after(state, edit)
        edit.apply(project.repo)
        assert after == project.article_state("a1")
        edit.revert(project.repo)
        assert state_after(after, edit, reverted=True) == project.article_state("a1") == state


def test_an_edit_of_another_article_or_of_labels_is_read_from_the_store(
    project: Project,
) -> None:
    state = project.article_state("a1")
    other = replace(state, article=replace(state.article, id="other"))
    assert state_after(other, annotating.reject(_suggestion(state, "40 starben"))) is None
    assert state_after(state, annotating.delete_label("TROOPS")) is None


def test_a_lesson_is_followed_once_applied(fresh_repo: Repository) -> None:
    from claimmark.project.learning import learn_edit

    text = "Titel\nSie schickten Haubitzen. Später kamen mehr Haubitzen und eine Haubitze.\n"
    fresh_repo.add_articles([make_article("a1", text), make_article("a2", "T\nZwei Haubitzen.")])
    project = Project(fresh_repo, None)
    start = text.index("Haubitzen")
    mark = annotating.mark(
        project.article_state("a1"), start, start + len("Haubitzen"), "WEAPONS", "anna"
    )
    mark.apply(project.repo)
    before = project.article_state("a1")
    edit = learn_edit(project.repo, mark.span)
    assert edit is not None
    edit.apply(project.repo)  # what it adds is known once applied, as in the window
    after = state_after(before, edit)
    assert after == project.article_state("a1")
    assert [s.text for s in after.suggestions] == ["Haubitzen", "Haubitze"]
    assert [s.text for s in project.article_state("a2").suggestions] == ["Haubitzen"]
    edit.revert(project.repo)
    assert state_after(after, edit, reverted=True) == project.article_state("a1") == before
    assert project.article_state("a2").suggestions == ()


def _taught_weapon(repo: Repository, text: str, other: str, marked: str) -> Project:
    """Mark ``marked`` in article a1 (``text``) as WEAPONS and apply what it teaches, with
    a2 (``other``) in the project too."""
    from claimmark.project.learning import learn_edit

    repo.add_articles([make_article("a1", text), make_article("a2", other)])
    project = Project(repo, None)
    start = text.index(marked)
    mark = annotating.mark(
        project.article_state("a1"), start, start + len(marked), "WEAPONS", "anna"
    )
    mark.apply(project.repo)
    edit = learn_edit(project.repo, mark.span)
    assert edit is not None
    edit.apply(project.repo)
    return project


@pytest.mark.parametrize(
    ("marked", "again"),
    [("KN-25", "KN 25"), ("M-1991", "M-1991"), ("2S7", "2s7"), ("40 Leopard 2A8", "Leopard 2A8")],
)
def test_a_weapon_designation_marked_once_is_proposed_at_its_next_occurrence(
    fresh_repo: Repository, marked: str, again: str
) -> None:
    text = f"Titel\nNordkorea lieferte {marked} an Russland. Dann kam wieder die {again} an.\n"
    other = f"Bericht\nAuch in Kursk sah man {again} im Einsatz.\n"
    project = _taught_weapon(fresh_repo, text, other, marked)
    # The name as written elsewhere; a figure before it ("40") is no part of the name.
    assert [s.text for s in project.article_state("a1").suggestions] == [again]
    assert [s.text for s in project.article_state("a2").suggestions] == [again]


@pytest.mark.parametrize(
    ("marked", "kin", "stranger"),
    [
        ("FAB-1500", "FAB-500-Bomben", "FABRIK-3"),
        ("Magura V7", "Magura-V5", "Magura"),
        ("Su-34-Kampfflugzeugen", "Su-30", "Suez 30"),
        ("KN-25", "KN23", "KNX-1"),
    ],
)
def test_a_designation_teaches_its_family(
    fresh_repo: Repository, marked: str, kin: str, stranger: str
) -> None:
    """One confirmed designation proposes its kin (the family's name and any number) in
    other articles, and nothing that only starts like it."""
    text = f"Titel\nRussland setzte {marked} ein.\n"
    other = f"Bericht\nDann kamen {kin} zum Einsatz, und {stranger} wurde genannt.\n"
    project = _taught_weapon(fresh_repo, text, other, marked)
    assert [s.text for s in project.article_state("a2").suggestions] == [kin]
    assert project.article_state("a1").suggestions == ()  # not again on the span itself


def test_a_single_letter_designation_teaches_no_family(fresh_repo: Repository) -> None:
    from claimmark.detector.learning import family_teacher

    for marked in ("M-1991", "2S7", "T-72", "Raketen"):
        span = make_span("a", marked, 0, len(marked), "WEAPONS", "anna")
        assert family_teacher(span) is None, marked
    assert family_teacher(make_span("a", "FAB-500", 0, 7, "LOSSES", "anna")) is None


def test_lessons_are_not_proposed_in_articles_marked_done(fresh_repo: Repository) -> None:
    from claimmark.core.articles import Status
    from claimmark.project.learning import learn_in

    text = "Titel\nSie zeigten Wunderwaffen.\n"
    fresh_repo.add_articles(
        [make_article("a1", text), make_article("a2", "T\nNoch mehr Wunderwaffen."),
         make_article("a3", "T\nAuch hier Wunderwaffen.")]
    )  # fmt: skip
    project = Project(fresh_repo, None)
    start = text.index("Wunderwaffen")
    mark = annotating.mark(project.article_state("a1"), start, start + 12, "WEAPONS", "anna")
    mark.apply(project.repo)
    fresh_repo.set_status("a3", Status.DONE)
    assert learn_in(fresh_repo, ["a2", "a3"]) == 1
    assert [s.text for s in fresh_repo.suggestions_for("a2")] == ["Wunderwaffen"]
    assert fresh_repo.suggestions_for("a3") == []


def test_label_counts_follow_an_edit_and_are_counted_again_where_it_is_not_exact(
    project: Project,
) -> None:
    state = project.article_state("a1")
    marked = annotating.mark(state, *_words("Kim"), "TROOPS", "anna")
    after = state_after(state, marked)
    assert after is not None
    assert after.label_counts == {"TROOPS": 1}
    # A change that names a span the state does not hold: the counts are made anew.
    elsewhere = replace(marked.span, id="not-there", label="LOSSES")
    odd = with_change(after, annotating.Change(removed=(elsewhere,)))
    assert odd._label_counts is None
    assert odd.label_counts == {"TROOPS": 1}
    # replace() gives other spans: never the counts of the spans it replaced.
    assert replace(after, spans=()).label_counts == {}
