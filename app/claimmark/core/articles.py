"""Articles: the value type and how one is made from a file's text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from claimmark.core.text import normalize, title_of

STATUSES = ("todo", "in_progress", "done")


@dataclass(frozen=True, slots=True)
class Article:
    """An article as stored: its text is normalised, and span offsets index it.

    Attributes:
        id: the article id (for imported files, the file stem).
        title: the first non-empty line of the text.
        text: the normalised text, title line included.
        status: ``todo``, ``in_progress`` or ``done``.
        text_hash: SHA-256 of ``text``, to recognise the same article imported twice.
        source_path: where the article was imported from, if known.
    """

    id: str
    title: str
    text: str
    status: str = "todo"
    text_hash: str = ""
    source_path: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list: no text, but span counts per label."""

    id: str
    title: str
    status: str
    span_counts: dict[str, int]


def text_hash(text: str) -> str:
    """Return the SHA-256 hex digest of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_article(article_id: str, raw_text: str, source_path: str | None = None) -> Article:
    """Build an article from a file's decoded text, normalising it once."""
    text = normalize(raw_text)
    return Article(
        id=article_id,
        title=title_of(text),
        text=text,
        text_hash=text_hash(text),
        source_path=source_path,
    )
