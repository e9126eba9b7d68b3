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
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimmark.bundled import resources_dir
from claimmark.core.problems import ImportProblem
from claimmark.store import Repository
from claimmark.store.schema import KNOWN_STEPS
from claimmark.ui.guidelines import GuidelinesView
from claimmark.ui.i18n import grouped
from claimmark.ui.i18n import install_translation
from claimmark.ui.i18n import remove_translation
from claimmark.ui.i18n import translations_dir
from claimmark.ui.main_window import MainWindow
from tests.conftest import FIRST_SEED
from tests.ui.conftest import mark
from tests.ui.conftest import open_window

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


def translated_sources() -> list[Path]:
    """Return the modules ``make translations`` reads, as the Makefile's TRANSLATED lists
    them: the window's, and the use cases and schema steps whose words it says."""
    root = UI.parents[2]
    lines = iter((root / "Makefile").read_text(encoding="utf-8").splitlines())
    words: list[str] = []
    for line in lines:
        if line.startswith("TRANSLATED :="):
            while True:
                words += line.removeprefix("TRANSLATED :=").rstrip("\\").split()
                if not line.endswith("\\"):
                    break
                line = next(lines)
            break
    listed = " ".join(words)
    sources: list[Path] = []
    for pattern in re.findall(r"\$\(wildcard ([^)]+)\)", listed):
        sources += sorted(root.glob(pattern))
    listed = re.sub(r"\$\(wildcard [^)]+\)", " ", listed)
    return sources + [root / word for word in listed.split()]


def test_the_sources_translated_are_the_window_and_what_it_says() -> None:
    names = {path.relative_to(UI.parent).as_posix() for path in translated_sources()}
    assert {"ui/main_window.py", "project/edits.py", "store/schema.py"} <= names
    assert all(path.exists() for path in translated_sources())


