"""Edits: the user's changes to a project as reversible writes, so the window can undo them.

An edit knows how to apply itself to a repository, how to revert itself, what to
call itself in the Edit menu and what it changed. It holds every id it touches
(made before the first apply), so apply and revert can run any number of times.
The window wraps each edit in one undo command; nothing here knows Qt.
"""

from __future__ import annotations

from abc import ABC
from abc import abstractmethod
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from claimmark.core.errors import ClaimmarkError
from claimmark.core.spans import Span
from claimmark.core.spans import Stretch
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import kept_values
from claimmark.core.words import quoted
from claimmark.core.words import said
from claimmark.core.words import shortened
from claimmark.detector.learning import words_key
from claimmark.formats.lexicon import LexiconFileError
from claimmark.formats.lexicon import add_lexicon_word
from claimmark.formats.lexicon import remove_lexicon_word
from claimmark.store import Repository

_Write = Callable[[Repository], None]


@dataclass(frozen=True, slots=True)
class Changed:
    """What an edit changed, so the views that show it re-read it.

    Attributes:
        article_id: the article it changed, if one.
        spans: that article's spans or suggestions changed.
        statuses: article statuses changed (that article's, if one is named).
        labels: the label set changed.
        language: that article's language changed: its claims are read anew.
    """

    article_id: str | None = None
    spans: bool = True
    statuses: bool = False
    labels: bool = False
    language: bool = False


def said_on(template: str, stretch: Stretch, **values: object) -> Said:
    """Return words about one span or suggestion: ``{label}`` and ``{text}`` (quoted) are
    its label and text."""
    return Said(
        template, *kept_values({"label": stretch.label, "text": quoted(stretch.text), **values})
    )


def quote(text: str, limit: int = 40) -> str:
    """Return ``text`` in quotes, shortened with an ellipsis past ``limit`` characters."""
    return f"'{shortened(text, limit)}'"


class Edit(ABC):
    """A change the user made, that can be applied and reverted.

    Attributes:
        text: what the Edit menu calls it after "Undo" ("mark TROOPS '3000 Soldaten'").
        said: the same words for the window to say in its language.
        changed: what applying or reverting it changes.
    """

    def __init__(self, text: str | Said, changed: Changed) -> None:
        # The words as the window says them (translated there), and in English.
        self.said = text if isinstance(text, Said) else Said(text)
        self.text = str(text)
        self.changed = changed

    @abstractmethod
    def apply(self, repo: Repository) -> None:
        """Make the change (one transaction)."""

    @abstractmethod
    def revert(self, repo: Repository) -> None:
        """Take the change back (one transaction)."""


class MarkSpan(Edit):
    """The user marked a selection with a label.

    Pending suggestions of the label under the new span (``covered``) are settled by
    it: recorded as accepted, as this span (the user corrected their bounds), so they
    no longer wait for review. Reverting makes them pending again.
    """

    def __init__(self, span: Span, covered: Sequence[StoredSuggestion] = ()) -> None:
        super().__init__(
            said_on(
                QT_TRANSLATE_NOOP("edits", "mark {label} {text}"),
                span,
            ),
            Changed(span.article_id),
        )
        self.span = span
        self.covered = tuple(covered)

    def apply(self, repo: Repository) -> None:
        """Save the span (settling the suggestions it covers)."""
        repo.save_span(self.span, [s.id for s in self.covered])

    def revert(self, repo: Repository) -> None:
        """Delete the span (the suggestions it settled are pending again)."""
        repo.delete_span(self.span.id, [s.id for s in self.covered])


class DeleteSpan(MarkSpan):
    """The user deleted a span: marking it, the other way round."""

    def __init__(self, span: Span) -> None:
        super().__init__(span)
        self.said = said_on(
            QT_TRANSLATE_NOOP("edits", "delete {label} {text}"),
            span,
        )
        self.text = str(self.said)

    def apply(self, repo: Repository) -> None:
        """Delete the span."""
        super().revert(repo)

    def revert(self, repo: Repository) -> None:
        """Save the span as it was, attributes and all."""
        super().apply(repo)


