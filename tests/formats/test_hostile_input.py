"""Files that try to break the readers: the only outcome is records or problems, never a crash."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from claimmark.formats.importing import read_path
from claimmark.formats.importing import read_paths
from claimmark.formats.registry import IMPORT_FORMATS

TEXT = "Titel\nKim schickte 3000 Soldaten."


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _line(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False) + "\n").encode()


GOOD = _line({"id": "good", "text": TEXT, "spans": []})


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("odd.txt", b"\xff\xfe" + "Titel".encode("utf-16-le") + b"X", "not text"),
        ("bom.txt", b"\xef\xbb\xbf" + b"Titel \xff\xfe kaputt", "not text"),
        ("deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n" + GOOD, "nested too deeply"),
        ("spans.jsonl", _line({"id": "x", "text": TEXT, "spans": 5}) + GOOD,
         '"spans" is not a list (int)'),
        ("doccano.jsonl", _line({"id": "x", "text": TEXT, "label": 5}) + GOOD,
         '"label" is not a list (int)'),
        ("status.jsonl", _line({"id": "x", "text": TEXT, "status": "finished"}) + GOOD,
         "unknown status 'finished' of x; imported as to do"),
    ],
)  # fmt: skip
def test_one_bad_record_is_one_problem_and_the_rest_is_read(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    fmt = "doccano" if name.startswith("doccano") else None
    read = read_paths([_write(tmp_path, name, data)], fmt)
    read.extend(read_paths([_write(tmp_path, "also.txt", TEXT.encode())]))
    assert any(problem in str(p) for p in read.problems), read.problems
    assert "also" in [r.article.id for r in read.records]
    if name.endswith(".jsonl"):
        assert "good" in [r.article.id for r in read.records]


def test_a_csv_cell_over_128_kb_is_one_article(tmp_path: Path) -> None:
    long_text = "Wort " * 40_000  # 200 KB
    path = _write(tmp_path, "big.csv", f'id,text\nbig,"{long_text}"\n'.encode())
    read = read_path(path, "csv")
    assert (read.problems, [len(r.article.text) for r in read.records]) == ([], [len(long_text)])


def test_claimmarks_csv_of_spans_is_named_not_read_as_articles(tmp_path: Path) -> None:
    header = "article_id,start,end,label,text,annotator,created_at,origin,value,qualifier,source"
    path = _write(tmp_path, "spans.csv", f"{header}\na1,0,5,TROOPS,Titel,x,t,manual,,,\n".encode())
    read = read_path(path, "csv")
    assert read.records == []
    assert "this is a CSV of spans" in read.problems[0].message


def test_a_malformed_label_studio_task_is_a_problem(tmp_path: Path) -> None:
    tasks = [
        {"data": {"text": TEXT}, "annotations": 5},
        {"data": {"text": TEXT}, "annotations": [{"result": [{"type": "labels", "value": 3}]}]},
        {"data": {"text": TEXT, "article_id": "ok"}},
    ]
    read = read_path(_write(tmp_path, "t.json", json.dumps(tasks).encode()), "label-studio")
    assert [r.article.id for r in read.records] == ["t-1", "t-2", "ok"]
    assert [p.message for p in read.problems] == [
        "task 1: annotations are not a list of results",
        "task 2: a labels result has no labels",
    ]


def test_an_article_over_the_size_limit_is_refused_with_a_message(tmp_path: Path) -> None:
    from claimmark.core.text import MAX_TEXT_CHARACTERS

    path = _write(tmp_path, "huge.txt", b"x" * (MAX_TEXT_CHARACTERS + 1))
    read = read_path(path, "txt")
    assert read.records == []
    assert "Claimmark takes articles of at most 10,000,000" in read.problems[0].message


_READERS = [name for name in IMPORT_FORMATS if name != "brat"]
_SUFFIX = {"label-studio": ".json", "csv": ".csv", "txt": ".txt"}


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), name=st.sampled_from(_READERS))
def test_any_bytes_give_records_or_problems(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{_SUFFIX.get(name, '.jsonl')}"
        path.write_bytes(data)
        read = read_path(path, name)
        assert all(p.path == str(path) for p in read.problems)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
_RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "id": _JSON, "text": st.text() | _JSON, "title": _JSON, "status": _JSON,
        "spans": _JSON, "label": _JSON, "entities": _JSON, "meta": _JSON, "answer": _JSON,
        "data": _JSON, "annotations": _JSON,
    },
)  # fmt: skip


@pytest.mark.slow
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(_RECORDS | _JSON, max_size=4), name=st.sampled_from(_READERS))
def test_any_json_values_give_records_or_problems(values: list[object], name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{_SUFFIX.get(name, '.jsonl')}"
        if name == "label-studio":
            path.write_text(json.dumps(values), encoding="utf-8")
        else:
            path.write_text("".join(json.dumps(v) + "\n" for v in values), encoding="utf-8")
        read_path(path, name)