@pytest.mark.slow
def test_every_string_of_the_window_has_its_german(tmp_path: Path) -> None:
    # lupdate over today's code, into a copy: a string added to the window without its
    # German comes in "unfinished".
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = [str(p) for p in translated_sources()]
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

    # The default labels are described in German (a user's own description stays as written).
    from PySide6.QtWidgets import QLabel

    shown_texts = {label.text() for label in window.findChildren(QLabel)}
    assert "Verluste: getötet, verwundet, gefangen, vermisst" in shown_texts

    # The guidelines panel shows the German guidelines.
    shown = window.findChild(GuidelinesView)
    assert shown is not None
    assert shown.toPlainText().startswith("Annotationsrichtlinien")

    # The keys a person learned in English work the same.
    mark(qtbot, window, "3000 weitere Soldaten", Qt.Key.Key_1)
    claim_start = window.view.article.text.index("3000 weitere Soldaten")
    assert [s.text for s in seeded_repo.spans_for(FIRST_SEED)] == ["3000 weitere Soldaten"]
    assert told[-1] == ("info", "TROOPS „3000 weitere Soldaten“ markiert — gespeichert.")
    # The Edit menu names the step in German too (the use case's words, translated).
    assert window.undo_stack.undoText() == "TROOPS „3000 weitere Soldaten“ markieren"
    # A rule the mark would break is told in German too.
    mark(qtbot, window, "Soldaten zur", Qt.Key.Key_1)
    assert told[-1] == (
        "warning",
        "Nicht markiert: „Soldaten zur“ überlappt den TROOPS-Span „3000 weitere Soldaten“ "
        f"({claim_start}-{claim_start + 21}). Spans desselben Labels dürfen sich nicht "
        "überlappen (in der Ebene eines Annotators).",
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded_repo.spans_for(FIRST_SEED) == []
    assert window.undo_stack.redoText() == "TROOPS „3000 weitere Soldaten“ markieren"
    shown = {n: [k.toString() for k in a.shortcuts()] for n, a in window.actions_by_name.items()}
    assert shown["reject"] == ["X", "Backspace"]
    assert shown["done"] == ["Ctrl+Return", "Ctrl+Enter"]


def test_reports_about_and_upgrade_steps_speak_german(
    qtbot: QtBot, seeded_repo: Repository, german: None, tmp_path: Path,
    told: list[tuple[str, str]],
) -> None:  # fmt: skip
    from claimmark.project.backup import back_up
    from claimmark.project.splitting import split_corpus
    from claimmark.store import announced_steps
    from claimmark.ui import messages
    from claimmark.ui.about import about_text
    from claimmark.ui.file_dialogs import type_of
    from claimmark.ui.i18n import translated

    # A report of the use cases: its summary and each detail line, in German.
    split = split_corpus(seeded_repo, ["anna", "ben"], 0.4, tmp_path / "shares")
    messages.report(split)
    level, text = told[-1]
    assert level == "info"
    assert text.startswith("5 Artikel auf 2 Annotatoren aufgeteilt: 2 Artikel doppelt annotiert")
    assert "(anna: 4 Artikel (2 geteilt) in " in text
    assert translated(back_up(seeded_repo, tmp_path / "copy.db")).startswith(
        "5 Artikel und 0 Spans nach "
    )
    assert about_text("/p/x.db").splitlines()[1].startswith("Angaben zu Truppen")
    assert type_of("team.db-wal") == "SQLite-Write-Ahead-Log"
    assert type_of("notes.xyz") == "XYZ-Datei"

    # An import's problems name the file and line, and say what is wrong, in German.
    from claimmark.project.importing import import_paths

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Ein Text"}\nkein JSON\n{"id": "y"}\n', encoding="utf-8")
    messages.report(import_paths(seeded_repo, [bad]))
    level, text = told[-1]
    assert level == "error"
    lines = text.splitlines()
    assert lines[0] == (
        "1 Artikel mit 0 Spans importiert, 0 zusammengeführt, 0 übersprungen, 2 Probleme."
    )
    assert lines[1].startswith(f"Fehler: {bad}:2: ungültiges JSON: ")
    assert lines[2] == f"Fehler: {bad}:3: keine Zeichenkette „text“"

    # The store's refusals too.
    from claimmark.core.errors import ClaimmarkError
    from claimmark.ui.i18n import told as told_words

    with pytest.raises(ClaimmarkError) as missing:
        Repository.open(tmp_path / "nowhere.db", create=False)
    assert told_words(missing.value).endswith(
        ": diese Datenbank gibt es nicht (prüfen Sie den "
        "Pfad; claimmark import oder das Fenster legen eine an)"
    )
    assert "there is no such database" in str(missing.value)  # the command line's English

    # A value another program stored that Claimmark would not have written, in German.
    import sqlite3

    odd = seeded_repo.article_ids()[0]
    with sqlite3.connect(seeded_repo.path) as conn:
        conn.execute("pragma ignore_check_constraints = on")
        conn.execute("update articles set status = 'DONE!!' where id = ?", [odd])
    conn.close()
    problems: list[ImportProblem] = []
    assert len(list(seeded_repo.iter_records(problems=problems))) == 6  # and "x", imported
    assert [translated(p.words()) for p in problems] == [
        f"{seeded_repo.path}: Artikel {odd}: Status 'DONE!!' ist keiner von todo, "
        "in_progress, done; als todo gelesen"
    ]

    # What each schema step does, as the upgrade notice says it.
    said: list[str] = []
    with announced_steps(lambda what: said.append(QCoreApplication.translate("upgrade", what))):
        Repository.open(tmp_path / "new.db").close()
    assert said[0].startswith("Write-Ahead-Logging: Leser blockieren")
    assert said[-1].startswith("Artikeltexte in einer eigenen Tabelle")
    assert len(said) == len(KNOWN_STEPS)


@pytest.mark.slow
def test_the_wheel_carries_the_german_qm(tmp_path: Path) -> None:
    import zipfile

    root = UI.parents[2]
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(root)],
        check=True, capture_output=True,
    )  # fmt: skip
    [wheel] = tmp_path.glob("claimmark-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "claimmark/resources/translations/claimmark_de.qm" in names
    assert (
        zipfile.ZipFile(wheel).read("claimmark/resources/translations/claimmark_de.qm")
        == (translations_dir() / "claimmark_de.qm").read_bytes()
    )
