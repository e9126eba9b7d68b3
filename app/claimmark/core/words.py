"""Words for the user: counts with the right plural ("1 span", "2 spans"), and words the
window says in its own language (:class:`Said`)."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """Return ``number`` and the noun in the form that number takes, with thousands grouped.

    Args:
        number: how many.
        singular: the noun for one ("span").
        plural: the noun for another number, if not ``singular + "s"``.
    """
    noun = singular if number == 1 else (plural or singular + "s")
    return f"{number:,} {noun}"


def first_upper(text: str) -> str:
    """Return ``text`` starting with a capital, as a sentence of a message does (the
    summary lines of use cases start in lower case, for the command line)."""
    return text[:1].upper() + text[1:]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate knows
    """Return ``text`` unchanged.

    Marks ``text`` as words the window translates in ``context``: ``pyside6-lupdate``
    finds calls by this name in any module, and the core never imports Qt.
    """
    del context
    return text


@dataclass(frozen=True, slots=True)
class Said:
    """Words for the user, made of an English template and its values.

    ``str()`` gives the English (the command line, logs, tests); the window
    translates the template (in ``context``, ``edits`` unless said) and every value
    that is itself ``Said``. With ``plural``, ``number`` chooses the template and
    stands for ``{n}``.

    Attributes:
        template: the English, with ``{name}`` where each value goes.
        names: the values' names, in order (one tuple for all words of the same names).
        values: the values, in the order of their names.
        plural: the template when ``number`` is not 1.
        number: the count the template says.
        context: the translation context the template is found in.
    """

    template: str
    names: tuple[str, ...] = ()
    values: tuple[object, ...] = ()
    plural: str = ""
    number: int | None = None
    context: str = "edits"

    def chosen(self) -> str:
        """Return the template for the number (the singular one without a plural)."""
        return self.plural if self.plural and self.number != 1 else self.template

    def written(self, translate: Callable[[str, str], str], grouped: Callable[[int], str]) -> str:
        """Return the words with each template (this one's, and those of values that are
        ``Said``) through ``translate(context, template)`` and the number through
        ``grouped``."""
        values = {
            name: value.written(translate, grouped) if isinstance(value, Said) else str(value)
            for name, value in zip(self.names, self.values, strict=True)
        }
        if self.number is not None:
            values["n"] = grouped(self.number)
        template = self.chosen()
        return (translate(self.context, template) if template else "").format(**values)

    def __str__(self) -> str:
        return self.written(lambda _context, template: template, lambda number: f"{number:,}")


def said(template: str, plural: str = "", number: int | None = None, **values: object) -> Said:
    """Return :class:`Said` words: ``said(QT_TRANSLATE_NOOP("edits", "mark {label}"),
    label="TROOPS")``.

    An exception given as a value is kept as its words (its ``said``, else its text),
    not as itself: its traceback holds the frames it passed through and all they
    refer to (an import's refused spans held their whole batch of records, 868 MB).
    """
    return Said(template, *kept_values(values), plural, number)


# Words of the same names share one tuple of them: an import that refused 126,146 spans
# held a pair for every value of every problem's words.
_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}


def kept_values(values: Mapping[str, object]) -> tuple[tuple[str, ...], tuple[object, ...]]:
    """Return the names and the values of :class:`Said` words, each exception as its words
    (see :func:`said`)."""
    names, kept = tuple(values), tuple(values.values())
    # Looked for first, as most words hold no exception: this runs for every problem.
    for value in kept:
        if isinstance(value, BaseException):
            kept = tuple(map(_kept, kept))
            break
    return _NAMES.setdefault(names, names), kept


def _kept(value: object) -> object:
    if not isinstance(value, BaseException):
        return value
    words = getattr(value, "said", None)
    return words if isinstance(words, Said) else str(value)


def joined(parts: Iterable[Said], separator: str = "; ") -> Said:
    """Return words that say each part in turn, ``separator`` between them."""
    listed = list(parts)
    marks = separator.join(f"{{p{n}}}" for n in range(len(listed)))
    return Said(marks, *kept_values({f"p{n}": part for n, part in enumerate(listed)}))


def figure(number: int) -> Said:
    """Return a number as words: thousands grouped as the reader's language groups them
    ("11,000" in English, "11.000" in German)."""
    return Said("{n}", number=number)


def shortened(text: str, limit: int = 40) -> str:
    """Return ``text`` cut with an ellipsis past ``limit`` characters."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quoted(text: str, limit: int | None = 40) -> Said:
    """Return ``text`` in the quotes of the reader's language ('…' in English, „…“ in
    German), shortened past ``limit`` characters (``None``: whole)."""
    words = text if limit is None else shortened(text, limit)
    return said(QT_TRANSLATE_NOOP("edits", "'{words}'"), words=words)


def article_count(number: int) -> Said:
    """Return "1 article", "3 articles" as words the window translates."""
    return said(
        QT_TRANSLATE_NOOP("edits", "{n} article"),
        QT_TRANSLATE_NOOP("edits", "{n} articles"),
        number,
    )


def span_count(number: int) -> Said:
    """Return "1 span", "3 spans" as words the window translates."""
    return said(
        QT_TRANSLATE_NOOP("edits", "{n} span"), QT_TRANSLATE_NOOP("edits", "{n} spans"), number
    )


def problem_count(number: int) -> Said:
    """Return "1 problem", "3 problems" as words the window translates."""
    return said(
        QT_TRANSLATE_NOOP("edits", "{n} problem"),
        QT_TRANSLATE_NOOP("edits", "{n} problems"),
        number,
    )
