"""Exporting from the window: the dialog's options, progress, and cancelling safely."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from claimmark.formats.options import ExportOptions
from claimmark.project.project import Project
from claimmark.store import Repository
from claimmark.ui.export_dialog import ExportDialog
from claimmark.ui.jobs import export_job
from claimmark.ui.jobs import import_job
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import mark


def test_dialog_options_choose_format_statuses_and_labels(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    mark(qtbot, window, "4000 Verluste", Qt.Key.Key_2)
    window.actions_by_name["done"].trigger()
    out = tmp_path / "brat"

    def fill_in(dialog: ExportDialog) -> QDialog.DialogCode:
        dialog.format.setCurrentIndex(dialog.format.findData("brat"))
        dialog.target.setText(str(out))
        # Articles marked done are what is chosen at first.
        assert [s for s, box in dialog.statuses.items() if box.isChecked()] == ["done"]
        assert dialog.summary.text() == "1 article with 2 spans"
        dialog.labels["TROOPS"].setChecked(False)
        assert dialog.summary.text() == "1 article with 1 span"
        assert dialog.options() == ExportOptions(
            statuses=frozenset({"done"}), labels=frozenset({"LOSSES", "WEAPONS"})
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fill_in)
    with qtbot.waitSignal(window.export_done, timeout=10_000) as done:
        window.actions_by_name["export"].trigger()
    assert (done.args[0].articles, done.args[0].spans) == (1, 1)
    assert sorted(p.name for p in out.iterdir()) == [
        ".claimmark-export",
        f"{FIRST_SEED}.ann",
        f"{FIRST_SEED}.txt",
        "annotation.conf",
    ]
    assert (out / f"{FIRST_SEED}.ann").read_text().startswith("T1\tLOSSES ")


def test_the_export_dialog_counts_what_it_will_write_and_refuses_nothing_to_write(
    window: MainWindow, seeded_repo: Repository
) -> None:
    dialog = ExportDialog(
        window.label_set.labels,
        window,
        lambda options, pending: seeded_repo.export_counts(
            options.statuses, options.labels, pending
        ),
    )
    export = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert (dialog.summary.text(), export.isEnabled()) == (
        "0 articles with 0 spans (no article has the statuses ticked)",
        False,
    )
    dialog.statuses["todo"].setChecked(True)
    assert (dialog.summary.text(), export.isEnabled()) == ("5 articles with 0 spans", True)
    dialog.suggestions.setChecked(True)
    pending = sum(len(seeded_repo.suggestions_for(a.id)) for a in seeded_repo.list_articles())
    assert dialog.summary.text() == f"5 articles with {pending} pending suggestions"


def test_changing_the_format_changes_the_suffix(window: MainWindow) -> None:
    dialog = ExportDialog(window.label_set.labels, window)
    dialog.target.setText("/tmp/out.jsonl")
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.path() == Path("/tmp/out.csv")
    dialog.format.setCurrentIndex(dialog.format.findData("brat"))
    assert dialog.path() == Path("/tmp/out")


def test_the_job_reports_progress_in_its_own_thread(
    qtbot: QtBot, seeded_repo: Repository, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    job = export_job(Project(seeded_repo, None), "jsonl", out, ExportOptions())
    seen: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        job.start()
    assert finished.args[0].articles == 5
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_a_cancelled_export_leaves_the_old_file_as_it_was(
    qtbot: QtBot, seeded_repo: Repository, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"previous": "export"}\n', encoding="utf-8")
    job = export_job(Project(seeded_repo, None), "jsonl", out, ExportOptions())
    # Direct: the cancel happens in the worker as the last record is written, so it
    # cannot arrive after the export finished; no timing involved.
    job.progressed.connect(
        lambda done, total: done == total and job.cancel(), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(job.failed, timeout=10_000) as failed:
        job.start()
    assert failed.args[0] == f"Export cancelled; {out} is as it was."
    assert json.loads(out.read_text(encoding="utf-8")) == {"previous": "export"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")] == []


def test_an_import_job_runs_in_its_thread_and_a_cancelled_one_writes_nothing(
    qtbot: QtBot, seeded_repo: Repository, tmp_path: Path
) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"neu{n}.txt"
        path.write_text(f"Artikel {n}\n{n}00 Soldaten kamen.", encoding="utf-8")
        files.append(path)
    cancelled = import_job(Project(seeded_repo, None), files, None)

    def cancel_after_the_last_file(done: int, total: int) -> None:
        if done == total:
            cancelled.cancel()

    # Direct: the cancel happens in the worker, after every file was read and before
    # the store step, the latest moment a user can press Cancel; no timing involved.
    cancelled.progressed.connect(cancel_after_the_last_file, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(cancelled.failed, timeout=10_000) as failed:
        cancelled.start()
    assert failed.args[0] == "Import cancelled; nothing was imported."
    assert len(seeded_repo.list_articles()) == 5
    job = import_job(Project(seeded_repo, None), files, None)
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        job.start()
    summary = finished.args[0].summary
    assert summary.added == ["neu0", "neu1", "neu2"]
    assert len(seeded_repo.list_articles()) == 8


def test_import_dialog_policies_merge_spans_into_an_article_present(
    qtbot: QtBot,
    window: MainWindow,
    seeded_repo: Repository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimmark.ui.import_dialog import ImportDialog

    text = seeded_repo.article(FIRST_SEED).text
    start = text.index("4000 Verluste")
    line = {
        "id": FIRST_SEED,
        "text": text,
        "spans": [
            {"start": start, "end": start + 13, "label": "LOSSES"},
            {"start": start, "end": start + 4, "label": "FIGURE"},
        ],
    }
    path = tmp_path / "team.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")

    def fill_in(dialog: ImportDialog) -> QDialog.DialogCode:
        dialog.add_path(path)
        dialog.on_duplicate.setCurrentIndex(dialog.on_duplicate.findData("merge"))
        dialog.unknown_labels.setCurrentIndex(dialog.unknown_labels.findData("refuse"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", fill_in)
    with qtbot.waitSignal(window.import_done, timeout=10_000) as done:
        window.actions_by_name["import"].trigger()
    assert done.args[0].summary.merged == [FIRST_SEED]
    assert [(s.text, s.label) for s in seeded_repo.spans_for(FIRST_SEED)] == [
        ("4000 Verluste", "LOSSES")
    ]
    assert [lb.name for lb in seeded_repo.labels()] == ["TROOPS", "LOSSES", "WEAPONS"]
    assert [s.text for s in window.view.spans] == ["4000 Verluste"]


def test_a_bug_in_an_import_job_ends_it_with_a_message_not_a_hang(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    from dataclasses import replace

    from claimmark.formats.registry import FORMATS

    def broken_reader(path: Path) -> object:
        raise RuntimeError("a bug in a reader")

    monkeypatch.setitem(FORMATS, "txt", replace(FORMATS["txt"], read=broken_reader))
    path = tmp_path / "any.txt"
    path.write_text("Titel\nText", encoding="utf-8")
    with qtbot.waitSignal(window.import_done, timeout=10_000) as done:
        window.files.import_files([path])
    assert done.args == [None]
    assert told[-1][0] == "error"
    assert told[-1][1].startswith("This is a bug in Claimmark")
    assert window.jobs.running == []


def test_file_back_up_writes_a_copy_in_the_background(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimmark.ui import file_dialogs

    out = tmp_path / "backup.db"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args: str(out))
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    with qtbot.waitSignal(window.files.backup_done, timeout=10_000) as done:
        window.actions_by_name["backup"].trigger()
    assert done.args == [out]
    copy = Repository.open(out, create=False)
    assert [s.text for s in copy.spans_for(FIRST_SEED)] == ["3000 weitere Soldaten"]
    copy.close()
