"""Consistency hints: one source, one label, figures that cannot both be true."""

from __future__ import annotations

from claimmark.core.ledger import Claim
from claimmark.core.ledger import hints
from claimmark.core.spans import Qualifier

_n = 0


def claim(day: str | None, value: int | None, qualifier: Qualifier | None = Qualifier.EXACT,
          source: str | None = "Kyiv", label: str = "LOSSES") -> Claim:  # fmt: skip
    global _n
    _n += 1
    return Claim(f"a{_n}", "t", day, None, label, "w", "anna", "todo", 0, 1, f"s{_n}",
                 value=value, qualifier=qualifier, source=source)  # fmt: skip


def reasons(*claims: Claim) -> list[tuple[str, str, str]]:
    return [(h.span_id, h.other_id, h.reason) for h in hints(claims)]


def test_two_exact_values_of_one_source_within_three_days_differ() -> None:
    first, second = claim("2024-10-01", 500), claim("2024-10-04", 520)
    assert reasons(first, second) == [
        (second.span_id, first.span_id, "Kyiv gives 520 on 2024-10-04 and 500 on 2024-10-01")
    ]


def test_no_hint_beyond_the_window_for_other_sources_labels_or_figures_that_meet() -> None:
    assert reasons(claim("2024-10-01", 500), claim("2024-10-05", 520)) == []  # four days
    assert reasons(claim("2024-10-01", 500), claim("2024-10-02", 520, source="Moskau")) == []
    assert reasons(claim("2024-10-01", 500), claim("2024-10-02", 520, label="TROOPS")) == []
    # "at least 400" and 520 can both be true; so can "about 500" and 520.
    assert reasons(claim("2024-10-01", 400, Qualifier.AT_LEAST), claim("2024-10-02", 520)) == []
    assert reasons(claim("2024-10-01", 500, Qualifier.APPROX), claim("2024-10-02", 520)) == []
    # Without a day, a value or a source there is nothing to compare.
    assert reasons(claim(None, 500), claim("2024-10-01", 520)) == []
    assert reasons(claim("2024-10-01", None), claim("2024-10-01", 520)) == []
    assert reasons(claim("2024-10-01", 500, source=None), claim("2024-10-01", 520)) == []


def test_a_later_minimum_below_an_earlier_exact_figure_is_flagged_weeks_later() -> None:
    exact = claim("2024-09-01", 3000)
    later = claim("2024-12-01", 2000, Qualifier.AT_LEAST, source="  KYIV ")
    [(span, other, reason)] = reasons(exact, later)
    assert (span, other) == (later.span_id, exact.span_id)
    assert "gives at least 2,000 on 2024-12-01, fewer than the exact 3,000 of 2024-09-01" in reason


def test_a_claim_gets_one_hint_and_the_highest_earlier_exact_figure_is_named() -> None:
    low, high = claim("2024-01-01", 2500), claim("2024-02-01", 3000)
    later = claim("2024-06-01", 2000, Qualifier.AT_LEAST)
    assert [(s, o) for s, o, _ in reasons(low, high, later)] == [(later.span_id, high.span_id)]
