"""Reading .txt articles: ids, encodings, folders, and problems named by file."""

from __future__ import annotations

from pathlib import Path

from claimmark.core.problems import ImportProblem
from claimmark.formats.txt import read_txt


def test_files_and_folders_are_read_with_stem_as_id(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "b.txt").write_bytes("\ufeffTitel B\r\nText".encode())
    (tmp_path / "news" / "a.txt").write_text("Titel A\nText", encoding="utf-8")
    (tmp_path / "news" / "ignored.md").write_text("no")
    single = tmp_path / "c.txt"
    single.write_bytes("Titel C\nÜ".encode("utf-16"))
    read = read_txt([tmp_path / "news", single])
    assert read.problems == []
    assert [(r.article.id, r.article.title, r.article.text) for r in read.records] == [
        ("a", "Titel A", "Titel A\nText"),
        ("b", "Titel B", "Titel B\nText"),
        ("c", "Titel C", "Titel C\nÜ"),
    ]
    assert [str(note) for note in read.notes] == [
        f"{tmp_path / 'news' / 'b.txt'}: read as utf_8 (BOM)",
        f"{single}: read as utf_16 (BOM)",
    ]


def test_cp1252_and_latin1_german_text_is_read_and_the_encoding_named(tmp_path: Path) -> None:
    windows = tmp_path / "windows.txt"
    windows.write_bytes("Grüße aus Köln: „3000 Soldaten“ – größer".encode("cp1252"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Die Straße nach Kursk, größer".encode("latin-1"))
    read = read_txt([windows, latin])
    assert [r.article.text for r in read.records] == [
        "Grüße aus Köln: „3000 Soldaten“ – größer",
        "Die Straße nach Kursk, größer",
    ]
    notes = [str(note) for note in read.notes]
    assert notes == [f"{windows}: read as cp1252", f"{latin}: read as cp1252"]


def test_bad_files_are_problems_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Gut\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    read = read_txt([good, empty, missing])
    assert [r.article.id for r in read.records] == ["good"]
    assert read.problems == [
        ImportProblem(str(missing), "no such file or folder"),
        ImportProblem(str(empty), "file is empty"),
    ]
