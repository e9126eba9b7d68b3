"""The detector's words and value types: what the rules look for, and what they find.

Shared by the rule modules (the leading underscores: nothing outside the detector uses them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimmark.core.language import ENGLISH
from claimmark.core.spans import ClaimAttributes
from claimmark.core.spans import Qualifier
from claimmark.core.tokens import Token
from claimmark.detector.lexicon import Lexicon
from claimmark.detector.lexicon import trie_pattern
from claimmark.detector.numbers import VAGUE_WORDS

_QUOTES = frozenset("»«„“”\"'‚‘’›‹")
_CLAUSE_BREAKS = frozenset(",;:–—()[]")
_RELATIVE = frozenset(
    {"die", "der", "das", "den", "dem", "deren", "dessen", "welche", "welcher", "welches",
     "who", "which", "that"}
)  # fmt: skip
_CONNECTORS = frozenset({"von", "an", "of"})
# After a figure only articles stop the noun phrase: "3000 weitere Soldaten".
_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
     "einen", "the", "a", "an"}
)  # fmt: skip
# Endings of attributive adjectives (German declension, common English adjective endings).
_ADJECTIVE = re.compile(r".*(?:e|en|er|es|em|ed|al|ic|ive|ous|an)", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-zäöüß]*ge[a-zäöüß]+(?:t|en)(?:e|en|er|es|em)?")
_MODEL = re.compile(r"(?=.*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|[A-Z][a-z]*-[A-Z0-9][A-Za-z0-9]*")
_REPORT_VERBS = frozenset((
    "berichte", "berichtet", "berichtete", "berichteten", "berichten", "meldete", "meldeten",
    "meldet", "teilte", "teilten", "erklärte", "erklärten", "sagte", "sagten", "schreibt",
    "schrieb", "schätzt", "schätzte", "reported", "said", "says", "reports", "told",
    "estimated", "estimates", "claimed", "claims", "announced", "stated", "added",
    "confirmed", "wrote",
))  # fmt: skip
"""Verbs of reporting, lower case: a token is one if its lower case is here (a set: asked
for every word of every sentence that names a source)."""
_SOURCE_STOP = frozenset(
    {"zufolge", "mit", "wird", "wurde", "hat", "habe", "hatte", "ist",
     "has", "have", "had", "is", "was", "were", "on", "in", "that", "who", "which"}
)  # fmt: skip
# English nationality and origin adjectives are capitalised: "Russian", "North Korean",
# "Polish", "Dutch", "Israeli", "Soviet", "Western".
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ch|ic|i|ern)|Soviet|Allied")
_COMPASS = frozenset({"north", "south", "east", "west"})


_SCORE_FIGURE_WITH_HEAD = 0.9
_SCORE_WEAPON = 0.8
_SCORE_BARE_FIGURE = 0.7
_SCORE_NAMED_SYSTEM = 0.6


NUMBER_WORDS = (
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
    "zwölf", "zwanzig", "ßig", "zig", "hundert", "tausend", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "million", "dozen",
)  # fmt: skip
"""Number words (and the ends of German compound numbers: "dreißig", "siebzig") where
a figure may start."""


@dataclass(frozen=True, slots=True)
class Suggestion(ClaimAttributes):
    """A span the detector proposes, with its claim attributes (the qualifier ``None``
    where there is no figure, the source as the sentence writes it).

    Attributes:
        start: first code point.
        end: code point after the last (exclusive).
        label: ``TROOPS``, ``LOSSES`` or ``WEAPONS``.
        score: how sure the rule that found it is, 0 to 1.
    """

    start: int
    end: int
    label: str
    score: float


@dataclass(slots=True)
class _Found:
    first: int  # token indices, inclusive
    last: int
    label: str
    value: int | None
    qualifier: Qualifier | None
    score: float


def _is_adjective(token: Token, lexicon: Lexicon, *, after_figure: bool = False) -> bool:
    """Return whether a token can be an attributive adjective.

    After a figure, quantifying words such as "weitere" are adjectives too
    ("3000 weitere Soldaten"); elsewhere they are determiners that start no span.
    """
    lower = token.lower
    stop = _ARTICLES if after_figure else lexicon.words("determiners")
    return (
        token.is_word
        and lower not in stop
        and lower not in lexicon.words("function_words")
        and not token.text[0].isdigit()
        and (_ADJECTIVE.fullmatch(lower) is not None or "-" in lower)
    )


_PRONOUNS = frozenset(
    {"er", "sie", "es", "wir", "ihr", "man", "he", "she", "it", "they", "we", "i", "you"}
)


def _looks_like_finite_verb(tokens: list[Token], index: int) -> bool:
    """Return whether a word ending like an adjective is a past-tense verb after its subject.

    "Die Armee setzte moderne Marschflugkörper ein": "setzte" follows the subject.
    Superlatives ("modernste") and words after a genitive ("Russlands alte
    Panzer") stay adjectives.
    """
    lower = tokens[index].lower
    if not lower.endswith(("te", "ten")) or lower.endswith(("ste", "sten")) or index == 0:
        return False
    before = tokens[index - 1]
    if before.lower in _PRONOUNS:
        return True
    return before.is_word and before.is_capitalised and not before.text.endswith("s")


def _is_lower_word(token: Token) -> bool:
    """Return whether a word is written in lower case, judged by its last part.

    "KI-gesteuerter" is an adjective though it starts with a capital.
    """
    return token.text.rsplit("-", 1)[-1][:1].islower()


def _name_of(tokens: list[Token], first: int, last: int) -> str:
    """Return a source as written; a phrase that ends in an acronym is that acronym.

    "staatlicher Nachrichtenagentur KCNA" -> "KCNA".
    """
    final = tokens[last].text
    if last > first and len(final) >= 2 and final.isupper() and final.isalpha():
        return final
    return _join(tokens, first, last)


def _text_of(tokens: list[Token], first: int, last: int) -> str:
    """Return tokens as the text spaces them: "Ukraine's air force", not "Ukraine ' s"."""
    parts = [tokens[first].text]
    for before, token in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True):
        parts.append(token.text if token.start == before.end else " " + token.text)
    return "".join(parts)


def _join(tokens: list[Token], first: int, last: int) -> str:
    words = [t for t in tokens[first : last + 1] if t.text not in _QUOTES]
    return " ".join(t.text for t in words)


class _Base:
    """The rules' state for one language: its lexicon and the patterns made from it."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.english = lexicon.language == ENGLISH
        # Where a figure may start: a digit, or a number or vague word at a word start.
        self._number_finder = re.compile(
            r"(?<![\w])(?:\d|" + trie_pattern([*NUMBER_WORDS, *VAGUE_WORDS]) + ")"
        )
        # A sentence is worth tokenising only if its lower-cased text holds one of these.
        # German compounds end in them ("Kurzstreckenraketen"); English words start
        # with them, so "ten" in "often" and "mine" in "determine" wake nothing, and a
        # generic head ("systems") counts only after a weapon word that wakes it.
        word_start, generic = (
            (r"(?<!\w)", "weapon_modifiers") if self.english else ("", "weapon_modifier_heads")
        )
        self._trigger = re.compile(
            r"\d|" + word_start + trie_pattern([*NUMBER_WORDS, *lexicon.words("weapon_stems"),
                                               *lexicon.words("weapon_words"),
                                               *lexicon.words(generic),
                                               *lexicon.words("named_systems")])
        )  # fmt: skip
        # Searched in lower-cased text, in every sentence: as a trie, a third faster.
        self._attribution_hint = re.compile(r"\b(?:" + trie_pattern((
            "laut", "zufolge", "berufung", "angaben", "bericht", "zitiert", "according",
            "meldet", "teilte", "erklärte", "sagte", "schreibt", "schrieb", "schätzt",
            "reported", "said", "says", "reports", "told", "estimate", "claim", "announced",
            "stated", "added", "confirmed", "wrote", "citing",
        )) + ")")  # fmt: skip
