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
from collections.abc import Iterable
from collections.abc import Iterator

from claimmark.core.labels import WEAPONS
from claimmark.core.language import detect_language
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import proposed
from claimmark.core.text import Sentence
from claimmark.core.text import lower_same_length
from claimmark.core.text import sentence_bounds
from claimmark.core.tokens import Token
from claimmark.core.tokens import tokenize
from claimmark.detector.figures import _Figures
from claimmark.detector.lexicon import Lexicon
from claimmark.detector.lexicon import trie_pattern
from claimmark.detector.words import _CLAUSE_BREAKS
from claimmark.detector.words import Suggestion
from claimmark.detector.words import _Found

__all__ = ["SENTENCE_CHARACTERS", "Detector", "Suggestion", "store_form"]


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


class _Rules(_Figures):
    """The rules for articles in one language."""

    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        # Where a sentence may hold a topic word or a capability cue: only there are its
        # weapons checked word by word (see _claimed).
        words = [*lexicon.words("topic_words"), *lexicon.words("capability_cues")]
        self._not_claim_hint = re.compile(r"\b(?:" + trie_pattern(words) + ")")

    def detect(self, text: str) -> list[Suggestion]:
        """Return the suggestions for one article text, ordered by position."""
        lowered = lower_same_length(text)
        suggestions: list[Suggestion] = []
        paragraph_source: str | None = None
        # The first line break after the paragraph's start: a sentence after it starts
        # another paragraph. (Looking back for the break from every sentence read a
        # 2 MB article of one line once a sentence.)
        paragraph_end = -1
        for sentence in _bounded(text, sentence_bounds(text)):
            if paragraph_end < sentence.start:
                paragraph_source = None
                paragraph_end = text.find("\n", sentence.start)
                if paragraph_end == -1:
                    paragraph_end = len(text)
            # Where a figure may start, found once for the rules. A sentence with one is
            # read; only a sentence without one is searched for the trigger (most
            # sentences of the news hold a figure).
            numbers = [
                m.start()
                for m in self._number_finder.finditer(lowered, sentence.start, sentence.end)
            ]
            if not numbers and self._trigger.search(lowered, sentence.start, sentence.end) is None:
                # Attribution carries on through reported speech in the paragraph.
                if self._may_attribute(lowered, sentence):
                    paragraph_source = self._source(tokenize(text, sentence.start, sentence.end))
                continue
            found, source = self._detect_sentence(
                text, lowered, sentence, paragraph_source, numbers
            )
            paragraph_source = source
            suggestions.extend(found)
        return suggestions

    def _claimed(self, lowered: str, tokens: list[Token], weapon: _Found) -> bool:
        """Return whether a weapon its clause names is a claim: not what something could
        carry ("able to carry cruise missiles"), not a topic of talk ("Fragen rund um
        Munition")."""
        first, last = weapon.first, weapon.last
        while first > 0 and tokens[first - 1].text not in _CLAUSE_ENDS:
            first -= 1
            if self.lexicon.matches("topic_words", tokens[first].text):
                return False
        while last + 1 < len(tokens) and tokens[last + 1].text not in _CLAUSE_ENDS:
            last += 1
        return not self._cue_in(lowered, tokens, first, last + 1, "capability_cues")

    def _may_attribute(self, lowered: str, sentence: Sentence) -> bool:
        return self._attribution_hint.search(lowered, sentence.start, sentence.end) is not None

    # One sentence ------------------------------------------------------------
    def _detect_sentence(
        self,
        text: str,
        lowered: str,
        sentence: Sentence,
        paragraph_source: str | None,
        numbers: list[int],
    ) -> tuple[list[Suggestion], str | None]:
        """Return the sentence's suggestions, and the source in force after it.

        ``numbers`` are where the number finder found a figure may start.
        """
        source = paragraph_source
        attributed = self._attribution_hint.search(lowered, sentence.start, sentence.end)
        # Where a weapon may start, found once for the rules below.
        weapons = [
            m.start()
            for m in self.lexicon.weapon_finder.finditer(lowered, sentence.start, sentence.end)
        ]
        if not numbers and not weapons:
            # No figure and no weapon can start here: nothing to propose, and the words
            # are only read for a source.
            if attributed is not None:
                source = self._source(tokenize(text, sentence.start, sentence.end)) or source
            return [], source
        tokens = tokenize(text, sentence.start, sentence.end)
        starts = [t.start for t in tokens]  # where each token is, for the finders' hits
        quantities = self._quantities(tokens, starts, numbers) if numbers else []
        found: list[_Found] = []
        totals: set[int] = set()  # quantities that are the whole of a partitive
        for k, quantity in enumerate(quantities):
            following = quantities[k + 1] if k + 1 < len(quantities) else None
            # Cues are searched in the lower-cased text.
            hit = self._figure_claim(lowered, tokens, quantity, following, totals)
            if hit is not None:
                found.append(hit)
        covered = {i for f in found for i in range(f.first, f.last + 1)}
        if weapons:
            found.extend(self._weapon_claims(lowered, sentence, tokens, starts, weapons, covered))
        if (
            any(f.label == WEAPONS for f in found)
            and self._not_claim_hint.search(lowered, sentence.start, sentence.end) is not None
        ):  # only a weapon can be a topic or a capability; the text is searched for one then
            found = [f for f in found if f.label != WEAPONS or self._claimed(lowered, tokens, f)]
        if attributed is not None:
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
                f.score,
                value=f.value,
                qualifier=f.qualifier,
                source=source,
            )
            for f in kept
        ]
        return suggestions, source


_CLAUSE_ENDS = _CLAUSE_BREAKS | {".", "!", "?"}

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
