"""German and English quantity expressions: ``rund 11.000`` -> 11000, approx.

Reads digits in German and Swiss grouping (``3.000``, ``1.008.240``, ``650'000``,
``4 000``), decimals with a multiplier (``1,5 Millionen``), number words
(``neun``, ``zweier``, ``zweitausend``), vague amounts (``Tausende``, ``mehrere
tausend``) and the qualifiers of GUIDELINES.md. Dates, years, durations,
percentages, prices and calibres are not figures.

English articles (the lexicon's language, see :meth:`Lexicon.for_language`) group
digits with commas and write decimals with a point (``11,000``, ``1.5 million``),
and write number words apart (``two hundred``, ``twenty-five thousand``). Where
the language is not known, a comma before exactly three digits groups them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from claimmark.core.spans import Qualifier
from claimmark.core.tokens import Token
from claimmark.core.tokens import tokenize
from claimmark.detector.lexicon import Lexicon

# Qualifier phrases that stand right before a number, by qualifier: lower-case tokens,
# one space apart ("ca ." is "ca." as the tokenizer splits it).
QUALIFIER_PHRASES: dict[tuple[str, ...], Qualifier] = {
    tuple(phrase.split(" ")): qualifier
    for qualifier, phrases in {
        Qualifier.APPROX: (
            "rund", "etwa", "ca .", "ca", "circa", "zirka", "knapp", "schätzungsweise",
            "ungefähr", "annähernd", "fast", "nahezu", "about", "around", "approximately",
            "nearly", "roughly", "almost", "some", "an estimated", "estimated", "close to",
        ),
        Qualifier.AT_LEAST: (
            "mindestens", "wenigstens", "at least", "no fewer than", "no less than",
        ),
        Qualifier.MORE_THAN: (
            "mehr als", "über", "more than", "over", "just over", "well over", "upwards of",
            "in excess of",
        ),
        Qualifier.UP_TO: (
            "bis zu", "weniger als", "as many as", "up to", "less than", "fewer than",
            "at most", "just under",
        ),
    }.items()
    for phrase in phrases
}  # fmt: skip
QUALIFIER_STARTS = frozenset(words[0] for words in QUALIFIER_PHRASES)
_QUALIFIER_ENDS = frozenset(words[-1] for words in QUALIFIER_PHRASES)
_LONGEST_QUALIFIER = max(len(k) for k in QUALIFIER_PHRASES)

# Words that are a vague amount on their own.
VAGUE_WORDS = frozenset(
    {
        "hunderte", "hunderten", "tausende", "tausenden", "zehntausende", "zehntausenden",
        "hunderttausende", "hunderttausenden", "dutzende", "dutzenden",
        "hundreds", "thousands", "dozens", "tens", "millions",
    }
)  # fmt: skip
# "mehrere tausend", "einige hundert": a vague word before a round number word.
_VAGUE_BEFORE = frozenset({"mehrere", "einige", "etliche", "several", "some"})
_ROUND_WORDS = frozenset({"hundert", "tausend", "hundred", "thousand"})

MULTIPLIERS = {
    "tausend": 1_000,
    "million": 1_000_000,
    "millionen": 1_000_000,
    "mio": 1_000_000,
    "milliarde": 1_000_000_000,
    "milliarden": 1_000_000_000,
    "mrd": 1_000_000_000,
    "thousand": 1_000,
    "millions": 1_000_000,
    "billion": 1_000_000_000,
}

# Words that look like number words but are articles or pronouns.
_NOT_NUMBERS = frozenset({"ein", "eine", "einer", "eines", "einem", "einen", "eins", "one", "und"})
_NUMBER_WORD = re.compile(
    r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwan|dreißig|"
    r"vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|zig|hundert|tausend|und|s)+(?:er)?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|dozen"
)
_GROUPED = re.compile(r"\d{1,3}(?:([.'’])\d{3})(?:\1\d{3})*")
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_POINT_DECIMAL = re.compile(r"\d+\.\d+")
# English number words, read together by text2num: "two hundred", "twenty-five thousand".
_ENGLISH_NUMBER = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?"
)
_AGE_WORDS = frozenset({"aged", "age", "alter"})
_YEAR_CONTEXT = frozenset(
    {"im", "seit", "bis", "jahr", "jahres", "anfang", "ende", "mitte", "frühjahr", "sommer",
     "herbst", "winter", "in", "since", "year"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Figure:
    """What a quantity expression says: a value (``None`` when vague) and a qualifier."""

    value: int | None
    qualifier: Qualifier


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity expression found in a token list.

    Attributes:
        first: index of its first token (the qualifier's, if any).
        number: index of the number (or vague word) token.
        last: index of its last token (a multiplier, or "mehr" of "oder mehr").
        figure: what it says.
    """

    first: int
    number: int
    last: int
    figure: Figure


