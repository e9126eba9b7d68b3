"""Normalisation, titles, the code point <-> UTF-16 map and sentence bounds."""

from __future__ import annotations

import pytest
from hypothesis import example
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from claimmark.core.text import Sentence
from claimmark.core.text import Utf16Map
from claimmark.core.text import normalize
from claimmark.core.text import sentence_at
from claimmark.core.text import title_of


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffText", "Text"),
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("a\x00b\x07c\x1bd\x7fe", "abcde"),
        ("tab\tkept\n", "tab\tkept\n"),
        ("mid\ufeffword", "mid\ufeffword"),
        ("Grüße 😀 e\u0301", "Grüße 😀 e\u0301"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@given(st.text())
def test_normalize_is_idempotent_and_leaves_only_tab_and_lf_controls(raw: str) -> None:
    text = normalize(raw)
    assert normalize(text) == text
    assert all(c in "\t\n" or (ord(c) >= 0x20 and c != "\x7f") for c in text)
    assert "\r" not in text


def test_title_is_first_non_empty_line() -> None:
    assert title_of("\n  \n  Erste Zeile \nZweite") == "Erste Zeile"
    assert title_of("\n \n") == ""


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_utf16_map_agrees_with_utf16_encoding(text: str) -> None:
    mapping = Utf16Map(text)
    assert mapping.length_utf16 == _utf16_len(text)
    for i in range(len(text) + 1):
        u = mapping.to_utf16(i)
        assert u == _utf16_len(text[:i])
        assert mapping.from_utf16(u) == i


def test_utf16_map_with_emoji_before_inside_and_after_a_span() -> None:
    text = "😀 x 3000 👍🏽 Soldaten 🇺🇦"
    mapping = Utf16Map(text)
    start = text.index("3000")
    end = text.index("Soldaten") + len("Soldaten")
    # One emoji (2 units) before the span; 👍🏽 is two astral code points inside it.
    assert mapping.to_utf16(start) == start + 1
    assert mapping.to_utf16(end) == end + 3
    assert mapping.from_utf16(start + 1) == start
    assert mapping.from_utf16(end + 3) == end
    assert mapping.length_utf16 == len(text) + 5


def test_utf16_offset_inside_a_surrogate_pair_maps_to_the_character_start() -> None:
    mapping = Utf16Map("a😀b")
    assert mapping.from_utf16(2) == 1
    assert mapping.from_utf16(3) == 2


TEXT = (
    "Titelzeile ohne Punkt\n"
    "Am 24. Februar 2022 begann der Krieg. Rund 11.000 Soldaten, ca. 3000 davon neu, "
    "wurden entsandt! Danach kam z.B. Munition.\n"
    "Letzte Zeile."
)


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        ("Titelzeile", "Titelzeile ohne Punkt"),
        ("Februar", "Am 24. Februar 2022 begann der Krieg."),
        ("11.000", "Rund 11.000 Soldaten, ca. 3000 davon neu, wurden entsandt!"),
        ("3000", "Rund 11.000 Soldaten, ca. 3000 davon neu, wurden entsandt!"),
        ("Munition", "Danach kam z.B. Munition."),
        ("Letzte", "Letzte Zeile."),
    ],
)
def test_sentence_at(word: str, sentence: str) -> None:
    start = TEXT.index(word)
    found = sentence_at(TEXT, start, start + len(word))
    assert TEXT[found.start : found.end] == sentence


def test_sentence_at_joins_the_sentences_a_span_crosses() -> None:
    start = TEXT.index("Krieg")
    end = TEXT.index("Rund") + 4
    assert sentence_at(TEXT, start, end) == Sentence(
        TEXT.index("Am 24."), TEXT.index("entsandt!") + len("entsandt!")
    )


@given(st.text(alphabet=st.sampled_from(list("ab \r\n\t\x00\x07\x0b\x7f\u0085\u2028\ufeff😀ü"))))
def test_normalize_with_map_agrees_with_normalize(raw: str) -> None:
    from claimmark.core.text import normalize_with_map

    text, where = normalize_with_map(raw)
    assert text == normalize(raw)
    assert list(where) == _map_one_by_one(raw)
    assert where[-1] == len(text)


def _map_one_by_one(raw: str) -> list[int]:
    """The offset map built character by character: slow, and plainly right."""
    where: list[int] = []
    kept = 0
    i = 0
    if raw.startswith("\ufeff"):
        where.append(0)
        i = 1
    while i < len(raw):
        where.append(kept)
        if raw[i] == "\r" and raw[i + 1 : i + 2] == "\n":
            where.append(kept)
            kept += 1
            i += 2
            continue
        if (
            raw[i] in "\r\u0085\u2028\u2029"
            or not (raw[i] < " " or raw[i] == "\x7f")
            or raw[i] in "\t\n"
        ):
            kept += 1
        i += 1
    where.append(kept)
    return where


def test_spans_in_a_crlf_file_cover_the_same_words_after_normalising() -> None:
    from claimmark.core.text import normalize_with_map

    raw = "\ufeffTitel\r\nEs kamen\x00 3000 Soldaten.\r\nEnde"
    start = raw.index("3000")
    end = start + len("3000 Soldaten")
    text, where = normalize_with_map(raw)
    assert text[where[start] : where[end]] == "3000 Soldaten"
    assert text[where[0] : where[len(raw)]] == text


@example(text="?\n", start=1, length=0)  # a mark at the line's end: not a cut
@example(text="?\n", start=1, length=1)  # across the line break: a cut
@settings(max_examples=500)
@given(
    st.text(alphabet=st.sampled_from(list("ab .!?\n…»«ca.Z3")), max_size=80),
    st.integers(0, 80),
    st.integers(0, 10),
)
def test_sentences_of_a_text_agree_with_sentence_at(text: str, start: int, length: int) -> None:
    from claimmark.core.text import Sentences

    start = min(start, len(text))
    end = min(start + length, len(text))
    assert Sentences(text).at(start, end) == sentence_at(text, start, end)
    assert Sentences(text).at(start) == sentence_at(text, start)
    # One object for many lookups, as an export asks it: what it keeps of a line holds.
    sentences = Sentences(text)
    for first in range(len(text) + 1):
        assert sentences.at(first, min(first + length, len(text))) == sentence_at(
            text, first, min(first + length, len(text))
        )
