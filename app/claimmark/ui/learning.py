"""Learning in the window: a span just made is looked for elsewhere, in the background.

Its own article first (a job of its own, so the open article shows what it teaches
within a fraction of a second), then the rest of the project through the search
index. Each is pushed into the step that made the span: one Ctrl+Z takes back the
span and all it taught ("Undo learn WEAPONS 'Raketen' (12 suggestions in 5
articles)").
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtCore import Signal

from claimmark.core.errors import ClaimmarkError
from claimmark.core.spans import Span
from claimmark.project.edits import Learn
from claimmark.ui import messages
from claimmark.ui.annotating import Annotating
from claimmark.ui.i18n import counted_in
from claimmark.ui.jobs import learn_job
from claimmark.ui.parts import Parts


class Learning(QObject):
    """Finds what each new span teaches and adds it as suggestions, undoably.

    Signals:
        learned_here(edit): what the span teaches in its own article was found (a
            ``Learn`` edit, pushed), or nothing was (None); the rest follows.
        learned(edit): the whole lesson was found: the last ``Learn`` edit pushed, or
            None when the span taught nothing.
    """

    learned_here = Signal(Learn)
    learned = Signal(Learn)

    def __init__(self, parts: Parts, annotating: Annotating) -> None:
        super().__init__(annotating)
        self._parts = parts
        self._annotating = annotating
        annotating.taught.connect(self.learn)

    def learn(self, span: Span) -> None:
        """Look for ``span``'s words in its article, then in the project, in the background."""
        if self._parts.project.read_only:
            return
        self._look(span, here=True, found=[])

    def _look(self, span: Span, *, here: bool, found: list[Learn]) -> None:
        job = learn_job(self._parts.project, span, here=here)

        def finished(edit: Learn | None) -> None:
            # The span may be undone while its lesson was looked for: then nothing is
            # learned (pushing would also drop the redo the user may still want).
            there = self._still_there(span)
            if edit is not None and there and self._annotating.push(edit):
                found.append(edit)
            if here:
                self.learned_here.emit(found[-1] if found else None)
                if there:
                    self._look(span, here=False, found=found)
                    return
            self._say(span, found)
            self.learned.emit(found[-1] if found else None)

        def failed(message: str) -> None:
            messages.error(message)
            self.learned.emit(None)

        self._parts.jobs.launch(job, finished, failed)

    def _say(self, span: Span, found: list[Learn]) -> None:
        if not found:
            return
        said = []
        suggestions = sum(len(edit.learned) for edit in found)
        if suggestions:
            articles = sum(edit.articles for edit in found)
            said.append(
                self.tr("{suggestions} in {articles}").format(
                    suggestions=counted_in(
                        suggestions, self.tr("{n} suggestion"), self.tr("{n} suggestions")
                    ),
                    articles=counted_in(articles, self.tr("{n} article"), self.tr("{n} articles")),
                )
            )
        for edit in found:
            if edit.word is not None and edit.word_added:
                said.append(
                    self.tr("'{word}' is in the project's lexicon now").format(word=edit.word.word)
                )
            if edit.word is not None and edit.word_problem:
                said.append(
                    self.tr("'{word}' not added to the lexicon: {problem}").format(
                        word=edit.word.word, problem=edit.word_problem
                    )
                )
        messages.info(
            self.tr("Learned from '{text}': {what}.").format(
                text=span.text, what="; ".join(said) or self.tr("nothing new")
            )
        )

    def _still_there(self, span: Span) -> bool:
        try:
            self._parts.project.repo.span(span.id)
        except ClaimmarkError:
            return False
        return True
