"""Where the bundled seeds/ and resources/ are: installed package, frozen bundle or checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


def _bundled_dir(name: str) -> Path:
    # A wheel (and a frozen bundle) carries the folder inside the package; a source
    # checkout or editable install has it at the repository root.
    inside = Path(str(files("claimmark"))) / name
    if inside.is_dir():
        return inside
    return _CHECKOUT_ROOT / name


def seeds_dir() -> Path:
    """Return the folder of the bundled default corpus (one ``.txt`` per article)."""
    return _bundled_dir("seeds")


def resources_dir() -> Path:
    """Return the folder of bundled resources (guidelines, icons, lexicons)."""
    return _bundled_dir("resources")
