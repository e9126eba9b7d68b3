"""The rules for weapons: a weapon noun, its modifiers, its model, its figure."""

from __future__ import annotations

import re
from bisect import bisect_right

from claimmark.core.labels import WEAPONS
from claimmark.core.spans import Qualifier
from claimmark.core.text import Sentence
from claimmark.core.tokens import Token
from claimmark.detector.sources import _Sources
from claimmark.detector.words import _COMPASS
from claimmark.detector.words import _MODEL
from claimmark.detector.words import _NATIONALITY
from claimmark.detector.words import _PARTICIPLE
from claimmark.detector.words import _PRONOUNS
from claimmark.detector.words import _QUOTES
from claimmark.detector.words import _SCORE_NAMED_SYSTEM
from claimmark.detector.words import _SCORE_WEAPON
from claimmark.detector.words import _Found
from claimmark.detector.words import _is_adjective
from claimmark.detector.words import _is_lower_word
from claimmark.detector.words import _looks_like_finite_verb

_EVENT_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|ein|zu|vor|nach|zurück|weg|mit)ge[a-zäöüß]+(?:t|en)(?:e|en|er|es|em)?"
    r"|(?:geliefert|zerstört|erbeutet|versprochen|gemeldet|verwendet|beschädigt|genannt|"
    r"erwähnt|vernichtet|getroffen)(?:e|en|er|es|em)"
)
"""German participles of what was done to a weapon (fired, delivered, intercepted)."""


_CALIBRE = re.compile(r"\d+(?:[.,]\d+)?-?(?:mm|cm|millimet(?:er|re)s?|inch)")
"""A calibre written as one word: "152-mm", "155mm"."""


class _Weapons(_Sources):
    """The rules for weapons: a weapon noun, its modifiers, its model, its figure."""

    # Weapons without a figure ---------------------------------------------------
    def _weapon_claims(
        self,
        lowered: str,
        sentence: Sentence,
        tokens: list[Token],
        starts: list[int],
        hits: list[int],
        covered: set[int],
    ) -> list[_Found]:
        lex = self.lexicon
        found: list[_Found] = []
        sentence_has_use = None
        # Only tokens that hold a weapon stem (a hit of the weapon finder) are worth the
        # full check: in order, each token once.
        candidates = list(dict.fromkeys(bisect_right(starts, hit) - 1 for hit in hits))
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
            elif _is_lower_word(token) and not lex.matches("weapon_words", token.text):
                continue  # a German weapon is a noun: "abgeschossen" holds "Geschoss"
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
            qualifier = None
            if not self.english and first > 0 and tokens[first - 1].lower == "mehrere":
                # "mehrere" is a vague quantity (GUIDELINES.md), not a determiner like "einige".
                first, qualifier = first - 1, Qualifier.VAGUE
            found.append(_Found(first, last, WEAPONS, None, qualifier, score))
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
        # German adjectives may stand between: "drei verletzten nordkoreanischen Soldaten".
        for _ in range(3):
            if self.english or index >= len(tokens) or not tokens[index].text.islower():
                break
            if not _is_adjective(tokens[index], lex, after_figure=True):
                break
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
            # "North Korean", and "North Korean-made"
            and _NATIONALITY.fullmatch(tokens[index + 1].text.split("-")[0]) is not None
        )

    def _english_modifier_after_figure(self, tokens: list[Token], index: int) -> bool:
        """Return whether a word after an English figure belongs before its head noun."""
        lex = self.lexicon
        token = tokens[index]
        following = index + 1 < len(tokens) and tokens[index + 1].is_word
        if self._is_name_modifier(tokens, index):
            # A model named alone after a figure is the head: "20 HIMARS".
            return following and not lex.is_personnel(token.text)
        if any(map(str.isdigit, token.text)):
            if _CALIBRE.fullmatch(token.lower) and following:
                return self._weapon_at(tokens, index + 1)  # "3 million 152-mm shells"
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
        if any(map(str.isdigit, token.text)):
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
            if (
                tokens[index].text == ")"
                and index >= 3
                and tokens[index - 2].text == "("
                and self._is_name_modifier(tokens, index - 1)
                and self._is_name_modifier(tokens, index - 3)
            ):
                # An alias in brackets is part of the name: "Kh-101 cruise missile".
                first = index - 3
                index -= 4
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
                and any(map(str.isdigit, token.text))
                and not token.text.isdigit()
            ):
                first = index  # model names and calibres: "WW2", "122mm", "D-74"
                index -= 1
                continue
            if (
                token.is_word
                and (_is_lower_word(token) or self._capitalised_at_start(tokens, index))
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
        # A participle that tells what was done to the weapon, not what kind it is, is
        # left out too: "die abgefangenen Marschflugkörper" (but "gepanzerte Fahrzeuge").
        while first < head and _EVENT_PARTICIPLE.fullmatch(tokens[first].lower):
            first += 1
        return first

    def _capitalised_at_start(self, tokens: list[Token], index: int) -> bool:
        """Return whether a German word is capitalised only because it starts the sentence
        (or a quote): "Russische Panzer rückten vor"."""
        if self.english:
            return False
        before = tokens[index - 1] if index > 0 else None
        at_start = before is None or before.text in _QUOTES or before.text in (":", "–")
        return at_start and tokens[index].lower.endswith(("e", "en", "er", "es", "em"))

    def _model_after(self, tokens: list[Token], head: int) -> int:
        """Include a model name right after the head noun (``Rakete Iskander-M``)."""
        if head + 1 < len(tokens):
            after = tokens[head + 1]
            if after.is_capitalised and (
                _MODEL.fullmatch(after.text) or self.lexicon.matches("named_systems", after.text)
            ):
                return head + 1
        return head

    def _cue_in(
        self, lowered: str, tokens: list[Token], first: int, end: int, section: str
    ) -> bool:
        first = max(first, 0)
        if first >= end or first >= len(tokens):
            return False
        stretch_end = tokens[min(end, len(tokens)) - 1].end
        cue = self.lexicon.cue(section)
        return cue.search(lowered, tokens[first].start, stretch_end) is not None