_ATTRIBUTE_WORDS = {
    "label": QT_TRANSLATE_NOOP("edits", "label"),
    "value": QT_TRANSLATE_NOOP("edits", "value"),
    "qualifier": QT_TRANSLATE_NOOP("edits", "qualifier"),
    "source": QT_TRANSLATE_NOOP("edits", "source"),
    "note": QT_TRANSLATE_NOOP("edits", "note"),
    "boundaries": QT_TRANSLATE_NOOP("edits", "boundaries"),
}


def _changes(old: Span | StoredSuggestion, new: Span | StoredSuggestion) -> list[str]:
    """Name what an edit changes, for the Edit menu: "value", "source", "boundaries"."""
    changed = [
        name
        for name in ("label", "value", "qualifier", "source", "note")
        if getattr(old, name, None) != getattr(new, name, None)
    ]
    if (old.start, old.end) != (new.start, new.end):
        changed.append("boundaries")
    return changed


def _listed(names: list[str]) -> Said:
    """Return attributes' names as the Edit menu lists them: "value, source"."""
    words = [said(_ATTRIBUTE_WORDS[name]) for name in names]
    listed = words[0] if words else said("")
    for word in words[1:]:
        listed = said(QT_TRANSLATE_NOOP("edits", "{first}, {next}"), first=listed, next=word)
    return listed


class EditItem(Edit):
    """The user changed a span's, or a pending suggestion's, label, attributes or bounds."""

    def __init__(self, old: Span | StoredSuggestion, new: Span | StoredSuggestion) -> None:
        self.old = old
        self.new = new
        suggestion = isinstance(old, StoredSuggestion)
        changes = _changes(old, new)
        text: Said
        if old.label != new.label and changes == ["label"] and not suggestion:
            text = said(
                QT_TRANSLATE_NOOP("edits", "change {text} from {old} to {new}"),
                text=quoted(old.text), old=old.label, new=new.label,
            )  # fmt: skip
        elif suggestion:
            text = said(
                QT_TRANSLATE_NOOP("edits", "edit {what} of suggestion {text}"),
                what=_listed(changes), text=quoted(old.text),
            )  # fmt: skip
        else:
            text = said(
                QT_TRANSLATE_NOOP("edits", "edit {what} of {text}"),
                what=_listed(changes),
                text=quoted(old.text),
            )
        super().__init__(text, Changed(old.article_id))

    def apply(self, repo: Repository) -> None:
        """Save the item as edited."""
        _save(repo, self.new)

    def revert(self, repo: Repository) -> None:
        """Save it as it was."""
        _save(repo, self.old)


def _save(repo: Repository, item: Span | StoredSuggestion) -> None:
    if isinstance(item, Span):
        repo.save_span(item)
    else:
        repo.save_suggestion(item)


class AcceptSuggestions(Edit):
    """The user accepted one suggestion, or all of an article's: each becomes a span."""

    def __init__(self, accepted: Sequence[tuple[StoredSuggestion, Span]]) -> None:
        first = accepted[0][0]
        self.accepted = tuple(accepted)
        text = (
            said_on(
                QT_TRANSLATE_NOOP("edits", "accept {label} {text}"),
                first,
            )
            if len(accepted) == 1
            else said(QT_TRANSLATE_NOOP("edits", "accept {n} suggestions"), number=len(accepted))
        )
        super().__init__(text, Changed(first.article_id))

    def apply(self, repo: Repository) -> None:
        """Save the spans and mark the suggestions accepted."""
        repo.accept_suggestions(self.accepted)

    def revert(self, repo: Repository) -> None:
        """Delete the spans and make the suggestions pending again."""
        repo.unaccept_suggestions([s for s, _ in self.accepted])


