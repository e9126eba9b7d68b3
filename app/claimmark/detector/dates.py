"""The day an article was published, read from its dateline ("Seoul, 23. Oktober 2024").

dateparser reads dates in German and English as news write them; only a date
with day, month and year in the article's first lines counts (a weekday or a
month alone says too little). The user confirms what is proposed.
"""

from __future__ import annotations

import re

DATELINE_CHARACTERS = 400
"""How far into the article (title included) a dateline is looked for."""

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d\d(?!\d)")
"""What a full date must hold: a year (1800-2099), or a day.month.year of two digits."""


def propose_day(text: str, language: str) -> str | None:
    """Return the first full date in the article's first lines as ``YYYY-MM-DD``, if any.

    Args:
        text: the article's text, title first.
        language: ``de``, ``en`` or ``""`` (both are tried).
    """
    head = text[:DATELINE_CHARACTERS]
    if _YEAR.search(head) is None:
        return None  # no full date without a year: most articles, and no dateparser
    # Imported here: a tenth of a second, paid only when a date may be there.
    from dateparser.search import search_dates

    found = search_dates(
        head,
        languages=[language] if language in ("de", "en") else ["de", "en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            # "3.11.2024" is the 3rd of November in German (and unknown: the corpus is)
            "DATE_ORDER": "MDY" if language == "en" else "DMY",
        },
    )
    if not found:
        return None
    return found[0][1].date().isoformat()
