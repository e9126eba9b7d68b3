"""The rules for who reported a claim: ``laut X``, ``X zufolge``, ``according to X``."""

from __future__ import annotations

from claimmark.core.tokens import Token
from claimmark.detector.words import _PRONOUNS
from claimmark.detector.words import _QUOTES
from claimmark.detector.words import _REPORT_VERBS
from claimmark.detector.words import _SOURCE_STOP
from claimmark.detector.words import _Base
from claimmark.detector.words import _is_adjective
from claimmark.detector.words import _name_of
from claimmark.detector.words import _text_of


class _Sources(_Base):
    """The rules for who reported a claim: ``laut X``, ``X zufolge``, ``according to X``."""

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
            if token.lower in _REPORT_VERBS:
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
        # Each word is looked for in C first: most sentences hold neither phrase.
        if "according" in lowers or "citing" in lowers:
            for index, word in enumerate(lowers):
                if word == "according" and index + 1 < len(tokens) and lowers[index + 1] == "to":
                    return self._english_phrase_after(tokens, index + 2)
                if word == "citing":
                    return self._english_phrase_after(tokens, index + 1)
        if _REPORT_VERBS.isdisjoint(lowers):
            return None
        for index, token in enumerate(tokens):
            if token.lower not in _REPORT_VERBS:
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
            lower in lex.words("function_words") or lower in _SOURCE_STOP or lower in _REPORT_VERBS
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