class SettleSuggestion(Edit):
    """The user accepted a suggestion a span of its label already covers: it is settled
    as that span (no second span is made), so it no longer waits for review."""

    def __init__(self, suggestion: StoredSuggestion, span: Span) -> None:
        super().__init__(
            said_on(
                QT_TRANSLATE_NOOP("edits", "accept {label} {text} (covered by {span})"),
                suggestion,
                span=quoted(span.text),
            ),
            Changed(suggestion.article_id),
        )
        self.suggestion = suggestion
        self.span = span

    def apply(self, repo: Repository) -> None:
        """Record the suggestion as accepted, as the span that covers it."""
        repo.settle_suggestions([(self.suggestion.id, self.span.id)])

    def revert(self, repo: Repository) -> None:
        """Make it pending again."""
        repo.unsettle_suggestions([self.suggestion.id])


class RejectSuggestion(Edit):
    """The user rejected a suggestion: it is kept as rejected and not proposed again."""

    def __init__(self, suggestion: StoredSuggestion) -> None:
        super().__init__(
            said_on(
                QT_TRANSLATE_NOOP("edits", "reject {label} {text}"),
                suggestion,
            ),
            Changed(suggestion.article_id),
        )
        self.suggestion = suggestion

    def apply(self, repo: Repository) -> None:
        """Mark the suggestion rejected, and count its words as rejected once more."""
        repo.reject_suggestion(self.suggestion, words_key(self.suggestion.text))

    def revert(self, repo: Repository) -> None:
        """Make it pending again, and take the count back."""
        repo.reject_suggestion(self.suggestion, words_key(self.suggestion.text), undo=True)


class ProposeAgain(Edit):
    """Words rejected too often with a label are proposed with it again."""

    def __init__(self, words: str, label: str, times: int) -> None:
        super().__init__(
            said(
                QT_TRANSLATE_NOOP("edits", "propose {label} {words} again"),
                label=label,
                words=quoted(words),
            ),
            Changed(spans=False),
        )
        self.words, self.label, self.times = words, label, times

    def apply(self, repo: Repository) -> None:
        """Forget the rejections."""
        repo.set_rejections(self.words, self.label, 0)

    def revert(self, repo: Repository) -> None:
        """Count them again."""
        repo.set_rejections(self.words, self.label, self.times)


@dataclass(frozen=True, slots=True)
class LexiconWord:
    """A word a confirmed span teaches the project's lexicon (``lexicon.txt`` in ``folder``),
    in its section (with the article's language: ``weapon_words.de``)."""

    folder: Path
    section: str
    word: str
    note: str = ""
    """Where it was learned, written beside it as a comment."""

    def add(self) -> bool:
        """Put the word in the lexicon; return whether it was added (not there before)."""
        return add_lexicon_word(self.folder, self.section, self.word, self.note)

    def remove(self) -> None:
        """Take the word out of the lexicon."""
        remove_lexicon_word(self.folder, self.section, self.word)


class Learn(Edit):
    """What a span taught: other occurrences of its words became suggestions, and a word
    the detector did not know joined the project's lexicon. Reverting takes both back."""

    def __init__(
        self,
        teaching: Span,
        learned: Sequence[StoredSuggestion],
        articles: int,
        word: LexiconWord | None = None,
    ) -> None:
        what = QT_TRANSLATE_NOOP("edits", "learn {label} {text}")
        if learned and word is not None:
            what = QT_TRANSLATE_NOOP(
                "edits", "learn {label} {text} ({found}, {word} in the lexicon)"
            )
        elif learned:
            what = QT_TRANSLATE_NOOP("edits", "learn {label} {text} ({found})")
        elif word is not None:
            what = QT_TRANSLATE_NOOP("edits", "learn {label} {text} ({word} in the lexicon)")
        # "in" is part of the count: German's dative plural differs ("in 3 Artikeln").
        in_articles = said(
            QT_TRANSLATE_NOOP("edits", "in {n} article"),
            QT_TRANSLATE_NOOP("edits", "in {n} articles"),
            articles,
        )
        found = said(
            QT_TRANSLATE_NOOP("edits", "{n} suggestion {in_articles}"),
            QT_TRANSLATE_NOOP("edits", "{n} suggestions {in_articles}"),
            len(learned),
            in_articles=in_articles,
        )
        super().__init__(
            said_on(
                what,
                teaching,
                found=found,
                word=quoted(word.word) if word is not None else "",
            ),
            Changed(teaching.article_id),
        )
        self.teaching = teaching
        self.learned = tuple(learned)
        self.articles = articles
        self.word = word
        self.stored: tuple[StoredSuggestion, ...] = ()  # what applying it last added
        self.word_added = False  # whether applying it last put the word in the lexicon
        self.word_problem = ""  # why the word could not be put in the lexicon, if so

    def apply(self, repo: Repository) -> None:
        """Store the learned suggestions (those there already or blocked are left out), and
        put the word in the lexicon (a lexicon file that cannot be written is said in
        ``word_problem``; the suggestions are learned all the same)."""
        self.stored = tuple(repo.add_suggestions(self.learned)) if self.learned else ()
        if self.word is not None:
            try:
                self.word_added = self.word.add()
                self.word_problem = ""
            except LexiconFileError as problem:
                self.word_added, self.word_problem = False, str(problem)

    def revert(self, repo: Repository) -> None:
        """Take back the suggestions it added, those still pending, and the word it added."""
        repo.delete_pending_suggestions(s.id for s in self.stored)
        if self.word is not None and self.word_added:
            self.word.remove()
            self.word_added = False


