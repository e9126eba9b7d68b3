"""Every query the window makes reads an index, never a whole table of spans or suggestions.

The window is driven through a working session while every statement its
connection runs is recorded; each query is then asked for its plan. A query
that scans every span, suggestion or article (as the article list once did on
every edit) is a regression that makes a 100,000-article project crawl.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.detector.rules import Detector
from claimmark.store import Repository
from tests.ui.conftest import mark
from tests.ui.conftest import open_window

# "SCAN t" reads every row of t. "SCAN t USING [COVERING] INDEX i" reads index i in
# order: the article list does that for a page (LIMIT) and its counts. The only
# index of spans or suggestions read whole is that of their sources, once a session.
_FULL_SCAN = re.compile(r"^SCAN (articles|spans|suggestions)\b(?! USING)")
_INDEX_SCAN = re.compile(r"^SCAN (spans|suggestions) USING (COVERING )?INDEX (\w+)")
_READ_ONCE = {"spans_source", "suggestions_source"}


def _full_scans(connection: sqlite3.Connection, statement: str) -> list[str]:
    rows = connection.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
    found = []
    for *_ids, detail in rows:
        index = _INDEX_SCAN.match(detail)
        if _FULL_SCAN.match(detail) or (index and index.group(3) not in _READ_ONCE):
            found.append(detail)
    return found


def test_a_working_session_reads_indexes_only(
    qtbot: QtBot, seeded_repo: Repository, detector: Detector
) -> None:
    statements: list[str] = []
    connection: sqlite3.Connection = seeded_repo._db.conn
    connection.set_trace_callback(statements.append)
    window = open_window(qtbot, seeded_repo, detector=detector)
    press = qtbot.keyClick
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    press(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the next suggestion
    press(QApplication.focusWidget(), Qt.Key.Key_A)  # accepted
    # Into its source field (the sources known are read as it takes the focus) and back.
    source = window.details.attributes.source
    qtbot.mouseClick(source, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is source)
    press(source, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    press(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    press(QApplication.focusWidget(), Qt.Key.Key_J)
    press(QApplication.focusWidget(), Qt.Key.Key_N)
    window.articles.status_filter.setCurrentIndex(window.articles.status_filter.findData("done"))
    window.articles.label_filter.setCurrentIndex(window.articles.label_filter.findData("TROOPS"))
    press(QApplication.focusWidget(), Qt.Key.Key_K)
    window.search_panel.field.setText("Soldaten")
    press(window.search_panel.field, Qt.Key.Key_Return)
    connection.set_trace_callback(None)

    queries = {s for s in statements if s.lstrip().lower().startswith("select")}
    assert len(queries) > 10, "the session ran fewer queries than it should have"
    assert sum("select source" in s for s in statements) == 1
    scans = {q: found for q in queries if (found := _full_scans(connection, q))}
    assert scans == {}


def test_an_edit_repaints_one_row_of_the_list_and_reads_no_page(
    qtbot: QtBot, seeded_repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, seeded_repo)
    calls: list[str] = []
    for name in ("count_articles", "article_page", "article_summary", "list_articles"):
        real = getattr(seeded_repo, name)
        monkeypatch.setattr(
            seeded_repo, name, lambda *a, _real=real, _name=name: calls.append(_name) or _real(*a)
        )
    repainted: list[tuple[int, int]] = []
    window.articles.model.dataChanged.connect(
        lambda first, last: repainted.append((first.row(), last.row()))
    )
    statements: list[str] = []
    seeded_repo._db.conn.set_trace_callback(statements.append)
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)  # spans and the status
    assert calls == ["article_summary"]  # once for both
    assert repainted == [(0, 0)]
    # The open article's counts are the window's own: the row reads no span to count.
    assert not [s for s in statements if "count(*) from spans" in s]
    assert window.articles.model.index(0, 2).data() == 1  # its TROOPS
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.articles.model.index(0, 2).data() == 0)
    seeded_repo._db.conn.set_trace_callback(None)
    assert not [s for s in statements if "count(*) from spans" in s]
    # The progress follows the row's status (to do, in progress, to do), without
    # counting every article's status again.
    assert not [s for s in statements if "count(*) from articles group by" in s]
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: window.articles.progress.text() == "1 of 5 done")


def test_a_row_the_store_cannot_give_is_painted_blank_not_raised(
    qtbot: QtBot, fresh_repo: Repository, tmp_path: object
) -> None:
    from claimmark.core.articles import make_article
    from claimmark.ui.article_list import ArticleListModel

    fresh_repo.add_articles([make_article("a1", "Titel\nText")])
    model = ArticleListModel(fresh_repo)
    fresh_repo.close()  # the store goes away (a disk error, a vanished file)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() is None
