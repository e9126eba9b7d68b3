"""The detector's word lists: parsed from lexicon text, compiled into matchers.

The core reads no files: callers pass the text of the bundled lexicon
(``resources/lexicon/claims.txt``) and of any user lexicon, and
:func:`parse_lexicon` merges them.

A section may belong to one language (``[casualty_cues.en]``); a section with no
language (``[named_systems]``) serves every language. :meth:`Lexicon.for_language`
gives the word lists the detector uses for an article in a language: English
words need English lists as much as German ones German lists ("tot" is a German
casualty cue and the start of "total").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field

from claimmark.core.language import LANGUAGES
from claimmark.core.problems import ImportProblem
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import figure
from claimmark.core.words import said

SECTIONS = (
    "personnel_stems",
    "personnel_words",
    "people_words",
    "casualty_stems",
    "casualty_cues",
    "deployment_cues",
    "weapon_stems",
    "weapon_words",
    "weapon_modifier_heads",
    "weapon_modifiers",
    "not_weapon_heads",
    "not_weapon_modifiers",
    "describing_words",
    "named_systems",
    "use_cues",
    "capability_cues",
    "harm_cues",
    "topic_words",
    "unit_words",
    "determiners",
    "function_words",
    "month_words",
    "not_figure_units",
)

# Inflection endings a stem or word may carry: "Rakete-n", "Opfer-ns", "Verlust-e".
# English words take only a plural: German endings would make "tank" match "tanker".
_ENDINGS = "(?:e|n|en|s|es|ns|er|ern|ens)?"
_ENGLISH_ENDINGS = "(?:s|es)?"


_MATCHES_REMEMBERED = 50_000
"""Answers of :meth:`Lexicon.matches` kept (about 10 MB at most), so a corpus of a
million different words does not grow the cache without end."""

_Trie = dict[str, "_Trie"]

ENTRY_LIMIT = 100
"""The longest lexicon entry, in characters: longer lines are reported and skipped (the
pattern built from the entries nests one group per character where words branch)."""

ENTRIES_LIMIT = 100_000
"""The most entries one lexicon file gives; the rest are reported and skipped (a
900,000-entry file made ``detect`` take minutes)."""


def trie_pattern(words: Iterable[str]) -> str:
    """Return a regex that matches any of ``words``, with common prefixes shared.

    Python's ``re`` tries each branch of a plain alternation in turn; sharing
    prefixes made a 100-word lexicon scan 20x faster over 2 MB of text.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"


def _alternation(entries: Iterable[str]) -> str:
    # Longest first, so "raketenwerfer" wins over "rakete" where both fit.
    return "|".join(re.escape(e) for e in sorted(set(entries), key=len, reverse=True))


