"""Shared steps of every reader: decoding files, checking spans, mapping their offsets."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from claimmark.core.articles import STATUSES
from claimmark.core.articles import Article
from claimmark.core.articles import Status
from claimmark.core.articles import iso_day
from claimmark.core.articles import text_hash
from claimmark.core.language import LANGUAGES
from claimmark.core.language import detect_language
from claimmark.core.outcome import error_line
from claimmark.core.outcome import note_line
from claimmark.core.outcome import problems_json
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import QUALIFIERS
from claimmark.core.spans import Origin
from claimmark.core.spans import Span
from claimmark.core.spans import new_span_id
from claimmark.core.spans import now_iso
from claimmark.core.spans import qualifier_of
from claimmark.core.suggestions import Proposer
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import SuggestionState
from claimmark.core.suggestions import joined
from claimmark.core.suggestions import origins_of
from claimmark.core.suggestions import proposed
from claimmark.core.text import MAX_TEXT_CHARACTERS
from claimmark.core.text import OffsetMap
from claimmark.core.text import clean_title
from claimmark.core.text import normalize
from claimmark.core.text import title_of
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import figure
from claimmark.core.words import kept_values
from claimmark.core.words import said
from claimmark.formats.encoding import decode


@dataclass
class ReadResult:
    """What a reader found: articles with spans, problems, and notes for the user.

    Attributes:
        records: the articles read, each with the spans that could be used.
        problems: one per thing that could not be used, naming file and line.
        notes: what the user should know though nothing went wrong (encodings).
    """

    records: list[Record] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[Said] = field(default_factory=list)

    def extend(self, other: ReadResult) -> None:
        """Add another result's records, problems and notes to this one."""
        self.records.extend(other.records)
        self.problems.extend(other.problems)
        self.notes.extend(other.notes)

    def details_said(self) -> list[Said]:
        """Return a line per note and problem, as words the window translates."""
        return [*map(note_line, self.notes), *map(error_line, self.problems)]

    def detail_lines(self) -> list[str]:
        """Return a line per note and per problem, as a use case's report gives them."""
        return [str(line) for line in self.details_said()]

    def as_json(self) -> dict[str, Any]:
        """Return the notes and the problems as JSON values."""
        return {
            "notes": [str(note) for note in self.notes],
            "problems": problems_json(self.problems),
        }


# A file may hold many articles; one of them at most MAX_TEXT_CHARACTERS.
_MAX_FILE_BYTES = 1_000_000_000


@dataclass(frozen=True, slots=True)
class RawSpan:
    """A span as a file gives it: offsets into the file's own text, before normalising."""

    start: Any
    end: Any
    label: Any
    text: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)


def _unreadable(path: Path, error: OSError) -> ImportProblem:
    return ImportProblem.of(
        str(path), None, QT_TRANSLATE_NOOP("edits", "cannot read: {why}"), why=error.strerror
    )


def _read_as(path: Path, encoding: str) -> Said:
    return said(
        QT_TRANSLATE_NOOP("edits", "{path}: read as {encoding}"), path=path, encoding=encoding
    )


def read_file_text(path: Path, result: ReadResult) -> str | None:
    """Return a file's text in whatever encoding it has, noting the encoding if not UTF-8.

    A file too large to hold articles Claimmark takes is refused before it is read.
    """
    try:
        size = path.stat().st_size
        if size > _MAX_FILE_BYTES:
            result.problems.append(
                ImportProblem.of(
                    str(path),
                    None,
                    QT_TRANSLATE_NOOP(
                        "edits",
                        "the file has {size} bytes; Claimmark reads files of at most "
                        "{most} (split it)",
                    ),
                    size=figure(size),
                    most=figure(_MAX_FILE_BYTES),
                )
            )
            return None
        data = path.read_bytes()
    except OSError as error:
        result.problems.append(_unreadable(path, error))
        return None
    decoded = decode(data)
    if decoded is None:
        result.problems.append(
            ImportProblem.of(
                str(path), None, QT_TRANSLATE_NOOP("edits", "not text in any known encoding")
            )
        )
        return None
    if decoded.encoding != "utf_8":
        result.notes.append(_read_as(path, decoded.encoding))
    return decoded.text