@lru_cache(maxsize=4096)
def read_number_word(word: str) -> int | None:
    """Return the value of a number word (``neun``, ``zweier``, ``zweitausend``), else None."""
    lower = word.lower()
    if lower in _NOT_NUMBERS or not _NUMBER_WORD.fullmatch(lower):
        return None
    candidates = [lower]
    if lower.endswith("er"):  # genitive: "zweier", "dreier"
        candidates.append(lower[:-2])
    for candidate in candidates:
        for language in ("de", "en"):
            try:
                return int(text2num(candidate, language))
            except ValueError:
                continue
    return None


def read_digits(word: str, language: str = "de") -> int | float | None:
    """Return the value of a digit token: ``3000``, ``3.000``, ``650'000``, ``1,5``; else None.

    In English (``language`` ``"en"``) ``11,000`` is eleven thousand and ``1.5`` a
    decimal; with ``""`` (not known) a comma before three digits groups them.
    """
    if word.isdigit():
        return int(word)
    if language == "en":
        if _COMMA_GROUPED.fullmatch(word):
            return int(word.replace(",", ""))
        if _POINT_DECIMAL.fullmatch(word):
            return float(word)
        return None
    if _GROUPED.fullmatch(word):
        return int(re.sub(r"\D", "", word))
    if language == "" and _COMMA_GROUPED.fullmatch(word):
        return int(word.replace(",", ""))
    if re.fullmatch(r"\d+,\d+", word):
        return float(word.replace(",", "."))
    return None


