"""The benchmark's limits for the JSON formats and CSV write what the export writes, byte
for byte: a limit that did less work would make the export look slow, one that did more
would hide it (``tests/benchmarks/export_limits.py``)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from claimmark.core.articles import make_article
from claimmark.core.records import Record
from claimmark.core.spans import Qualifier
from claimmark.core.spans import make_span
from claimmark.formats.options import ExportOptions
from claimmark.project.exporting import export_project
from claimmark.project.importing import store_records
from claimmark.store import Repository
from tests.benchmarks.export_limits import LIMITS
from tests.benchmarks.export_limits import same_output

TEXTS = {
    # Sentence ends the CSV's rule keeps ("3. Armee", "Dr. Meier", "z.B.") and one it makes.
    "a1": "Titel\nEs kamen rund 11.000 Soldaten der 3. Armee. Viele Raketen fielen, sagte "
    "Dr. Meier, z.B. ca. zehn.",
    # An emoji before the spans: doccano counts UTF-16 units, two for it. A span runs
    # across its line break (brat writes it in two pieces), two overlap (CoNLL writes
    # one), one ends inside a word (CoNLL cuts the token there).
    "a2": "Zweiter 🙂 Titel\nDrei Soldaten wurden getötet.",
    "a3": "Ohne Spans\nNichts zu sehen.",
}


@pytest.mark.parametrize("name", [n for n, limit in LIMITS.items() if limit.same_bytes])
def test_a_formats_limit_writes_the_exports_bytes(tmp_path: Path, name: str) -> None:
    repo = Repository.open(tmp_path / "p.db")
    records = []
    for number, (article_id, text) in enumerate(TEXTS.items()):
        article = make_article(article_id, text)
        if number == 0:
            article = replace(article, note="geprüft", language="de", published="2026-01-02",
                              outlet="Tagesschau", url="https://example.org/a1")  # fmt: skip
        spans = []
        for words, label in (("rund 11.000 Soldaten", "TROOPS"), ("Raketen", "WEAPONS"),
                             ("Drei Soldaten", "LOSSES"),
                             ("Titel\nDrei", "WEAPONS"), ("wurden getö", "TROOPS")):  # fmt: skip
            if words in text:
                start = text.index(words)
                span = make_span(article_id, text, start, start + len(words), label, "anna")
                if label == "TROOPS":
                    span = replace(span, value=11000, qualifier=Qualifier.APPROX,
                                   source="Kiew", note="=laut Bericht")  # fmt: skip
                spans.append(span)
        records.append(Record(article, spans))
    store_records(repo, records)
    exported, limited = tmp_path / f"export.{name}", tmp_path / f"limit.{name}"
    export_project(repo, name, exported, ExportOptions())
    repo.close()
    subprocess.run(
        [sys.executable, "-c", LIMITS[name].script, str(tmp_path / "p.db"), str(limited)],
        check=True,
    )
    assert same_output(exported, limited)
