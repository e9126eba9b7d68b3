"""`claimmark ledger`: every confirmed claim by day, in three formats, filtered; hints."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from claimmark.cli import cli

# Three articles, published out of import order; one without a day.
A = "Soldaten in Kursk\nRund 11.000 Soldaten sind laut Südkorea in Kursk."
B = "Verluste\nMindestens 3000 Soldaten wurden getötet, sagte Südkorea."
C = "Ohne Datum\nKim schickte 200 Panzer | und 5 Haubitzen."
D = "Neue Zahl\nMindestens 2000 Soldaten wurden getötet, sagt Südkorea."


def _span(text: str, words: str, label: str, **attributes: object) -> dict[str, object]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "label": label, "annotator": "anna",
            **attributes}  # fmt: skip


CORPUS = [
    {"id": "b", "text": B, "published": "2024-12-19", "outlet": "Reuters", "status": "done",
     "spans": [_span(B, "3000 Soldaten", "LOSSES", value=3000, qualifier="exact",
                     source="Südkorea")]},
    {"id": "a", "text": A, "published": "2024-10-23", "outlet": "dpa", "url": "https://x.org/a",
     "spans": [_span(A, "Rund 11.000 Soldaten", "TROOPS", value=11000, qualifier="approx",
                     source="Südkorea")]},
    {"id": "c", "text": C,
     "spans": [_span(C, "200 Panzer", "WEAPONS", value=200, qualifier="exact"),
               _span(C, "5 Haubitzen", "WEAPONS", value=5, qualifier="exact")]},
    {"id": "d", "text": D, "published": "2024-12-21", "outlet": "AFP",
     "spans": [_span(D, "Mindestens 2000 Soldaten", "LOSSES", value=2000,
                     qualifier="at_least", source="SÜDKOREA")]},
]  # fmt: skip

# By day (unknown last), then article, then place; computed by hand from CORPUS.
EXPECTED = [
    ["a", "Soldaten in Kursk", "2024-10-23", "dpa", "TROOPS", "Rund 11.000 Soldaten", "11000",
     "approx", "Südkorea", "anna", "todo", "18", "38"],
    ["b", "Verluste", "2024-12-19", "Reuters", "LOSSES", "3000 Soldaten", "3000", "exact",
     "Südkorea", "anna", "done", "20", "33"],
    ["d", "Neue Zahl", "2024-12-21", "AFP", "LOSSES", "Mindestens 2000 Soldaten", "2000",
     "at_least", "SÜDKOREA", "anna", "todo", "10", "34"],
    ["c", "Ohne Datum", "", "", "WEAPONS", "200 Panzer", "200", "exact", "", "anna", "todo",
     "24", "34"],
    ["c", "Ohne Datum", "", "", "WEAPONS", "5 Haubitzen", "5", "exact", "", "anna", "todo",
     "41", "52"],
]  # fmt: skip


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _project(tmp_path: Path) -> Path:
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "p.db"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in CORPUS), encoding="utf-8")
    code, _out, err = _run("import", corpus, "--db", db)
    assert code == 0, err
    return db


def test_the_ledger_is_the_same_rows_in_csv_jsonl_and_markdown(tmp_path: Path) -> None:
    db = _project(tmp_path)
    code, out, _err = _run("ledger", "--db", db, "--format", "csv", "--out", tmp_path / "l.csv")
    assert code == 0
    assert out == f"wrote 5 claims to {tmp_path / 'l.csv'}\n"
    with (tmp_path / "l.csv").open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[:13] == ["article_id", "title", "published", "outlet", "label", "text",
                           "value", "qualifier", "source", "annotator", "status", "start",
                           "end"]  # fmt: skip
    assert [row[:13] for row in rows] == EXPECTED
    code, out, _err = _run("ledger", "--db", db, "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.split("\n") if line]
    assert [r["value"] for r in records] == [11000, 3000, 2000, 200, 5]
    assert (records[3]["published"], records[0]["start"]) == (None, 18)
    code, out, _err = _run("ledger", "--db", db)  # Markdown on stdout by default
    lines = out.splitlines()
    assert lines[0].startswith("| article_id | title | published | outlet | label |")
    assert lines[1].startswith("|---|---|")
    assert lines[2].startswith("| a | Soldaten in Kursk | 2024-10-23 | dpa | TROOPS |")
    assert len(lines) == 2 + 5
    # A pipe in the words is escaped, so the table keeps its columns.
    assert all(line.count(" | ") == lines[0].count(" | ") for line in lines[2:])


def test_filters_narrow_the_ledger(tmp_path: Path) -> None:
    db = _project(tmp_path)

    def texts(*options: str) -> list[str]:
        code, out, err = _run("ledger", "--db", db, "--format", "jsonl", *options)
        assert code == 0, err
        return [json.loads(line)["text"] for line in io.StringIO(out)]

    assert texts("--label", "WEAPONS") == ["200 Panzer", "5 Haubitzen"]
    assert texts("--label", "TROOPS", "--label", "LOSSES") == [
        "Rund 11.000 Soldaten", "3000 Soldaten", "Mindestens 2000 Soldaten",
    ]  # fmt: skip
    assert texts("--status", "done") == ["3000 Soldaten"]
    assert texts("--since", "2024-12-01", "--until", "2024-12-20") == ["3000 Soldaten"]
    assert texts("--source", "südkorea", "--qualifier", "at_least") == ["Mindestens 2000 Soldaten"]
    assert texts("--outlet", "DPA") == ["Rund 11.000 Soldaten"]
    assert texts("--annotator", "ben") == []
    code, _out, err = _run("ledger", "--db", db, "--label", "TANKS")
    assert code == 1
    assert "no label TANKS in" in err
    code, _out, err = _run("ledger", "--db", db, "--since", "1.10.2024")
    assert (code, "--since: '1.10.2024' is no date of the form 2024-10-23" in err) == (1, True)


def test_conflicts_lists_a_later_minimum_below_an_earlier_exact_figure(tmp_path: Path) -> None:
    db = _project(tmp_path)
    code, out, err = _run("ledger", "--db", db, "--conflicts", "--format", "jsonl")
    assert code == 0, err
    [row] = [json.loads(line) for line in io.StringIO(out)]
    assert row["text"] == "Mindestens 2000 Soldaten"
    assert row["hint"] == (
        "SÜDKOREA gives at least 2,000 on 2024-12-21, fewer than the exact 3,000 of 2024-12-19"
    )
    code, _out, err = _run("ledger", "--db", db, "--format", "csv")
    assert err == "note: 1 claim with a hint (see --conflicts)\n"


def test_stats_counts_the_articles_without_a_date(tmp_path: Path) -> None:
    db = _project(tmp_path)
    code, out, _err = _run("stats", "--db", db)
    assert code == 0
    assert "articles without a date: 1" in out.splitlines()
    code, out, _err = _run("stats", "--db", db, "--json")
    assert json.loads(out)["articles_without_date"] == 1