def build_record(
    where: ImportProblem,
    article_id: str,
    raw_text: str,
    raw_spans: Iterable[RawSpan],
    title: str | None = None,
    status: str | None = None,
    result: ReadResult | None = None,
    note: str | None = None,
    language: str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Record | None:
    """Make a record from a file's text and spans, mapping offsets onto the normalised text.

    Spans whose offsets are not integers, out of range or reversed, or whose text
    disagrees with the offsets, become problems (``where`` gives file and line);
    the rest keep their labels and attributes. ``metadata`` is where the file keeps
    the article's ``published``, ``outlet`` and ``url`` (a day that does not read
    is a problem, and left empty).
    """
    assert result is not None
    if len(raw_text) > MAX_TEXT_CHARACTERS:
        result.problems.append(
            ImportProblem.of(
                where.path,
                where.line,
                QT_TRANSLATE_NOOP(
                    "edits",
                    "article {article} has {size} characters; Claimmark takes articles of "
                    "at most {most} (split it)",
                ),
                article=article_id[:80],
                size=figure(len(raw_text)),
                most=figure(MAX_TEXT_CHARACTERS),
            )
        )
        return None
    raw_spans = list(raw_spans)
    text = normalize(raw_text)
    if not text.strip():
        result.problems.append(
            ImportProblem.of(
                where.path, where.line, QT_TRANSLATE_NOOP("edits", "the text is empty")
            )
        )
        return None
    if status is not None and status not in STATUSES:
        result.problems.append(
            ImportProblem.of(
                where.path,
                where.line,
                QT_TRANSLATE_NOOP(
                    "edits", "unknown status {status} of {article}; imported as to do"
                ),
                status=repr(status),
                article=article_id,
            )
        )
    spans: list[Span] = []
    suggestions: list[StoredSuggestion] = []
    stamp = now_iso()
    # Only spans need the map, and a .txt file has none: building it scans the text again
    # (0.2 s of an import of 10,000 files).
    mapping = OffsetMap(raw_text) if raw_spans else None
    for raw in raw_spans:
        assert mapping is not None
        span = _span(where, article_id, raw_text, text, mapping, raw, result, stamp)
        if span is None:
            continue
        if "state" not in raw.attributes:
            spans.append(span)
            continue
        suggestion = _suggestion(where, span, text, raw.attributes, result)
        if suggestion is not None:
            suggestions.append(suggestion)
    article = Article(
        id=article_id,
        title=clean_title(title) if title and title.strip() else title_of(text),
        text=text,
        status=Status(status) if status in STATUSES else Status.TODO,
        text_hash=text_hash(text),
        source_path=where.path,
        note=note.strip() if isinstance(note, str) else "",
        language=language if language in LANGUAGES else detect_language(text),
        published=_published(metadata or {}, where, article_id, result),
        outlet=_text_or_none((metadata or {}).get("outlet")),
        url=_text_or_none((metadata or {}).get("url")),
    )
    return Record(
        article,
        sorted(spans, key=lambda s: (s.start, s.end)),
        line=where.line,
        suggestions=sorted(suggestions, key=lambda s: (s.start, s.end, s.label)),
    )


def _suggestion(
    where: ImportProblem,
    span: Span,
    text: str,
    attributes: Mapping[str, Any],
    result: ReadResult,
) -> StoredSuggestion | None:
    """Return a span marked ``"state": "pending"`` as the suggestion it is, with its score
    and who proposed it; anything else in ``state`` is a problem and the span is left out."""

    def problem(template: str, **values: object) -> None:
        told = said(
            QT_TRANSLATE_NOOP("edits", "{label} suggestion {start}-{end} of {article}: {what}"),
            label=span.label, start=span.start, end=span.end, article=span.article_id,
            what=Said(template, *kept_values(values)),
        )  # fmt: skip
        result.problems.append(ImportProblem.told(where.path, told, where.line))

    state = attributes.get("state")
    if state != SuggestionState.PENDING:
        problem(
            QT_TRANSLATE_NOOP(
                "edits", 'state {state}: only "pending" marks a suggestion to review; not imported'
            ),
            state=repr(state),
        )
        return None
    score = attributes.get("score", 1.0)
    if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
        problem(
            QT_TRANSLATE_NOOP("edits", "score {score} is not a number from 0 to 1; read as 1"),
            score=repr(score),
        )
        score = 1.0
    by = attributes.get("proposed_by") or Proposer.RULES
    if not isinstance(by, str) or not origins_of(by) <= _PROPOSERS:
        problem(
            QT_TRANSLATE_NOOP("edits", "proposed_by {by} is none of {known}; read as rules"),
            by=repr(by), known=", ".join(Proposer),
        )  # fmt: skip
        by = Proposer.RULES
    return proposed(
        span.article_id, text, span.start, span.end, span.label,
        score=float(score), origin=joined(origins_of(by)), value=span.value,
        qualifier=span.qualifier, source=span.source,
        learned_from=_text_or_none(attributes.get("learned_from")),
        detected_at=span.created_at,
    )  # fmt: skip


_PROPOSERS = frozenset(p.value for p in Proposer)


def metadata_of(article: Article) -> dict[str, str]:
    """Return the publication day, outlet and URL an article has, for a writer."""
    # Read off the article, not through asdict(): every article of an export passes here.
    found = {"published": article.published, "outlet": article.outlet, "url": article.url}
    return {name: value for name, value in found.items() if value is not None}


def _published(
    fields: Mapping[str, Any], where: ImportProblem, article_id: str, result: ReadResult
) -> str | None:
    """Return the article's publication day as a file gives it, if it reads as one."""
    given = _text_or_none(fields.get("published"))
    if given is None:
        return None
    try:
        return iso_day(given)
    except ValueError as why:
        result.problems.append(
            ImportProblem.of(
                where.path,
                where.line,
                QT_TRANSLATE_NOOP("edits", "published date of {article}: {why}; left empty"),
                article=article_id,
                why=why,
            )
        )
        return None


def _span(
    where: ImportProblem,
    article_id: str,
    raw_text: str,
    text: str,
    mapping: OffsetMap,
    raw: RawSpan,
    result: ReadResult,
    stamp: str,
) -> Span | None:
    def problem(template: str, **values: object) -> None:
        result.problems.append(
            ImportProblem.of(
                where.path, where.line, template, start=start, end=end, article=article_id,
                **values,
            )
        )  # fmt: skip

    start, end, label = raw.start, raw.end, raw.label
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        problem(
            QT_TRANSLATE_NOOP(
                "edits", "span offsets {start_given}-{end_given} of {article} are not whole numbers"
            ),
            start_given=repr(start), end_given=repr(end),
        )  # fmt: skip
        return None
    if not isinstance(label, str) or not label.strip():
        problem(QT_TRANSLATE_NOOP("edits", "span {start}-{end} of {article} has no label"))
        return None
    if not 0 <= start < end <= len(raw_text):
        problem(
            QT_TRANSLATE_NOOP(
                "edits", "span {start}-{end} of {article} is reversed ({length} characters)"
            )
            if start >= end
            else QT_TRANSLATE_NOOP(
                "edits", "span {start}-{end} of {article} is outside the text ({length} characters)"
            ),
            length=len(raw_text),
        )
        return None
    if raw.text is not None and raw_text[start:end] != raw.text:
        problem(
            QT_TRANSLATE_NOOP(
                "edits", "span {start}-{end} of {article} says {says} but the text there is {there}"
            ),
            says=repr(raw.text), there=repr(raw_text[start:end]),
        )  # fmt: skip
        return None
    new_start, new_end = mapping[start], mapping[end]
    if new_start >= new_end:
        problem(
            QT_TRANSLATE_NOOP(
                "edits", "span {start}-{end} of {article} covers only control characters"
            )
        )
        return None
    attributes = raw.attributes
    value = attributes.get("value")
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        problem(
            QT_TRANSLATE_NOOP(
                "edits", "span {start}-{end} of {article}: value {value} is not a whole number"
            ),
            value=repr(value),
        )
        value = None
    qualifier = attributes.get("qualifier")
    if qualifier is not None and qualifier not in QUALIFIERS:
        problem(
            QT_TRANSLATE_NOOP(
                "edits", "span {start}-{end} of {article}: unknown qualifier {qualifier}"
            ),
            qualifier=repr(qualifier),
        )
        qualifier = None
    return Span(
        id=new_span_id(),
        article_id=article_id,
        start=new_start,
        end=new_end,
        label=label.strip(),
        text=text[new_start:new_end],
        annotator=str(attributes.get("annotator") or "import"),
        created_at=str(attributes.get("created_at") or stamp),
        origin=Origin.IMPORT,
        value=value,
        qualifier=qualifier_of(qualifier),
        source=_text_or_none(attributes.get("source")),
        note=_text_or_none(attributes.get("note")),
        taken_from=_text_or_none(attributes.get("taken_from")),
    )


def _text_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def text_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) of a text file, split at LF only (a CR before it dropped).

    Not ``str.splitlines``: it also splits at U+2028, U+2029, U+0085 and form feeds,
    which JSON strings and article texts may hold.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, line.removesuffix("\r")


