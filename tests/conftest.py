"""Shared fixtures: databases, the seeded repository, the real main window, recorded messages."""

from __future__ import annotations

import importlib.util
import os

# Before any QApplication exists: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimmark.bundled import seeds_dir
from claimmark.core.articles import make_article
from claimmark.formats.txt import read_txt
from claimmark.store import Repository

FIRST_SEED = "000_c85cdf0a18791572"

needs_spacy = pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None, reason="spaCy is not installed (the spacy extra)"
)
"""For a module of tests that need spaCy: it is looked for, not imported, when the tests are
collected (importing it takes most of a second the fast loop would wait for)."""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file that does not exist yet."""
    return tmp_path / "data" / "claimmark.db"


@pytest.fixture
def fresh_repo() -> Iterator[Repository]:
    """An empty in-memory repository with the schema applied."""
    repo = Repository.open(":memory:")
    yield repo
    repo.close()


@pytest.fixture
def seeded_repo(db_path: Path) -> Iterator[Repository]:
    """A file repository holding the five bundled seed articles."""
    repo = Repository.open(db_path)
    read = read_txt([seeds_dir()])
    assert read.problems == []
    repo.add_articles(r.article for r in read.records)
    yield repo
    repo.close()


@pytest.fixture
def small_repo(fresh_repo: Repository) -> Repository:
    """An in-memory repository with one short article, ``a1``."""
    fresh_repo.add_articles(
        [make_article("a1", "Titel\nKim schickte 3000 weitere Soldaten nach Russland.\n")]
    )
    return fresh_repo


@pytest.fixture
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Point Qt's INI settings at a fresh folder, so no test reads or writes the user's.

    Used (automatically) by UI tests; core tests never load Qt.
    """
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that drives Qt widgets ``gui``: ``-m "not gui and not slow"`` is the
    fast loop, which needs no Qt platform at all."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
