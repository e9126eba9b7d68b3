"""Each format's shape, its options, and bad input named by file and line."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from claimmark.core.articles import make_article
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.spans import Span
from claimmark.core.spans import make_span
from claimmark.formats.importing import read_path
from claimmark.formats.importing import read_paths
from claimmark.formats.options import ExportOptions
from claimmark.formats.registry import export
from claimmark.project.importing import store_records

TEXT = "Titel\nEs kamen rund 11.000 Soldaten. Viele Raketen fielen."


def _span(words: str, label: str, **attributes: object) -> Span:
    start = TEXT.index(words)
    return Span(f"s-{label}", "a1", start, start + len(words), label, words, "alice",
                "2026-11-24T10:00:00+00:00", **attributes)  # type: ignore[arg-type]  # fmt: skip


def _record() -> Record:
    article = make_article("a1", TEXT)
    return Record(
        article,
        [_span("rund 11.000 Soldaten", "TROOPS", value=11000, qualifier="approx"),
         _span("Raketen", "WEAPONS")],
        [_span("Soldaten", "LOSSES")],
    )  # fmt: skip


def test_conll_writes_bio_tags_per_token_and_sentence(tmp_path: Path) -> None:
    out = tmp_path / "out.conll"
    export("conll", [_record()], out)
    assert out.read_text(encoding="utf-8") == (
        "-DOCSTART- O\n\n"
        "Titel O\n\n"
        "Es O\nkamen O\nrund B-TROOPS\n11.000 I-TROOPS\nSoldaten I-TROOPS\n. O\n\n"
        "Viele O\nRaketen B-WEAPONS\nfielen O\n. O\n\n"
    )


def test_conll_reports_spans_bio_cannot_hold(tmp_path: Path) -> None:
    record = _record()
    record.spans.append(_span("Soldaten", "LOSSES"))
    report = export("conll", [record], tmp_path / "out.conll")
    assert report.spans == 2
    assert [p.message for p in report.problems] == [
        "LOSSES span 27-35 'Soldaten' overlaps the TROOPS span 'rund 11.000 Soldaten'; "
        "BIO tags hold one, so it is not written"
    ]


def test_spacy_jsonl_shape_with_negatives_as_rejected_examples(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    export("spacy-jsonl", [_record()], out, ExportOptions(negatives=True))
    accept, reject = (json.loads(line) for line in out.read_text().splitlines())
    assert accept["answer"] == "accept"
    assert accept["spans"][0] == {
        "start": 15, "end": 35, "label": "TROOPS", "token_start": 3, "token_end": 5,
    }  # fmt: skip
    assert [t["text"] for t in accept["tokens"][3:6]] == ["rund", "11.000", "Soldaten"]
    assert accept["meta"] == {"id": "a1", "title": "Titel", "status": "todo"}
    assert (reject["answer"], [s["label"] for s in reject["spans"]]) == ("reject", ["LOSSES"])


def test_label_studio_task_shape(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    export("label-studio", [_record()], out)
    [task] = json.loads(out.read_text())
    assert task["data"]["text"] == TEXT
    result = task["annotations"][0]["result"][0]
    assert (result["type"], result["from_name"], result["to_name"]) == ("labels", "label", "text")
    assert result["value"] == {
        "start": 15,
        "end": 35,
        "text": "rund 11.000 Soldaten",
        "labels": ["TROOPS"],
    }


def test_label_studio_regions_of_a_task_have_ids_of_their_own(tmp_path: Path) -> None:
    # Spans marked one after the other: their ids begin with the same time.
    article = make_article("a1", TEXT)
    spans = [
        make_span("a1", TEXT, TEXT.index(w), TEXT.index(w) + len(w), label, "alice")
        for w, label in (("rund 11.000 Soldaten", "TROOPS"), ("Raketen", "WEAPONS"))
    ]
    out = tmp_path / "out.json"
    export("label-studio", [Record(article, spans)], out)
    [task] = json.loads(out.read_text())
    ids = [region["id"] for region in task["annotations"][0]["result"]]
    assert len(set(ids)) == 2


def test_brat_folder_has_txt_ann_and_conf(tmp_path: Path) -> None:
    export("brat", [_record()], tmp_path / "brat")
    assert sorted(p.name for p in (tmp_path / "brat").iterdir()) == [
        ".claimmark-export", "a1.ann", "a1.txt", "annotation.conf"
    ]  # fmt: skip
    assert (tmp_path / "brat" / "a1.ann").read_text().splitlines() == [
        "T1\tTROOPS 15 35\trund 11.000 Soldaten",
        "#1\tAnnotatorNotes T1\tvalue=11000; qualifier=approx",
        "T2\tWEAPONS 43 50\tRaketen",
    ]


def test_export_options_filter_statuses_and_labels(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    report = export("jsonl", [_record()], out, ExportOptions(statuses=frozenset({"done"})))
    assert (report.articles, out.read_text()) == (0, "")
    export("jsonl", [_record()], out, ExportOptions(labels=frozenset({"WEAPONS"})))
    [line] = out.read_text().splitlines()
    assert [s["label"] for s in json.loads(line)["spans"]] == ["WEAPONS"]
    assert "negatives" not in json.loads(line)


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path: Path) -> None:
    record = _record()
    record.spans[0] = replace(record.spans[0], source="=HYPERLINK(1)", note="-3 Panzer")
    safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
    export("csv", [record], safe)
    export("csv", [record], raw, ExportOptions(spreadsheet_safe=False))
    rows = list(csv.DictReader(safe.open(encoding="utf-8", newline="")))
    assert (rows[0]["source"], rows[0]["note"]) == ("'=HYPERLINK(1)", "'-3 Panzer")
    rows = list(csv.DictReader(raw.open(encoding="utf-8", newline="")))
    assert rows[0]["source"] == "=HYPERLINK(1)"


def test_bad_lines_are_named_and_the_valid_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    good = {"id": "ok", "text": TEXT, "spans": [{"start": 15, "end": 35, "label": "TROOPS"}]}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps(
            {
                "id": "b",
                "text": TEXT,
                "spans": [
                    {"start": 5, "end": 999, "label": "TROOPS"},
                    {"start": 20, "end": 10, "label": "TROOPS"},
                    {"start": 15, "end": 19, "label": "TROOPS", "text": "viel"},
                    {"start": 15, "end": 19, "label": "TROOPS", "qualifier": "maybe"},
                ],
            }
        ),
        json.dumps({"id": "c"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = read_path(path, "jsonl")
    assert [r.article.id for r in read.records] == ["ok", "b"]
    assert [s.text for s in read.records[1].spans] == ["rund"]
    assert [str(p) for p in read.problems] == [
        f"{path}:2: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:3: span 5-999 of b is outside the text ({len(TEXT)} characters)",
        f"{path}:3: span 20-10 of b is reversed ({len(TEXT)} characters)",
        f"{path}:3: span 15-19 of b says 'viel' but the text there is 'rund'",
        f"{path}:3: span 15-19 of b: unknown qualifier 'maybe'",
        f'{path}:4: no "text" string',
    ]


def test_unknown_format_and_discontinuous_brat_spans_are_problems(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("eins zwei drei", encoding="utf-8")
    (tmp_path / "b" / "x.ann").write_text("T1\tTROOPS 0 4;10 14\teins drei\n", encoding="utf-8")
    (tmp_path / "y.xml").write_text("<x/>")
    read = read_paths([tmp_path / "b", tmp_path / "y.xml"])
    assert [r.article.id for r in read.records] == ["x"]
    assert read.problems == [
        ImportProblem(
            str(tmp_path / "b" / "x.ann"), "discontinuous span '0 4;10 14' is not supported", 1
        ),
        ImportProblem(
            str(tmp_path / "y.xml"),
            "unknown format .xml; say --format (txt, jsonl, csv, spacy-jsonl, doccano, "
            "label-studio, brat, parquet)",
        ),
    ]


@pytest.mark.parametrize("policy", ["skip", "merge"])
def test_store_import_skips_or_merges_an_article_already_present(
    fresh_repo: object, policy: str
) -> None:
    from claimmark.store import Repository

    repo: Repository = fresh_repo  # type: ignore[assignment]
    first = _record()
    store_records(repo, [Record(first.article, first.spans[:1])])
    summary = store_records(repo, [first], on_duplicate=policy)
    if policy == "skip":
        assert summary.skipped == [("a1", "an article with id a1 exists")]
        assert [s.label for s in repo.spans_for("a1")] == ["TROOPS"]
    else:
        assert (summary.merged, summary.spans) == (["a1"], 1)
        assert [s.label for s in repo.spans_for("a1")] == ["TROOPS", "WEAPONS"]


def test_store_import_adds_or_refuses_unknown_labels(fresh_repo: object) -> None:
    from claimmark.store import Repository

    repo: Repository = fresh_repo  # type: ignore[assignment]
    record = _record()
    record.spans.append(_span("fielen", "CIVILIANS"))
    refused = store_records(repo, [record], unknown_labels="refuse")
    assert [p.message for p in refused.problems] == [
        "CIVILIANS span 'fielen' in a1: label not in the project; not imported"
    ]
    other = Record(make_article("a2", TEXT + " Neu."), [
        Span("c", "a2", 51, 57, "CIVILIANS", "fielen", "bob", "2026-01-01")])  # fmt: skip
    added = store_records(repo, [other])
    assert added.labels_added == ["CIVILIANS"]
    assert [(lb.name, lb.key) for lb in repo.labels()][-1] == ("CIVILIANS", "4")
    assert [s.label for s in repo.spans_for("a2")] == ["CIVILIANS"]


def test_claimmark_reads_back_its_own_jsonl_with_unicode_line_separators(
    tmp_path: Path,
) -> None:
    texts = {
        "ls": "Titel\u2028zweite Zeile\nKim schickte 3000 Soldaten.",
        "ps": "Titel\nAbsatz\u2029Neuer Absatz mit 50 Raketen.",
        "nel": "Titel\u0085mit NEL\nund Text.",
    }
    records = [Record(make_article(key, text), []) for key, text in texts.items()]
    # A title taken from a file may hold them too: it is folded to one line.
    records[0] = Record(replace(records[0].article, title="Eins\u2028Zwei"), [])
    path = tmp_path / "out.jsonl"
    export("jsonl", records, path)
    assert len(path.read_bytes().split(b"\n")) == 4  # three lines and the final newline
    read = read_path(path, "jsonl")
    assert read.problems == []
    assert [r.article.text for r in read.records] == [r.article.text for r in records]
    assert [r.article.text for r in read.records][2] == "Titel\nmit NEL\nund Text."
    assert [r.article.title for r in read.records] == ["Eins Zwei", "Titel", "Titel"]


def test_a_title_is_one_line_of_at_most_300_characters(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Wort " * 10_000 + "\nText", encoding="utf-8")
    (record,) = read_path(path, "txt").records
    assert len(record.article.title) == 300
    assert record.article.title.endswith("…")


def test_json_lines_split_at_line_feeds_only(tmp_path: Path) -> None:
    lines = [
        {"id": "ls", "title": "Eins\u2028Zwei", "text": "Kim\u2028schickte 3000 Soldaten."},
        {"id": "ff", "text": "Seite\fzwei\u0085und\u2029drei."},
        {"id": "vt", "text": "Zeile\vmit Tab\u001c."},
    ]
    path = tmp_path / "raw.jsonl"
    path.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\r\n" for line in lines), encoding="utf-8"
    )
    read = read_path(path, "jsonl")
    assert read.problems == []
    assert [(r.article.id, r.article.title, r.article.text) for r in read.records] == [
        ("ls", "Eins Zwei", "Kim\nschickte 3000 Soldaten."),
        ("ff", "Seitezwei", "Seitezwei\nund\ndrei."),
        ("vt", "Zeilemit Tab.", "Zeilemit Tab."),
    ]


def test_an_articles_note_goes_out_and_comes_back_in_jsonl(tmp_path: Path) -> None:
    from dataclasses import replace

    from claimmark.core.articles import make_article
    from claimmark.core.records import Record

    article = replace(make_article("a1", "Titel\nText."), note="Quelle: nur Seoul")
    export("jsonl", [Record(article, [])], tmp_path / "n.jsonl")
    [back] = read_path(tmp_path / "n.jsonl", "jsonl").records
    assert back.article.note == "Quelle: nur Seoul"
