"""Expected failures, in words a user understands; any other exception is a bug.

``ClaimmarkError`` is what front ends catch and show. Its kinds say whose it is:
a rule of annotation was broken (``RuleError``), something asked for is not there
(``NotFoundError``), the user cancelled (``CancelledError``); the store adds the
environment (``StoreError``: locked, read-only, full, not a database).
"""

from __future__ import annotations

from typing import Self

from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import said


class ClaimmarkError(Exception):
    """An expected failure; its message is written for the user.

    Raised with :class:`~claimmark.core.words.Said` words, ``str()`` of it is the
    English and :attr:`said` the words the window says in its language.

    Attributes:
        said: the message as words to translate, if it was raised with them.
    """

    def __init__(self, message: object = "", *rest: object) -> None:
        self.said = message if isinstance(message, Said) else None
        # The words themselves, not their English: ``str()`` of a one-argument exception
        # is ``str()`` of its argument, so the English is written only if asked for (an
        # import that refuses 126,146 spans catches each error and keeps its words).
        super().__init__(str(message) if rest and self.said is not None else message, *rest)


class RuleError(ClaimmarkError):
    """The action would break a rule: an overlap, offsets outside the text, a bad label."""


class SpanConflictError(RuleError):
    """A span of the same label already covers part of that text."""


class NotFoundError(ClaimmarkError):
    """No article, span, suggestion or label with that id.

    Attributes:
        kind: what was looked for ("article", "span", ...).
        key: the id or name that was not found.
    """

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"there is no {kind} {key!r}")
        self.kind = kind
        self.key = key

    def __reduce__(self) -> tuple[type[NotFoundError], tuple[str, str]]:
        # Made again from what it was made of: its args hold the message alone, and a
        # job in another process sends it back pickled.
        return (type(self), (self.kind, self.key))


class CancelledError(ClaimmarkError):
    """The user cancelled the work; nothing of it was written."""


class ExtraMissingError(ClaimmarkError):
    """A feature needs a library only an extra installs (spaCy, Dask, pyarrow); the message
    names the feature and the ``pip install`` that brings it."""

    @classmethod
    def of(cls, feature: str, library: str, extra: str) -> Self:
        """Return the error for ``feature``, which needs ``library`` of the ``extra``."""
        return cls(extra_words(feature, library, extra))


def extra_words(feature: str, library: str, extra: str) -> Said:
    """Return "Parquet needs pyarrow: pip install 'claimmark[cluster]'" as words."""
    return said(
        QT_TRANSLATE_NOOP("edits", "{feature} needs {library}: {install}"),
        feature=feature, library=library, install=f"pip install 'claimmark[{extra}]'",
    )  # fmt: skip
