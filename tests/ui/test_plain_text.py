"""Strings from files are shown as they are, never read as HTML (an <img> would be loaded)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from claimmark.core.articles import make_article
from claimmark.core.spans import make_span
from claimmark.store import Repository
from claimmark.ui.messages import plain_tooltip
from tests.ui.conftest import open_window

HOSTILE_ID = '<img src="/dev/zero">'
HOSTILE_TITLE = "<b>fett</b> & <i>kursiv</i>"


def test_an_article_with_markup_in_its_id_title_and_annotator_shows_it_literally(
    qtbot: QtBot, fresh_repo: Repository, tmp_path: object, dialogs: list[tuple[str, str]]
) -> None:
    text = f"{HOSTILE_TITLE}\nKim schickte 3000 Soldaten."
    fresh_repo.add_articles([make_article(HOSTILE_ID, text)])
    start = text.index("3000")
    span = make_span(HOSTILE_ID, text, start, start + 13, "TROOPS", "<u>anna</u>")
    fresh_repo.save_span(span)
    window = open_window(qtbot, fresh_repo)
    assert window.header.title.full_text() == HOSTILE_TITLE
    assert window.header.title.textFormat().name == "PlainText"
    assert HOSTILE_ID in window.header.meta.full_text()
    assert window.header.meta.textFormat().name == "PlainText"
    window.view.select_item(span.id)
    panel = window.details.attributes
    assert panel.made.text().startswith("<u>anna</u>")
    assert panel.made.textFormat().name == "PlainText"
    assert panel.text.textFormat().name == "PlainText"
    tooltip = window.articles.model.index(0, 0).data(3)  # Qt.ToolTipRole
    assert "&lt;img" in tooltip
    assert "<img" not in tooltip
    assert tooltip == plain_tooltip(f"{HOSTILE_TITLE}\n{HOSTILE_ID}")
