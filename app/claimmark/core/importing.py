"""Planning an import: which articles are new, which merge, which spans and labels are refused.

The plan is decided here, without the store: the store says which articles it
holds already, and carries the plan out in one transaction.
"""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from enum import StrEnum

from claimmark.core.articles import STATUSES
from claimmark.core.articles import Article
from claimmark.core.articles import Status
from claimmark.core.errors import SpanConflictError
from claimmark.core.labels import Label
from claimmark.core.labels import imported_label
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.spans import SpanIndex
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import on_article
from claimmark.core.text import MAX_TEXT_CHARACTERS
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import figure
from claimmark.core.words import said


class OnDuplicate(StrEnum):
    """An imported article already present (same id or same text): skip it, or merge spans."""

    SKIP = "skip"
    MERGE = "merge"


class UnknownLabels(StrEnum):
    """Spans whose label the project lacks: add the label, or refuse the spans."""

    ADD = "add"
    REFUSE = "refuse"


@dataclass(frozen=True, slots=True)
class Stored:
    """An article the project holds already, as an import matches it: by id or by text,
    with its status (a merge moves it on, never back)."""

    id: str
    text_hash: str
    status: Status = Status.TODO


@dataclass
class ImportPlan:
    """What an import will store, and what it leaves out and why.

    Attributes:
        articles: the new articles, in the order read.
        spans: the spans to store, each on its article (a new one, or one merged into).
        labels: the labels to add to the project.
        added: ids of the new articles.
        merged: ids of stored articles that get spans or a status.
        statuses: ``(id, status)`` of stored articles a merge moves on (a record
            that says "done" of an article the project has "to do").
        skipped: ``(id, reason)`` of articles already present and left alone.
        problems: spans that cannot be stored, and why.
        suggestions: pending suggestions to store as a detector run of their article
            (a pre-annotated file), by article.
    """

    articles: list[Article] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    statuses: list[tuple[str, Status]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    suggestions: dict[str, list[StoredSuggestion]] = field(default_factory=dict)


_STAGE = {status: stage for stage, status in enumerate(STATUSES)}


def plan_import(
    records: Iterable[Record],
    stored: Sequence[Stored],
    stored_spans: Mapping[str, Sequence[Span]],
    labels: Sequence[Label],
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    unknown_labels: UnknownLabels = UnknownLabels.ADD,
) -> ImportPlan:
    """Decide what importing ``records`` does.

    An article is already present when the project (or an earlier record of this
    import) holds one with its id, or else with its text. It is skipped, or with
    ``MERGE`` gets the spans it lacks and the record's status if that is further on
    (not if its text differs under the same id).
    A span (or suggestion) of a label the project lacks adds the label (``ADD``: a free
    key and a light colour) or is refused. A record's pending suggestions are planned
    as a detector run of its article (under the stored article's id, where it merges).
    A span that overlaps a span of its label by the same annotator is refused.

    Args:
        records: what the readers found.
        stored: the articles the project holds that match a record by id or text.
        stored_spans: the spans of the stored articles that may be merged into.
        labels: the project's labels.
        on_duplicate: what to do with an article already present.
        unknown_labels: what to do with a label the project lacks.
    """
    plan = ImportPlan()
    by_id = {s.id: s for s in stored}
    by_hash = {s.text_hash: s for s in stored}
    policy = _LabelPolicy(list(labels), {label.name for label in labels}, unknown_labels)
    indexes: dict[str, SpanIndex] = {}
    # A span is already there when one with its id is (a database merged again), or
    # one by the same annotator with its bounds and label: two annotators' identical
    # spans are both kept, they are what agreement compares.
    have: dict[str, set[tuple[int, int, str, str]]] = {}
    ids: set[str] = set()
    for record in records:
        article = record.article
        if len(article.text) > MAX_TEXT_CHARACTERS:  # every path in: a merge read no file
            plan.problems.append(
                ImportProblem.of(
                    article.source_path or article.id,
                    record.line,
                    QT_TRANSLATE_NOOP(
                        "edits",
                        "article {article} has {count} characters, more than the "
                        "{most} an article may have (split it); not imported",
                    ),
                    article=article.id,
                    count=figure(len(article.text)),
                    most=figure(MAX_TEXT_CHARACTERS),
                )
            )
            continue
        present = by_id.get(article.id) or by_hash.get(article.text_hash)
        if present is not None and on_duplicate != OnDuplicate.MERGE:
            reason = (
                f"an article with id {present.id} exists"
                if present.id == article.id
                else f"same text as article {present.id}"
            )
            plan.skipped.append((article.id, reason))
            continue
        if present is not None and present.text_hash != article.text_hash:
            plan.skipped.append((article.id, f"article {present.id} has another text; not merged"))
            continue
        new = present is None
        if present is None:
            present = Stored(article.id, article.text_hash)
            by_id[article.id] = by_hash[article.text_hash] = present
            plan.articles.append(article)
            plan.added.append(article.id)
        target = present.id
        if target not in indexes:
            existing = stored_spans.get(target, ())
            indexes[target] = SpanIndex(existing)
            have[target] = {(s.start, s.end, s.label, s.annotator) for s in existing}
            ids.update(s.id for s in existing)
        before = len(plan.spans)
        where = article.source_path or article.id

        for span in record.spans:
            if span.id in ids or (span.start, span.end, span.label, span.annotator) in have[target]:
                continue
            if not policy.admit(span.label, plan):
                plan.problems.append(_refused(where, _span_words(span.label, span.text), record))
                continue
            placed = span if span.article_id == target else replace(span, article_id=target)
            try:
                indexes[target].check(placed)
            except SpanConflictError as conflict:
                problem = said(
                    QT_TRANSLATE_NOOP("edits", "{span} in {article}: {conflict}"),
                    span=_span_words(span.label, span.text),
                    article=article.id,
                    conflict=conflict,
                )
                plan.problems.append(ImportProblem.told(where, problem, record.line))
                continue
            indexes[target].add(placed)
            have[target].add((span.start, span.end, span.label, span.annotator))
            ids.add(span.id)
            plan.spans.append(placed)
        suggestions = []
        for suggestion in record.suggestions:
            if not policy.admit(suggestion.label, plan):
                what = said(
                    QT_TRANSLATE_NOOP("edits", "{label} suggestion {text}"),
                    label=suggestion.label,
                    text=repr(suggestion.text),
                )
                plan.problems.append(_refused(where, what, record))
                continue
            on_target = suggestion.article_id == target
            suggestions.append(suggestion if on_target else on_article(suggestion, target))
        if suggestions:
            plan.suggestions.setdefault(target, []).extend(suggestions)
        moved_on = not new and _STAGE[article.status] > _STAGE[present.status]
        if moved_on:
            plan.statuses.append((target, article.status))
            by_id[target] = by_hash[present.text_hash] = replace(present, status=article.status)
        changed = len(plan.spans) > before or moved_on or suggestions
        if not new and changed and target not in plan.merged:
            plan.merged.append(target)
    return plan


@dataclass
class _LabelPolicy:
    """The project's labels as an import adds to them: a label it lacks is added
    (``ADD``: a free key and a light colour) or refused."""

    known: list[Label]
    names: set[str]
    unknown: UnknownLabels

    def admit(self, name: str, plan: ImportPlan) -> bool:
        """Return whether the project has the label or the plan adds it now."""
        if name in self.names:
            return True
        label = (
            imported_label(name, self.known, len(plan.labels))
            if self.unknown == UnknownLabels.ADD
            else None
        )
        if label is None:
            return False
        plan.labels.append(label)
        self.known.append(label)
        self.names.add(label.name)
        return True


def _span_words(label: str, text: str) -> Said:
    return said(QT_TRANSLATE_NOOP("edits", "{label} span {text}"), label=label, text=repr(text))


def _refused(where: str, what: Said, record: Record) -> ImportProblem:
    return ImportProblem.of(
        where,
        record.line,
        QT_TRANSLATE_NOOP("edits", "{what} in {article}: label not in the project; not imported"),
        what=what,
        article=record.article.id,
    )


@dataclass
class Corrections:
    """What a file merged again changes in the spans the team has from it.

    Attributes:
        updated: the file's version of spans the team holds under the same id with
            other bounds, label or attributes (the annotator corrected them).
        removed: ids of spans the team holds from the file's annotators on its
            articles that the file no longer has (the annotator deleted them).
    """

    updated: list[Span] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def plan_corrections(
    theirs: Mapping[str, Sequence[Span]],
    ours: Mapping[str, Sequence[Span]],
    annotators: Collection[str],
) -> Corrections:
    """Decide how spans merged from a file before follow what the file says now.

    Args:
        theirs: the file's spans, by article (the articles merged from it).
        ours: the team's spans of the same articles.
        annotators: whose spans the file holds the truth of (a share's owner; a team
            database's annotators); others' spans in the team are not touched.
    """
    plan = Corrections()
    for article_id, their_spans in theirs.items():
        by_id = {span.id: span for span in their_spans}
        for span in ours.get(article_id, ()):
            if span.annotator not in annotators:
                continue
            now = by_id.get(span.id)
            if now is None:
                plan.removed.append(span.id)
            elif now != span:
                plan.updated.append(now)
    return plan