def _matcher(entries: frozenset[str], *, suffix: bool, endings: str) -> re.Pattern[str]:
    if not entries:
        return re.compile(r"(?!)")
    prefix = r".*?" if suffix else ""
    return re.compile(rf"{prefix}(?:{_alternation(entries)}){endings}", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    """The detector's word lists, one frozenset per section, with compiled matchers.

    Use :meth:`is_weapon_head`, :meth:`is_personnel` and the like rather than the
    sets: they apply the suffix and inflection rules the lexicon file documents.

    Attributes:
        entries: the words of each section for :attr:`language`.
        language: the language the lists are for (``"de"``, ``"en"``), or ``""``
            for all of them at once (an article whose language is not known).
        sections: the sections as the files give them, those of one language keyed
            ``"name.language"``: what :meth:`for_language` merges.
    """

    entries: dict[str, frozenset[str]]
    language: str = ""
    sections: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _compiled: dict[str, re.Pattern[str]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    _languages: dict[str, Lexicon] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    _matched: dict[tuple[str, str], bool] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __getstate__(self) -> dict[str, object]:
        # A detector is sent to each worker process: without what it has compiled and
        # remembered, which the worker makes again as it needs it.
        state = dict(self.__dict__)
        state.update(_compiled={}, _languages={}, _matched={})
        return state

    @classmethod
    def from_sections(cls, sections: dict[str, frozenset[str]], language: str = "") -> Lexicon:
        """Return the word lists for ``language`` out of a file's sections.

        Each section holds its words for every language plus those for
        ``language``; for ``""`` (not known), those of every language.
        """
        merged: dict[str, frozenset[str]] = {}
        for name in SECTIONS:
            words = set(sections.get(name, frozenset()))
            for other in LANGUAGES:
                if language in ("", other):
                    words |= sections.get(f"{name}.{other}", frozenset())
            merged[name] = frozenset(words)
        return cls(merged, language, sections)

    def for_language(self, language: str) -> Lexicon:
        """Return the word lists for articles in ``language`` (see :meth:`from_sections`)."""
        if language == self.language:
            return self
        found = self._languages.get(language)
        if found is None:
            found = self._languages[language] = Lexicon.from_sections(self.sections, language)
        return found

    def _pattern(self, name: str) -> re.Pattern[str]:
        """Return a section's matcher, compiled the first time it is asked for.

        Compiling them all took 0.1 s, a fifth of the window's start, though an
        article already detected needs none of them.
        """
        found = self._compiled.get(name)
        if found is None:
            found = self._compiled[name] = self._compile(name)
        return found

    def _compile(self, name: str) -> re.Pattern[str]:
        if name == "weapon_modifier":
            return re.compile(
                rf".*?(?:{_alternation(self.entries['weapon_stems'])}){_ENDINGS}"
                rf"(?:{_alternation(self.entries['weapon_modifier_heads'])}){_ENDINGS}",
                re.IGNORECASE,
            )
        if name == "weapon_finder":
            # For scanning lower-cased text: where a weapon word may end. English words
            # are not compounds: a weapon word starts a word there, and the scan tries
            # only word starts.
            words = trie_pattern(
                self.entries["weapon_stems"]
                | self.entries["weapon_words"]
                | self.entries["weapon_modifier_heads"]
                | self.entries["named_systems"]
            )
            return re.compile(rf"\b(?:{words})" if self.language == "en" else words)
        if name.endswith("_cues"):
            # Searched in lower-cased text (see lower_same_length): no IGNORECASE needed.
            return re.compile(rf"\b(?:{trie_pattern(self.entries[name])})")
        if name.endswith(("_stems", "_words", "_modifiers", "_heads")) or name == "named_systems":
            endings = _ENGLISH_ENDINGS if self.language == "en" else _ENDINGS
            return _matcher(self.entries[name], suffix=name.endswith("_stems"), endings=endings)
        raise KeyError(name)

    def words(self, section: str) -> frozenset[str]:
        """Return the entries of a section, lower-cased."""
        return self.entries.get(section, frozenset())

    def matches(self, section: str, word: str) -> bool:
        """Return whether ``word`` (a whole token) matches a stems or words section."""
        key = (section, word)
        found = self._matched.get(key)
        if found is None:
            # News repeats its words: remembering the answers made English detection 1.1x faster.
            found = self._remember(key, self._pattern(section).fullmatch(word) is not None)
        return found

    def cue(self, section: str) -> re.Pattern[str]:
        """Return the compiled pattern of a cues section, to search lower-cased text."""
        return self._pattern(section)

    @property
    def weapon_finder(self) -> re.Pattern[str]:
        """Return a pattern that finds weapon stems and words in lower-cased text."""
        return self._pattern("weapon_finder")

    def _remember(self, key: tuple[str, str], found: bool) -> bool:
        if len(self._matched) >= _MATCHES_REMEMBERED:
            self._matched.clear()
        self._matched[key] = found
        return found

    def is_weapon_head(self, word: str) -> bool:
        """Return whether ``word`` names a weapon: by its compound head, or as a whole word."""
        # Asked of most words of a sentence, several times: remembered like matches().
        found = self._matched.get(("#weapon head", word))
        if found is None:
            found = self._remember(("#weapon head", word), self._is_weapon_head(word))
        return found

    def _is_weapon_head(self, word: str) -> bool:
        last = word.rsplit("-", 1)[-1] if "-" in word else word
        return (
            self.matches("weapon_stems", word)
            or self.matches("weapon_words", last)
            or self._pattern("weapon_modifier").fullmatch(word) is not None
            # "Patriot-Systeme", "Iris-T-Systeme": a generic head on a named system.
            or (
                last != word
                and self.matches("weapon_modifier_heads", last)
                and self.matches("named_systems", word[: -len(last) - 1])
            )
        )

    def is_personnel(self, word: str) -> bool:
        """Return whether ``word`` names military personnel."""
        found = self._matched.get(("#personnel", word))
        if found is None:
            found = self._remember(
                ("#personnel", word),
                self.matches("personnel_stems", word) or self.matches("personnel_words", word),
            )
        return found


def parse_lexicon(*texts: tuple[str, str]) -> tuple[Lexicon, list[ImportProblem]]:
    """Merge lexicon texts into one :class:`Lexicon`.

    Args:
        texts: ``(name, text)`` pairs; the name (a file path, say) is used in problems.

    Returns:
        The lexicon, and one problem per line that could not be used (an entry before
        any section, or an unknown section); those lines are skipped.
    """
    sections: dict[str, set[str]] = {name: set() for name in SECTIONS}
    sections.update({f"{name}.{language}": set() for name in SECTIONS for language in LANGUAGES})
    problems: list[ImportProblem] = []
    for name, text in texts:
        current: str | None = None
        entries = 0
        for number, raw in enumerate(text.splitlines(), start=1):
            line = _entry(raw)
            if not line:
                continue
            wrong: Said | None = None
            header = _header(line)
            if header is not None:
                current = header if header in sections else None
                if current is None:
                    wrong = said(
                        QT_TRANSLATE_NOOP(
                            "edits",
                            "unknown section [{current}]; known: {names}, each alone "
                            "or for one language ({languages}): [{section}.{language}]",
                        ),
                        current=header,
                        names=", ".join(SECTIONS),
                        languages=", ".join(LANGUAGES),
                        section=SECTIONS[0],
                        language=LANGUAGES[-1],
                    )
            elif current is None:
                wrong = said(
                    QT_TRANSLATE_NOOP("edits", "entry {line} is outside a section"),
                    line=repr(line),
                )
            elif len(line) > ENTRY_LIMIT:
                wrong = said(
                    QT_TRANSLATE_NOOP(
                        "edits",
                        "entry {line}… has {count} characters, more than the "
                        "{most} a lexicon entry may have; skipped",
                    ),
                    line=repr(line[:30]),
                    count=len(line),
                    most=ENTRY_LIMIT,
                )
            elif (entries := entries + 1) > ENTRIES_LIMIT:
                wrong = said(
                    QT_TRANSLATE_NOOP(
                        "edits",
                        "more than {most} entries; this one and those after "
                        "it are skipped (the detector reads every entry for every "
                        "article)",
                    ),
                    most=figure(ENTRIES_LIMIT),
                )
            else:
                sections[current].add(line.lower())
            if wrong is not None:
                problems.append(ImportProblem.told(name, wrong, number))
            if entries > ENTRIES_LIMIT:
                break
    return Lexicon.from_sections({k: frozenset(v) for k, v in sections.items()}), problems


def _entry(line: str) -> str:
    return line.split("#", 1)[0].strip()


def _header(line: str) -> str | None:
    entry = _entry(line)
    return entry[1:-1].strip() if entry.startswith("[") and entry.endswith("]") else None


def with_word(text: str, section: str, word: str, note: str = "") -> str:
    """Return a lexicon text with ``word`` in ``section``: under the section's one header
    (made at the end if missing), with ``note`` as its comment (where it was learned).
    Several headers of one section (written by older versions) become one, their
    entries in order. A word already there, in any case, leaves the text as it was."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    blocks: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in lines:
        name = _header(line)
        if name is not None:
            blocks.append((name, [line]))
        else:
            blocks[-1][1].append(line)
    mine = [body for name, body in blocks if name == section]
    if any(_entry(line).lower() == word.lower() for body in mine for line in body[1:]):
        return text
    line_of_word = f"{word}  # {' '.join(note.split())}" if note.strip() else word
    if not mine:
        gap = [""] if lines and lines[-1].strip() else []
        return "\n".join([*lines, *gap, f"[{section}]", line_of_word]) + "\n"
    first = mine[0]
    trailing = 0
    while len(first) > 1 and not first[-1].strip():
        first.pop()
        trailing += 1
    for body in mine[1:]:
        first.extend(line for line in body[1:] if line.strip())
    first.append(line_of_word)
    first.extend([""] * trailing)
    out = [line for name, body in blocks if name != section or body is first for line in body]
    return "\n".join(out) + "\n"


def without_word(text: str, section: str, word: str) -> str:
    """Return a lexicon text without the last line of ``section`` that is ``word`` (the
    one :func:`with_word` appended), or the text as it was."""
    lines = text.split("\n")
    current: str | None = None
    found: int | None = None
    for number, line in enumerate(lines):
        name = _header(line)
        if name is not None:
            current = name
        elif current == section and _entry(line).lower() == word.lower():
            found = number
    if found is None:
        return text
    return "\n".join(lines[:found] + lines[found + 1 :])
