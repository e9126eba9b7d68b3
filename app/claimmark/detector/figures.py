"""The rules for figures: a number, its qualifier, its head noun; troops or losses."""

from __future__ import annotations

from bisect import bisect_right

from claimmark.core.labels import LOSSES
from claimmark.core.labels import TROOPS
from claimmark.core.labels import WEAPONS
from claimmark.core.spans import Qualifier
from claimmark.core.tokens import Token
from claimmark.detector.numbers import QUALIFIER_STARTS
from claimmark.detector.numbers import Quantity
from claimmark.detector.numbers import match_quantity
from claimmark.detector.weapons import _Weapons
from claimmark.detector.words import _CLAUSE_BREAKS
from claimmark.detector.words import _CONNECTORS
from claimmark.detector.words import _QUOTES
from claimmark.detector.words import _RELATIVE
from claimmark.detector.words import _SCORE_BARE_FIGURE
from claimmark.detector.words import _SCORE_FIGURE_WITH_HEAD
from claimmark.detector.words import _Found
from claimmark.detector.words import _is_adjective

_TOLL_WORDS = frozenset({"zahl", "anzahl", "gesamtzahl", "unter", "number", "toll", "among"})
"""Words before a figure that say it counts losses, with a loss noun after them ("Zahl
der Toten", "unter den Verwundeten", "among the casualties") or before ("death toll")."""


_PEOPLE_ENDINGS = (
    "er", "ern", "isten", "eure", "iere", "aten", "anten", "enten", "innen", "leute",
    "männer", "kräfte", "ärzte", "köche",
)  # fmt: skip
"""Endings of German plurals for people: Schlosser, Sanitätern, Mechaniker, Juristen."""


