"""Annotating one article: marking, editing, reviewing suggestions, the article's status.

Each use case takes the article as the user sees it (an :class:`ArticleState`),
checks the rules of the core, and returns the :class:`~claimmark.project.edits.Edit`
that makes the change, or raises a :class:`RuleError` whose message tells the
user why not. Nothing is written here: the caller applies the edit (the window
through its undo stack), and the store checks the rules again on the write.
"""

from __future__ import annotations

from bisect import insort
from collections import Counter
from collections.abc import Collection
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from operator import attrgetter
from operator import indexOf
from typing import TypeVar

from claimmark.core.articles import Article
from claimmark.core.articles import Metadata
from claimmark.core.articles import Status
from claimmark.core.errors import RuleError
from claimmark.core.errors import SpanConflictError
from claimmark.core.labels import Label
from claimmark.core.labels import label_problems
from claimmark.core.review import AcceptPlan
from claimmark.core.review import plan_accept_all
from claimmark.core.review import span_from_suggestion
from claimmark.core.spans import Edge
from claimmark.core.spans import Span
from claimmark.core.spans import check_no_overlap
from claimmark.core.spans import make_span
from claimmark.core.spans import move_edge
from claimmark.core.spans import nearest_in_layer
from claimmark.core.spans import snap_to_words
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import joined
from claimmark.core.words import quoted
from claimmark.core.words import said
from claimmark.project.article_edits import DeleteLabel
from claimmark.project.article_edits import SaveLabel
from claimmark.project.article_edits import SetLanguage
from claimmark.project.article_edits import SetMetadata
from claimmark.project.article_edits import SetNote
from claimmark.project.article_edits import SetStatus
from claimmark.project.edits import AcceptSuggestions
from claimmark.project.edits import DeleteSpan
from claimmark.project.edits import Edit
from claimmark.project.edits import EditItem
from claimmark.project.edits import Learn
from claimmark.project.edits import MarkSpan
from claimmark.project.edits import RejectSuggestion
from claimmark.project.edits import SettleSuggestion
from claimmark.project.edits import Together

Item = Span | StoredSuggestion
_I = TypeVar("_I", Span, StoredSuggestion)


@dataclass(frozen=True, slots=True)
class ArticleState:
    """An article as the user sees it: its text, status, spans and pending suggestions.

    Attributes:
        article: the article.
        status: its status now (the article's own field may be older).
        spans: its spans, ordered by start.
        suggestions: its pending suggestions, ordered by start.
    """

    article: Article
    status: Status
    spans: tuple[Span, ...]
    suggestions: tuple[StoredSuggestion, ...]
    # Not an argument, so replace() never carries counts over to other spans: counted
    # when first asked, or passed on by with_change, which knows what an edit changed.
    _label_counts: Counter[str] | None = field(init=False, default=None, compare=False, repr=False)

    @property
    def label_counts(self) -> Mapping[str, int]:
        """Return how many spans of each label it has."""
        if self._label_counts is None:
            object.__setattr__(self, "_label_counts", Counter(map(_label_of, self.spans)))
        return self._label_counts or Counter()

    def item(self, item_id: str) -> Item | None:
        """Return the span or pending suggestion with ``item_id``, if there is one."""
        # Asked on every key: the ids are compared in C (a Python loop over 20,000
        # spans and their suggestions was a millisecond), the shorter list first (a
        # span's id and a suggestion's are never the same: 32 and 24 digits).
        kinds: tuple[Sequence[Item], Sequence[Item]] = (self.spans, self.suggestions)
        for items in sorted(kinds, key=len):
            try:
                return items[indexOf(map(_id_of, items), item_id)]
            except ValueError:
                continue
        return None


def _no_overlap(state: ArticleState, span: Span, refused: str) -> None:
    try:
        check_no_overlap(state.spans, span, by_start=True)
    except SpanConflictError as error:
        raise SpanConflictError(
            said(QT_TRANSLATE_NOOP("edits", "{refused}: {why}"), refused=said(refused),
                 why=_words_of(error))
        ) from error  # fmt: skip


def _words_of(error: Exception) -> Said:
    """Return an error's message as words the window translates (as given, if it has none)."""
    given = error.said if isinstance(error, RuleError) else None
    return given if given is not None else said("{text}", text=str(error))


