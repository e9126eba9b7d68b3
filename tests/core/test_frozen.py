"""Spans and suggestions the store builds in bulk are the objects their __init__ builds."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from dataclasses import fields

import pytest

from claimmark.core.frozen import bulk_maker
from claimmark.core.spans import Origin
from claimmark.core.spans import Qualifier
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import SuggestionState


@pytest.mark.parametrize(
    "made",
    [
        Span("s1", "a1", 3, 10, "TROOPS", "text...", "anna", "2026-12-07T08:00:00Z",
             Origin.ADJUDICATED, "note", "s0", value=3000, qualifier=Qualifier.APPROX,
             source="Kiew"),
        StoredSuggestion("g1", "a1", 0, 4, "WEAPONS", "Drei", 0.7, SuggestionState.REJECTED,
                         "s2", "2026-12-07", "learned", "a0", value=None, qualifier=None,
                         source=None),
    ],
    ids=["span", "suggestion"],
)  # fmt: skip
def test_a_bulk_made_object_is_the_one_init_makes(made: Span | StoredSuggestion) -> None:
    values = [getattr(made, f.name) for f in fields(made)]
    again = bulk_maker(type(made))(*values)
    assert type(again) is type(made)
    assert again == made
    assert hash(again) == hash(made)
    assert repr(again) == repr(made)
    with pytest.raises(AttributeError):
        again.start = 0  # type: ignore[misc]  # still frozen


def test_a_bulk_maker_wants_every_field() -> None:
    with pytest.raises(TypeError):
        bulk_maker(Span)("s1", "a1")


@dataclass(frozen=True, slots=True)
class _Checked:
    value: int

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError(self.value)


@dataclass(frozen=True)
class _Unslotted:
    value: int


@dataclass(frozen=True, slots=True)
class _Derived:
    value: int
    cached: int = field(init=False, default=0)


@pytest.mark.parametrize("cls", [_Checked, _Unslotted, _Derived])
def test_a_class_whose_init_does_more_is_refused(cls: type) -> None:
    with pytest.raises(TypeError):
        bulk_maker(cls)
