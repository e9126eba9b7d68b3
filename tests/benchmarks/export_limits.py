"""Each export format's own limit (issue 27): the work that format cannot avoid, done by
the plainest Python there is, in a process of its own like the export it is compared with.

- the JSON formats (jsonl, doccano, label-studio): ``json.dumps`` of the same rows the
  export writes, every field it writes, in its order: each writes the same bytes as
  the export of a project without suggestions, which the benchmark checks;
- csv: ``csv.writer`` of one row a span, every column the export writes, with the
  sentence each span stands in found by the export's rule (the same bytes);
- conll: one regex tokenisation pass over each text, cut where a span starts or ends,
  a line a token with its BIO tag and a blank line after each sentence (the same bytes);
- spacy-jsonl: spaCy's tokenizer over the texts (``nlp.tokenizer.pipe``) and
  ``json.dumps`` of each article's tokens;
- spacy (DocBin): spaCy's tokenizer over the texts, each span found on its tokens
  (``Doc.char_span``) as ``doc.spans["sc"]`` and ``doc.ents``, and ``DocBin.to_disk``
  in shards of ``SHARD_SIZE`` articles, as the export is run with ``--shard-size``;
- brat: the same two files of each article (``.txt``, and ``.ann`` with a T line a span
  and a note of its value, qualifier and source), and ``annotation.conf``.

Every script reads its rows from the same SQLite file first.
"""

from __future__ import annotations

import filecmp
from dataclasses import dataclass
from pathlib import Path

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

# Every column of the spans and articles, in the store's order (spans by start, end and
# label; articles by position): what the JSON formats write.
_READ_ALL = """
import json, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
spans = {}
for row in connection.execute(
    'select article_id, id, "start", "end", label, text, annotator, created_at, origin, '
    'value, qualifier, source, note, taken_from from spans '
    'order by article_id, "start", "end", label'
):
    spans.setdefault(row[0], []).append(row[1:])
rows = connection.execute(
    "select a.id, a.title, t.text, a.status, a.note, a.language, a.published, a.outlet, "
    "a.url from articles as a join article_texts as t on t.article_id = a.id "
    "order by a.position, a.id"
)


def metadata(published, outlet, url):
    return {name: given for name, given in
            (("published", published), ("outlet", outlet), ("url", url)) if given is not None}
"""

_JSONL = (
    _READ_ALL
    + """
with open(sys.argv[2], "w", encoding="utf-8") as file:
    for article_id, title, text, status, note, language, *published in rows:
        found = []
        for (_id, start, end, label, words, annotator, created, origin, value, qualifier,
             source, span_note, taken_from) in spans.get(article_id, []):
            span = {"start": start, "end": end, "label": label, "text": words,
                    "annotator": annotator, "created_at": created, "origin": origin,
                    "value": value, "qualifier": qualifier, "source": source,
                    "note": span_note}
            if taken_from is not None:
                span["taken_from"] = taken_from
            found.append(span)
        row = {"id": article_id, "title": title, "text": text, "status": status,
               "spans": found}
        if note:
            row["note"] = note
        if language:
            row["language"] = language
        row.update(metadata(*published))
        file.write(json.dumps(row, ensure_ascii=False) + "\\n")
"""
)

_DOCCANO = (
    _READ_ALL
    + """
with open(sys.argv[2], "w", encoding="utf-8") as file:
    for article_id, title, text, status, _note, _language, *published in rows:
        # doccano counts UTF-16 units: the same as code points without astral characters.
        wide = len(text.encode("utf-16-le")) != 2 * len(text)
        units = (lambda i: len(text[:i].encode("utf-16-le")) // 2) if wide else int
        found = [[units(span[1]), units(span[2]), span[3]] for span in spans.get(article_id, [])]
        row = {"id": article_id, "text": text, "label": found, "title": title,
               "status": status, **metadata(*published)}
        file.write(json.dumps(row, ensure_ascii=False) + "\\n")
"""
)

