"""A spaCy span categorizer trained on a project's spans: made, saved, loaded, asked.

Needs the ``spacy`` extra. The pipeline starts from ``spacy.blank(language)``: no
downloaded weights, CPU only. It is a ``spancat`` (spans may overlap, as ours do
across labels) over every stretch of 1 to :data:`MAX_TOKENS` tokens, and gives each
span it proposes a score. A model is a folder: spaCy's files and
``claimmark-model.json`` with what it was trained on, when, and how it scored.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import threading
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from claimmark.core.errors import CancelledError
from claimmark.core.errors import ClaimmarkError
from claimmark.formats.atomic import mode_for_new_folders
from claimmark.formats.atomic import unwritable_folder
from claimmark.formats.spacy_support import import_spacy
from claimmark.formats.spacy_support import install_hint

NEEDS = "training and using a model"
INSTALL_HINT = install_hint(NEEDS)

META = "claimmark-model.json"
"""The file in a model folder that says what it is."""

SPANS_KEY = "sc"
MAX_TOKENS = 8
"""The longest span the model proposes, in tokens ("rund 220 Einheiten von
170-Millimeter-Panzerhaubitzen" is 5 of spaCy's German tokens)."""

THRESHOLD = 0.4
"""A span is proposed when the model gives it at least this score (0.5 found half as
many gold spans on the seeds, at the same precision)."""

BATCH = 2
"""Articles a training step sees: fewer, more frequent steps learned more from a small
project than batches of 4 in the same number of epochs."""

Bounds = tuple[int, int, str]
"""A span to learn or proposed: start and end in code points, and label."""


class ModelError(ClaimmarkError):
    """A model cannot be trained, read or used; the message names the folder and why."""


def _spacy() -> Any:
    return import_spacy(NEEDS)


@dataclass(frozen=True, slots=True)
class Document:
    """An article to learn from: its text and its spans."""

    text: str
    spans: Sequence[Bounds]


def _pipeline(language: str, labels: Sequence[str]) -> Any:
    spacy = _spacy()
    nlp = spacy.blank(language or "de")
    spancat = nlp.add_pipe(
        "spancat",
        config={
            "spans_key": SPANS_KEY,
            "threshold": THRESHOLD,
            "suggester": {
                "@misc": "spacy.ngram_range_suggester.v1",
                "min_size": 1,
                "max_size": MAX_TOKENS,
            },
        },
    )
    for label in labels:
        spancat.add_label(label)
    return nlp


PIECE = 20_000
"""Characters of text the model reads at a time, cut at a line break: spaCy refuses a
text of more than a million characters, and a span categorizer over a long one
weighs every stretch of up to eight tokens in it at once."""


def pieces(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Return ``text`` cut into stretches of at most ``limit`` (:data:`PIECE`) characters,
    at line breaks where there is one (else at a space, else anywhere)."""
    limit = limit or PIECE
    found = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start + 1, start + limit)
        if cut == -1:
            cut = text.rfind(" ", start + 1, start + limit)
        if cut == -1:
            cut = start + limit
        found.append((start, cut))
        start = cut
    found.append((start, len(text)))
    return found


def _examples(nlp: Any, document: Document) -> tuple[list[Any], int]:
    """Return the training examples of an article (one a piece), and how many spans did
    not fit spaCy's tokens or a piece."""
    from spacy.training import Example

    examples = []
    used = 0
    for first, last in pieces(document.text):
        text = document.text[first:last]
        reference = nlp.make_doc(text)
        spans = []
        for start, end, label in document.spans:
            if start < first or end > last:
                continue
            # "expand": a span that ends inside a token of spaCy's ("etwa 11.000." keeps
            # the period in the number) is learned over the whole token, not dropped.
            span = reference.char_span(start - first, end - first, label, alignment_mode="expand")
            if span is None or len(span) > MAX_TOKENS:
                continue
            spans.append(span)
        reference.spans[SPANS_KEY] = spans
        used += len(spans)
        examples.append(Example(nlp.make_doc(text), reference))
    return examples, len(document.spans) - used


def train(
    documents: Sequence[Document],
    language: str,
    labels: Sequence[str],
    epochs: int,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    seed: int = 0,
) -> tuple[Any, int]:
    """Train a span categorizer; return the pipeline and how many spans it could not use.

    Raises:
        SpacyMissingError: spaCy is not installed.
        CancelledError: ``cancelled`` said so between two batches.
    """
    spacy = _spacy()
    from spacy.util import minibatch

    spacy.util.fix_random_seed(seed)
    nlp = _pipeline(language, labels)
    made = [_examples(nlp, d) for d in documents]
    examples = [e for some, _missed in made for e in some]
    missed = sum(m for _e, m in made)
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(seed)
    for epoch in range(epochs):
        order.shuffle(examples)
        for batch in minibatch(examples, size=BATCH):  # type: ignore[no-untyped-call]
            if cancelled():
                raise CancelledError("Training cancelled; no model was saved.")
            nlp.update(batch, sgd=optimizer, drop=0.1)
        progress(epoch + 1, epochs)
    return nlp, missed


def propose(nlp: Any, text: str) -> list[tuple[int, int, str, float]]:
    """Return the spans a pipeline proposes in ``text``: ``(start, end, label, score)``."""
    found = []
    for first, last in pieces(text):
        doc = nlp(text[first:last])
        group = doc.spans.get(SPANS_KEY, [])
        scores = group.attrs.get("scores") if len(group) else None
        for index, span in enumerate(group):
            score = float(scores[index]) if scores is not None else THRESHOLD
            found.append(
                (first + span.start_char, first + span.end_char, span.label_, round(score, 3))
            )
    return sorted(found)


@dataclass
class Model:
    """A trained model read from its folder.

    Attributes:
        path: the folder.
        nlp: the spaCy pipeline.
        meta: what ``claimmark-model.json`` says: language, labels, trained_at,
            articles, spans, scores.
    """

    path: Path
    nlp: Any
    meta: dict[str, Any]
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def propose(self, text: str) -> list[tuple[int, int, str, float]]:
        """Return the spans the model proposes in ``text`` (see :func:`propose`).

        One text at a time: the window detects in its own thread and in jobs, and
        spaCy does not promise that a pipeline may run in two threads at once.
        """
        with self._lock:
            return propose(self.nlp, text)

    @property
    def language(self) -> str:
        """Return the language the model was trained on."""
        return str(self.meta.get("language", ""))

    @property
    def threshold(self) -> float:
        """Return the score from which its suggestions are proposed (0 before
        training measured one)."""
        value = self.meta.get("threshold", 0.0)
        return float(value) if isinstance(value, int | float) else 0.0


def check_target(path: Path) -> None:
    """Refuse ``path`` as a model folder unless it is new or holds a model Claimmark wrote,
    in a folder that can be written: asked before training, which takes minutes.

    A model is written to a new folder beside ``path`` and renamed into its place, so
    whatever ``path`` held is replaced whole: that must never be a user's folder (``.``
    held the project's database) or their files.

    Raises:
        ModelError: ``path`` is a file, a link, a folder that is not a Claimmark
            model, or its parent cannot be written.
    """
    problem = _unusable(path)
    if problem is not None:
        raise ModelError(f"{path} {problem}; name a new folder for the model")


def _unusable(path: Path) -> str | None:
    """Return why ``path`` cannot take a model (see :func:`check_target`), or ``None``."""
    if path.is_symlink():
        return "is a symbolic link"
    if path.exists():
        if not path.is_dir():
            return "is a file"
        if not (path / META).is_file():
            return f"exists and is not a model Claimmark wrote (no {META}): nothing is replaced"
    parent = unwritable_folder(path)
    return None if parent is None else f"cannot take the model: {parent} is not writable"


def save(nlp: Any, path: Path, meta: dict[str, Any]) -> None:
    """Write a model folder: to a new folder beside it first, so a model already there
    is replaced whole or not at all (see :func:`check_target` for what may be there)."""
    path = path.absolute()
    check_target(path)
    building: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
        # mkdtemp makes a private folder; a model folder is as readable as any other.
        building.chmod(mode_for_new_folders())
        nlp.to_disk(building)
        (building / META).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        old = None
        if path.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old.", dir=path.parent))
            os.replace(path, old / path.name)
        os.replace(building, path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as error:
        if building is not None:
            shutil.rmtree(building, ignore_errors=True)
        raise ModelError(f"{path}: cannot write the model: {error.strerror or error}") from error


def load(path: Path) -> Model:
    """Read a model folder.

    Raises:
        SpacyMissingError: spaCy is not installed.
        ModelError: the folder is missing, is no Claimmark model, or cannot be read.
    """
    spacy = _spacy()
    meta_path = path / META
    if not meta_path.is_file():
        raise ModelError(f"{path}: no Claimmark model here (no {META}); train one first")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        nlp = spacy.load(path)
    except Exception as error:  # spaCy raises many kinds for a damaged folder: all say so
        raise ModelError(f"{path}: cannot read the model: {error}") from error
    if not isinstance(meta, dict) or "spancat" not in nlp.pipe_names:
        raise ModelError(f"{path}: not a span categorizer Claimmark trained")
    return Model(path, nlp, meta)
