"""A detector run in the store: who found each suggestion is recorded, learned ones stay."""

from __future__ import annotations

from claimmark.core.suggestions import Proposer
from claimmark.store import Repository
from tests.core.test_suggestion_origins import suggestion


def test_a_detector_run_records_its_origins_and_keeps_what_was_learned(
    small_repo: Repository,
) -> None:
    repo = small_repo
    learned = suggestion(0, 5, Proposer.LEARNED, 1.0, learned_from="a2")
    repo.add_suggestions([learned])
    # A run with the model: the learned one is found again by the model, and one more.
    run = [suggestion(0, 5, Proposer.MODEL, 0.8), suggestion(6, 12, "rules+model", 0.9)]
    assert repo.store_suggestions("a1", run) == 1
    stored = {s.start: s for s in repo.suggestions_for("a1")}
    assert (stored[0].origin, stored[0].score, stored[0].learned_from) == (
        "learned+model",
        0.8,
        "a2",
    )
    assert stored[6].origin == "rules+model"
    # A run without the model: what only the model found goes, the rest says who found it.
    assert repo.store_suggestions("a1", [suggestion(6, 12, Proposer.RULES, 0.7)]) == 0
    stored = {s.start: s for s in repo.suggestions_for("a1")}
    assert (stored[0].origin, stored[6].origin, stored[6].score) == ("learned", "rules", 0.7)