_LABEL_STUDIO = (
    _READ_ALL
    + """
with open(sys.argv[2], "w", encoding="utf-8") as file:
    file.write("[")
    for number, (article_id, title, text, _status, _note, _language, *published) in enumerate(
        rows, start=1
    ):
        file.write("\\n" if number == 1 else ",\\n")
        result = [{"id": span_id, "from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": start, "end": end, "text": words, "labels": [label]}}
                  for span_id, start, end, label, words, *_rest in spans.get(article_id, [])]
        task = {"id": number,
                "data": {"text": text, "article_id": article_id, "title": title,
                         **metadata(*published)},
                "annotations": [{"result": result}]}
        file.write(json.dumps(task, ensure_ascii=False))
    file.write("\\n]\\n")
"""
)

_SENTENCES = r"""
import bisect, re
end_mark = re.compile(r"[.!?…]+[\"'»«“”„)\]]*(?=\s)")
word_back = re.compile(r"\w*")
short = {"ca", "bzw", "bspw", "dh", "usw", "vgl", "zb", "ua", "va", "sog", "insb", "inkl",
         "ggf", "evtl", "nr", "dr", "prof", "st", "mio", "mrd", "tsd", "jh", "jhd", "gen",
         "lt", "abs", "etc", "mr", "mrs", "ms", "vs", "no"}


def ends(text, m):
    if m.group().startswith("."):
        end = m.start()
        limit = max(0, end - 64)
        begin = end - word_back.match(text[end - 1 : limit - 1 if limit else None : -1]).end()
        if begin < end:
            word = text[begin:end]
            grouped = begin > 0 and text[begin - 1] in ".'’"
            if word.isdigit() and len(word) <= 2 and not grouped:
                return False
            if word.lower() in short or (len(word) == 1 and not word.isdigit()):
                return False
    return not text[m.end() : m.end() + 3].lstrip(" \t")[:1].islower()


def sentences_of(text):
    # Every sentence of a text, as the CoNLL export splits it.
    found = []
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = len(text)
        begin = line_start
        for m in end_mark.finditer(text, line_start, line_end):
            if ends(text, m):
                found.append((begin, m.end()))
                begin = m.end()
        found.append((begin, line_end))
        line_start = line_end + 1
    trimmed = []
    for begin, finish in found:
        while begin < finish and text[begin].isspace():
            begin += 1
        while finish > begin and text[finish - 1].isspace():
            finish -= 1
        if finish > begin:
            trimmed.append((begin, finish))
    return trimmed
"""
"""The sentence rule of ``core/text.py`` (``sentence_at``): a line break, or . ! ? …
before white space and a word not in lower case, but not after an ordinal of one or two
digits, a single letter or a known abbreviation."""

_CSV = (
    _READ_ALL
    + _SENTENCES
    + r"""
import csv


def sentence(text, cuts_of, start, end):
    # The sentence a span stands in; its line's sentence ends are found once.
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    cuts = cuts_of.get((line_start, line_end))
    if cuts is None:
        cuts = cuts_of[line_start, line_end] = [
            m.end() for m in end_mark.finditer(text, line_start, line_end) if ends(text, m)
        ]
    before = bisect.bisect_right(cuts, start) - 1
    begin = cuts[before] if before >= 0 else line_start
    after = bisect.bisect_left(cuts, max(end, start + 1))
    finish = cuts[after] if after < len(cuts) else line_end
    return text[begin:finish].strip()


def safe(cell):
    formula = type(cell) is str and cell[:1] in ("=", "+", "-", "@", "\t", "\r")
    return "'" + cell if formula else cell


with open(sys.argv[2], "w", encoding="utf-8", newline="") as file:
    writer = csv.writer(file, lineterminator="\r\n")
    writer.writerow(["article_id", "start", "end", "label", "text", "annotator", "created_at",
                     "origin", "value", "qualifier", "source", "note", "taken_from",
                     "sentence", "published", "outlet", "url"])
    for article_id, _title, text, _status, _note, _language, published, outlet, url in rows:
        cuts_of = {}
        for (_id, start, end, label, words, annotator, created, origin, value, qualifier,
             source, note, taken_from) in spans.get(article_id, []):
            row = (article_id, start, end, label, words, annotator, created, origin,
                   "" if value is None else value, qualifier or "", source or "", note or "",
                   taken_from or "", sentence(text, cuts_of, start, end), published or "",
                   outlet or "", url or "")
            writer.writerow([safe(cell) for cell in row])
"""
)

