"""The window in German: every translatable string has its German, the menus speak it,
and the keys are the same as in English."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.bundled import resources_dir
from claimmark.store import Repository
from claimmark.ui.guidelines import GuidelinesView
from claimmark.ui.i18n import grouped, install_translation, remove_translation, translations_dir
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import mark, open_window

UI = Path(__file__).parents[2] / "app" / "claimmark" / "ui"
TS = translations_dir() / "claimmark_de.ts"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed beside Python")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (str(context.findtext("name")), str(message.findtext("source"))): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.slow
def test_every_string_of_the_window_has_its_german(tmp_path: Path) -> None:
    # lupdate over today's code, into a copy: a string added to the window without its
    # German comes in "unfinished".
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    # The window's modules, and the use cases whose words it says (as the Makefile lists).
    project = UI.parent / "project"
    named = ("edits.py", "article_edits.py", "annotating.py", "adjudicating.py")
    said = [project / name for name in named]
    sources = [str(p) for p in [*sorted(UI.glob("*.py")), *said]]
    subprocess.run(
        [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts",
         str(copy)],
        check=True, capture_output=True,
    )  # fmt: skip
    found = _messages(copy)
    assert len(found) >= 90
    untranslated = [
        key
        for key, message in found.items()
        if (t := message.find("translation")) is None or t.get("type") or not t.text
    ]
    assert untranslated == [], "translate these (make translations, then the .ts)"
    assert set(_messages(TS)) == set(found), "run make translations: the .ts is behind"


@pytest.mark.slow
def test_the_qm_the_app_loads_is_built_from_the_ts(tmp_path: Path) -> None:
    built = tmp_path / "claimmark_de.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(built)], check=True,
                   capture_output=True)  # fmt: skip
    assert built.read_bytes() == (translations_dir() / "claimmark_de.qm").read_bytes()


def test_the_german_guidelines_keep_every_example_and_section_of_the_english() -> None:
    # Examples are the same data in both (spans, qualifiers, words): a change to the
    # English guidelines that the German lacks fails here.
    english = (resources_dir() / "GUIDELINES.md").read_text(encoding="utf-8")
    german = (resources_dir() / "GUIDELINES.de.md").read_text(encoding="utf-8")

    def examples(text: str) -> set[str]:
        return {" ".join(found.split()) for found in re.findall(r"`([^`]+)`", text)}

    assert examples(english) - examples(german) == set()
    assert len(re.findall(r"^## ", german, re.M)) == len(re.findall(r"^## ", english, re.M))


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_translation(qapp, "de")
    yield
    remove_translation(qapp)


def test_the_menus_speak_german_and_the_keys_stay_the_same(
    qtbot: QtBot, seeded_repo: Repository, german: None, told: list[tuple[str, str]]
) -> None:
    window: MainWindow = open_window(qtbot, seeded_repo)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == [
        "&Datei", "&Bearbeiten", "&Ansicht", "&Gehe zu", "&Vorschläge", "&Team", "&Hilfe"
    ]  # fmt: skip
    german_texts = {str(m.findtext("translation")) for m in _messages(TS).values()}
    for name in ("accept", "reject", "done", "import", "export", "projects", "quit"):
        assert window.actions_by_name[name].text() in german_texts, name
    assert window.actions_by_name["undo"].text().startswith("&Rückgängig")
    assert [a.text() for a in window.mark_actions.values()] == [
        "TROOPS markieren", "LOSSES markieren", "WEAPONS markieren"
    ]  # fmt: skip

    meta = window.header.meta.full_text()
    assert "   ·   offen   ·   " in meta
    assert meta.endswith("0 Vorschläge zu prüfen")
    assert grouped(12718) == "12.718"  # as German writes thousands

    # The guidelines panel shows the German guidelines.
    shown = window.findChild(GuidelinesView)
    assert shown is not None
    assert shown.toPlainText().startswith("Annotationsrichtlinien")

    # The keys a person learned in English work the same.
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == ["3000 weitere Soldaten"]
    assert told[-1] == ("info", "TROOPS „3000 weitere Soldaten“ markiert — gespeichert.")
    # The Edit menu names the step in German too (the use case's words, translated).
    assert window.undo_stack.undoText() == "TROOPS „3000 weitere Soldaten“ markieren"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert window.undo_stack.redoText() == "TROOPS „3000 weitere Soldaten“ markieren"
    shown = {n: [k.toString() for k in a.shortcuts()] for n, a in window.actions_by_name.items()}
    assert shown["reject"] == ["X", "Backspace"]
    assert shown["done"] == ["Ctrl+Return", "Ctrl+Enter"]
