"""An article's publication day, outlet and URL: read, written back, read again."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from claimmark.core.articles import iso_day
from claimmark.core.articles import make_article
from claimmark.core.records import Record
from claimmark.formats.importing import read_path
from claimmark.formats.registry import export

TEXT = "Nordkorea schickt Soldaten\nSeoul, 23. Oktober 2024 – Kim schickte 3000 Soldaten."
META = {"published": "2024-10-23", "outlet": "dpa", "url": "https://example.org/a1"}


def _record() -> Record:
    return Record(replace(make_article("a1", TEXT), **META), [])


@pytest.mark.parametrize(("format_name", "suffix"), [
    ("jsonl", ".jsonl"), ("doccano", ".jsonl"), ("label-studio", ".json"),
])  # fmt: skip
def test_published_outlet_and_url_survive_export_and_import(
    tmp_path: Path, format_name: str, suffix: str
) -> None:
    out = tmp_path / f"out{suffix}"
    export(format_name, [_record()], out)
    result = read_path(out, format_name)
    assert result.problems == []
    [record] = result.records
    article = record.article
    assert (article.published, article.outlet, article.url) == tuple(META.values())


def test_csv_rows_carry_the_articles_day_outlet_and_url(tmp_path: Path) -> None:
    from claimmark.core.spans import make_span

    start = TEXT.index("3000 Soldaten")
    span = make_span("a1", TEXT, start, start + 13, "TROOPS", "anna")
    out = tmp_path / "out.csv"
    export("csv", [Record(_record().article, [span])], out)
    with out.open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert {name: row[name] for name in META} == META


def test_a_csv_of_articles_gives_them_their_metadata(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    path.write_text(
        "id,title,text,published,outlet,url\r\n"
        'a1,Titel,"Kim schickte 3000 Soldaten.",2024-10-23,dpa,https://example.org/a1\r\n',
        encoding="utf-8",
    )
    [record] = read_path(path).records
    assert record.article.published == "2024-10-23"
    assert (record.article.outlet, record.article.url) == ("dpa", "https://example.org/a1")


def test_a_day_that_does_not_read_is_a_problem_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "Titel\nText eins.", "published": "23.10.2024", "outlet": "dpa"},
        {"id": "b", "text": "Titel\nText zwei.", "published": "2024-10-24T08:15:00Z"},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = read_path(path)
    [problem] = result.problems
    assert (problem.path, problem.line) == (str(path), 1)
    assert "'23.10.2024' is no date of the form 2024-10-23" in problem.message
    first, second = (r.article for r in result.records)
    assert (first.published, first.outlet) == (None, "dpa")  # the rest of the article is kept
    assert second.published == "2024-10-24"


def test_iso_day_takes_a_day_or_a_timestamp_and_nothing_else() -> None:
    assert iso_day(" 2024-02-29 ") == "2024-02-29"
    assert iso_day("2024-10-23 08:00") == "2024-10-23"
    for wrong in ("2023-02-29", "2024-10", "20241023", "2024-10-23x"):
        with pytest.raises(ValueError, match="no date of the form"):
            iso_day(wrong)