def file_lines(path: Path, result: ReadResult) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) of a text file, read a line at a time.

    Lines are split at LF only (see :func:`text_lines`). A UTF-8 file is never
    held whole, however large; a line that is not UTF-8 is decoded on its own
    (the encoding noted once), and a UTF-16 file, which cannot be split by bytes,
    is read whole.
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        result.problems.append(_unreadable(path, error))
        return
    with handle:
        if handle.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            text = read_file_text(path, result)
            if text is not None:
                yield from text_lines(text)
            return
        handle.seek(0)
        noted: str | None = None
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
                result.notes.append(_read_as(path, "utf_8 (BOM)"))
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                decoded = decode(raw)
                if decoded is None:
                    result.problems.append(
                        ImportProblem.of(
                            str(path),
                            number,
                            QT_TRANSLATE_NOOP(
                                "edits", "the line is not text in any known encoding"
                            ),
                        )
                    )
                    continue
                if noted is None:
                    noted = decoded.encoding
                    result.notes.append(_read_as(path, noted))
                line = decoded.text
            yield number, line.removesuffix("\n").removesuffix("\r")


def article_id_for(value: object, path: Path, number: int) -> str:
    """Return an article id from a file's id field, or make one from the file and line."""
    if isinstance(value, (str, int)) and str(value).strip():
        return str(value).strip()
    return f"{path.stem}-{number}"