def mark(state: ArticleState, start: int, end: int, label: str, annotator: str) -> MarkSpan:
    """Mark a selection with ``label``: trimmed, snapped to whole words.

    Raises:
        RuleError: the selection holds no word, or it would overlap a span of ``label``.
    """
    text = state.article.text
    snapped = snap_to_words(text, start, end)
    if snapped is None:
        raise RuleError(said(QT_TRANSLATE_NOOP("edits", "The selection holds no word to mark.")))
    span = make_span(state.article.id, text, *snapped, label, annotator)
    _no_overlap(state, span, QT_TRANSLATE_NOOP("edits", "Not marked"))
    return MarkSpan(span, _covered(state, span))


def _covered(state: ArticleState, span: Span) -> list[StoredSuggestion]:
    """Return the pending suggestions of ``span``'s label that it overlaps: the user's
    span settles them (they were proposing these words)."""
    return [
        s for s in state.suggestions if s.label == span.label and s.overlaps(span.start, span.end)
    ]


def delete_span(span: Span) -> DeleteSpan:
    """Delete a span."""
    return DeleteSpan(span)


def edit_item(state: ArticleState, old: Item, new: Item) -> Edit:
    """Give a span or suggestion a new label, attributes or bounds (its id stays).

    Raises:
        RuleError: a span would overlap another span of its label.
    """
    if isinstance(new, Span):
        _no_overlap(state, new, "Not changed")
    return EditItem(old, new)


def relabel(state: ArticleState, item: Item, label: str) -> Edit:
    """Give a span or a suggestion another label.

    Raises:
        RuleError: the span would overlap a span of the new label.
    """
    return edit_item(state, item, replace(item, label=label))


def move_bound(state: ArticleState, item: Item, edge: Edge, step: int) -> Edit:
    """Move a span's or suggestion's start or end (``edge``) one word left (-1) or right (1).

    Raises:
        RuleError: the edge cannot move that way, or the span would overlap another.
    """
    moved = move_edge(state.article.text, item.start, item.end, edge, step)
    if moved is None:
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP("edits", "The start of {text} cannot move further that way.")
                if edge == Edge.START
                else QT_TRANSLATE_NOOP("edits", "The end of {text} cannot move further that way."),
                text=quoted(item.text, None),
            )
        )
    return set_bounds(state, item, *moved)


def set_bounds(state: ArticleState, item: Item, start: int, end: int) -> Edit:
    """Give a span or suggestion new bounds, keeping its id and attributes.

    Raises:
        RuleError: the span would overlap another span of its label.
    """
    text = state.article.text
    return edit_item(state, item, replace(item, start=start, end=end, text=text[start:end]))


def accept(
    state: ArticleState, suggestion: StoredSuggestion, annotator: str
) -> AcceptSuggestions | SettleSuggestion:
    """Accept a suggestion: it becomes a span with its label and attributes; one that a
    span of its label already covers (the annotator's own) is settled as that span.

    Raises:
        RuleError: it overlaps a span of its label that does not cover it (reject it or
            change its label).
    """
    span = span_from_suggestion(suggestion, state.article.text, annotator)
    # Only the spans of its layer that may overlap it are read (20,000 read one by one
    # were a millisecond and a half of the key).
    covering = next(
        (
            s for s in nearest_in_layer(state.spans, span)
            if s.start <= suggestion.start and suggestion.end <= s.end
        ),
        None,
    )  # fmt: skip
    if covering is not None:
        return SettleSuggestion(suggestion, covering)
    try:
        check_no_overlap(state.spans, span, by_start=True)
    except SpanConflictError as error:
        raise SpanConflictError(
            said(
                QT_TRANSLATE_NOOP(
                    "edits", "Not accepted: {why} Reject it (X) or change its label."
                ),
                why=_words_of(error),
            )
        ) from error
    return AcceptSuggestions([(suggestion, span)])


def reject_all(state: ArticleState) -> Edit:
    """Reject every pending suggestion of the article, as one edit.

    Raises:
        RuleError: there is none.
    """
    if not state.suggestions:
        raise RuleError(said(QT_TRANSLATE_NOOP("edits", "No suggestion to reject.")))
    rejected = [RejectSuggestion(s) for s in state.suggestions]
    if len(rejected) == 1:
        return rejected[0]
    return Together(
        said(QT_TRANSLATE_NOOP("edits", "reject {n} suggestions"), number=len(rejected)), rejected
    )


def reject(suggestion: StoredSuggestion) -> RejectSuggestion:
    """Reject a suggestion: it stays rejected and is never proposed again."""
    return RejectSuggestion(suggestion)


