"""Labels in the store: added, changed, renamed with their spans, deleted and restored."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimmark.core.errors import RuleError
from claimmark.core.labels import DEFAULT_LABELS
from claimmark.core.labels import Label
from claimmark.core.spans import make_span
from claimmark.store import Repository

TEXT = "Titel\nKim schickte 3000 weitere Soldaten nach Russland.\n"


@pytest.fixture
def repo(small_repo: Repository) -> Repository:
    start = TEXT.index("3000")
    small_repo.save_span(make_span("a1", TEXT, start, start + 21, "TROOPS", "alice"))
    return small_repo


def test_a_label_is_added_after_the_others(repo: Repository) -> None:
    new = Label("CIVILIANS", "4", "#b5e48c", "civilians affected")
    repo.save_label(new)
    assert repo.labels() == [*DEFAULT_LABELS, new]


@pytest.mark.parametrize(
    ("label", "problem"),
    [
        (Label("civ", "4", "#b5e48c", ""), "must start with a capital"),
        (Label("TROOPS", "4", "#b5e48c", ""), "there is a label TROOPS already"),
        (Label("CIV", "1", "#b5e48c", ""), "key 1 is TROOPS's already"),
        (Label("CIV", "0", "#b5e48c", ""), "must be one of 1 to 9"),
        (Label("CIV", "4", "green", ""), "must be #rrggbb"),
    ],
)
def test_bad_labels_are_refused_with_the_reason(
    repo: Repository, label: Label, problem: str
) -> None:
    with pytest.raises(RuleError, match=problem):
        repo.save_label(label)
    assert repo.labels() == list(DEFAULT_LABELS)


def test_renaming_a_label_renames_it_on_its_spans(repo: Repository) -> None:
    troops = DEFAULT_LABELS[0]
    repo.save_label(replace(troops, name="PERSONNEL", colour="#aaaaff", key="7"), "TROOPS")
    assert repo.labels()[0] == replace(troops, name="PERSONNEL", colour="#aaaaff", key="7")
    assert [s.label for s in repo.spans_for("a1")] == ["PERSONNEL"]


def test_a_deleted_label_comes_back_with_its_spans(repo: Repository) -> None:
    spans = repo.spans_for("a1")
    assert repo.label_use("TROOPS") == (1, 0)
    deleted = repo.delete_label("TROOPS")
    assert [lb.name for lb in repo.labels()] == ["LOSSES", "WEAPONS"]
    assert repo.spans_for("a1") == []
    repo.restore_label(deleted)
    assert repo.labels() == list(DEFAULT_LABELS)
    assert repo.spans_for("a1") == spans
