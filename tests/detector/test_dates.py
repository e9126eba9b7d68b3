"""The publication day read from a dateline, German and English."""

from __future__ import annotations

import pytest

from claimmark.detector.dates import propose_day


@pytest.mark.parametrize(("text", "language", "day"), [
    ("Truppen\nSeoul, 23. Oktober 2024 – Kim schickte", "de", "2024-10-23"),
    ("Troops\nKYIV, Oct 23, 2024 (Reuters) - Ukraine said", "en", "2024-10-23"),
    ("Truppen\nBerlin, 3.11.2024 (dpa) – Am Montag", "", "2024-11-03"),  # German order
    ("Truppen\nIm Oktober kamen 3000 Soldaten an.", "de", None),  # a month is not a day
    ("Truppen\nAm Montag kamen 3000 Soldaten an.", "de", None),
])  # fmt: skip
def test_a_full_date_in_the_first_lines_is_proposed(text: str, language: str, day: str) -> None:
    assert propose_day(text, language) == day


def test_a_date_far_into_the_article_is_no_dateline() -> None:
    text = "Truppen\n" + "Kim schickte Soldaten. " * 30 + "Am 23. Oktober 2024 kamen sie an."
    assert propose_day(text, "de") is None


def test_without_a_year_dateparser_is_not_even_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.delitem(sys.modules, "dateparser.search", raising=False)
    monkeypatch.setitem(sys.modules, "dateparser.search", None)  # importing it fails
    assert propose_day("Truppen\nSeoul – Am Montag kamen 3000 Soldaten an.", "de") is None


def test_a_two_digit_year_is_still_read() -> None:
    assert propose_day("Truppen\nBerlin, 3.11.24 (dpa) – Am Montag", "de") is not None
