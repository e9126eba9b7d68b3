"""spaCy, which only the ``spacy`` extra installs: imported when a feature needs it, and a
message that says how to install it when it is missing."""

from __future__ import annotations

import importlib.util
from typing import Any

from claimmark.core.errors import ExtraMissingError
from claimmark.core.errors import extra_words


def install_hint(needs: str) -> str:
    """Return what to do when spaCy is missing, for a feature that ``needs`` it."""
    return str(extra_words(needs, "spaCy", "spacy"))


class SpacyMissingError(ExtraMissingError):
    """spaCy is not installed; the message says which feature needs it and how to install it."""


def spacy_available() -> bool:
    """Return whether spaCy can be imported (without importing it)."""
    return importlib.util.find_spec("spacy") is not None


def import_spacy(needs: str) -> Any:
    """Return the spacy module.

    Raises:
        SpacyMissingError: spaCy is not installed (the message names ``needs``).
    """
    try:
        import spacy
    except ImportError as error:
        raise SpacyMissingError.of(needs, "spaCy", "spacy") from error
    return spacy