def accept_all(state: ArticleState, annotator: str) -> tuple[AcceptSuggestions, AcceptPlan]:
    """Accept every pending suggestion that overlaps no span of its label, as one edit.

    Raises:
        RuleError: there is nothing to accept (the message says why).
    """
    plan = plan_accept_all(state.spans, state.suggestions, state.article.text, annotator)
    if not plan.accepted:
        raise RuleError(
            said(QT_TRANSLATE_NOOP("edits", "No suggestion to accept."))
            if not plan.left
            else said(
                QT_TRANSLATE_NOOP("edits", "All {n} suggestions overlap spans of their label."),
                number=plan.left,
            )
        )
    return AcceptSuggestions(plan.accepted), plan


def set_note(state: ArticleState, note: str) -> SetNote | None:
    """Set the note on the article (trimmed); ``None`` if it is the note it has."""
    note = note.strip()
    return (
        None if note == state.article.note else SetNote(state.article.id, state.article.note, note)
    )


def set_metadata(state: ArticleState, metadata: Metadata) -> SetMetadata | None:
    """Set the article's day, outlet and URL; ``None`` if they are what it has.

    Raises:
        ValueError: the day is no ISO 8601 day (the message says so).
    """
    new, old = metadata.checked(), state.article.metadata
    return None if new == old else SetMetadata(state.article.id, old, new)


def set_language(state: ArticleState, language: str) -> SetLanguage | None:
    """Set the article's language; ``None`` if it is the language it has."""
    old = state.article.language
    return None if language == old else SetLanguage(state.article.id, old, language)


def toggle_done(state: ArticleState) -> SetStatus:
    """Mark the article done; if it is done already, back in progress."""
    new = Status.IN_PROGRESS if state.status == Status.DONE else Status.DONE
    return SetStatus(state.article.id, state.status, new)


def as_first_edit(state: ArticleState, edit: Edit) -> Edit:
    """Return ``edit``, with the article set in progress if it is still to do.

    Both are one step, so undoing the first edit makes the article "to do" again.
    """
    if state.status != Status.TODO:
        return edit
    started = SetStatus(state.article.id, Status.TODO, Status.IN_PROGRESS)
    return Together(edit.said, [started, edit])


def save_label(labels: Sequence[Label], old_name: str, label: Label) -> SaveLabel:
    """Add a label (``old_name`` empty) or change one (renaming carries its spans).

    Raises:
        RuleError: the label is not valid among the others.
    """
    old = next((lb for lb in labels if lb.name == old_name), None)
    others = [lb for lb in labels if old is None or lb.name != old.name]
    problems = label_problems(label, others)
    if problems:
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP("edits", "Label not saved: {problems}."),
                problems=joined(problems),
            )
        )
    return SaveLabel(old, label)


def delete_label(name: str) -> DeleteLabel:
    """Delete a label with its spans and suggestions (undoable)."""
    return DeleteLabel(name)


