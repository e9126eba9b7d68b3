"""Each export format's own limit (issue 27): the work that format cannot avoid, done by
the plainest Python there is, in a process of its own like the export it is compared with.

- the JSON formats (jsonl, doccano, label-studio): ``json.dumps`` of each article with
  its spans;
- csv: ``csv.writer`` of one row a span (article, label, bounds, text);
- conll: one regex tokenisation pass over each text, a line a token;
- spacy-jsonl: spaCy's tokenizer over the texts (``nlp.tokenizer.pipe``) and
  ``json.dumps`` of each article's tokens;
- brat: the two files of each article (``.txt``, and ``.ann`` with a T line a span).

Every script reads the same rows from the same SQLite file first.
"""

from __future__ import annotations

from dataclasses import dataclass

_READ = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
spans = {}
for article_id, start, end, label, text in connection.execute(
    'select article_id, "start", "end", label, text from spans'
):
    spans.setdefault(article_id, []).append((start, end, label, text))
rows = connection.execute(
    "select a.id, a.title, t.text from articles as a "
    "join article_texts as t on t.article_id = a.id order by a.position"
)
"""

_JSON = (
    _READ
    + """
import json
with open(sys.argv[2], "w", encoding="utf-8") as file:
    for article_id, title, text in rows:
        found = [{"start": s, "end": e, "label": l, "text": t}
                 for s, e, l, t in spans.get(article_id, [])]
        row = {"id": article_id, "title": title, "text": text, "spans": found}
        file.write(json.dumps(row, ensure_ascii=False) + "\\n")
"""
)

_CSV = (
    _READ
    + """
import csv
with open(sys.argv[2], "w", encoding="utf-8", newline="") as file:
    writer = csv.writer(file)
    writer.writerow(["article", "label", "start", "end", "text"])
    for article_id, _title, _text in rows:
        for start, end, label, words in spans.get(article_id, []):
            writer.writerow([article_id, label, start, end, words])
"""
)

_CONLL = (
    _READ
    + """
import re
token = re.compile(r"\\w+|[^\\w\\s]")
with open(sys.argv[2], "w", encoding="utf-8") as file:
    for article_id, _title, text in rows:
        file.write("-DOCSTART- O\\n\\n")
        file.write("\\n".join(m.group() + " O" for m in token.finditer(text)) + "\\n\\n")
"""
)

_SPACY_JSONL = (
    _READ
    + """
import json
import spacy
nlp = spacy.blank("de")
articles = list(rows)
with open(sys.argv[2], "w", encoding="utf-8") as file:
    docs = nlp.tokenizer.pipe(a[2] for a in articles)
    for (article_id, _title, text), doc in zip(articles, docs):
        tokens = [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i}
                  for t in doc]
        row = {"text": text, "tokens": tokens, "spans": spans.get(article_id, []),
               "meta": {"id": article_id}}
        file.write(json.dumps(row, ensure_ascii=False) + "\\n")
"""
)

_BRAT = (
    _READ
    + """
import os
folder = sys.argv[2]
os.makedirs(folder, exist_ok=True)
for article_id, _title, text in rows:
    with open(os.path.join(folder, article_id + ".txt"), "w", encoding="utf-8") as file:
        file.write(text)
    lines = [f"T{n}\\t{label} {start} {end}\\t{words}"
             for n, (start, end, label, words) in enumerate(spans.get(article_id, []), 1)]
    with open(os.path.join(folder, article_id + ".ann"), "w", encoding="utf-8") as file:
        file.write("\\n".join(lines) + ("\\n" if lines else ""))
"""
)


@dataclass(frozen=True, slots=True)
class Limit:
    """A format's unavoidable work: the script, what to call it, how many times it the
    export may take."""

    script: str
    name: str
    ratio: float


LIMITS = {
    "jsonl": Limit(_JSON, "json.dumps", 1.5),
    "doccano": Limit(_JSON, "json.dumps", 1.5),
    "label-studio": Limit(_JSON, "json.dumps", 1.5),
    "csv": Limit(_CSV, "csv.writer", 2.0),
    "conll": Limit(_CONLL, "a regex tokenisation", 1.5),
    "spacy-jsonl": Limit(_SPACY_JSONL, "spaCy's tokenizer and json.dumps", 1.5),
    "brat": Limit(_BRAT, "two files an article", 1.5),
}
"""Each format's limit, by the name ``claimmark export --format`` takes."""
