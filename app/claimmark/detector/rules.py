"""The claim detector: from an article's text to suggested TROOPS, LOSSES and WEAPONS spans.

Rules over tokens and the lexicon (``resources/lexicon/claims.txt``), following
GUIDELINES.md:

- A **figure** (``rund 11.000``, ``Tausende``, ``zweier``) with a head noun after
  it (adjectives may stand between) is a span from the qualifier to the head:
  TROOPS for military personnel, LOSSES for casualty nouns (``Verluste``) or
  for personnel with a casualty cue in their clause (``getötet``, ``gefallen``),
  WEAPONS for weapons (also via ``Einheiten von``).
- A figure with no head noun (``etwa 4.000 im Kampf gefallen``) is the figure
  alone, LOSSES with a casualty cue, TROOPS with soldiers named earlier in the
  sentence or a deployment cue.
- A **weapon noun** without a figure is a span from its first descriptive
  adjective to the noun (``ballistischen Kurzstreckenraketen``), never from a
  determiner; a compound counts by its head, so ``Raketenangriff`` is no weapon.
- ``source`` is who the sentence says reported it (``laut X``, ``X zufolge``,
  ``unter Berufung auf X``, ``nach Angaben X``, ``X berichtete``).

Only sentences that contain a digit, a number word or a weapon word are
tokenised, which keeps the detector at regex speed on long texts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from claimmark.core.language import ENGLISH, detect_language
from claimmark.core.suggestions import StoredSuggestion, proposed
from claimmark.core.text import Sentence, lower_same_length, sentence_bounds
from claimmark.core.tokens import Token, tokenize
from claimmark.detector.lexicon import Lexicon, trie_pattern
from claimmark.detector.numbers import QUALIFIERS, VAGUE_WORDS, Quantity, match_quantity

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
_REPORT_VERBS = re.compile(
    r"(?:berichte|berichtet|berichtete|berichteten|berichten|meldete|meldeten|meldet|"
    r"teilte|teilten|erklärte|erklärten|sagte|sagten|schreibt|schrieb|schätzt|schätzte|"
    r"reported|said|says|reports|told|estimated|estimates|claimed|claims|announced|stated|"
    r"added|confirmed|wrote)",
    re.IGNORECASE,
)
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


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A span the detector proposes.

    Attributes:
        start: first code point.
        end: code point after the last (exclusive).
        label: ``TROOPS``, ``LOSSES`` or ``WEAPONS``.
        value: the figure as an integer, where the text gives one.
        qualifier: ``exact``, ``approx``, ``at_least``, ``more_than``, ``up_to``,
            ``vague``, or ``None`` when there is no figure.
        source: who the sentence says reported it, as written, or ``None``.
        score: how sure the rule that found it is, 0 to 1.
    """

    start: int
    end: int
    label: str
    value: int | None
    qualifier: str | None
    source: str | None
    score: float


@dataclass(slots=True)
class _Found:
    first: int  # token indices, inclusive
    last: int
    label: str
    value: int | None
    qualifier: str | None
    score: float


