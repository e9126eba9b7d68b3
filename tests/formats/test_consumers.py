"""Our exports read by the tools that consume them: spaCy, Hugging Face datasets, NLTK (CoNLL).

The articles are the five seeds with the detector's 75 suggestions as spans.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from claimmark.core.records import Record
from claimmark.detector.rules import Detector
from claimmark.detector.rules import store_form
from claimmark.formats.lexicon import load_lexicon
from claimmark.formats.registry import export
from claimmark.store import Repository

# Every test here loads a library of most of a second or more (spaCy, datasets, NLTK).
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spacy() -> ModuleType:
    """spaCy, or the test is skipped."""
    return pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[Record]:
    from claimmark.bundled import seeds_dir
    from claimmark.formats.txt import read_txt

    repo = Repository.open(tmp_path_factory.mktemp("db") / "c.db")
    repo.add_articles(r.article for r in read_txt([seeds_dir()]).records)
    detector = Detector(load_lexicon()[0])
    for summary in repo.list_articles():
        article = repo.article(summary.id)
        found = [store_form(article.id, article.text, s) for s in detector.detect(article.text)]
        repo.store_suggestions(article.id, found)
    # The consumers read training data: the suggestions as the spans they stand for.
    result = [r.suggestions_as_spans() for r in repo.iter_records(suggestions=True)]
    repo.close()
    assert sum(len(r.spans) for r in result) == 75
    return result


def test_spacy_finds_every_span_strictly_or_we_said_it_would_not(
    spacy: ModuleType, records: list[Record], tmp_path: Path
) -> None:
    out = tmp_path / "s.jsonl"
    report = export("spacy-jsonl", records, out)
    # Every span is written; those spaCy's tokenizer does not align with are noted.
    assert report.problems == []
    reported = {p.message.split(" is written")[0] for p in report.notes}
    nlp = spacy.blank("de")
    aligned = 0
    for line in out.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        doc = nlp(example["text"])
        for span in example["spans"]:
            found = doc.char_span(span["start"], span["end"], alignment_mode="strict")
            covered = example["text"][span["start"] : span["end"]]
            if found is None:
                assert f"{span['label']} span {span['start']}-{span['end']} {covered!r}" in reported
            else:
                assert found.text == covered
                aligned += 1
    assert aligned + len(report.notes) == 75
    assert aligned >= 74


def test_docbin_loads_with_every_aligned_span(
    spacy: ModuleType, records: list[Record], tmp_path: Path
) -> None:
    from spacy.tokens import DocBin

    out = tmp_path / "train.spacy"
    report = export("spacy", records, out)
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("de").vocab))
    assert len(docs) == 5
    assert sum(len(doc.spans["sc"]) for doc in docs) == report.spans
    assert report.spans + len(report.problems) == 75
    assert [doc.user_data["id"] for doc in docs] == [r.article.id for r in records]
    assert all(len(doc.ents) >= 1 for doc in docs)
    for problem in report.problems:
        assert problem.path in {r.article.id for r in records}


def test_a_sharded_docbin_export_is_a_folder_spacy_reads_as_the_one_file(
    spacy: ModuleType, records: list[Record], tmp_path: Path
) -> None:
    from spacy.tokens import DocBin
    from spacy.training import Corpus

    from claimmark.formats.options import ExportOptions

    whole = tmp_path / "train.spacy"
    export("spacy", records, whole)
    folder = tmp_path / "train"
    report = export("spacy", records, folder, ExportOptions(shard_size=2))
    assert sorted(p.name for p in folder.glob("*.spacy")) == [
        "part-00000.spacy", "part-00001.spacy", "part-00002.spacy"
    ]  # fmt: skip
    assert report.articles == 5
    nlp = spacy.blank("de")
    one = list(DocBin().from_disk(whole).get_docs(nlp.vocab))
    shards = [
        doc
        for part in sorted(folder.glob("*.spacy"))
        for doc in DocBin().from_disk(part).get_docs(nlp.vocab)
    ]

    def seen(docs: list[object]) -> list[tuple[str, list[tuple[int, int, str]]]]:
        return [
            (d.user_data["id"], [(s.start_char, s.end_char, s.label_) for s in d.spans["sc"]])
            for d in docs  # type: ignore[attr-defined]
        ]

    assert seen(shards) == seen(one)
    # spacy train's own reader takes the folder as one corpus.
    assert len(list(Corpus(str(folder))(nlp))) == 5


def test_huggingface_datasets_loads_the_jsonl(
    records: list[Record], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    out = tmp_path / "n.jsonl"
    export("jsonl", records, out)
    table = datasets.load_dataset(
        "json", data_files=str(out), split="train", cache_dir=str(tmp_path / "cache")
    )
    assert table.num_rows == 5
    row = table[0]
    assert all(row["text"][s["start"] : s["end"]] == s["text"] for s in row["spans"])


def test_nltk_reads_the_conll_tags(
    records: list[Record], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader_module = pytest.importorskip("nltk.corpus.reader")
    # NLTK 3.10 reads corpora only below the folders NLTK_DATA names.
    monkeypatch.setenv("NLTK_DATA", str(tmp_path))
    out = tmp_path / "c.conll"
    export("conll", records, out)
    reader = reader_module.ConllCorpusReader(
        str(tmp_path), ["c.conll"], columntypes=("words", "pos")
    )
    spans: list[str] = []
    # Two columns, token and BIO tag: NLTK reads the tag as the second ("pos") column.
    for sentence in reader.tagged_sents():
        words: list[str] = []
        for word, tag in sentence:
            if tag.startswith("B-") or tag == "O":
                if words:
                    spans.append(" ".join(words))
                words = [word] if tag.startswith("B-") else []
            else:
                words.append(word)
        if words:
            spans.append(" ".join(words))
    assert "rund 11.000 nordkoreanischen Soldaten" in spans
    assert "3000 weitere Soldaten" in spans


def test_docbin_tokenises_each_article_in_its_language(
    spacy: ModuleType, records: list[Record], tmp_path: Path
) -> None:
    from dataclasses import replace

    from spacy.tokens import DocBin

    english = replace(records[0], article=replace(records[0].article, language="en"))
    out = tmp_path / "mixed.spacy"
    export("spacy", [english, records[1]], out)
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("de").vocab))
    assert [doc.user_data["language"] for doc in docs] == [
        "en",
        records[1].article.language or "de",
    ]


def test_docbin_splits_a_token_a_span_ends_inside_and_keeps_every_span(
    spacy: ModuleType, tmp_path: Path
) -> None:
    from spacy.tokens import DocBin

    from claimmark.core.articles import make_article
    from claimmark.core.spans import make_span

    text = "Bilanz\nDie Armee verlor 11.000. Kiew meldete 300 Panzer."
    article = make_article("a", text)
    figure = text.index("11.000")
    spans = [
        make_span("a", article.text, figure, figure + 6, "LOSSES", "anna"),
        make_span(
            "a", article.text, text.index("300"), text.index(" Panzer") + 7, "WEAPONS", "anna"
        ),
    ]
    # spaCy keeps "11.000." one token: strictly, the span "11.000" is not there.
    assert spacy.blank("de")(text).char_span(figure, figure + 6, alignment_mode="strict") is None
    out = tmp_path / "a.spacy"
    report = export("spacy", [Record(article, spans)], out)
    assert report.problems == []
    [doc] = list(DocBin().from_disk(out).get_docs(spacy.blank("de").vocab))
    assert doc.text == text
    assert [(s.text, s.label_) for s in doc.spans["sc"]] == [
        ("11.000", "LOSSES"), ("300 Panzer", "WEAPONS")
    ]  # fmt: skip