_CONLL = (
    _READ_ALL
    + _SENTENCES
    + r"""
token = re.compile(
    r"\w+(?:(?:[-‑]|(?<=\d)[.,'’](?=\d))\w+)*(?:-(?=\s+(?:und|oder|sowie|bzw)\b))?|[^\w\s]"
)
with open(sys.argv[2], "w", encoding="utf-8") as file:
    for article_id, _title, text, *_rest in rows:
        # BIO tags hold one span a token: of two that overlap, the first (the longer at
        # a tie) is written.
        kept = []
        for span in sorted(spans.get(article_id, []), key=lambda s: (s[1], s[1] - s[2])):
            if not kept or not (kept[-1][1] < span[2] and span[1] < kept[-1][2]):
                kept.append(span)
        found = [m.span() for m in token.finditer(text)]
        starts = [a for a, _b in found]
        inside = {}
        for cut in sorted({b for span in kept for b in (span[1], span[2])}):
            i = bisect.bisect_right(starts, cut) - 1
            if i >= 0 and found[i][0] < cut < found[i][1]:
                inside.setdefault(i, []).append(cut)
        tokens = found
        if inside:  # a token a span starts or ends in is cut there
            tokens = []
            for i, (a, b) in enumerate(found):
                for cut in [*inside.get(i, ()), b]:
                    if text[a:cut].strip():
                        tokens.append((a, cut))
                    a = cut
        starts = [a for a, _b in tokens]
        tags = ["O"] * len(tokens)
        for _id, start, end, label, *_more in kept:
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end, first)
            if first < last:
                tags[first] = "B-" + label
                tags[first + 1 : last] = ["I-" + label] * (last - first - 1)
        file.write("-DOCSTART- O\n\n")
        for begin, finish in sentences_of(text):
            first = bisect.bisect_left(starts, begin)
            last = bisect.bisect_left(starts, finish, first)
            if first < last:
                lines = (f"{text[a:b]} {tag}" for (a, b), tag in
                         zip(tokens[first:last], tags[first:last]))
                file.write("\n".join(lines) + "\n\n")
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

SHARD_SIZE = 1000
"""How many articles a DocBin shard holds, in the export and its limit."""

_SPACY_DOCBIN = (
    _READ
    + f"""
import os
import spacy
from spacy.tokens import DocBin
from spacy.util import filter_spans
nlp = spacy.blank("de")
articles = list(rows)
os.makedirs(sys.argv[2], exist_ok=True)
docs = nlp.tokenizer.pipe(a[2] for a in articles)
shard = DocBin(store_user_data=True)
for number, ((article_id, title, _text), doc) in enumerate(zip(articles, docs), 1):
    found = [doc.char_span(start, end, label=label, alignment_mode="strict")
             for start, end, label, _words in spans.get(article_id, [])]
    found = [span for span in found if span is not None]
    doc.spans["sc"] = found
    doc.ents = filter_spans(found)
    doc.user_data.update(id=article_id, title=title, language="de")
    shard.add(doc)
    if number % {SHARD_SIZE} == 0 or number == len(articles):
        shard.to_disk(os.path.join(sys.argv[2], f"part-{{(number - 1) // {SHARD_SIZE}:05d}}.spacy"))
        shard = DocBin(store_user_data=True)
"""
)

_BRAT = (
    _READ_ALL
    + r"""
import os, re
folder = sys.argv[2]
os.makedirs(folder, exist_ok=True)
unsafe = re.compile(r"[^\w.-]|^\.")
labels = set()
for article_id, _title, text, *_rest in rows:
    stem = unsafe.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), article_id)
    with open(os.path.join(folder, stem + ".txt"), "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    lines = []
    for n, (_id, start, end, label, _words, _who, _made, _origin, value, qualifier, source,
            *_more) in enumerate(spans.get(article_id, []), 1):
        # A span across line breaks is written in pieces, without the breaks.
        pieces, begin = [], start
        for index in range(start, end):
            if text[index] == "\n":
                if index > begin:
                    pieces.append((begin, index))
                begin = index + 1
        if end > begin:
            pieces.append((begin, end))
        where = ";".join(f"{a} {b}" for a, b in pieces)
        lines.append(f"T{n}\t{label} {where}\t" + " ".join(text[a:b] for a, b in pieces) + "\n")
        notes = [f"{name}={given}" for name, given in
                 (("value", value), ("qualifier", qualifier), ("source", source))
                 if given is not None]
        if notes:
            note = "; ".join(notes).replace("\n", " ").replace("\t", " ")
            lines.append(f"#{n}\tAnnotatorNotes T{n}\t{note}\n")
        labels.add(label)
    with open(os.path.join(folder, stem + ".ann"), "w", encoding="utf-8", newline="\n") as file:
        file.write("".join(lines))
conf = ["[entities]", *sorted(labels), "", "[relations]", "", "[events]", "", "[attributes]"]
with open(os.path.join(folder, "annotation.conf"), "w", encoding="utf-8") as file:
    file.write("\n".join(conf) + "\n")
# The list of what was written, by which the next export knows its own files.
written = sorted(os.listdir(folder))
with open(os.path.join(folder, ".claimmark-export"), "w", encoding="utf-8") as file:
    file.write("".join(name + "\n" for name in written))
"""
)


@dataclass(frozen=True, slots=True)
class Limit:
    """A format's unavoidable work: the script, what to call it, how many times it the
    export may take."""

    script: str
    name: str
    ratio: float
    same_bytes: bool = False
    """It writes what the export writes, byte for byte (the benchmark compares)."""
    options: tuple[str, ...] = ()
    """What the export is run with besides the format."""


LIMITS = {
    "jsonl": Limit(_JSONL, "json.dumps of the same rows", 1.5, same_bytes=True),
    "doccano": Limit(_DOCCANO, "json.dumps of the same rows", 1.5, same_bytes=True),
    "label-studio": Limit(_LABEL_STUDIO, "json.dumps of the same rows", 1.5, same_bytes=True),
    "csv": Limit(_CSV, "csv.writer of the same rows", 2.0, same_bytes=True),
    "conll": Limit(_CONLL, "the same tokens, tags and sentences", 1.5, same_bytes=True),
    "spacy-jsonl": Limit(_SPACY_JSONL, "spaCy's tokenizer and json.dumps", 1.5),
    "spacy": Limit(
        _SPACY_DOCBIN,
        "spaCy's tokenizer and DocBin.to_disk",
        1.5,
        options=("--shard-size", str(SHARD_SIZE)),
    ),
    "brat": Limit(_BRAT, "the same two files an article", 1.5, same_bytes=True),
}
"""Each format's limit, by the name ``claimmark export --format`` takes."""


def same_output(export: Path, limit: Path) -> bool:
    """Return whether a limit wrote what the export wrote: the same file, or a folder of
    the same files (brat)."""
    if not export.is_dir():
        return filecmp.cmp(export, limit, shallow=False)
    names = sorted(p.name for p in export.iterdir())
    if names != sorted(p.name for p in limit.iterdir()):
        return False
    _same, different, errors = filecmp.cmpfiles(export, limit, names, shallow=False)
    return not different and not errors
