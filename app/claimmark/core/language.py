"""Which language an article is written in, from its function words.

German and English are told apart by the words every sentence needs ("der",
"und", "nicht" against "the", "and", "of"): counted over the first 5,000
characters, the language with clearly more of them wins. A text too short or
too mixed to tell is left unknown (""); the user can set it in the window.
"""

from __future__ import annotations

import re

GERMAN, ENGLISH, UNKNOWN = "de", "en", ""

NAMES = {GERMAN: "German", ENGLISH: "English", UNKNOWN: "unknown language"}
"""The languages' names, for the user."""

_GERMAN_WORDS = (
    "der die das den dem des und oder nicht ist sind war wurde wurden wird werden "
    "mit von zu im ein eine einen einem einer auf für sich auch nach bei aus als "
    "dass noch nur seit über unter gegen sein seine ihre hat haben"
)
_ENGLISH_WORDS = (
    "the and or not is are was were be been has have had of to in a an on for "
    "with by from at as that this which it its their his her said also after "
    "than into over against"
)
_FUNCTION_WORDS = {
    GERMAN: frozenset(_GERMAN_WORDS.split()),
    ENGLISH: frozenset(_ENGLISH_WORDS.split()),
}

_WORD = re.compile(r"[^\W\d_]+")

SAMPLE = 5_000
"""Characters read: enough for a few hundred words, and constant for a long article."""

MINIMUM = 5
"""Function words a language needs at least before it can win."""


def detect_language(text: str) -> str:
    """Return ``"de"``, ``"en"`` or ``""`` (cannot tell) for a text."""
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in _WORD.findall(text[:SAMPLE].lower()):
        for language, words in _FUNCTION_WORDS.items():
            if word in words:
                counts[language] += 1
    german, english = counts[GERMAN], counts[ENGLISH]
    if german >= MINIMUM and german >= 2 * english:
        return GERMAN
    if english >= MINIMUM and english >= 2 * german:
        return ENGLISH
    return UNKNOWN