class _Figures(_Weapons):
    """The rules for figures: a number, its qualifier, its head noun; troops or losses."""

    def _quantities(
        self, tokens: list[Token], starts: list[int], hits: list[int]
    ) -> list[Quantity]:
        # Only tokens that start with a digit or a number word can be figures: those
        # that hold a hit of the number finder (in order, each token once).
        candidates = list(dict.fromkeys(bisect_right(starts, hit) - 1 for hit in hits))
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
                    quantity.first, last, WEAPONS, figure.value, figure.qualifier,
                    _SCORE_FIGURE_WITH_HEAD,
                )  # fmt: skip
            if self._weapon_at(tokens, head_index):
                last = self._model_after(tokens, self._compound_end(tokens, head_index))
                return _Found(
                    quantity.first, last, WEAPONS, figure.value, figure.qualifier,
                    _SCORE_FIGURE_WITH_HEAD,
                )  # fmt: skip
            if lex.matches("casualty_stems", head.text):
                return _Found(
                    quantity.first, self._of_war(tokens, head_index), LOSSES, figure.value,
                    figure.qualifier, _SCORE_FIGURE_WITH_HEAD,
                )  # fmt: skip
            personnel = lex.is_personnel(head.text)
            people = lex.matches("people_words", head.text)
            if not (personnel or people):
                # "Mindestens 14 Matrosen kamen ums Leben": people the lexicon does not know.
                if (
                    is_total
                    or not self._unknown_plural(head)
                    or not self._harm_near(lowered, tokens, quantity, head_index, following)
                ):
                    return None
                return _Found(
                    quantity.first, head_index, LOSSES, figure.value, figure.qualifier,
                    _SCORE_FIGURE_WITH_HEAD,
                )  # fmt: skip
            last = self._of_war(tokens, self._coordinated(tokens, head_index))
            casualty = not is_total and (
                self._casualty_near(lowered, tokens, quantity, last, following)
                or self._toll_before(tokens, quantity.first)
                or self._among_casualties(lowered, tokens, quantity.first)
            )
            if casualty:
                label = LOSSES
            elif personnel:
                label = TROOPS
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
        if self._cue_in(
            lowered, tokens, quantity.first - 2, zone_end, "casualty_cues"
        ) or self._toll_before(tokens, quantity.first):
            label = LOSSES
        elif partitive:
            return None  # "12 of the 40 drones": only the whole is a claim
        elif any(lex.is_personnel(t.text) for t in tokens[: quantity.first]) or self._cue_in(
            lowered, tokens, quantity.last + 1, zone_end, "deployment_cues"
        ):
            label = TROOPS
        else:
            return None
        return _Found(
            quantity.first, quantity.last, label, figure.value, figure.qualifier,
            _SCORE_BARE_FIGURE,
        )  # fmt: skip

    def _among_casualties(self, lowered: str, tokens: list[Token], first: int) -> bool:
        """Return whether a figure names some of the casualties its sentence counted before
        it: "acht Menschen wurden getötet, unter ihnen zwei Kinder", "nine people died,
        among them two soldiers"."""
        before = [t.lower for t in tokens[max(first - 2, 0) : first]]
        among = before[-1:] in (["darunter"], ["including"]) or before in (
            ["unter", "ihnen"], ["unter", "denen"], ["among", "them"], ["among", "whom"]
        )  # fmt: skip
        return among and self._cue_in(lowered, tokens, 0, first, "casualty_cues")

    def _unknown_plural(self, head: Token) -> bool:
        """Return whether a German head noun the lexicon does not know may be people: a
        plural, no weapon and no generic arms word."""
        lex = self.lexicon
        return (
            not self.english
            and head.text.isalpha()
            and len(head.text) >= 4
            and head.lower.endswith(("e", "en", "er", "n"))
            and not lex.is_weapon_head(head.text)
            and not lex.matches("weapon_modifier_heads", head.lower)
        )

    def _harm_near(
        self,
        lowered: str,
        tokens: list[Token],
        quantity: Quantity,
        head: int,
        following: Quantity | None,
    ) -> bool:
        zone_end = self._zone_end(tokens, head + 1, following)
        return self._cue_in(lowered, tokens, head + 1, zone_end, "harm_cues") or (
            self._toll_before(tokens, quantity.first)
        )

    def _toll_before(self, tokens: list[Token], first: int) -> bool:
        """Return whether the clause before a figure counts losses: "Die Zahl der Toten
        wird auf 2.500 beziffert", "Unter den Verwundeten sind 40 Sanitäter", "the
        death toll rose to 48"."""
        lex = self.lexicon

        def loss_noun(token: Token) -> bool:  # German nouns are capitalised
            return (token.is_capitalised or self.english) and lex.matches(
                "casualty_stems", token.text
            )

        # "beziffert die Verluste auf über 700.000", "losses rose to 2,000".
        onto = first > 0 and tokens[first - 1].lower in ("auf", "to")
        for index in range(first - 1, -1, -1):
            token = tokens[index]
            if token.text in _CLAUSE_BREAKS or token.text in ".!?":
                return False
            if onto and loss_noun(token):
                return True
            if token.lower in _TOLL_WORDS:
                if token.lower == "toll":
                    return index > 0 and lex.matches("casualty_stems", tokens[index - 1].text)
                return any(loss_noun(t) for t in tokens[index + 1 : index + 4])
        return False

    def _head_after(
        self, tokens: list[Token], start: int, quantity: Quantity, *, after_unit: bool = False
    ) -> tuple[int | None, bool]:
        """Find the head noun after a figure; returns (index, whether it is a unit word)."""
        lex = self.lexicon
        vague = quantity.figure.qualifier is Qualifier.VAGUE or after_unit
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
            if (
                self.english
                and token.text.islower()
                and index + 1 < len(tokens)
                and lex.is_personnel(tokens[index + 1].text)
                and not lex.is_personnel(token.text)
            ):
                index += 1  # a noun as a modifier: "2,400 military personnel"
                continue
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

    def _coordinated(self, tokens: list[Token], head: int) -> int:
        """Extend over a second personnel noun sharing the figure: ``Pioniere und Fahrer``."""
        if (
            head + 2 < len(tokens)
            and tokens[head + 1].lower in ("und", "oder", "and")
            and (
                self.lexicon.is_personnel(tokens[head + 2].text)
                or self._unknown_people_noun(tokens, head + 2)
            )
            and not self._figure_follows(tokens, head + 3)
        ):
            return head + 2
        return head

    def _unknown_people_noun(self, tokens: list[Token], index: int) -> bool:
        """Return whether a German noun the lexicon does not know, after "Pioniere und",
        can be more people the figure counts ("Sanitäter und Köche"): a plural with
        an ending of words for people, no weapon, at the end of its phrase."""
        token = tokens[index]
        if not (token.is_capitalised and self._unknown_plural(token)):
            return False
        if not token.lower.endswith(_PEOPLE_ENDINGS):
            return False  # "Soldaten und Waffen": not every plural counts people
        if self.lexicon.matches("not_weapon_heads", token.lower):
            return False
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        return after is None or not after.is_word or after.text.islower()

    def _figure_follows(self, tokens: list[Token], index: int) -> bool:
        """Return whether a figure starts at ``index``: then a word before it is a verb.

        "mobilised 300,000 reservists and recruits about 30,000 men".
        """
        if index >= len(tokens):
            return False
        token = tokens[index]
        return token.text[0].isdigit() or token.lower in QUALIFIER_STARTS

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
