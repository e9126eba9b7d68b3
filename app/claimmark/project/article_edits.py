"""Edits of a whole article (its status, note, language, day and outlet) and of the
project's labels: undoable like every :class:`~claimmark.project.edits.Edit`."""

from __future__ import annotations

from abc import abstractmethod
from typing import Generic
from typing import TypeVar

from claimmark.core.articles import Metadata
from claimmark.core.articles import Status
from claimmark.core.labels import Label
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import said
from claimmark.project.edits import Changed
from claimmark.project.edits import Edit
from claimmark.store import DeletedLabel
from claimmark.store import Repository

_V = TypeVar("_V")

_STATUS_WORDS = {
    Status.TODO: QT_TRANSLATE_NOOP("edits", "to do"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("edits", "in progress"),
    Status.DONE: QT_TRANSLATE_NOOP("edits", "done"),
}
"""How an edit names a status (``Status.words`` in words the window translates)."""

_LANGUAGE_WORDS = {
    "de": QT_TRANSLATE_NOOP("edits", "German"),
    "en": QT_TRANSLATE_NOOP("edits", "English"),
    "": QT_TRANSLATE_NOOP("edits", "unknown language"),
}


class ArticleValue(Edit, Generic[_V]):
    """An edit of one value of an article (its status, note or language): the value it
    had and the value it gets; subclasses say how the store writes it."""

    def __init__(
        self, text: str | Said, changed: Changed, article_id: str, old: _V, new: _V
    ) -> None:
        super().__init__(text, changed)
        self.article_id = article_id
        self.old = old
        self.new = new

    @abstractmethod
    def write(self, repo: Repository, value: _V) -> None:
        """Store ``value`` as the article's (one transaction)."""

    def apply(self, repo: Repository) -> None:
        """Store the new value."""
        self.write(repo, self.new)

    def revert(self, repo: Repository) -> None:
        """Store the old value."""
        self.write(repo, self.old)


class SetStatus(ArticleValue[Status]):
    """The user (or the first edit of an article) changed an article's status."""

    def __init__(self, article_id: str, old: Status, new: Status) -> None:
        super().__init__(
            said(
                QT_TRANSLATE_NOOP("edits", "mark article {status}"),
                status=said(_STATUS_WORDS[new]),
            ),
            Changed(article_id, spans=False, statuses=True),
            article_id, old, new,
        )  # fmt: skip

    def write(self, repo: Repository, value: Status) -> None:
        """Set the status."""
        repo.set_status(self.article_id, value)


class SetNote(ArticleValue[str]):
    """The user wrote, changed or removed the note on a whole article."""

    def __init__(self, article_id: str, old: str, new: str) -> None:
        super().__init__(
            said(
                QT_TRANSLATE_NOOP("edits", "remove the article's note")
                if not new
                else QT_TRANSLATE_NOOP("edits", "edit the article's note")
            ),
            # Neither spans nor status: the list does not show notes, and the open
            # article follows the edit itself (annotating.change_of).
            Changed(article_id, spans=False),
            article_id, old, new,
        )  # fmt: skip

    def write(self, repo: Repository, value: str) -> None:
        """Save the note."""
        repo.set_note(self.article_id, value)


class SetLanguage(ArticleValue[str]):
    """The user said which language an article is in."""

    def __init__(self, article_id: str, old: str, new: str) -> None:
        super().__init__(
            said(
                QT_TRANSLATE_NOOP("edits", "set the article's language to {language}"),
                language=said(_LANGUAGE_WORDS[new]) if new in _LANGUAGE_WORDS else new,
            ),
            Changed(article_id, spans=False, language=True),
            article_id, old, new,
        )  # fmt: skip

    def write(self, repo: Repository, value: str) -> None:
        """Save the language."""
        repo.set_language(self.article_id, value)


class SetMetadata(ArticleValue[Metadata]):
    """The user set (or confirmed) where and when an article was published."""

    def __init__(self, article_id: str, old: Metadata, new: Metadata) -> None:
        what = [
            name
            for name in ("published", "outlet", "url")
            if getattr(old, name) != getattr(new, name)
        ]
        words = {
            "published": QT_TRANSLATE_NOOP("edits", "set the article's date"),
            "outlet": QT_TRANSLATE_NOOP("edits", "set the article's outlet"),
            "url": QT_TRANSLATE_NOOP("edits", "set the article's URL"),
        }
        super().__init__(
            said(
                words[what[0]]
                if len(what) == 1
                else QT_TRANSLATE_NOOP("edits", "set the article's details")
            ),
            # The ledger re-reads on spans_changed: the article's claims carry these.
            Changed(article_id, spans=True),
            article_id, old, new,
        )  # fmt: skip

    def write(self, repo: Repository, value: Metadata) -> None:
        """Save day, outlet and URL."""
        repo.set_metadata(self.article_id, value)


class SaveLabel(Edit):
    """The user added a label, or changed one (renaming carries its spans along)."""

    def __init__(self, old: Label | None, new: Label) -> None:
        super().__init__(
            said(QT_TRANSLATE_NOOP("edits", "add label {name}"), name=new.name)
            if old is None
            else said(QT_TRANSLATE_NOOP("edits", "change label {name}"), name=old.name),
            Changed(labels=True),
        )
        self.old = old
        self.new = new

    def apply(self, repo: Repository) -> None:
        """Save the new label."""
        repo.save_label(self.new, self.old.name if self.old else None)

    def revert(self, repo: Repository) -> None:
        """Remove the added label, or change it back."""
        if self.old is None:
            repo.delete_label(self.new.name)
        else:
            repo.save_label(self.old, self.new.name)


class DeleteLabel(Edit):
    """The user deleted a label, with its spans and suggestions; revert brings all back."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.deleted: DeletedLabel | None = None
        super().__init__(
            said(QT_TRANSLATE_NOOP("edits", "delete label {name}"), name=name), Changed(labels=True)
        )

    def apply(self, repo: Repository) -> None:
        """Delete the label, keeping what it took along."""
        self.deleted = repo.delete_label(self.name)

    def revert(self, repo: Repository) -> None:
        """Restore the label, its spans and suggestions."""
        if self.deleted is not None:
            repo.restore_label(self.deleted)
