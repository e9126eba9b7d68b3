"""Team work in the window: split, merge, whose spans show, agreement, all by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from claimmark.core.articles import Status
from claimmark.core.spans import make_span
from claimmark.store import Repository
from claimmark.ui import file_dialogs
from claimmark.ui.main_window import MainWindow
from claimmark.ui.span_list import ANNOTATOR_COLUMN
from claimmark.ui.team import SplitDialog
from tests.conftest import FIRST_SEED
from tests.ui.conftest import listed_ids
from tests.ui.conftest import press_in_menus


def _layer_menu(qtbot: QtBot, window: MainWindow) -> None:
    """Open View › Annotator layer by keyboard, and wait until it is the menu in front."""
    press_in_menus(qtbot, window, Qt.Key.Key_V, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.team.layer_menu)


def _shares(tmp_path: Path, seeded_repo: Repository) -> list[Path]:
    """Two annotators' databases of the seed articles, both done with the first one."""
    paths = []
    for name, words in (("anna", "3000 weitere Soldaten"), ("ben", "3000 weitere")):
        path = tmp_path / f"{name}.db"
        share = Repository.open(path)
        share.add_articles(record.article for record in seeded_repo.iter_records())
        text = share.article(FIRST_SEED).text
        start = text.index(words)
        share.save_span(make_span(FIRST_SEED, text, start, start + len(words), "TROOPS", name))
        share.set_status(FIRST_SEED, Status.DONE)
        share.close()
        paths.append(path)
    return paths


def test_file_split_writes_a_share_per_annotator(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "shares"

    def fill_in(dialog: SplitDialog) -> QDialog.DialogCode:
        qtbot.keyClicks(dialog.annotators, "anna, ben")
        dialog.double.setValue(40)
        dialog.folder.setText(str(out))
        assert dialog.files.text() == "anna.db, ben.db"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SplitDialog, "exec", fill_in)
    with qtbot.waitSignal(window.team.split_done, timeout=10_000) as done:
        press_in_menus(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_S)
    report = done.args[0]
    assert report.shares.double_count == 2  # 40 % of 5
    assert sorted(p.name for p in out.glob("*.db")) == ["anna.db", "ben.db"]


def test_merged_work_shows_one_annotators_layer_at_a_time(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    paths = _shares(tmp_path, seeded_repo)
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_args, **_kw: [str(p) for p in paths])
    with qtbot.waitSignal(window.team.merge_done, timeout=10_000) as done:
        press_in_menus(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_M)
    assert [s.owner for s in done.args[0].sources] == ["anna", "ben"]
    qtbot.waitUntil(lambda: len(window.view.spans) == 2)  # everyone's, as this window began
    assert sorted(s.annotator for s in window.view.spans) == ["anna", "ben"]
    row = window.articles.model.row_of(FIRST_SEED)
    troops = window.articles.model.index(row, 2)  # the TROOPS count
    qtbot.waitUntil(lambda: troops.data() == 2)

    # View › Annotator layer: Everyone, Mine (tester), anna, ben.
    _layer_menu(qtbot, window)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(window.team.layer_menu, key)
    qtbot.waitUntil(lambda: window.open.layer == "ben")
    assert [s.text for s in window.view.spans] == ["3000 weitere"]
    # The list counts the layer shown too.
    assert window.articles.model.index(row, 2).data() == 1
    window.view.select_item(window.view.spans[0].id)
    assert window.details.attributes.made.text().startswith("ben, ")
    assert window.span_table.model().index(0, ANNOTATOR_COLUMN).data() == "ben"
    # Another's layer is read-only: a label key marks nothing, and says why.
    window.view.setFocus()
    text = window.view.article.text
    start = text.index("4000 Verluste")
    window.view.select_range(start, start + len("4000 Verluste"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert "ben's spans, shown read-only" in told[-1][1]
    assert len(seeded_repo.spans_for(FIRST_SEED)) == 2

    # Mine: the tester's own layer, empty, and editable.
    _layer_menu(qtbot, window)
    qtbot.keyClick(window.team.layer_menu, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: window.open.layer == "tester")
    assert window.view.spans == []
    window.view.setFocus()
    window.view.select_range(start, start + len("4000 Verluste"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert [(s.annotator, s.text) for s in window.view.spans] == [("tester", "4000 Verluste")]


def test_team_agreement_shows_each_pair(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    tmp_path: Path,
) -> None:
    paths = _shares(tmp_path, seeded_repo)
    with qtbot.waitSignal(window.team.merge_done, timeout=10_000):
        window.team.merge(paths)
    with qtbot.waitSignal(window.team.agreement_done, timeout=10_000) as done:
        press_in_menus(qtbot, window, Qt.Key.Key_T, Qt.Key.Key_A)
    result = done.args[0]
    assert result.articles == 1
    dialog = window.team.agreement_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.pairs.item(0, 0).text() == "anna / ben"
    assert dialog.pairs.item(0, 3).text() == "0.00"  # "3000 weitere Soldaten" / "3000 weitere"
    assert dialog.pairs.item(0, 4).text() == "1.00"  # they overlap
    assert "Krippendorff's alpha" in dialog.summary.text()
    dialog.close()


def test_each_layer_shows_its_annotators_statuses_and_everyone_how_many_finished(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = _shares(tmp_path, seeded_repo)
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_args, **_kw: [str(p) for p in paths])
    with qtbot.waitSignal(window.team.merge_done, timeout=10_000):
        press_in_menus(qtbot, window, Qt.Key.Key_F, Qt.Key.Key_M)
    model = window.articles.model
    row = model.row_of(FIRST_SEED)
    status = model.index(row, 1)
    progress = window.articles.progress
    # Everyone: the lead's own statuses, and how many annotators finished each article.
    qtbot.waitUntil(lambda: progress.text() == "0 of 5 done · 1 finished by annotators")
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "to do · finished by 2 annotators"

    _layer_menu(qtbot, window)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):  # anna
        qtbot.keyClick(window.team.layer_menu, key)
    qtbot.waitUntil(lambda: window.open.layer == "anna")
    assert progress.text() == "1 of 5 done"
    assert model.index(model.row_of(FIRST_SEED), 1).data(Qt.ItemDataRole.ToolTipRole) == "done"
    # The status filter reads her statuses too.
    window.articles.status_filter.setCurrentIndex(
        window.articles.status_filter.findData(Status.DONE)
    )
    assert listed_ids(window) == [FIRST_SEED]
