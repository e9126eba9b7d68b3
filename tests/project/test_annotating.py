"""The annotation use cases, without a window: each returns an edit, or a rule's refusal."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimmark.core.articles import Status
from claimmark.core.articles import make_article
from claimmark.core.errors import RuleError
from claimmark.core.errors import SpanConflictError
from claimmark.core.labels import DEFAULT_LABELS
from claimmark.core.labels import Label
from claimmark.detector.rules import Suggestion
from claimmark.detector.rules import store_form
from claimmark.project import annotating
from claimmark.project.edits import Together
from claimmark.project.project import Project
from claimmark.store import Repository

TEXT = "Titel\nKim schickte 3000 weitere Soldaten und 50 Raketen nach Russland.\n"


@pytest.fixture
def project(fresh_repo: Repository) -> Project:
    fresh_repo.add_articles([make_article("a1", TEXT)])
    return Project(fresh_repo, None)


def _words(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_marking_snaps_to_words_and_the_edit_applies_and_reverts(project: Project) -> None:
    state = project.article_state("a1")
    edit = annotating.mark(state, *_words("000 weitere Sold"), "TROOPS", "alice")
    assert edit.span.text == "3000 weitere Soldaten"
    edit.apply(project.repo)
    assert [s.text for s in project.repo.spans_for("a1")] == ["3000 weitere Soldaten"]
    edit.revert(project.repo)
    assert project.repo.spans_for("a1") == []


def test_a_mark_overlapping_its_label_is_refused_in_words(project: Project) -> None:
    annotating.mark(project.article_state("a1"), *_words("3000 weitere Soldaten"), "TROOPS",
                    "alice").apply(project.repo)  # fmt: skip
    state = project.article_state("a1")
    with pytest.raises(SpanConflictError, match="Not marked: 'Soldaten' overlaps the TROOPS"):
        annotating.mark(state, *_words("Soldaten"), "TROOPS", "alice")
    assert annotating.mark(state, *_words("Soldaten"), "LOSSES", "alice").span.label == "LOSSES"
    with pytest.raises(RuleError, match="holds no word"):
        annotating.mark(state, 5, 6, "TROOPS", "alice")


def test_the_first_edit_of_an_article_sets_it_in_progress_in_the_same_step(
    project: Project,
) -> None:
    state = project.article_state("a1")
    edit = annotating.as_first_edit(
        state, annotating.mark(state, *_words("50 Raketen"), "WEAPONS", "alice")
    )
    assert isinstance(edit, Together)
    edit.apply(project.repo)
    assert project.repo.article("a1").status == Status.IN_PROGRESS
    edit.revert(project.repo)
    assert (project.repo.article("a1").status, project.repo.spans_for("a1")) == (Status.TODO, [])


def test_a_step_of_several_parts_is_written_in_one_transaction(project: Project) -> None:
    # Whole or not at all even if the process dies between its parts, and one commit.
    state = project.article_state("a1")
    edit = annotating.as_first_edit(
        state, annotating.mark(state, *_words("50 Raketen"), "WEAPONS", "alice")
    )
    statements: list[str] = []
    project.repo._db.conn.set_trace_callback(statements.append)
    edit.apply(project.repo)
    edit.revert(project.repo)
    project.repo._db.conn.set_trace_callback(None)
    assert [s for s in statements if s in ("BEGIN IMMEDIATE", "COMMIT")] == [
        "BEGIN IMMEDIATE", "COMMIT", "BEGIN IMMEDIATE", "COMMIT",
    ]  # fmt: skip


def test_a_step_that_fails_halfway_leaves_nothing_behind(project: Project) -> None:
    state = project.article_state("a1")
    first = annotating.mark(state, *_words("50 Raketen"), "WEAPONS", "alice")
    clash = annotating.mark(state, *_words("Raketen"), "WEAPONS", "alice")
    step = annotating.as_first_edit(state, Together("two marks", [first, clash]))
    with pytest.raises(SpanConflictError):
        step.apply(project.repo)
    assert (project.repo.article("a1").status, project.repo.spans_for("a1")) == (Status.TODO, [])


def test_accepting_all_is_one_edit_and_reverts_whole(project: Project) -> None:
    found = [
        Suggestion(*_words("3000 weitere Soldaten"), "TROOPS", 0.9, value=3000, qualifier="exact"),
        Suggestion(*_words("50 Raketen"), "WEAPONS", 0.9, value=50, qualifier="exact"),
    ]
    project.repo.store_suggestions("a1", [store_form("a1", TEXT, f) for f in found])
    edit, plan = annotating.accept_all(project.article_state("a1"), "alice")
    assert (len(plan.accepted), plan.left, edit.text) == (2, 0, "accept 2 suggestions")
    edit.apply(project.repo)
    assert project.article_state("a1").suggestions == ()
    assert [s.value for s in project.repo.spans_for("a1")] == [3000, 50]
    edit.revert(project.repo)
    assert len(project.article_state("a1").suggestions) == 2
    with pytest.raises(RuleError, match="No suggestion to accept"):
        annotating.accept_all(replace(project.article_state("a1"), suggestions=()), "alice")


def test_a_label_that_breaks_the_label_rules_is_refused() -> None:
    with pytest.raises(RuleError, match="Label not saved: key 1 is TROOPS's already"):
        annotating.save_label(DEFAULT_LABELS, "", Label("NEW", "1", "#ffffff", ""))


def test_accepting_a_thousand_suggestions_is_one_edit(fresh_repo: Repository) -> None:
    sentence = "Russland schickte 3000 Soldaten nach Kursk. "
    text = "Titel\n" + sentence * 1000
    fresh_repo.add_articles([make_article("big", text)])
    found, position = [], 0
    for _ in range(1000):
        start = text.index("3000 Soldaten", position)
        found.append(Suggestion(start, start + 13, "TROOPS", 0.9, value=3000, qualifier="exact"))
        position = start + 13
    fresh_repo.store_suggestions("big", [store_form("big", text, f) for f in found])
    project = Project(fresh_repo, None)
    edit, plan = annotating.accept_all(project.article_state("big"), "alice")
    edit.apply(fresh_repo)
    assert (len(plan.accepted), len(fresh_repo.spans_for("big"))) == (1000, 1000)
    assert project.article_state("big").suggestions == ()
    edit.revert(fresh_repo)
    assert (len(fresh_repo.spans_for("big")), len(project.article_state("big").suggestions)) == (
        0,
        1000,
    )


def test_a_reread_state_has_the_new_spans_and_status_and_the_same_text(project: Project) -> None:
    state = project.article_state("a1")
    annotating.as_first_edit(
        state, annotating.mark(state, *_words("50 Raketen"), "WEAPONS", "alice")
    ).apply(project.repo)
    again = project.reread(state)
    assert again.article is state.article  # the text is not read again
    assert (again.status, [s.text for s in again.spans]) == (Status.IN_PROGRESS, ["50 Raketen"])
    fresh = project.article_state("a1")
    assert (again.status, again.spans, again.suggestions) == (
        fresh.status,
        fresh.spans,
        fresh.suggestions,
    )


def test_accepting_settles_only_on_a_covering_span_of_its_label_and_annotator(
    project: Project,
) -> None:
    from claimmark.core.spans import make_span
    from claimmark.project.edits import AcceptSuggestions
    from claimmark.project.edits import SettleSuggestion

    found = Suggestion(*_words("Soldaten"), "TROOPS", 0.9)
    project.repo.store_suggestions("a1", [store_form("a1", TEXT, found)])
    [suggestion] = project.article_state("a1").suggestions
    start, end = _words("3000 weitere Soldaten")
    others = [
        make_span("a1", TEXT, start, end, "TROOPS", "bob"),  # another annotator's
        make_span("a1", TEXT, start, end, "LOSSES", "alice"),  # another label
        make_span("a1", TEXT, *_words("Kim"), "TROOPS", "alice"),  # before it, not over it
    ]
    for span in others:
        project.repo.save_span(span)
    edit = annotating.accept(project.article_state("a1"), suggestion, "alice")
    assert isinstance(edit, AcceptSuggestions)
    covering = make_span("a1", TEXT, start, end, "TROOPS", "alice")
    project.repo.save_span(covering)
    edit = annotating.accept(project.article_state("a1"), suggestion, "alice")
    assert isinstance(edit, SettleSuggestion)
    assert edit.span == covering