# What an edit does to the open article ------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit does to one article as the user sees it.

    Attributes:
        removed: spans and pending suggestions it takes away (an edited item: as it was).
        added: those it brings (an edited item: as it is now).
        status: the article's new status, if the edit sets one.
        note: the article's new note, if the edit sets one ("" removes it).
        language: the article's new language, if the edit sets one.
        metadata: the article's new day, outlet and URL, if the edit sets them.
    """

    removed: tuple[Item, ...] = ()
    added: tuple[Item, ...] = ()
    status: Status | None = None
    note: str | None = None
    language: str | None = None
    metadata: Metadata | None = None


def change_of(state: ArticleState, edit: Edit, reverted: bool = False) -> Change | None:
    """Return what applying (or reverting) ``edit`` does to the article of ``state``.

    After each edit the window takes this instead of reading the article's spans
    and suggestions again and comparing them (20,000 spans took 0.3 s): the edit
    carries every span and suggestion it writes, so the change is exactly what
    the store then holds (``tests/project/test_following.py``).

    Returns:
        The change, or ``None`` if the edit is not of this article or changes what
        cannot be followed here (labels): then the store is read.
    """
    if isinstance(edit, Together):
        steps = [change_of(state, e, reverted) for e in edit.edits]
        if reverted:
            steps.reverse()
        if any(step is None for step in steps):
            return None
        done = [step for step in steps if step is not None]
        removed = tuple(i for step in done for i in step.removed)
        added = tuple(i for step in done for i in step.added)
        if len({i.id for i in (*removed, *added)}) < len(removed) + len(added):
            return None  # steps on the same item: not a plain sum
        status = next((step.status for step in reversed(done) if step.status), None)
        return Change(removed, added, status)
    if edit.changed.labels or edit.changed.article_id != state.article.id:
        return None
    if isinstance(edit, SetStatus):
        return Change(status=edit.old if reverted else edit.new)
    if isinstance(edit, SetNote):
        return Change(note=edit.old if reverted else edit.new)
    if isinstance(edit, SetLanguage):
        return Change(language=edit.old if reverted else edit.new)
    if isinstance(edit, SetMetadata):
        return Change(metadata=edit.old if reverted else edit.new)
    if isinstance(edit, MarkSpan):  # DeleteSpan too: the same change, the other way round
        if isinstance(edit, DeleteSpan) == reverted:
            return Change(edit.covered, (edit.span,))
        return Change((edit.span,), edit.covered)
    if isinstance(edit, SettleSuggestion):
        return Change(added=(edit.suggestion,)) if reverted else Change((edit.suggestion,))
    if isinstance(edit, EditItem):
        old, new = (edit.new, edit.old) if reverted else (edit.old, edit.new)
        return Change((old,), (new,))
    if isinstance(edit, AcceptSuggestions):
        suggestions = tuple(s for s, _ in edit.accepted)
        spans = tuple(span for _, span in edit.accepted)
        return Change(spans, suggestions) if reverted else Change(suggestions, spans)
    if isinstance(edit, RejectSuggestion):
        taken = (edit.suggestion,)
        return Change(added=taken) if reverted else Change(removed=taken)
    if isinstance(edit, Learn):
        here = tuple(s for s in edit.stored if s.article_id == state.article.id)
        return Change(removed=here) if reverted else Change(added=here)
    return None


def with_change(state: ArticleState, change: Change) -> ArticleState:
    """Return ``state`` with ``change`` made (items in the store's order)."""
    spans, suggestions = state.spans, state.suggestions
    # Each kind by its own ids: a mark that settles suggestions leaves the spans' order
    # alone, not read through for the suggestions' ids.
    if any(isinstance(i, Span) for i in (*change.removed, *change.added)):
        spans = _changed(
            spans,
            {i.id for i in change.removed if isinstance(i, Span)},
            [i for i in change.added if isinstance(i, Span)],
        )
    if any(isinstance(i, StoredSuggestion) for i in (*change.removed, *change.added)):
        suggestions = _changed(
            suggestions,
            {i.id for i in change.removed if isinstance(i, StoredSuggestion)},
            [i for i in change.added if isinstance(i, StoredSuggestion)],
        )
    counts = _counts_after(state, change, spans)
    status = state.status if change.status is None else change.status
    article = state.article if change.status is None else replace(state.article, status=status)
    if change.note is not None:
        article = replace(article, note=change.note)
    if change.language is not None:
        article = replace(article, language=change.language)
    if change.metadata is not None:
        m = change.metadata
        article = replace(article, published=m.published, outlet=m.outlet, url=m.url)
    new = replace(state, article=article, status=status, spans=spans, suggestions=suggestions)
    if counts is not None:
        object.__setattr__(new, "_label_counts", counts)
    return new


_label_of = attrgetter("label")
_id_of = attrgetter("id")


def _counts_after(
    state: ArticleState, change: Change, spans: tuple[Span, ...]
) -> Counter[str] | None:
    """Return the label counts of ``spans``, ``state``'s after ``change``, from the
    change alone (counting 20,000 spans took a millisecond of every key); ``None`` where
    they were never counted, or the change did not say all that left."""
    before = state._label_counts
    if before is None:
        return None
    if spans is state.spans:
        return before
    counts = before.copy()
    counts.subtract(i.label for i in change.removed if isinstance(i, Span))
    counts.update(i.label for i in change.added if isinstance(i, Span))
    # A span the change named that was not there would leave fewer than the spans.
    return +counts if counts.total() == len(spans) else None


def _order(item: Item) -> tuple[int, int, str]:
    # The store's order: by start, then end, then label.
    return (item.start, item.end, item.label)


def _changed(
    items: tuple[_I, ...], removed: Collection[str], added: Sequence[_I]
) -> tuple[_I, ...]:
    """Return ``items`` without those of the ``removed`` ids and with ``added``, in order."""
    kept: list[_I] = list(items)
    if len(removed) > 16:
        kept = [i for i in kept if i.id not in removed]
    else:  # a few (undo of a mark): each found by comparing ids in C, not in a Python loop
        for item_id in removed:
            try:
                del kept[indexOf(map(_id_of, kept), item_id)]
            except ValueError:
                continue
    if len(added) > 16:  # many at once (Accept all): one sort
        kept.extend(added)
        return tuple(sorted(kept, key=_order))
    for item in added:
        insort(kept, item, key=_order)
    return tuple(kept)
