"""A pre-annotated file in the window: imported, its suggestions drawn and reviewed by key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.core.suggestions import SuggestionState
from claimmark.store import Repository
from claimmark.ui.main_window import MainWindow

TEXT = "Neue Lieferung\nDie USA lieferten 31 Abrams-Panzer; 400 Soldaten wurden ausgebildet."


def _pending(label: str, words: str, score: float) -> dict[str, object]:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "label": label, "text": words,
            "origin": "detector", "state": "pending", "score": score,
            "proposed_by": "rules"}  # fmt: skip


@pytest.mark.parametrize("suffix", ["jsonl", "parquet"])
def test_a_preannotated_file_imports_as_suggestions_the_keyboard_reviews(
    qtbot: QtBot, window: MainWindow, seeded_repo: Repository, tmp_path: Path, suffix: str
) -> None:
    spans = [_pending("WEAPONS", "31 Abrams-Panzer", 0.9), _pending("TROOPS", "400 Soldaten", 0.8)]
    lines = tmp_path / "pre.jsonl"
    lines.write_text(json.dumps({"id": "p1", "text": TEXT, "spans": spans}) + "\n")
    path = lines
    if suffix == "parquet":
        pytest.importorskip("pyarrow")
        from claimmark.formats.importing import read_path
        from claimmark.formats.registry import export

        path = tmp_path / "pre.parquet"
        export("parquet", read_path(lines).records, path)

    with qtbot.waitSignal(window.import_done, timeout=20_000) as done:
        window.files.import_files([path])
    assert done.args[0].summary.suggestions == 2
    window.open_article("p1")
    qtbot.waitUntil(lambda: window.view.toPlainText().startswith("Neue Lieferung"))
    assert [s.text for s in window.view.suggestions] == ["31 Abrams-Panzer", "400 Soldaten"]
    assert window.view.spans == []
    assert seeded_repo.is_detected("p1")  # opening it ran no detector over them

    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    [span] = seeded_repo.spans_for("p1")
    assert (span.text, span.label, span.origin) == ("31 Abrams-Panzer", "WEAPONS", "detector")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_X)
    states = {s.text: s.state for s in seeded_repo.suggestions_for("p1", tuple(SuggestionState))}
    assert states == {"31 Abrams-Panzer": "accepted", "400 Soldaten": "rejected"}
