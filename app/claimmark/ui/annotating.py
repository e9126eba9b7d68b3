"""The window's annotation commands: each builds an edit through the use cases and pushes it.

Marking, deleting, relabelling, moving bounds, editing attributes, reviewing
suggestions and the article's status: the rules are the project layer's; here
they meet the keyboard, the undo stack and the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence

from claimmark.core.articles import Metadata
from claimmark.core.articles import Status
from claimmark.core.errors import ClaimmarkError
from claimmark.core.errors import RuleError
from claimmark.core.labels import Label
from claimmark.core.review import AcceptPlan
from claimmark.core.spans import Edge
from claimmark.core.spans import Span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.words import first_upper
from claimmark.project import annotating
from claimmark.project.annotating import ArticleState
from claimmark.project.annotating import Item
from claimmark.project.edits import AcceptSuggestions
from claimmark.project.edits import Edit
from claimmark.project.edits import Learn
from claimmark.project.edits import MarkSpan
from claimmark.project.edits import SettleSuggestion
from claimmark.ui import dialogs
from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.article_view import ArticleView
from claimmark.ui.commands import EditCommand
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import told
from claimmark.ui.i18n import translated
from claimmark.ui.parts import Parts

T = TypeVar("T", Span, StoredSuggestion)
E = TypeVar("E", bound=Edit)

ACCEPT_THEM = str(QT_TRANSLATE_NOOP("Annotating", "Accept them"))
REJECT_THEM = str(QT_TRANSLATE_NOOP("Annotating", "Reject them"))
LEAVE_THEM = str(QT_TRANSLATE_NOOP("Annotating", "Leave them"))
"""What Ctrl+Enter offers to do with the suggestions an article still has to review."""


class Annotating(QObject):
    """What the user does to the open article, undoable, with a word in the status bar.

    Attributes:
        annotator: the name stored on every span made from now on.

    Signals:
        taught(span): the user made a span, by marking or by accepting a suggestion,
            whose words may be found again elsewhere.
    """

    taught = Signal(Span)

    def __init__(self, parts: Parts, view: ArticleView, annotator: str) -> None:
        super().__init__(view)
        self.annotator = annotator
        self._parts = parts
        self._model = parts.open
        self._view = view

    def _suggestions(self, number: int) -> str:
        """Return "1 suggestion", "3 suggestions" in the window's language."""
        return counted_in(number, self.tr("{n} suggestion"), self.tr("{n} suggestions"))

    def push(self, edit: Edit) -> bool:
        """Apply an edit through the undo stack; return whether it was saved.

        A lesson (``Learn``) joins the step that made its span: merged if that is the
        last step, taken in where it stands if the user did more meanwhile (a lesson
        found after the next key would otherwise be a step of its own, and Ctrl+Z would
        take it back before what the user did last).
        """
        stack = self._parts.undo_stack
        if isinstance(edit, Learn):
            done = [stack.command(i) for i in range(stack.index())]
            teacher = next(
                (c for c in reversed(done) if isinstance(c, EditCommand) and c.teaches(edit)),
                None,
            )
            if teacher is not None and teacher is not done[-1]:
                return teacher.take_in(edit)
        command = EditCommand(self._parts.project.repo, self._parts.events, edit, self._model)
        stack.push(command)
        return command.saved

    def _edit(
        self, build: Callable[[ArticleState], Edit], state: ArticleState | None = None
    ) -> bool:
        """Build an edit of an article (the open one by default) and push it.

        The article's first edit also sets it in progress. A rule the edit would
        break is told to the user, and nothing is pushed.
        """
        state = state or self._model.state
        if state is None:
            messages.warning(self.tr("Open an article first."))
            return False
        if self._parts.project.read_only:
            messages.warning(self.tr("This project is read-only: nothing can be changed here."))
            return False
        if not self._model.editable:
            messages.warning(
                self.tr(
                    "These are {layer}'s spans, shown read-only: choose View › Annotator "
                    "layer › Mine ({me}) to edit your own."
                ).format(layer=self._model.layer, me=self.annotator)
            )
            return False
        if not self._open_for_work(state):
            return False
        try:
            edit = build(state)
        except RuleError as refused:
            messages.warning(told(refused))
            return False
        return self.push(annotating.as_first_edit(state, edit))

    # Spans ----------------------------------------------------------------

    def mark(self, label: str) -> None:
        """Mark the selected text with ``label``: trimmed, snapped to words, saved at once."""
        selected = self._view.selection_range()
        if selected is None and self._model.selected is not None:
            self.relabel(label)  # a label key on a span or suggestion changes its label
            return
        if selected is None:
            if self._model.state is not None:
                key = self._parts.labels.key_of(label)
                messages.warning(
                    self.tr("Select the words of a claim first, then press {key}.").format(key=key)
                )
                return
            messages.warning(self.tr("Open an article first."))
            return
        made: list[MarkSpan] = []

        def build(state: ArticleState) -> Edit:
            made.append(annotating.mark(state, *selected, label, self.annotator))
            return made[0]

        if self._edit(build) and made:
            span = made[0].span
            self._view.select_item(span.id)
            messages.info(
                self.tr("Marked {label} '{text}' — saved.").format(label=label, text=span.text)
            )
            self.taught.emit(span)

    def delete_selected_span(self) -> None:
        """Delete the selected span."""
        span = self._model.selected_span
        if self._act_on(span, self.tr("Click a span first to delete it."), annotating.delete_span):
            assert span is not None
            messages.info(
                self.tr("Deleted {label} '{text}' — saved. Ctrl+Z brings it back.").format(
                    label=span.label, text=span.text
                )
            )

    def _act_on(self, item: T | None, missing: str, build: Callable[[T], Edit]) -> bool:
        """Push the edit ``build`` makes of the selected ``item``, or say what is ``missing``."""
        if item is None:
            messages.warning(missing)
            return False
        return self._edit(lambda _state: build(item))

    def relabel(self, label: str) -> None:
        """Give the selected span, or the selected suggestion, another label."""
        item = self._model.selected
        if item is None or item.label == label:
            return
        if not self._edit(lambda state: annotating.relabel(state, item, label)):
            return
        self._view.select_item(item.id)
        if isinstance(item, StoredSuggestion):
            said = self.tr("Suggestion '{text}' is now {label}: Enter accepts it.")
        else:
            said = self.tr("'{text}' is now {label} — saved.")
        messages.info(said.format(text=item.text, label=label))

    def move_selected_edge(self, edge: Edge, step: int) -> None:
        """Move the selected span's (or suggestion's) start or end one word left or right."""
        item = self._model.selected
        if item is None:
            messages.warning(self.tr("Select a span first, then move its start or end."))
            return
        if self._edit(lambda state: annotating.move_bound(state, item, edge, step)):
            self._announce_bounds(item)

    def set_bounds(self, item_id: str, start: int, end: int) -> None:
        """Give the selected span or suggestion new bounds (a dragged edge), undoably."""
        item = self._model.selected
        if item is None or item.id != item_id:
            return
        if self._edit(lambda state: annotating.set_bounds(state, item, start, end)):
            self._announce_bounds(item)

    def _announce_bounds(self, item: Item) -> None:
        self._view.select_item(item.id)
        moved = self._model.selected
        if moved is not None:
            messages.info(self.tr("Now '{text}' — saved.").format(text=moved.text))

    def edit_attributes(self, old: Item, new: Item) -> bool:
        """Save what the user changed in the Details panel; return whether it was saved.

        The item need not be selected any more, nor its article open: the panel
        reports what was typed as the user moves on.
        """
        article = self._model.article
        try:
            state = (
                self._model.state
                if article is not None and article.id == old.article_id
                else self._parts.project.article_state(old.article_id)
            )
        except ClaimmarkError as error:
            messages.error(told(error))
            return False
        if not self._edit(lambda state: annotating.edit_item(state, old, new), state):
            return False
        messages.info(self.tr("Saved the attributes of '{text}'.").format(text=new.text))
        return True

    # Actions ---------------------------------------------------------------

    def declared_actions(self) -> list[Declared]:
        """Return the actions of annotating: span edits, review, marking done."""

        def writable() -> bool:
            return not self._parts.project.read_only

        model = self._model
        spans = [
            Declared(
                ActionSpec(
                    "delete",
                    self.tr("Delete span"),
                    (QKeySequence.StandardKey.Delete,),
                    in_text=True,
                    menu=("&Edit", 30),
                    toolbar=30,
                    toolbar_text=self.tr("Delete span"),
                ),
                self.delete_selected_span,
                lambda: model.selected_span is not None and writable(),
            ),
        ]
        for name, text, keys, tip, edge, step in (
            ("end_right", self.tr("End one word right"), "Shift+Alt+Right",
             self.tr("Move the selected span's end one word right"), Edge.END, 1),
            ("end_left", self.tr("End one word left"), "Shift+Alt+Left",
             self.tr("Move the selected span's end one word left"), Edge.END, -1),
            ("start_left", self.tr("Start one word left"), "Ctrl+Shift+Alt+Left",
             self.tr("Move the selected span's start one word left"), Edge.START, -1),
            ("start_right", self.tr("Start one word right"), "Ctrl+Shift+Alt+Right",
             self.tr("Move the selected span's start one word right"), Edge.START, 1),
        ):  # fmt: skip
            spans.append(
                Declared(
                    ActionSpec(
                        name,
                        text,
                        (keys,),
                        f"{tip} ({keys})",
                        in_text=True,
                        menu=("&Edit", 32),
                        submenu=self.tr("Span &boundaries"),
                    ),
                    partial(self.move_selected_edge, edge, step),
                    writable,
                )
            )

        def review() -> bool:
            return model.selected_suggestion is not None and writable()

        return [*spans,
            Declared(ActionSpec("done", self.tr("Mark article &done"),
                                ("Ctrl+Return", "Ctrl+Enter"),
                                self.tr("Mark the article done, or back to in progress "
                                        "(Ctrl+Enter)"),
                                menu=("&Go", 30), toolbar=50),
                     self.toggle_done, lambda: model.article is not None and writable()),
            Declared(ActionSpec("accept", self.tr("&Accept suggestion"),
                                (Qt.Key.Key_Return, Qt.Key.Key_Enter, "A"),
                                self.tr("Accept the selected suggestion as a span (Enter or A)"),
                                in_text=True, menu=("&Suggestions", 10), toolbar=20),
                     self.accept_suggestion, review),
            Declared(ActionSpec("reject", self.tr("&Reject suggestion"),
                                ("X", Qt.Key.Key_Backspace),
                                self.tr("Reject the selected suggestion (X or "
                                        "Backspace)"), in_text=True,
                                menu=("&Suggestions", 11), toolbar=21),
                     self.reject_suggestion, review),
            Declared(ActionSpec("accept_all", self.tr("Accept &all suggestions"), ("Ctrl+Shift+A",),
                                self.tr("Accept every suggestion of this article (Ctrl+Shift+A)"),
                                menu=("&Suggestions", 12), toolbar=22),
                     self.accept_all, lambda: bool(model.suggestions) and writable()),
            Declared(ActionSpec("detect", self.tr("&Detect claims again"), (),
                                self.tr("Run the claim detector on this article again; rejected "
                                        "suggestions stay rejected"), everywhere=False,
                                menu=("&Suggestions", 20)),
                     self.detect_again,
                     lambda: self._parts.project.detector is not None
                     and model.article is not None and writable()),
        ]  # fmt: skip

    # Suggestions ----------------------------------------------------------

    def accept_suggestion(self) -> None:
        """Accept the selected suggestion: it becomes a span; the next one is selected."""
        self._review(lambda state, s: annotating.accept(state, s, self.annotator), accepted=True)

    def reject_suggestion(self) -> None:
        """Reject the selected suggestion; it will not be proposed again."""
        self._review(lambda _state, s: annotating.reject(s), accepted=False)

    def _review(
        self, build: Callable[[ArticleState, StoredSuggestion], Edit], accepted: bool
    ) -> None:
        suggestion = self._model.selected_suggestion
        if suggestion is None:
            messages.warning(self.tr("Select a suggestion first (click it, or press Tab)."))
            return
        built: list[Edit] = []

        def keep(state: ArticleState) -> Edit:
            built.append(build(state, suggestion))
            return built[0]

        if self._edit(keep):
            named = {"label": suggestion.label, "text": suggestion.text}
            if built and isinstance(built[0], SettleSuggestion):
                said = (
                    self.tr(
                        "Accepted {label} '{text}', as the span '{span}' that covers it — saved."
                    )
                    if accepted
                    else self.tr("Rejected {label} '{text}', as the span '{span}' that covers it.")
                )
                named["span"] = built[0].span.text
            else:
                said = (
                    self.tr("Accepted {label} '{text}' — saved.")
                    if accepted
                    else self.tr("Rejected {label} '{text}'.")
                )
            messages.info(said.format(**named))
            self._after_review(suggestion)
            if built and isinstance(built[0], AcceptSuggestions):
                for _accepted, span in built[0].accepted:
                    self.taught.emit(span)

    def accept_all(self) -> None:
        """Accept every pending suggestion of the article that overlaps no span of its label."""
        plans: list[AcceptPlan] = []

        def build(state: ArticleState) -> Edit:
            edit, plan = annotating.accept_all(state, self.annotator)
            plans.append(plan)
            return edit

        if not self._edit(build) or not plans:
            return
        plan = plans[0]
        text = self.tr("Accepted {count} — saved.").format(
            count=self._suggestions(len(plan.accepted))
        )
        if plan.left:
            text += self.tr(" {left} overlap spans of their label and stay to review.").format(
                left=plan.left
            )
        messages.info(text)

    def _after_review(self, reviewed: StoredSuggestion) -> None:
        """Move on to the next suggestion after the one just reviewed, as annotators expect."""
        suggestions = self._model.suggestions
        after = [s for s in suggestions if s.start >= reviewed.start]
        following = after[0] if after else suggestions[0] if suggestions else None
        if following is not None:
            self._view.select_item(following.id)

    # The article ----------------------------------------------------------

    def _article_edit(self, build: Callable[[ArticleState], E | None]) -> E | None:
        """Build an edit of the open article's own values (note, language) and push it;
        return it if it was saved. Unlike a span's, it does not set the article in
        progress."""
        state = self._model.state
        if state is None:
            return None
        if self._parts.project.read_only:
            messages.warning(self.tr("This project is read-only: nothing can be changed here."))
            return None
        if not self._open_for_work(state):
            return None
        edit = build(state)
        return edit if edit is not None and self.push(edit) else None

    def _open_for_work(self, state: ArticleState) -> bool:
        """Return whether the article may be changed: one marked done is finished, and
        read-only until it is reopened (told to the user if not)."""
        if state.status != Status.DONE:
            return True
        messages.warning(
            self.tr(
                "This article is marked done, so it is read-only: Ctrl+Enter reopens it "
                "(Go › Mark article done)."
            )
        )
        return False

    def set_note(self, note: str) -> None:
        """Save the note on the open article (undoable), if it changed."""
        edit = self._article_edit(lambda state: annotating.set_note(state, note))
        if edit is not None:
            messages.info(self.tr("Note saved.") if edit.new else self.tr("Note removed."))

    def set_metadata(self, metadata: Metadata) -> None:
        """Set the open article's day, outlet and URL (undoable), if they changed."""
        try:
            edit = self._article_edit(lambda state: annotating.set_metadata(state, metadata))
        except ValueError as why:
            messages.warning(
                self.tr("Not saved: the date {why}. Type it as 2024-10-23.").format(why=why)
            )
            return
        if edit is not None:
            messages.info(f"{first_upper(translated(edit.said))}.")

    def set_language(self, language: str) -> None:
        """Set the open article's language (undoable), if it changed."""
        edit = self._article_edit(lambda state: annotating.set_language(state, language))
        if edit is not None:
            messages.info(f"{first_upper(translated(edit.said))}.")

    def toggle_done(self) -> None:
        """Mark the open article done; if it is done already, back to in progress.

        Suggestions still to review are counted first, and the user chooses: accept
        them, reject them, or leave them (each its own undo step), or not finish yet.
        """
        state = self._model.state
        if state is None:
            return
        pending = len(state.suggestions)
        if state.status != Status.DONE and pending:
            choice = dialogs.choose(
                self._view.window(),
                self.tr("Suggestions to review"),
                (
                    self.tr("{count} of this article is still to review. Mark it done anyway?")
                    if pending == 1
                    else self.tr(
                        "{count} of this article are still to review. Mark it done anyway?"
                    )
                ).format(count=self._suggestions(pending)),
                [self.tr(ACCEPT_THEM), self.tr(REJECT_THEM), self.tr(LEAVE_THEM)],
            )
            if choice is None:
                messages.info(self.tr("Not marked done: the suggestions are still to review."))
                return
            if choice == self.tr(ACCEPT_THEM):
                self.accept_all()
            elif choice == self.tr(REJECT_THEM) and self._edit(annotating.reject_all):
                messages.info(
                    self.tr("Rejected {count} — saved.").format(count=self._suggestions(pending))
                )
            state = self._model.state
            if state is None:
                return
        edit = annotating.toggle_done(state)
        if self.push(edit) and edit.new == "done":
            counts = self._parts.project.repo.status_counts()
            messages.info(
                self.tr(
                    "Article done: {done} of {total} done. N goes to the next unfinished."
                ).format(done=counts[Status.DONE], total=sum(counts.values()))
            )

    def detect_again(self) -> None:
        """Run the detector on the open article again (after a lexicon change, say)."""
        article = self._model.article
        if article is None or self._parts.project.detector is None:
            return
        try:
            added = self._parts.project.detect_again(article.id)
        except ClaimmarkError as error:
            messages.error(told(error))
            return
        self._parts.events.spans_changed_in(article.id)
        found = counted_in(added, self.tr("{n} new suggestion"), self.tr("{n} new suggestions"))
        messages.info(self.tr("Detector ran again: {found}.").format(found=found))

    # Labels ---------------------------------------------------------------

    def save_label(self, old_name: str, label: Label) -> None:
        """Add a label (``old_name`` empty) or change one, if it is valid."""
        try:
            edit = annotating.save_label(self._parts.labels.labels, old_name, label)
        except RuleError as refused:
            messages.warning(told(refused))
            return
        if self.push(edit):
            messages.info(self.tr("Label {name} saved.").format(name=label.name))

    def delete_label(self, name: str) -> None:
        """Delete a label with its spans and suggestions (the caller asked first)."""
        if self.push(annotating.delete_label(name)):
            messages.info(self.tr("Label {name} deleted. Ctrl+Z brings it back.").format(name=name))