class RejectDisagreement(Edit):
    """The adjudicator settled the annotators' disagreement on a stretch with no span."""

    def __init__(self, article_id: str, start: int, end: int) -> None:
        super().__init__(
            said(
                QT_TRANSLATE_NOOP("edits", "reject every version at {start}-{end}"),
                start=start,
                end=end,
            ),
            Changed(article_id),
        )
        self.article_id, self.start, self.end = article_id, start, end

    def apply(self, repo: Repository) -> None:
        """Record the stretch as settled."""
        repo.set_rejected_disagreement(self.article_id, self.start, self.end, on=True)

    def revert(self, repo: Repository) -> None:
        """Forget it: the disagreement is open again."""
        repo.set_rejected_disagreement(self.article_id, self.start, self.end, on=False)


class Together(Edit):
    """Several edits the user sees as one step (the first edit of an article and its status).

    Applied in order and reverted in reverse; if one fails, those already applied
    are reverted, so the step happens whole or not at all.
    """

    def __init__(self, text: str | Said, edits: Sequence[Edit]) -> None:
        self.edits = tuple(edits)
        super().__init__(
            text,
            Changed(
                article_id=next(
                    (e.changed.article_id for e in edits if e.changed.article_id), None
                ),
                spans=any(e.changed.spans and e.changed.article_id for e in edits),
                statuses=any(e.changed.statuses for e in edits),
                labels=any(e.changed.labels for e in edits),
            ),
        )

    def apply(self, repo: Repository) -> None:
        """Apply every edit, or none."""
        self._run(repo, [(e.apply, e.revert) for e in self.edits])

    def revert(self, repo: Repository) -> None:
        """Revert every edit, last first, or none."""
        self._run(repo, [(e.revert, e.apply) for e in reversed(self.edits)])

    @staticmethod
    def _run(repo: Repository, steps: list[tuple[_Write, _Write]]) -> None:
        # One transaction: the step is saved whole or not at all, even if the process
        # dies between its parts, with one commit (one wait for the disk) however many
        # parts it has. What is not in the database (a word a lesson added to the
        # lexicon file) is put back by the parts' own undo if a later part fails.
        done: list[_Write] = []
        with repo.transaction():
            try:
                for step, undo in steps:
                    step(repo)
                    done.append(undo)
            except ClaimmarkError:
                for undo in reversed(done):
                    undo(repo)
                raise


def made_spans(edit: Edit) -> set[str]:
    """Return the ids of the spans applying ``edit`` creates (marked or accepted)."""
    if isinstance(edit, Together):
        return set().union(*(made_spans(e) for e in edit.edits))
    if isinstance(edit, MarkSpan) and not isinstance(edit, DeleteSpan):
        return {edit.span.id}
    if isinstance(edit, AcceptSuggestions):
        return {span.id for _suggestion, span in edit.accepted}
    return set()
