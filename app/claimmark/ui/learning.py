"""Learning in the window: a span just made is looked for elsewhere, in the background.

What it finds is pushed as one undoable step ("Undo learn WEAPONS 'Raketen' (12
suggestions in 5 articles)"); the open article shows its new suggestions at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from claimmark.core.errors import ClaimmarkError
from claimmark.core.spans import Span
from claimmark.project.edits import Learn
from claimmark.ui import messages
from claimmark.ui.annotating import Annotating
from claimmark.ui.jobs import JobRunner, learn_job
from claimmark.ui.parts import Parts


class Learning(QObject):
    """Finds what each new span teaches and adds it as suggestions, undoably.

    Signals:
        learned(edit): a span's lesson was found (a ``Learn`` edit, pushed), or nothing
            was (None).
    """

    learned = Signal(object)

    def __init__(self, parts: Parts, annotating: Annotating, jobs: JobRunner) -> None:
        super().__init__(annotating)
        self._parts = parts
        self._annotating = annotating
        self._jobs = jobs
        annotating.taught.connect(self.learn)

    def learn(self, span: Span) -> None:
        """Look for ``span``'s words in the project, in the background."""
        if self._parts.project.read_only:
            return
        job = learn_job(self._parts.project, span)

        def finished(edit: Learn | None) -> None:
            # The span may be undone while its lesson was looked for: then nothing is
            # learned (pushing would also drop the redo the user may still want).
            if edit is not None and self._still_there(span) and self._annotating.push(edit):
                said = [edit.found] if edit.found else []
                if edit.word is not None and edit.word_added:
                    said.append(f"'{edit.word.word}' is in the project's lexicon now")
                if edit.word is not None and edit.word_problem:
                    said.append(f"'{edit.word.word}' not added to the lexicon: {edit.word_problem}")
                messages.info(f"Learned from '{span.text}': {'; '.join(said) or 'nothing new'}.")
                self.learned.emit(edit)
            else:
                self.learned.emit(None)

        def failed(message: str) -> None:
            messages.error(message)
            self.learned.emit(None)

        self._jobs.launch(job, finished, failed)

    def _still_there(self, span: Span) -> bool:
        try:
            self._parts.project.repo.span(span.id)
        except ClaimmarkError:
            return False
        return True
