"""A brat export writes into the folder it is given and deletes nothing it did not write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimmark.core.articles import make_article
from claimmark.core.records import Record
from claimmark.formats.atomic import TargetRefusedError
from claimmark.formats.importing import read_path
from claimmark.formats.registry import export


def _records(*ids: str) -> list[Record]:
    return [Record(make_article(i, f"Titel {n}\nText {n}."), []) for n, i in enumerate(ids)]


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b""
        for p in sorted(folder.rglob("*"))
    }


def test_a_folder_with_other_files_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    (folder / "sub").mkdir(parents=True)
    (folder / "thesis.docx").write_bytes(b"my thesis")
    (folder / "sub" / "notes.txt").write_text("notes")
    before = _tree(folder)
    with pytest.raises(TargetRefusedError, match="holds files Claimmark did not write"):
        export("brat", _records("a1"), folder)
    assert _tree(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work"]  # no temporary folder left


def test_the_current_folder_is_refused_when_it_holds_other_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "keep.txt").write_text("keep")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TargetRefusedError):
        export("brat", _records("a1"), Path("."))
    assert sorted(os.listdir(tmp_path)) == ["keep.txt"]


def test_exporting_again_replaces_only_what_the_last_export_wrote(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    export("brat", _records("a1", "a2"), folder)
    export("brat", _records("a1"), folder)
    assert sorted(p.name for p in folder.iterdir()) == [
        ".claimmark-export", "a1.ann", "a1.txt", "annotation.conf"
    ]  # fmt: skip
    folder.joinpath("extra.txt").write_text("mine")
    with pytest.raises(TargetRefusedError):
        export("brat", _records("a1"), folder)
    assert folder.joinpath("extra.txt").read_text() == "mine"


def test_an_empty_folder_is_written_into(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    report = export("brat", _records("a1"), folder)
    assert report.articles == 1
    assert (folder / "a1.txt").exists()


def test_ids_that_look_alike_get_their_own_files_and_read_back(tmp_path: Path) -> None:
    ids = ["a/b", "a\x00b", "a_b", "a%b", ".hidden", "ümlaut", "a b"]
    report = export("brat", _records(*ids), tmp_path / "brat")
    assert (report.articles, report.problems) == (len(ids), [])
    read = read_path(tmp_path / "brat", "brat")
    assert sorted(r.article.id for r in read.records) == sorted(ids)
    assert not any(p.name.startswith(".") and p.suffix in (".txt", ".ann")
                   for p in (tmp_path / "brat").iterdir())  # fmt: skip


def test_an_id_too_long_for_a_file_name_is_reported_and_the_rest_written(tmp_path: Path) -> None:
    long_id = "x" * 5_000
    report = export("brat", _records(long_id, "a1"), tmp_path / "brat")
    assert report.articles == 1
    assert [p.message for p in report.problems] == [
        "the article id is too long (or empty) for a file name; not written"
    ]


def test_ids_that_differ_only_in_case_are_reported(tmp_path: Path) -> None:
    report = export("brat", _records("Artikel", "artikel"), tmp_path / "brat")
    assert report.articles == 1
    assert report.problems[0].path == "artikel"