def _english_number_words(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """Read number words from ``tokens[index]`` on: ``(value, index of the last word)``."""
    last = index - 1
    while last + 1 < len(tokens) and _ENGLISH_NUMBER.fullmatch(tokens[last + 1].lower):
        last += 1
    if last < index or tokens[index].lower in MULTIPLIERS or tokens[index].lower == "hundred":
        return None  # "$5 million": a multiplier with no number of its own
    # "one" alone is an article more often than a figure ("one of the soldiers").
    while last >= index:
        words = [t.lower for t in tokens[index : last + 1]]
        if words != ["one"]:
            try:
                return int(text2num(" ".join(words), "en")), last
            except ValueError:
                pass
        last -= 1
    return None


def _qualifier_before(tokens: list[Token], index: int) -> tuple[int, Qualifier]:
    if index == 0 or tokens[index - 1].lower not in _QUALIFIER_ENDS:
        return index, Qualifier.EXACT  # most figures: no phrase can end before them
    for length in range(_LONGEST_QUALIFIER, 0, -1):
        first = index - length
        if first < 0:
            continue
        words = tuple(t.lower for t in tokens[first:index])
        qualifier = QUALIFIER_PHRASES.get(words)
        if qualifier is not None:
            return first, qualifier
    return index, Qualifier.EXACT


def _is_date_or_year(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    token = tokens[index]
    months = lexicon.words("month_words")
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    after2 = tokens[index + 2] if index + 2 < len(tokens) else None
    before = tokens[index - 1] if index > 0 else None
    if after is not None and after.lower in months:
        return True  # "24 Februar"
    if after is not None and after.text == "." and after2 is not None and after2.lower in months:
        return True  # "24. Februar"
    year_like = token.text.isdigit() and len(token.text) == 4 and 1900 <= int(token.text) <= 2100
    day_like = token.text.isdigit() and len(token.text) <= 2 and 1 <= int(token.text) <= 31
    if before is not None and before.lower in months and (year_like or day_like):
        return True  # "Februar 2022", "October 9"; but "Februar 3000 weitere Soldaten"
    if year_like:
        return before is None or before.lower in _YEAR_CONTEXT or not before.is_word
    return False


def _is_unit_measure(tokens: list[Token], index: int, lexicon: Lexicon) -> bool:
    units = lexicon.words("not_figure_units")
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None:
        return False
    if after.lower in units:
        return True
    # "von 18 bis 24 Jahren", "60 bis 70 Kilometern": the first of a range of measures.
    if (
        after.lower in ("bis", "to", "-", "–")
        and index + 3 < len(tokens)
        and tokens[index + 2].text[:1].isdigit()
        and tokens[index + 3].lower in units
    ):
        return True
    # "9:30", "1/3": numbers in times and fractions, written without a space ("Anschlag:
    # 3 Tote" is a headline's figure).
    token = tokens[index]
    before = tokens[index - 1] if index > 0 else None
    return (after.text in ":/" and after.start == token.end) or (
        before is not None and before.text in ":/" and before.end == token.start
    )


def match_quantity(tokens: list[Token], index: int, lexicon: Lexicon) -> Quantity | None:
    """Read the quantity expression whose number is ``tokens[index]``, if it is one.

    Returns ``None`` for tokens that are not numbers, and for numbers that are dates,
    years, durations, percentages, prices or calibres.
    """
    token = tokens[index]
    lower = token.lower
    last = index
    value: int | float | None
    if lower in VAGUE_WORDS:
        first, _ = _qualifier_before(tokens, index)
        # "tens of thousands", "hundreds of thousands": one vague amount.
        if (
            index + 2 < len(tokens)
            and tokens[index + 1].lower == "of"
            and tokens[index + 2].lower in VAGUE_WORDS
        ):
            last = index + 2
        return Quantity(first, index, last, Figure(None, Qualifier.VAGUE))
    if lower in _ROUND_WORDS and index > 0 and tokens[index - 1].lower in _VAGUE_BEFORE:
        return Quantity(index - 1, index, index, Figure(None, Qualifier.VAGUE))
    if index > 0 and tokens[index - 1].text in "$€£":
        return None  # "$5 million": a price
    if index > 0 and tokens[index - 1].lower in _AGE_WORDS:
        return None  # "aged 26": an age
    if token.text[0].isdigit():
        value = read_digits(token.text, lexicon.language)
        if value is None:
            return None
        # "4 000", "1 008 240": groups of three digits after single spaces.
        while (
            token.text.isdigit()
            and len(token.text) <= 3
            and last + 1 < len(tokens)
            and len(tokens[last + 1].text) == 3
            and tokens[last + 1].text.isdigit()
            and tokens[last + 1].start == tokens[last].end + 1
        ):
            last += 1
            value = int(value) * 1000 + int(tokens[last].text)
        if _is_date_or_year(tokens, index, lexicon):
            return None
    elif lexicon.language == "en" and lower == "dozen":
        value = 12
    elif lexicon.language == "en":
        read = _english_number_words(tokens, index)
        if read is None:
            return None
        value, last = read
    else:
        value = read_number_word(token.text)
        if value is None:
            return None
    if last + 1 < len(tokens) and tokens[last + 1].lower.rstrip(".") in MULTIPLIERS:
        multiplier_token = tokens[last + 1]
        last += 1
        if (
            multiplier_token.lower in ("mio", "mrd")
            and last + 1 < len(tokens)
            and tokens[last + 1].text == "."
        ):
            last += 1
        value = value * MULTIPLIERS[multiplier_token.lower.rstrip(".")]
    if _is_unit_measure(tokens, last, lexicon):
        return None
    if isinstance(value, float):
        if not value.is_integer() and last == index:
            return None  # "1,5" on its own is a measure, not a count
        value = round(value)
    first, qualifier = _qualifier_before(tokens, index)
    if lower == "dozen" and first == index and index > 0 and tokens[index - 1].lower == "a":
        first = index - 1  # "a dozen drones": the article is part of the number
    # "3000 oder mehr", "3000 und mehr"
    if (
        last + 2 < len(tokens)
        and tokens[last + 1].lower in ("oder", "und", "or")
        and tokens[last + 2].lower in ("mehr", "more")
    ):
        last += 2
        qualifier = Qualifier.AT_LEAST
    return Quantity(first, index, last, Figure(value, qualifier))


def find_quantities(text: str, lexicon: Lexicon) -> list[tuple[int, int, Figure]]:
    """Return every quantity expression in ``text`` as ``(start, end, figure)``."""
    tokens = tokenize(text)
    found: list[tuple[int, int, Figure]] = []
    index = 0
    while index < len(tokens):
        quantity = match_quantity(tokens, index, lexicon)
        if quantity is None:
            index += 1
            continue
        found.append((tokens[quantity.first].start, tokens[quantity.last].end, quantity.figure))
        index = quantity.last + 1
    return found


def read_quantity(expression: str, lexicon: Lexicon) -> Figure | None:
    """Return what a quantity expression says (``"rund 11.000"`` -> 11000, approx), if any."""
    found = find_quantities(expression, lexicon)
    return found[0][2] if found else None


_SCALE_WORDS = {
    "k": 1_000, "tsd": 1_000, "tsd.": 1_000, "tausend": 1_000, "thousand": 1_000,
    "mio": 1_000_000, "mio.": 1_000_000, "million": 1_000_000, "millionen": 1_000_000,
    "millions": 1_000_000, "m": 1_000_000, "mrd": 1_000_000_000, "mrd.": 1_000_000_000,
    "milliarden": 1_000_000_000, "billion": 1_000_000_000,
}  # fmt: skip
_VALUE_LIMIT = 10**15


def read_value(typed: str) -> int:
    """Return the whole number an annotator typed as a span's value.

    Read: digits with German or English grouping (``3000``, ``3.000``, ``3,000``,
    ``3 000``), a scale after them (``3k``, ``1,5 Mio``, ``2.5 million``), and number
    words (``dreitausend``, ``drei Tausend``, ``twenty thousand``).

    Raises:
        ValueError: it is no number this can read, or not a whole one; the message
            says why, for the annotator.
    """
    text = " ".join(typed.split())
    if not text:
        raise ValueError("empty")
    match = re.fullmatch(r"([\d.,' ]*\d)\s*([^\d\s]*)", text)
    if match is not None:
        digits, scale = match.group(1).replace(" ", ""), match.group(2).lower()
        if scale and scale not in _SCALE_WORDS:
            raise ValueError(
                f"'{match.group(2)}' after the number is not a scale (k, Mio, million)"
            )
        factor = _SCALE_WORDS.get(scale, 1)
        number = read_digits(digits, "") if factor == 1 else _decimal(digits)
        if number is None and factor == 1 and re.fullmatch(r"\d+[.,]\d{1,2}", digits):
            raise ValueError(f"{digits} is not a whole number")
        if number is None:
            raise ValueError(f"'{digits}' is not a number (3000, 3.000 or 3,000)")
        value = number * factor
        if value != int(value):
            raise ValueError(f"{typed.strip()} is not a whole number")
        return _within_limit(int(value), typed)
    for phrase, language in ((text.lower().replace(" ", ""), "de"), (text.lower(), "en")):
        try:
            return _within_limit(int(text2num(phrase, language)), typed)
        except ValueError:
            continue
    first = text.split()[0]
    raise ValueError(
        f"'{text}' is not a number this reads (3000, 3.000, 3,000, 3k, dreitausend)"
        if read_number_word(first) is not None or first[0].isdigit()
        else f"'{first}' is not part of a number; the qualifier (about, at least) has a "
        "field of its own"
    )


def _decimal(digits: str) -> float | None:
    """Read ``1,5`` or ``2.5`` (before a scale, a lone separator is a decimal point)."""
    if re.fullmatch(r"\d+([.,]\d+)?", digits):
        return float(digits.replace(",", "."))
    found = read_digits(digits, "")
    return None if found is None else float(found)


def _within_limit(value: int, typed: str) -> int:
    if value >= _VALUE_LIMIT:
        raise ValueError(f"{typed.strip()} is larger than any figure a claim gives")
    return value
