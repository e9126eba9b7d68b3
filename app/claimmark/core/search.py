"""Finding a search phrase in article text: offsets and a line of context for each hit."""

from __future__ import annotations

from dataclasses import dataclass

from claimmark.core.text import lower_same_length


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place a search phrase occurs.

    Attributes:
        article_id: the article.
        title: its title, to list the hit under.
        start: first code point of the hit.
        end: code point after it.
        before: some text before the hit, on one line.
        match: the hit's own text.
        after: some text after it, on one line.
    """

    article_id: str
    title: str
    start: int
    end: int
    before: str
    match: str
    after: str

    @property
    def context(self) -> str:
        """Return the hit with the text around it, on one line."""
        return f"…{self.before}{self.match}{self.after}…"


def find_hits(
    article_id: str, title: str, text: str, query: str, limit: int = 5, width: int = 40
) -> list[SearchHit]:
    """Return where ``query`` occurs in ``text``, ignoring case, at most ``limit`` times.

    When the whole phrase does not occur (full-text search matches words in any
    order), the hits are those of its first word.
    """
    words = query.split()
    if not words:
        return []
    haystack = lower_same_length(text)
    for needle in (" ".join(words).lower(), words[0].lower()):
        hits: list[SearchHit] = []
        start = haystack.find(needle)
        while start != -1 and len(hits) < limit:
            end = start + len(needle)
            before = text[max(0, start - width) : start].replace("\n", " ")
            after = text[end : end + width].replace("\n", " ")
            match = text[start:end].replace("\n", " ")
            hits.append(SearchHit(article_id, title, start, end, before, match, after))
            start = haystack.find(needle, end)
        if hits:
            return hits
    return []
