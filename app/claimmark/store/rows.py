"""Rows and values: the columns the store reads and writes, and rows made dataclasses.

Shared by the store's parts (the leading underscore: nothing outside the store uses them).
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from claimmark.core.articles import STATUSES
from claimmark.core.articles import Article
from claimmark.core.articles import Status
from claimmark.core.errors import RuleError
from claimmark.core.frozen import bulk_maker
from claimmark.core.spans import QUALIFIERS
from claimmark.core.spans import SPAN_FIELDS
from claimmark.core.spans import Origin
from claimmark.core.spans import Qualifier
from claimmark.core.spans import Span
from claimmark.core.spans import qualifier_of
from claimmark.core.suggestions import SUGGESTION_FIELDS
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import SuggestionState
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import said

_SPAN_COLUMNS = SPAN_FIELDS
_SPAN_SELECT = "select " + ", ".join(f'"{c}"' for c in _SPAN_COLUMNS) + " from spans"
_SPAN_INSERT = (
    "insert into spans ("
    + ", ".join(f'"{c}"' for c in _SPAN_COLUMNS)
    + ") values ("
    + ", ".join("?" for _ in _SPAN_COLUMNS)
    + ")"
)
# Insert a span, or replace every column of the stored span with its id: a statement
# of our own, as sqlite-utils' upsert() read the table's schema four times a call.
_SPAN_UPSERT = (
    _SPAN_INSERT
    + ' on conflict ("id") do update set '
    + ", ".join(f'"{c}" = excluded."{c}"' for c in _SPAN_COLUMNS if c != "id")
)
_SUGGESTION_COLUMNS = SUGGESTION_FIELDS
# Columns a new suggestion gets from the store, not from the detector: in this order.
_SET_ON_INSERT = ("state", "span_id", "detected_at")
_SUGGESTION_INSERT = (
    "insert into suggestions ("
    + ", ".join(f'"{c}"' for c in _SUGGESTION_COLUMNS if c not in _SET_ON_INSERT)
    + ', "state", "span_id", "detected_at") values ('
    + ", ".join("?" for _ in _SUGGESTION_COLUMNS)
    + ")"
)
_SUGGESTION_SELECT = (
    "select " + ", ".join(f'"{c}"' for c in _SUGGESTION_COLUMNS) + " from suggestions"
)


_ORIGIN = _SPAN_COLUMNS.index("origin")
_QUALIFIER = _SPAN_COLUMNS.index("qualifier")
_VALUE = _SPAN_COLUMNS.index("value")
_STATE = list(SUGGESTION_FIELDS).index("state")
_SUGGESTION_QUALIFIER = list(SUGGESTION_FIELDS).index("qualifier")


def _span_from_row(row: dict[str, Any]) -> Span:
    return Span(
        **{
            **{c: row[c] for c in _SPAN_COLUMNS},
            "origin": Origin(row["origin"]),
            "qualifier": qualifier_of(row["qualifier"]),
        }
    )


_STATUS_VALUES = tuple(status.value for status in STATUSES)
_ORIGIN_VALUES = tuple(origin.value for origin in Origin)


def _checked_span(row: Sequence[Any], articles: Mapping[str, Article]) -> Span | Said:
    """Return a span row as a Span, or what is wrong with it: a value the schema's checks
    refuse, which another program may have written with them off.

    Every span of an export passes here: the checks read the row as it is, and a message
    is made only for a row that fails them (they were a seventh of a JSONL export's time).
    """
    origin, value, qualifier = row[_ORIGIN], row[_VALUE], row[_QUALIFIER]
    if (
        origin not in _ORIGINS
        or qualifier not in _QUALIFIERS
        or (value is not None and not isinstance(value, int))
    ):
        return _span_problem(row)
    span = _span_from_values(row)
    article = articles.get(span.article_id)
    text = article.text if article is not None else None
    if text is not None and not _fits(span, len(text), text[span.start : span.end]):
        try:
            _check_fits(span, span.article_id, text)
        except RuleError as wrong:
            return said(
                QT_TRANSLATE_NOOP("edits", "span {span} in article {article}: {wrong}"),
                span=span.id, article=span.article_id, wrong=wrong.said or str(wrong),
            )  # fmt: skip
    return span


def _span_problem(row: Sequence[Any]) -> Said:
    values = dict(zip(_SPAN_COLUMNS, row, strict=True))
    where = {"span": values["id"], "article": values["article_id"]}
    if values["origin"] not in _ORIGINS:
        return said(
            QT_TRANSLATE_NOOP(
                "edits", "span {span} in article {article}: origin {origin} is none of {known}"
            ),
            **where, origin=repr(values["origin"]), known=", ".join(_ORIGIN_VALUES),
        )  # fmt: skip
    if values["qualifier"] not in _QUALIFIERS:
        return said(
            QT_TRANSLATE_NOOP(
                "edits",
                "span {span} in article {article}: qualifier {qualifier} is none of {known}",
            ),
            **where, qualifier=repr(values["qualifier"]), known=", ".join(QUALIFIERS),
        )  # fmt: skip
    return said(
        QT_TRANSLATE_NOOP(
            "edits", "span {span} in article {article}: value {value} is not a whole number"
        ),
        **where, value=repr(values["value"]),
    )  # fmt: skip


# A stored value to its enum member by a dict: Origin(value) takes a microsecond a call.
_ORIGINS = {origin.value: origin for origin in Origin}
_QUALIFIERS: dict[str | None, Qualifier | None] = {
    None: None, **{qualifier.value: qualifier for qualifier in Qualifier}
}  # fmt: skip


_STATES = {state.value: state for state in SuggestionState}
# Spans and suggestions are read thousands at a time: built by descriptor, not __init__.
_new_span = bulk_maker(Span)
_new_suggestion = bulk_maker(StoredSuggestion)


def _span_from_values(values: Sequence[Any]) -> Span:
    """Build a span from a row of ``_SPAN_SELECT`` as a tuple (the fast path for many)."""
    (id_, article_id, start, end, label, text, annotator, created_at, origin, value,
     qualifier, source, note, taken_from) = values  # fmt: skip
    # In the order of the class's fields: the claim's attributes first.
    return _new_span(
        value, _QUALIFIERS[qualifier], source, id_, article_id, start, end, label, text,
        annotator, created_at, _ORIGINS[origin], note, taken_from,
    )  # fmt: skip


def _suggestion_from_values(values: Sequence[Any]) -> StoredSuggestion:
    (id_, article_id, start, end, label, text, value, qualifier, source, score, state,
     span_id, detected_at, origin, learned_from) = values  # fmt: skip
    # A value no member has raises ValueError, as the enums' own lookup does.
    return _new_suggestion(
        value, _QUALIFIERS[qualifier] if qualifier in _QUALIFIERS else Qualifier(qualifier),
        source, id_, article_id, start, end, label, text, score,
        _STATES[state] if state in _STATES else SuggestionState(state), span_id, detected_at,
        origin, learned_from,
    )  # fmt: skip


def _span_to_row(span: Span) -> dict[str, Any]:
    return {c: getattr(span, c) for c in _SPAN_COLUMNS}


_span_values = attrgetter(*_SPAN_COLUMNS)
"""A span's values in the order of ``_SPAN_INSERT`` and ``_SPAN_UPSERT``."""


def _suggestion_from_row(row: dict[str, Any]) -> StoredSuggestion:
    return StoredSuggestion(
        **{
            **{c: row[c] for c in _SUGGESTION_COLUMNS},
            "state": SuggestionState(row["state"]),
            "qualifier": qualifier_of(row["qualifier"]),
        }
    )


def _article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        status=Status(row["status"]),
        text_hash=row["text_hash"],
        source_path=row["source_path"],
        note=row.get("note") or "",
        language=row.get("language") or "",
        published=row.get("published"),
        outlet=row.get("outlet"),
        url=row.get("url"),
    )


def _check_fits(span: Span, article_id: str, text: str) -> None:
    """Raise RuleError unless ``span`` lies inside ``text`` and says what stands there."""
    _check_stretch(span, article_id, len(text), text[span.start : span.end])


def _fits(span: Span, length: int, there: str) -> bool:
    """Return whether ``span`` lies inside an article of ``length`` characters and
    ``there``, what the article holds at its offsets, is its text (the rule
    :func:`_check_stretch` raises on; asked alone where only a failure needs words)."""
    return 0 <= span.start < span.end <= length and there == span.text


def _check_stretch(span: Span, article_id: str, length: int, there: str) -> None:
    """Raise RuleError unless ``span`` lies inside an article of ``length`` characters and
    ``there``, what the article holds at its offsets, is its text (see :func:`_fits`)."""
    if _fits(span, length, there):
        return
    if not 0 <= span.start < span.end <= length:
        raise RuleError(
            f"span {span.start}-{span.end} is outside article {article_id} ({length} characters)"
        )
    if there != span.text:
        raise RuleError(
            f"span text {span.text!r} differs from the article's "
            f"{there!r} at {span.start}-{span.end}"
        )
