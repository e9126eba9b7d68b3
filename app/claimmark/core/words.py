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
