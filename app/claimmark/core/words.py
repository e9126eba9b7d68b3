"""Words for the user: counts with the right plural ("1 span", "2 spans")."""

from __future__ import annotations


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
