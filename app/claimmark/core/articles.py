"""Articles: the value type and how one is made from a file's text."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from claimmark.core.language import detect_language
from claimmark.core.text import normalize
from claimmark.core.text import title_of

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: str) -> str:
    """Return a publication day as stored: ``YYYY-MM-DD``.

    A full ISO 8601 timestamp (``2024-10-23T08:15:00Z``) gives its day.

    Raises:
        ValueError: the text is no ISO 8601 day or timestamp (the message says so).
    """
    text = value.strip()
    try:
        # The extended form only: fromisoformat also takes "20241023" and week dates.
        if not _DAY.match(text) or text[10:11] not in ("", "T", " "):
            raise ValueError
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is no date of the form 2024-10-23") from None


class Status(StrEnum):
    """Where an article stands: not started, being annotated, or finished."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def words(self) -> str:
        """Return the status as the window says it: "to do", "in progress", "done"."""
        return {"todo": "to do", "in_progress": "in progress", "done": "done"}[self.value]


STATUSES = tuple(Status)


@dataclass(frozen=True, slots=True)
class Metadata:
    """Where and when an article was published (each ``None`` when not known).

    Attributes:
        published: the day, ``YYYY-MM-DD``.
        outlet: who published it.
        url: where.
    """

    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    def checked(self) -> Metadata:
        """Return the metadata trimmed, empty text as ``None``, the day as stored.

        Raises:
            ValueError: the day is no ISO 8601 day.
        """
        day = (self.published or "").strip()
        return Metadata(
            iso_day(day) if day else None,
            (self.outlet or "").strip() or None,
            (self.url or "").strip() or None,
        )


@dataclass(frozen=True, slots=True)
class Article:
    """An article as stored: its text is normalised, and span offsets index it.

    Attributes:
        id: the article id (for imported files, the file stem).
        title: the first non-empty line of the text.
        text: the normalised text, title line included.
        status: where the annotation of the article stands.
        text_hash: SHA-256 of ``text``, to recognise the same article imported twice.
        source_path: where the article was imported from, if known.
        note: the annotator's note on the whole article ("" for none).
        language: ``de``, ``en``, or ``""`` when it cannot be told (``core.language``).
        published: the day it was published, ISO 8601 (``2024-10-23``), if known.
        outlet: who published it (a newspaper, an agency, a site), if known.
        url: where it was published, if known.
    """

    id: str
    title: str
    text: str
    status: Status = Status.TODO
    text_hash: str = ""
    source_path: str | None = None
    note: str = ""
    language: str = ""
    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    @property
    def metadata(self) -> Metadata:
        """Return where and when the article was published."""
        return Metadata(self.published, self.outlet, self.url)


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list: no text, but span counts per label."""

    id: str
    title: str
    status: Status
    span_counts: dict[str, int]
    finished_by: int | None = None  # annotators who marked it done (a team's everyone layer)


@dataclass(frozen=True, slots=True)
class Listing:
    """Which articles a list shows: all, or those of one status and/or with a label's spans.

    Articles are always listed in import order.
    """

    status: Status | None = None
    label: str | None = None
    annotator: str | None = None  # whose spans are counted (and filtered by label)

    @property
    def filtered(self) -> bool:
        """Return whether some articles may be left out."""
        return self.status is not None or self.label is not None


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
        language=detect_language(text),
    )
