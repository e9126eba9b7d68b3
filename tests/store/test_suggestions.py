"""Suggestions in the store: detection runs, review states, accepting into spans."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimmark.core.errors import RuleError
from claimmark.core.spans import Qualifier
from claimmark.core.spans import Span
from claimmark.core.spans import make_span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import suggestion_id
from claimmark.detector.rules import Suggestion
from claimmark.detector.rules import store_form
from claimmark.store import Repository
from claimmark.store import SpanConflictError

TEXT = "Titel\nKim schickte 3000 weitere Soldaten und Raketen nach Russland.\n"


def _stored(words: str, label: str, value: int | None = None) -> StoredSuggestion:
    start = TEXT.index(words)
    proposal = Suggestion(
        start, start + len(words), label, 0.9, value=value, qualifier=Qualifier.EXACT,
        source="Seoul",
    )  # fmt: skip
    return replace(store_form("a1", TEXT, proposal), detected_at="2026-11-24T10:00:00+00:00")


TROOPS = _stored("3000 weitere Soldaten", "TROOPS", 3000)
WEAPONS = _stored("Raketen", "WEAPONS")


@pytest.fixture
def repo(fresh_repo: Repository) -> Repository:
    from claimmark.core.articles import make_article

    fresh_repo.add_articles([make_article("a1", TEXT)])
    return fresh_repo


def test_a_detection_run_is_recorded_with_pending_suggestions(repo: Repository) -> None:
    assert not repo.is_detected("a1")
    assert repo.store_suggestions("a1", [TROOPS, WEAPONS]) == 2
    assert repo.is_detected("a1")
    assert repo.suggestions_for("a1") == [TROOPS, WEAPONS]
    assert TROOPS.id == suggestion_id("a1", TROOPS.start, TROOPS.end, "TROOPS")


def test_a_rejected_suggestion_does_not_come_back(repo: Repository) -> None:
    repo.store_suggestions("a1", [TROOPS, WEAPONS])
    repo.save_suggestion(replace(WEAPONS, state="rejected"))
    assert repo.store_suggestions("a1", [TROOPS, WEAPONS]) == 0
    assert repo.suggestions_for("a1") == [TROOPS]
    assert repo.suggestions_for("a1", ("rejected",)) == [replace(WEAPONS, state="rejected")]


def test_pending_suggestions_the_detector_drops_are_removed(repo: Repository) -> None:
    repo.store_suggestions("a1", [TROOPS, WEAPONS])
    repo.store_suggestions("a1", [TROOPS])
    assert repo.suggestions_for("a1", ("pending", "accepted", "rejected")) == [TROOPS]


def test_accepting_makes_a_detector_span_and_undo_takes_it_back(repo: Repository) -> None:
    repo.store_suggestions("a1", [TROOPS])
    span = replace(
        make_span("a1", TEXT, TROOPS.start, TROOPS.end, "TROOPS", "alice", origin="detector"),
        value=3000,
        qualifier="exact",
        source="Seoul",
    )
    repo.accept_suggestions([(TROOPS, span)])
    assert repo.spans_for("a1") == [span]
    assert repo.suggestions_for("a1") == []
    assert repo.suggestion(TROOPS.id) == replace(TROOPS, state="accepted", span_id=span.id)
    repo.unaccept_suggestions([TROOPS])
    assert repo.spans_for("a1") == []
    assert repo.suggestions_for("a1") == [TROOPS]


def test_accepting_over_a_same_label_span_saves_nothing(repo: Repository) -> None:
    repo.store_suggestions("a1", [TROOPS, WEAPONS])
    blocker = make_span("a1", TEXT, TROOPS.start, TROOPS.start + 4, "TROOPS", "alice")
    repo.save_span(blocker)
    weapons_span = make_span("a1", TEXT, WEAPONS.start, WEAPONS.end, "WEAPONS", "alice")
    troops_span = make_span("a1", TEXT, TROOPS.start, TROOPS.end, "TROOPS", "alice")
    with pytest.raises(SpanConflictError):
        repo.accept_suggestions([(WEAPONS, weapons_span), (TROOPS, troops_span)])
    assert repo.spans_for("a1") == [blocker]
    assert repo.suggestions_for("a1") == [TROOPS, WEAPONS]


def test_suggestion_label_and_attributes_can_be_edited(repo: Repository) -> None:
    repo.store_suggestions("a1", [TROOPS])
    edited = replace(TROOPS, label="LOSSES", value=2999, qualifier="approx", source=None)
    repo.save_suggestion(edited)
    assert repo.suggestions_for("a1") == [edited]
    with pytest.raises(ValueError, match="not a valid SuggestionState"):
        repo.save_suggestion(replace(TROOPS, state="maybe"))


MANY = "Titel\n" + "Es kamen 10 Soldaten. " * 20


def _many(repo: Repository) -> list[tuple[StoredSuggestion, Span]]:
    from claimmark.core.articles import make_article
    from claimmark.core.suggestions import proposed

    repo.add_articles([make_article("m1", MANY)])
    starts = [i for i in range(len(MANY)) if MANY.startswith("10 Soldaten", i)]
    found = [proposed("m1", MANY, s, s + 11, "TROOPS", score=0.9) for s in starts]
    repo.store_suggestions("m1", found)
    return [(f, make_span("m1", MANY, f.start, f.end, "TROOPS", "alice")) for f in found]


@pytest.mark.parametrize("accepted", [1, 3, 12], ids=["one", "a few", "all at once"])
def test_accepting_is_refused_whole_where_one_would_overlap_or_not_fit(
    repo: Repository, accepted: int
) -> None:
    # A few are checked one by one in SQL, many against all the article's spans read
    # once: the same rule, the same words.
    pairs = _many(repo)[:accepted]
    last, last_span = pairs[-1]
    blocker = make_span("m1", MANY, last.start, last.start + 2, "TROOPS", "alice")
    repo.save_span(blocker)
    with pytest.raises(SpanConflictError, match="'10 Soldaten' overlaps the TROOPS span '10'"):
        repo.accept_suggestions(pairs)
    assert len(repo.spans_for("m1")) == 1
    assert len(repo.suggestions_for("m1")) == 20
    repo.delete_span(blocker.id)
    odd = replace(last_span, text="11 Soldaten")
    with pytest.raises(RuleError, match="span text '11 Soldaten' differs"):
        repo.accept_suggestions([*pairs[:-1], (last, odd)])
    # Two of the accepted overlapping each other are refused too.
    twice = replace(pairs[0][1], id="twice")
    with pytest.raises(SpanConflictError):
        repo.accept_suggestions([*pairs, (pairs[0][0], twice)])
    assert repo.spans_for("m1") == []
    repo.accept_suggestions(pairs)
    assert len(repo.spans_for("m1")) == accepted


def test_accepting_one_suggestion_reads_neither_the_text_nor_every_span(
    repo: Repository,
) -> None:
    pairs = _many(repo)
    statements: list[str] = []
    repo._db.conn.set_trace_callback(statements.append)
    repo.accept_suggestions(pairs[:1])
    repo._db.conn.set_trace_callback(None)
    assert repo.spans_for("m1") == [pairs[0][1]]
    assert [s for s in statements if "t.text" in s or 'order by "start"' in s] == []