class Detector:
    """Finds claims in article texts with the rules of GUIDELINES.md over a lexicon.

    The rules differ by language only in their word lists and in a few English
    habits (numbers grouped by commas, compounds written as two words, nationality
    adjectives capitalised); each language gets its own :class:`_Rules`, made on
    first use.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._rules: dict[str, _Rules] = {}

    def detect(self, text: str, language: str | None = None) -> list[Suggestion]:
        """Return the suggestions for one article text, ordered by position.

        Args:
            text: the article's normalised text.
            language: ``"de"``, ``"en"``, or ``""`` when not known (all word lists
                at once); ``None`` tells it from the text.
        """
        if language is None:
            language = detect_language(text)
        rules = self._rules.get(language)
        if rules is None:
            rules = self._rules[language] = _Rules(self.lexicon.for_language(language))
        return rules.detect(text)


class _Rules:
    """The rules for articles in one language."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.english = lexicon.language == ENGLISH
        number_words = (
            "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
            "zwölf", "zwanzig", "ßig", "zig", "hundert", "tausend", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "thousand", "million", "dozen",
        )  # fmt: skip
        # Where a figure may start: a digit, or a number or vague word at a word start.
        self._number_finder = re.compile(
            r"(?<![\w])(?:\d|" + trie_pattern([*number_words, *VAGUE_WORDS]) + ")"
        )
        # A sentence is worth tokenising only if its lower-cased text holds one of these.
        # German compounds end in them ("Kurzstreckenraketen"); English words start
        # with them, so "ten" in "often" and "mine" in "determine" wake nothing, and a
        # generic head ("systems") counts only after a weapon word that wakes it.
        word_start, generic = (
            (r"(?<!\w)", "weapon_modifiers") if self.english else ("", "weapon_modifier_heads")
        )
        self._trigger = re.compile(
            r"\d|" + word_start + trie_pattern([*number_words, *lexicon.words("weapon_stems"),
                                               *lexicon.words("weapon_words"),
                                               *lexicon.words(generic),
                                               *lexicon.words("named_systems")])
        )  # fmt: skip
        # Searched in lower-cased text.
        self._attribution_hint = re.compile(
            r"\b(?:laut|zufolge|berufung|angaben|bericht|zitiert|according|meldet|teilte|"
            r"erklärte|sagte|schreibt|schrieb|schätzt|reported|said|says|reports|told|"
            r"estimate|claim|announced|stated|added|confirmed|wrote|citing)"
        )

    def detect(self, text: str) -> list[Suggestion]:
        """Return the suggestions for one article text, ordered by position."""
        lowered = lower_same_length(text)
        suggestions: list[Suggestion] = []
        paragraph_start = -1
        paragraph_source: str | None = None
        for sentence in _bounded(text, sentence_bounds(text)):
            start_of_line = text.rfind("\n", 0, sentence.start) + 1
            if start_of_line != paragraph_start:
                paragraph_start, paragraph_source = start_of_line, None
            if self._trigger.search(lowered, sentence.start, sentence.end) is None:
                # Attribution carries on through reported speech in the paragraph.
                if self._may_attribute(lowered, sentence):
                    paragraph_source = self._source(tokenize(text, sentence.start, sentence.end))
                continue
            found, source = self._detect_sentence(text, lowered, sentence, paragraph_source)
            paragraph_source = source
            suggestions.extend(found)
        return suggestions

    def _may_attribute(self, lowered: str, sentence: Sentence) -> bool:
        return self._attribution_hint.search(lowered, sentence.start, sentence.end) is not None

    # One sentence ------------------------------------------------------------

    def _detect_sentence(
        self, text: str, lowered: str, sentence: Sentence, paragraph_source: str | None
    ) -> tuple[list[Suggestion], str | None]:
        """Return the sentence's suggestions, and the source in force after it."""
        tokens = tokenize(text, sentence.start, sentence.end)
        quantities = self._quantities(tokens, lowered, sentence)
        found: list[_Found] = []
        totals: set[int] = set()  # quantities that are the whole of a partitive
        for k, quantity in enumerate(quantities):
            following = quantities[k + 1] if k + 1 < len(quantities) else None
            # Cues are searched in the lower-cased text.
            hit = self._figure_claim(lowered, tokens, quantity, following, totals)
            if hit is not None:
                found.append(hit)
        covered = {i for f in found for i in range(f.first, f.last + 1)}
        found.extend(self._weapon_claims(lowered, sentence, tokens, covered))
        source = paragraph_source
        if self._attribution_hint.search(lowered, sentence.start, sentence.end) is not None:
            source = self._source(tokens) or paragraph_source
        if not found:
            return [], source
        found.sort(key=lambda f: (f.first, -f.last))
        kept: list[_Found] = []
        for hit in found:
            if any(
                k.label == hit.label and k.first <= hit.last and hit.first <= k.last for k in kept
            ):
                continue  # two spans of one label never overlap
            kept.append(hit)
        suggestions = [
            Suggestion(
                tokens[f.first].start,
                tokens[f.last].end,
                f.label,
                f.value,
                f.qualifier,
                source,
                f.score,
            )
            for f in kept
        ]
        return suggestions, source

    def _quantities(self, tokens: list[Token], lowered: str, sentence: Sentence) -> list[Quantity]:
        # Only tokens that start with a digit or a number word can be figures.
        starts = [t.start for t in tokens]
        candidates = sorted(
            {
                bisect_right(starts, m.start()) - 1
                for m in self._number_finder.finditer(lowered, sentence.start, sentence.end)
            }
        )
        quantities: list[Quantity] = []
        next_free = 0
        for index in candidates:
            if index < next_free or not tokens[index].is_word:
                continue
            quantity = match_quantity(tokens, index, self.lexicon)
            if quantity is not None:
                quantities.append(quantity)
                next_free = quantity.last + 1
        return quantities

    # Figures ------------------------------------------------------------------

    def _figure_claim(
        self,
        lowered: str,
        tokens: list[Token],
        quantity: Quantity,
        following: Quantity | None,
        totals: set[int],
    ) -> _Found | None:
        lex = self.lexicon
        figure = quantity.figure
        head_index, unit = self._head_after(tokens, quantity.last + 1, quantity)
        is_total = quantity.number in totals
        if head_index is not None:
            head = tokens[head_index]
            if unit:
                weapon = self._head_after(tokens, head_index + 1, quantity, after_unit=True)[0]
                if weapon is None or not self._weapon_at(tokens, weapon):
                    return None
                last = self._model_after(tokens, self._compound_end(tokens, weapon))
                return _Found(
                    quantity.first, last, "WEAPONS", figure.value, figure.qualifier,
                    _SCORE_FIGURE_WITH_HEAD,
                )  # fmt: skip
            if self._weapon_at(tokens, head_index):
                last = self._model_after(tokens, self._compound_end(tokens, head_index))
                return _Found(
                    quantity.first, last, "WEAPONS", figure.value, figure.qualifier,
                    _SCORE_FIGURE_WITH_HEAD,
                )  # fmt: skip
            if lex.matches("casualty_stems", head.text):
                return _Found(
                    quantity.first, self._of_war(tokens, head_index), "LOSSES", figure.value,
                    figure.qualifier, _SCORE_FIGURE_WITH_HEAD,
                )  # fmt: skip
            personnel = lex.is_personnel(head.text)
            people = lex.matches("people_words", head.text)
            if not (personnel or people):
                return None
            last = self._of_war(tokens, self._coordinated(tokens, head_index))
            casualty = not is_total and self._casualty_near(
                lowered, tokens, quantity, last, following
            )
            if casualty:
                label = "LOSSES"
            elif personnel:
                label = "TROOPS"
            else:
                return None
            return _Found(
                quantity.first, last, label, figure.value, figure.qualifier,
                _SCORE_FIGURE_WITH_HEAD,
            )  # fmt: skip
        # A figure with no head noun: the figure alone, if its sentence says what it counts.
        number = tokens[quantity.number].text
        if number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100:
            return None  # a bare year ("ab dem Jahreswechsel 2025"), not a count
        partitive = following is not None and self._is_partitive(tokens, quantity, following)
        if partitive:
            assert following is not None
            totals.add(following.number)
        # A part of a whole ("Etwa 600 der insgesamt 15.000 Soldaten, die ..., seien
        # getötet worden") takes its cue from the clause the whole stands in.
        zone_end = self._zone_end(tokens, quantity.last + 1, None if partitive else following)
        if self._cue_in(lowered, tokens, quantity.first - 2, zone_end, "casualty_cues"):
            label = "LOSSES"
        elif partitive:
            return None  # "12 of the 40 drones": only the whole is a claim
        elif any(lex.is_personnel(t.text) for t in tokens[: quantity.first]) or self._cue_in(
            lowered, tokens, quantity.last + 1, zone_end, "deployment_cues"
        ):
            label = "TROOPS"
        else:
            return None
        return _Found(
            quantity.first, quantity.last, label, figure.value, figure.qualifier,
            _SCORE_BARE_FIGURE,
        )  # fmt: skip

    def _head_after(
        self, tokens: list[Token], start: int, quantity: Quantity, *, after_unit: bool = False
    ) -> tuple[int | None, bool]:
        """Find the head noun after a figure; returns (index, whether it is a unit word)."""
        lex = self.lexicon
        vague = quantity.figure.qualifier == "vague" or after_unit
        index = start
        steps = 0
        while index < len(tokens) and steps < 6:
            token = tokens[index]
            steps += 1
            if token.text in _QUOTES:
                index += 1
                continue
            if not token.is_word:
                return None, False
            if not after_unit and lex.matches("unit_words", token.text):
                return index, True
            if self.english and self._english_modifier_after_figure(tokens, index):
                index += 1  # "11,000 North Korean troops", "146 attack drones", "40 Leopard 1"
                continue
            if self.english and self._weapon_at(tokens, index):
                return index, False
            if (
                token.text.islower()
                and lex.matches("casualty_stems", token.text)
                and self._names_people_after(tokens, index + 1)
            ):
                index += 1  # "two wounded North Korean soldiers": an adjective here
                continue
            if lex.is_weapon_head(token.text) or lex.is_personnel(token.text):
                return index, False
            if lex.matches("casualty_stems", token.text) or lex.matches("people_words", token.text):
                return index, False
            if token.is_capitalised:
                return index, False  # a noun the lexicon does not know: no claim
            if token.lower in _CONNECTORS and vague:
                index += 1  # "Hunderte von Soldaten", "220 Einheiten von Haubitzen"
                continue
            if token.lower in {"seiner", "ihrer", "unserer"} or _is_adjective(
                token, lex, after_figure=True
            ):
                index += 1
                continue
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if (
                token.text.islower()
                and token.lower not in lex.words("function_words")
                and following is not None
                and _is_adjective(following, lex, after_figure=True)
            ):
                index += 1  # an adverb before an adjective: "gut ausgebildete"
                continue
            return None, False
        return None, False

    def _model_after(self, tokens: list[Token], head: int) -> int:
        """Include a model name right after the head noun (``Rakete Iskander-M``)."""
        if head + 1 < len(tokens):
            after = tokens[head + 1]
            if after.is_capitalised and (
                _MODEL.fullmatch(after.text) or self.lexicon.matches("named_systems", after.text)
            ):
                return head + 1
        return head

    def _coordinated(self, tokens: list[Token], head: int) -> int:
        """Extend over a second personnel noun sharing the figure: ``Pioniere und Fahrer``."""
        if (
            head + 2 < len(tokens)
            and tokens[head + 1].lower in ("und", "oder", "and")
            and self.lexicon.is_personnel(tokens[head + 2].text)
            and not self._figure_follows(tokens, head + 3)
        ):
            return head + 2
        return head

    def _figure_follows(self, tokens: list[Token], index: int) -> bool:
        """Return whether a figure starts at ``index``: then a word before it is a verb.

        "mobilised 300,000 reservists and recruits about 30,000 men".
        """
        if index >= len(tokens):
            return False
        token = tokens[index]
        return token.text[0].isdigit() or any(words[0] == token.lower for words in QUALIFIERS)

    @staticmethod
    def _is_partitive(tokens: list[Token], quantity: Quantity, following: Quantity) -> bool:
        """``Etwa 600 der insgesamt 15.000 Soldaten``: the first counts part of the second."""
        after = quantity.last + 1
        return (
            after < len(tokens)
            and tokens[after].lower in ("der", "von", "of")
            and 0 < following.first - after <= 3
        )

    def _zone_end(self, tokens: list[Token], start: int, following: Quantity | None) -> int:
        """Return where the clause after a figure ends, taking in a relative clause."""
        stop = following.first if following is not None else len(tokens)
        index = start
        while index < stop:
            token = tokens[index]
            if token.text in _CLAUSE_BREAKS or token.text in ".!?":
                if token.text == "," and index + 1 < stop and tokens[index + 1].lower in _RELATIVE:
                    index += 2  # the relative clause about the figure's noun
                    while index < stop and tokens[index].text not in _CLAUSE_BREAKS:
                        index += 1
                    if index < stop and tokens[index].text == ",":
                        index += 1  # the main clause goes on after it
                    continue
                return index
            index += 1
        return stop

    def _casualty_near(
        self,
        lowered: str,
        tokens: list[Token],
        quantity: Quantity,
        last: int,
        following: Quantity | None,
    ) -> bool:
        zone_end = self._zone_end(tokens, last + 1, following)
        return self._cue_in(lowered, tokens, quantity.first - 2, zone_end, "casualty_cues")

    def _cue_in(
        self, lowered: str, tokens: list[Token], first: int, end: int, section: str
    ) -> bool:
        first = max(first, 0)
        if first >= end or first >= len(tokens):
            return False
        stretch_end = tokens[min(end, len(tokens)) - 1].end
        cue = self.lexicon.cue(section)
        return cue.search(lowered, tokens[first].start, stretch_end) is not None

    # Weapons without a figure ---------------------------------------------------

    def _weapon_claims(
        self,
        lowered: str,
        sentence: Sentence,
        tokens: list[Token],
        covered: set[int],
    ) -> list[_Found]:
        lex = self.lexicon
        found: list[_Found] = []
        sentence_has_use = None
        # Only tokens that hold a weapon stem are worth the full check.
        starts = [t.start for t in tokens]
        candidates = sorted(
            {
                bisect_right(starts, m.start()) - 1
                for m in lex.weapon_finder.finditer(lowered, sentence.start, sentence.end)
            }
        )
        for index in candidates:
            token = tokens[index]
            if index in covered or not token.is_word or token.text.endswith("-"):
                continue
            named = lex.matches("named_systems", token.text)
            if self.english:
                if not (self._weapon_at(tokens, index) or named):
                    continue
                after = tokens[index + 1] if index + 1 < len(tokens) else None
                if after is not None and (
                    self._weapon_at(tokens, index + 1)
                    or lex.matches("not_weapon_heads", after.text)
                ):
                    continue  # a modifier: "rocket launchers", "missile strikes"
                if index > 0 and lex.matches("not_weapon_modifiers", tokens[index - 1].text):
                    continue  # "think tank", "fuel tank"
            elif not (lex.is_weapon_head(token.text) or named):
                continue
            if named and not self._weapon_at(tokens, index):
                if sentence_has_use is None:
                    sentence_has_use = self._cue_in(lowered, tokens, 0, len(tokens), "use_cues")
                if not sentence_has_use:
                    continue
            if self.english:
                first = self._english_modifiers_before(tokens, index)
            else:
                first = self._adjectives_before(tokens, index)
            last = self._model_after(tokens, index)
            score = _SCORE_NAMED_SYSTEM if named else _SCORE_WEAPON
            found.append(_Found(first, last, "WEAPONS", None, None, score))
        return found

    # English compounds and modifiers -------------------------------------------------

    def _weapon_at(self, tokens: list[Token], index: int) -> bool:
        """Return whether ``tokens[index]`` names a weapon where it stands.

        In English a generic head is a weapon after a weapon word or a modifier
        ("air defence systems", "artillery pieces"), never alone ("systems").
        """
        lex = self.lexicon
        token = tokens[index]
        if not token.is_word:
            return False
        if lex.is_weapon_head(token.text):
            return True
        if not self.english or index == 0 or not lex.matches("weapon_modifier_heads", token.text):
            return False
        before = tokens[index - 1]
        return before.is_word and (
            lex.is_weapon_head(before.text)
            or lex.matches("weapon_modifiers", before.text)
            or lex.matches("named_systems", before.text)
        )

    def _compound_end(self, tokens: list[Token], head: int) -> int:
        """Return the last noun of an English compound: "rocket" -> "rocket launchers"."""
        while self.english and head + 1 < len(tokens) and self._weapon_at(tokens, head + 1):
            head += 1
        return head

    def _of_war(self, tokens: list[Token], last: int) -> int:
        """Take in "of war" after "prisoners": one noun in English."""
        if (
            last + 2 < len(tokens)
            and tokens[last + 1].lower == "of"
            and tokens[last + 2].lower == "war"
        ):
            return last + 2
        return last

    def _names_people_after(self, tokens: list[Token], index: int) -> bool:
        """Return whether a personnel or people noun follows, past English name modifiers."""
        lex = self.lexicon
        while index < len(tokens) and self.english and self._is_name_modifier(tokens, index):
            index += 1
        if index >= len(tokens):
            return False
        word = tokens[index].text
        return lex.is_personnel(word) or lex.matches("people_words", word)

    def _is_name_modifier(self, tokens: list[Token], index: int) -> bool:
        """Return whether a capitalised English word describes the noun after it.

        Nationalities ("Russian", "North Korean"), origins ("Iranian-made",
        "Shahed-type"), acronyms and model names ("HIMARS", "Iskander-M", "Su-34").
        """
        token = tokens[index]
        text = token.text
        if not token.is_word or not token.is_capitalised:
            return False
        if "-" in text and text.rsplit("-", 1)[-1][:1].islower():
            return True
        if _NATIONALITY.fullmatch(text) or _MODEL.fullmatch(text):
            return True
        if len(text) >= 2 and text.isupper():
            return True
        if self.lexicon.matches("named_systems", text):
            return True
        return (
            token.lower in _COMPASS
            and index + 1 < len(tokens)
            and _NATIONALITY.fullmatch(tokens[index + 1].text) is not None
        )

    def _english_modifier_after_figure(self, tokens: list[Token], index: int) -> bool:
        """Return whether a word after an English figure belongs before its head noun."""
        lex = self.lexicon
        token = tokens[index]
        following = index + 1 < len(tokens) and tokens[index + 1].is_word
        if self._is_name_modifier(tokens, index):
            # A model named alone after a figure is the head: "20 HIMARS".
            return following and not lex.is_personnel(token.text)
        if any(c.isdigit() for c in token.text):
            # "40 Leopard 1 tanks", "44 Leopard 2A8 tanks": a model after a named system.
            return index > 0 and lex.matches("named_systems", tokens[index - 1].text)
        if (
            token.is_capitalised
            and following
            and (
                self._weapon_at(tokens, index + 1)
                or lex.matches("weapon_modifiers", tokens[index + 1].text)
            )
        ):
            return True  # a name the lexicon does not know: "96 Apache attack helicopters"
        if lex.matches("weapon_modifiers", token.text) and following:
            after = tokens[index + 1].text
            # "146 attack drones", "20 air defence systems"; "900 fighters" is a head.
            return self._weapon_at(tokens, index + 1) or lex.matches("weapon_modifiers", after)
        return False

    def _english_describer(self, tokens: list[Token], index: int) -> bool:
        """Return whether a word before an English weapon noun is part of its span."""
        lex = self.lexicon
        token = tokens[index]
        if not token.is_word:
            return False
        if token.is_capitalised:
            if self._is_name_modifier(tokens, index):
                return True
            # A name the lexicon does not know, where the noun phrase starts:
            # "ordered Apache attack helicopters".
            before = tokens[index - 1] if index > 0 else None
            return (
                before is not None
                and (
                    before.lower in lex.words("function_words")
                    or before.lower in lex.words("determiners")
                )
                and index + 1 < len(tokens)
                and self._english_describer_after_name(tokens, index + 1)
            )
        if any(c.isdigit() for c in token.text):
            if token.text.isdigit():  # "Leopard 1 tanks"
                return index > 0 and lex.matches("named_systems", tokens[index - 1].text)
            return _MODEL.fullmatch(token.text) is not None  # "240-mm", "155mm"
        lower = token.lower
        if lower in lex.words("determiners") or lower in lex.words("function_words"):
            return False
        if lex.matches("weapon_modifiers", token.text) or lex.is_weapon_head(token.text):
            return True  # "interceptor missiles": a weapon word, though "intercept" is a cue
        if any(
            lex.cue(section).match(lower)
            for section in ("use_cues", "deployment_cues", "casualty_cues")
        ):
            return False  # a verb: "Russia fired missiles"
        if lower.endswith("ed") and index > 0:
            before = tokens[index - 1]
            if before.lower in _PRONOUNS or before.lower in ("has", "have", "had", "it"):
                return False  # "they dropped bombs"
            if before.is_capitalised and not self._is_name_modifier(tokens, index - 1):
                return False  # "Russia dropped bombs"
            if (
                before.is_word
                and before.text.islower()
                and not before.lower.endswith("ly")
                and before.lower not in lex.words("determiners")
                and before.lower not in lex.words("function_words")
                and not _is_adjective(before, lex)
            ):
                return False  # after its subject: "the convoy carried rockets"
        if lex.matches("describing_words", token.text):
            return True
        if lower.endswith("s") and not lower.endswith("ous"):
            return False  # a verb or a plural noun: "a package that includes jets"
        return _is_adjective(token, lex)

    def _english_describer_after_name(self, tokens: list[Token], index: int) -> bool:
        """Return whether a lower-case weapon word or modifier follows a name."""
        token = tokens[index]
        lex = self.lexicon
        return (
            token.is_word
            and not token.is_capitalised
            and (lex.matches("weapon_modifiers", token.text) or self._weapon_at(tokens, index))
        )

    def _english_modifiers_before(self, tokens: list[Token], head: int) -> int:
        """Return where an English weapon span starts: "North Korean ballistic missiles"."""
        first = head
        index = head - 1
        while index >= 0 and head - index <= 6:
            if self._english_describer(tokens, index):
                first = index
                index -= 1
                continue
            # "British and French missiles": coordinated describers share the noun.
            if (
                tokens[index].lower in ("and", "or")
                and first < head
                and index > 0
                and self._is_name_modifier(tokens, first)
                and self._is_name_modifier(tokens, index - 1)
            ):
                first = index - 1
                index -= 2
                continue
            break
        return first

    def _adjectives_before(self, tokens: list[Token], head: int) -> int:
        """Return where a weapon span starts: its first descriptive adjective, or the head."""
        lex = self.lexicon
        first = head
        # "Aufklärungs- und Kamikaze-Drohnen": an elliptical compound is one span.
        if (
            head >= 2
            and tokens[head - 1].lower in ("und", "oder", "sowie")
            and tokens[head - 2].text.endswith("-")
        ):
            first = head - 2
        index = first - 1
        while index >= 0 and first - index <= 4:
            token = tokens[index]
            if token.text == ")" and index >= 2 and tokens[index - 2].text == "(":
                index -= 3  # "D-74 (1944) 122mm towed gun": a parenthesised year
                continue
            if (
                token.is_word
                and _MODEL.fullmatch(token.text)
                and any(c.isdigit() for c in token.text)
                and not token.text.isdigit()
            ):
                first = index  # model names and calibres: "WW2", "122mm", "D-74"
                index -= 1
                continue
            if (
                token.is_word
                and _is_lower_word(token)
                and _is_adjective(token, lex)
                and not _looks_like_finite_verb(tokens, index)
            ):
                first = index
                index -= 1
                continue
            break
        # A participle with its own complement before it is left out, like a relative
        # clause: "einer von einem U-Boot abgefeuerten ballistischen Rakete".
        if first < head and _PARTICIPLE.fullmatch(tokens[first].text):
            before = tokens[first - 1] if first > 0 else None
            if before is not None and before.lower not in lex.words("determiners"):
                first += 1
        return first

    # Sources ----------------------------------------------------------------

    def _source(self, tokens: list[Token]) -> str | None:
        """Return who the sentence says reported its figures, as written."""
        if self.english:
            return self._english_source(tokens)
        lowers = [t.lower for t in tokens]
        for index, word in enumerate(lowers):
            if word == "berufung" and index + 1 < len(tokens) and lowers[index + 1] == "auf":
                return self._noun_phrase(tokens, index + 2)
        for index, word in enumerate(lowers):
            if word == "zitiert" and "wird" in lowers[:index]:
                # "Der Generalstab der ... Streitkräfte wird so zitiert: ..."
                return self._noun_phrase(tokens, 0)
            if (
                word.startswith("bericht")
                and index + 1 < len(tokens)
                and (
                    lowers[index + 1] in ("der", "des")
                    and not (index + 2 < len(tokens) and tokens[index + 2].lower in ("zufolge",))
                )
            ):
                phrase = self._noun_phrase(tokens, index + 1)
                if phrase is not None:
                    return phrase
            if word in ("laut", "according") and index + 1 < len(tokens):
                start = index + 2 if lowers[index + 1] == "to" else index + 1
                return self._noun_phrase(tokens, start)
            if word == "angaben" and index > 0 and lowers[index - 1] == "nach":
                return self._noun_phrase(tokens, index + 1)
            if word == "zufolge":
                return self._noun_phrase_before(tokens, index)
        for index, token in enumerate(tokens):
            if _REPORT_VERBS.fullmatch(token.text):
                before = self._noun_phrase_before(tokens, index)
                after = self._noun_phrase(tokens, index + 1)
                # Verb second: with one word before the verb ("Derweil berichtete die
                # Agentur X"), the subject is more likely the phrase after it.
                if index <= 1 and after is not None:
                    return after
                return before if before is not None else after
        return None

    # English sources --------------------------------------------------------------

    def _english_source(self, tokens: list[Token]) -> str | None:
        """Return who an English sentence says reported its figures, as written.

        "according to Ukraine's air force", "citing X", "X said", "..., said X".
        """
        lowers = [t.lower for t in tokens]
        for index, word in enumerate(lowers):
            if word == "according" and index + 1 < len(tokens) and lowers[index + 1] == "to":
                return self._english_phrase_after(tokens, index + 2)
            if word == "citing":
                return self._english_phrase_after(tokens, index + 1)
        for index, token in enumerate(tokens):
            if not _REPORT_VERBS.fullmatch(token.text):
                continue
            end = index - 1 if index > 0 and lowers[index - 1] == "also" else index
            before = self._english_phrase_before(tokens, end)
            if before is not None:
                return before
            # Inverted after a quotation: "..., said Colonel Ihnat".
            if index > 0 and (tokens[index - 1].text == "," or tokens[index - 1].text in _QUOTES):
                return self._english_phrase_after(tokens, index + 1)
        return None

    def _english_source_word(self, tokens: list[Token], index: int) -> bool:
        """Return whether a word can be part of an English source's name."""
        lex = self.lexicon
        token = tokens[index]
        if not token.is_word or token.text[0].isdigit():
            return False
        lower = token.lower
        if lower in lex.words("determiners") or lower in _PRONOUNS:
            return False  # "The General Staff said": the name starts after it
        if token.is_capitalised:
            return True
        return not (
            lower in lex.words("function_words")
            or lower in _SOURCE_STOP
            or _REPORT_VERBS.fullmatch(lower)
        )

    def _possessive_at(self, tokens: list[Token], index: int) -> bool:
        """Return whether ``tokens[index]`` is the "s" of "Ukraine's"."""
        return (
            tokens[index].lower == "s"
            and index >= 2
            and tokens[index - 1].text in ("'", "’")
            and tokens[index - 2].is_capitalised
        )

    def _english_phrase_before(self, tokens: list[Token], end: int) -> str | None:
        """Return the name that ends right before ``end``: "South Korea's Joint Chiefs of Staff"."""
        index = end - 1
        first = end
        while index >= 0 and end - index <= 8:
            if self._possessive_at(tokens, index):
                index -= 2  # the name before "'s" goes on
                continue
            if (
                tokens[index].lower == "of"
                and index > 0
                and first < end
                and tokens[first].is_capitalised
                and tokens[index - 1].is_capitalised
            ):
                index -= 1
                continue
            if not self._english_source_word(tokens, index):
                break
            first = index
            index -= 1
        if first >= end:
            return None
        return _text_of(tokens, first, end - 1)

    def _english_phrase_after(self, tokens: list[Token], start: int) -> str | None:
        """Return the name that starts at ``start``, without a determiner: "Ukraine's air force"."""
        determiners = self.lexicon.words("determiners")
        index = start
        while index < len(tokens) and tokens[index].lower in determiners:
            index += 1
        first = index
        last = None
        while index < len(tokens) and index - first < 8:
            token = tokens[index]
            if (
                token.text in ("'", "’")
                and index + 1 < len(tokens)
                and tokens[index + 1].lower == "s"
            ):
                index += 2
                continue
            if (
                token.lower in ("of", "for", "on")
                and last is not None
                and tokens[last].is_capitalised
            ):
                # "Joint Chiefs of Staff", "Institute for the Study of War"
                after = (
                    index + 2
                    if index + 1 < len(tokens) and tokens[index + 1].lower == "the"
                    else index + 1
                )
                if after < len(tokens) and tokens[after].is_capitalised:
                    index = after
                    continue
            if not self._english_source_word(tokens, index):
                break
            last = index
            index += 1
        if last is None:
            return None
        return _text_of(tokens, first, last)

    def _noun_phrase(self, tokens: list[Token], start: int) -> str | None:
        """Return the noun phrase starting at ``start``, without determiners or quotes."""
        lex = self.lexicon
        determiners = lex.words("determiners")
        index = start
        while index < len(tokens) and (
            tokens[index].lower in determiners or tokens[index].text in _QUOTES
        ):
            index += 1
        first = index
        last = None
        genitive_used = genitive_open = False
        while index < len(tokens):
            token = tokens[index]
            if token.text in _QUOTES:
                index += 1
                continue
            if not token.is_word or token.lower in _SOURCE_STOP:
                break
            if token.is_capitalised:
                genitive_open = False
                last = index
                index += 1
                continue
            if _is_adjective(token, lex) and (last is None or genitive_open):
                index += 1  # an adjective belongs to the noun after it
                continue
            if (
                token.lower in ("der", "des")
                and last is not None
                and not genitive_used
                and index + 1 < len(tokens)
            ):
                genitive_used = True
                genitive_open = True
                index += 1
                continue
            break
        if last is None or first > last:
            return None
        return _name_of(tokens, first, last)

    def _noun_phrase_before(self, tokens: list[Token], end: int) -> str | None:
        """Return the noun phrase that ends right before ``end`` (``Reuters`` berichtete)."""
        lex = self.lexicon
        index = end - 1
        while index >= 0 and tokens[index].text in _QUOTES:
            index -= 1
        last = index
        while index >= 0:
            token = tokens[index]
            if token.text in _QUOTES:
                index -= 1
                continue
            if (
                token.is_word
                and (token.is_capitalised or _is_adjective(token, lex))
                and (token.lower not in lex.words("determiners"))
            ):
                index -= 1
                continue
            # "Bericht des südkoreanischen Geheimdienstes zufolge": the reporter, not "Bericht".
            break
        first = index + 1
        if first > last or last < 0:
            return None
        words = [t for t in tokens[first : last + 1] if t.is_word]
        if not words or not any(t.is_capitalised for t in words):
            return None
        return _name_of(tokens, first, last)


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


SENTENCE_CHARACTERS = 2_000
"""A "sentence" longer than this (a line with no full stop, a table dumped as text) is
read in pieces of at most this length, cut at white space: the rules look across a
sentence, so one of a million characters would take them hours. The longest sentence
of the seed articles has 392 characters."""


def _bounded(text: str, sentences: Iterable[Sentence]) -> Iterator[Sentence]:
    for sentence in sentences:
        start = sentence.start
        while sentence.end - start > SENTENCE_CHARACTERS:
            cut = text.rfind(" ", start + 1, start + SENTENCE_CHARACTERS)
            if cut == -1:
                cut = start + SENTENCE_CHARACTERS
            yield Sentence(start, cut)
            start = cut + 1 if text[cut] == " " else cut
        if sentence.end > start:
            yield Sentence(start, sentence.end)


def store_form(article_id: str, text: str, suggestion: Suggestion) -> StoredSuggestion:
    """Return a detector suggestion as a pending stored suggestion of an article."""
    return proposed(
        article_id, text, suggestion.start, suggestion.end, suggestion.label,
        score=suggestion.score, value=suggestion.value, qualifier=suggestion.qualifier,
        source=suggestion.source,
    )  # fmt: skip
