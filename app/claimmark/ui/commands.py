"""One QUndoCommand per user action; redo and undo write through the repository.

Commands carry the ids they act on, made before the first ``redo``: redo is an
upsert by id and undo a delete (or the reverse), so both can run any number of
times. A write that fails marks the command obsolete, so the undo stack drops it,
and the user is told why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from claimmark.core.labels import Label
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.store import (
    DeletedLabel,
    NotFoundError,
    Repository,
    SpanConflictError,
    StoreError,
)
from claimmark.ui import messages
from claimmark.ui.store_events import StoreEvents

_EXPECTED_FAILURES = (StoreError, SpanConflictError, NotFoundError, ValueError)
STATUS_WORDS = {"todo": "to do", "in_progress": "in progress", "done": "done"}


def _quote(text: str, limit: int = 40) -> str:
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


def _changes(old: Span | StoredSuggestion, new: Span | StoredSuggestion) -> str:
    """Name what an edit changes, for the Edit menu: "value, source", "boundaries"."""
    changed = [
        name
        for name in ("label", "value", "qualifier", "source", "note")
        if getattr(old, name, None) != getattr(new, name, None)
    ]
    if (old.start, old.end) != (new.start, new.end):
        changed.append("boundaries")
    return ", ".join(changed)


class _StoreCommand(QUndoCommand):
    """Shared plumbing of every command: run a write, then announce it.

    A write that fails for an expected reason (locked database, a rule of the
    store) marks the command obsolete, so the undo stack drops it, and tells
    the user why.
    """

    def __init__(self, repo: Repository, events: StoreEvents, text: str) -> None:
        super().__init__(text)
        self._repo = repo
        self._events = events

    def _announce(self) -> None:
        raise NotImplementedError

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except _EXPECTED_FAILURES as failure:
            self.setObsolete(True)
            messages.error(f"Could not {self.text()}: {failure}")
            return False
        self._announce()
        return True


class _SpanCommand(_StoreCommand):
    """A command on the spans or suggestions of one article."""

    def __init__(self, repo: Repository, events: StoreEvents, article_id: str, text: str) -> None:
        super().__init__(repo, events, text)
        self._article_id = article_id

    def _announce(self) -> None:
        self._events.spans_changed.emit(self._article_id)


class MarkSpan(_SpanCommand):
    """The user marked a selection with a label."""

    def __init__(self, repo: Repository, events: StoreEvents, span: Span) -> None:
        super().__init__(repo, events, span.article_id, f"mark {span.label} {_quote(span.text)}")
        self.span = span

    def redo(self) -> None:
        """Override QUndoCommand::redo: save the span."""
        self._write(lambda: self._repo.save_span(self.span))

    def undo(self) -> None:
        """Override QUndoCommand::undo: delete the span."""
        self._write(lambda: self._repo.delete_span(self.span.id))


class DeleteSpan(_SpanCommand):
    """The user deleted a span."""

    def __init__(self, repo: Repository, events: StoreEvents, span: Span) -> None:
        super().__init__(repo, events, span.article_id, f"delete {span.label} {_quote(span.text)}")
        self.span = span

    def redo(self) -> None:
        """Override QUndoCommand::redo: delete the span."""
        self._write(lambda: self._repo.delete_span(self.span.id))

    def undo(self) -> None:
        """Override QUndoCommand::undo: save the span as it was, attributes and all."""
        self._write(lambda: self._repo.save_span(self.span))


class RelabelSpan(_SpanCommand):
    """The user gave a span another label."""

    def __init__(self, repo: Repository, events: StoreEvents, span: Span, label: str) -> None:
        super().__init__(
            repo,
            events,
            span.article_id,
            f"change {_quote(span.text)} from {span.label} to {label}",
        )
        self.span = span
        self.label = label

    def redo(self) -> None:
        """Override QUndoCommand::redo: give the span the new label."""
        self._write(lambda: self._repo.relabel_span(self.span.id, self.label))

    def undo(self) -> None:
        """Override QUndoCommand::undo: give the span its old label back."""
        self._write(lambda: self._repo.relabel_span(self.span.id, self.span.label))


class _Edit(_SpanCommand):
    """The user changed a span's or suggestion's label, attributes or bounds."""

    noun = ""

    def __init__(
        self,
        repo: Repository,
        events: StoreEvents,
        old: Span | StoredSuggestion,
        new: Span | StoredSuggestion,
    ) -> None:
        super().__init__(
            repo,
            events,
            old.article_id,
            f"edit {_changes(old, new)} of {self.noun}{_quote(old.text)}",
        )
        self.old = old
        self.new = new

    def _save(self, item: Span | StoredSuggestion) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        """Override QUndoCommand::redo: save the edited item."""
        self._write(lambda: self._save(self.new))

    def undo(self) -> None:
        """Override QUndoCommand::undo: save it as it was."""
        self._write(lambda: self._save(self.old))


class EditSpan(_Edit):
    """The user changed a span's label, attributes or bounds."""

    def _save(self, item: Span | StoredSuggestion) -> None:
        assert isinstance(item, Span)
        self._repo.save_span(item)


