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
    articles, problems = read_txt([tmp_path / "news", single])
    assert problems == []
    assert [(a.id, a.title, a.text) for a in articles] == [
        ("a", "Titel A", "Titel A\nText"),
        ("b", "Titel B", "Titel B\nText"),
        ("c", "Titel C", "Titel C\nÜ"),
    ]


def test_bad_files_are_problems_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Gut\n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Zeile eins\nGr\xfc\xdfe")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    articles, problems = read_txt([good, latin, empty, missing])
    assert [a.id for a in articles] == ["good"]
    assert problems == [
        ImportProblem(str(missing), "no such file or folder"),
        ImportProblem(str(latin), "not UTF-8 text (byte 0xfc at offset 13)", 2),
        ImportProblem(str(empty), "file is empty"),
    ]
    assert str(problems[1]) == f"{latin}:2: not UTF-8 text (byte 0xfc at offset 13)"