class AcceptSuggestions(_SpanCommand):
    """The user accepted one suggestion, or all of an article's: each becomes a span."""

    def __init__(
        self,
        repo: Repository,
        events: StoreEvents,
        accepted: list[tuple[StoredSuggestion, Span]],
    ) -> None:
        first = accepted[0][0]
        text = (
            f"accept {first.label} {_quote(first.text)}"
            if len(accepted) == 1
            else f"accept {len(accepted)} suggestions"
        )
        super().__init__(repo, events, first.article_id, text)
        self.accepted = accepted

    def redo(self) -> None:
        """Override QUndoCommand::redo: save the spans, mark the suggestions accepted."""
        self._write(lambda: self._repo.accept_suggestions(self.accepted))

    def undo(self) -> None:
        """Override QUndoCommand::undo: delete the spans, make the suggestions pending."""
        self._write(lambda: self._repo.unaccept_suggestions([s for s, _ in self.accepted]))


class RejectSuggestion(_SpanCommand):
    """The user rejected a suggestion: it is kept as rejected and not proposed again."""

    def __init__(self, repo: Repository, events: StoreEvents, suggestion: StoredSuggestion) -> None:
        super().__init__(
            repo,
            events,
            suggestion.article_id,
            f"reject {suggestion.label} {_quote(suggestion.text)}",
        )
        self.suggestion = suggestion

    def redo(self) -> None:
        """Override QUndoCommand::redo: mark the suggestion rejected."""
        self._write(lambda: self._repo.save_suggestion(replace(self.suggestion, state="rejected")))

    def undo(self) -> None:
        """Override QUndoCommand::undo: make it pending again."""
        self._write(lambda: self._repo.save_suggestion(self.suggestion))


class EditSuggestion(_Edit):
    """The user changed a pending suggestion's label, attributes or bounds before accepting."""

    noun = "suggestion "

    def _save(self, item: Span | StoredSuggestion) -> None:
        assert isinstance(item, StoredSuggestion)
        self._repo.save_suggestion(item)


class SetStatus(_StoreCommand):
    """The user (or the first edit of an article) changed an article's status."""

    def __init__(
        self, repo: Repository, events: StoreEvents, article_id: str, old: str, new: str
    ) -> None:
        super().__init__(repo, events, f"mark article {STATUS_WORDS.get(new, new)}")
        self.article_id = article_id
        self.old = old
        self.new = new

    def _announce(self) -> None:
        self._events.articles_changed.emit()

    def redo(self) -> None:
        """Override QUndoCommand::redo: set the new status."""
        self._write(lambda: self._repo.set_status(self.article_id, self.new))

    def undo(self) -> None:
        """Override QUndoCommand::undo: set the old status."""
        self._write(lambda: self._repo.set_status(self.article_id, self.old))


class _LabelCommand(_StoreCommand):
    def _announce(self) -> None:
        self._events.labels_changed.emit()


class SaveLabel(_LabelCommand):
    """The user added a label, or changed one (renaming carries its spans along)."""

    def __init__(
        self, repo: Repository, events: StoreEvents, old: Label | None, new: Label
    ) -> None:
        text = f"add label {new.name}" if old is None else f"change label {old.name}"
        super().__init__(repo, events, text)
        self.old = old
        self.new = new

    def redo(self) -> None:
        """Override QUndoCommand::redo: save the new label."""
        old_name = self.old.name if self.old else None
        self._write(lambda: self._repo.save_label(self.new, old_name))

    def undo(self) -> None:
        """Override QUndoCommand::undo: remove the added label, or change it back."""
        if self.old is None:
            self._write(lambda: self._repo.delete_label(self.new.name))
        else:
            old = self.old
            self._write(lambda: self._repo.save_label(old, self.new.name))


class DeleteLabel(_LabelCommand):
    """The user deleted a label, with its spans and suggestions; undo brings all back."""

    def __init__(self, repo: Repository, events: StoreEvents, name: str) -> None:
        super().__init__(repo, events, f"delete label {name}")
        self.name = name
        self.deleted: DeletedLabel | None = None

    def _delete(self) -> None:
        self.deleted = self._repo.delete_label(self.name)

    def redo(self) -> None:
        """Override QUndoCommand::redo: delete the label, keeping what it took along."""
        self._write(self._delete)

    def undo(self) -> None:
        """Override QUndoCommand::undo: restore the label, its spans and suggestions."""
        deleted = self.deleted
        if deleted is not None:
            self._write(lambda: self._repo.restore_label(deleted))
