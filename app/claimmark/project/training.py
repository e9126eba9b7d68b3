"""A model trained on the project's own spans, and the model as a second suggester.

Training reads the articles marked done and their confirmed spans (the ``gold``
layer where an article has one, otherwise every annotator's spans, each span and
label once), holds out a share of the articles, trains a spaCy span categorizer
on the rest (:mod:`claimmark.model.spacy_model`), scores it on the held-out
articles, and saves it with its scores and date in a folder beside the database.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimmark.core.articles import Status
from claimmark.core.errors import RuleError
from claimmark.core.evaluate import Annotated
from claimmark.core.evaluate import Counts
from claimmark.core.evaluate import Report
from claimmark.core.evaluate import score
from claimmark.core.language import NAMES
from claimmark.core.outcome import SaidOutcome
from claimmark.core.spans import now_iso
from claimmark.core.suggestions import Proposer
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import proposed
from claimmark.core.suggestions import where_silent
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import article_count
from claimmark.core.words import said
from claimmark.core.words import span_count
from claimmark.detector.lexicon import Lexicon
from claimmark.detector.numbers import find_quantities
from claimmark.detector.rules import Detector
from claimmark.detector.rules import store_form
from claimmark.formats.spacy_support import spacy_available
from claimmark.model import spacy_model
from claimmark.model.spacy_model import Bounds
from claimmark.model.spacy_model import Document
from claimmark.model.spacy_model import Model
from claimmark.project.progress import Cancelled
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore
from claimmark.project.progress import never
from claimmark.store import Repository
from claimmark.team.adjudication import GOLD
from claimmark.team.agreement import micro

HELD_OUT = 0.2
"""The share of the done articles kept out of training, to score the model on."""

EPOCHS = 30
"""Passes over the training articles of a small project (a model of four seed
articles still found nothing after 10)."""

ARTICLE_PASSES = 3_000
"""Articles read in all, over every epoch, at most: a larger project gets fewer
epochs (at least :data:`MIN_EPOCHS`). An article of the seeds' length takes about
0.35 s a pass on this project's 2-core machine, so 3,000 passes are some 20 minutes;
30 epochs of 1,000 articles would be three hours."""

MIN_EPOCHS = 3

THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
"""The scores from which a model's suggestions may be kept, tried on the held-out
articles."""


def epochs_for(articles: int) -> int:
    """Return how many epochs to train ``articles`` for (see :data:`ARTICLE_PASSES`)."""
    return max(MIN_EPOCHS, min(EPOCHS, ARTICLE_PASSES // max(articles, 1)))


def load_model(path: Path) -> Model:
    """Read a model folder (see :func:`claimmark.model.spacy_model.load`)."""
    return spacy_model.load(path)


def model_exists(path: Path) -> bool:
    """Return whether ``path`` holds a model Claimmark trained."""
    return (path / spacy_model.META).is_file()


def model_helps(path: Path) -> bool | None:
    """Return whether the model in ``path`` helped the rules on its held-out articles
    (``None``: not measured, or its description cannot be read)."""
    try:
        meta = json.loads((path / spacy_model.META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    helps = meta.get("helps") if isinstance(meta, dict) else None
    return helps if isinstance(helps, bool) else None


def can_train() -> bool:
    """Return whether spaCy is installed, so a model can be trained and used."""
    return spacy_available()


INSTALL_HINT = spacy_model.INSTALL_HINT
"""What to do when spaCy is missing."""


def default_model_path(database: Path) -> Path:
    """Return where a project's model lives: a folder beside its database."""
    return database.with_name(f"{database.stem}-model")


@dataclass(frozen=True, slots=True)
class Helping:
    """Whether a model's suggestions help the rules' on the held-out articles.

    Attributes:
        rules: the rules' scores there.
        together: the scores of the rules with the model's suggestions where the rules
            are silent, from a score each article's threshold kept (chosen on the other
            held-out articles: leave one out).
        threshold: the score from which the model's suggestions are kept from now on
            (the best on all the held-out articles).
        helps: whether the model raised the exact F1 without lowering precision; a
            model that does not is not used by the project.
    """

    rules: Report
    together: Report
    threshold: float
    helps: bool

    def line(self) -> Said:
        """Return the sentence that says whether the model helps, with its figures."""
        rules, together = micro(self.rules.exact), micro(self.together.exact)
        figures = said(
            QT_TRANSLATE_NOOP(
                "edits",
                "with the rules on the held-out articles, exact F1 {f1} and precision "
                "{precision}, against {rules_f1} and {rules_precision} for the rules alone "
                "(suggestions scored {threshold} or more)",
            ),
            f1=f"{together.f1:.2f}", precision=f"{together.precision:.2f}",
            rules_f1=f"{rules.f1:.2f}", rules_precision=f"{rules.precision:.2f}",
            threshold=f"{self.threshold:.1f}",
        )  # fmt: skip
        if self.helps:
            return said(
                QT_TRANSLATE_NOOP("edits", "the model helps: {figures}; the project uses it"),
                figures=figures,
            )
        return said(
            QT_TRANSLATE_NOOP(
                "edits",
                "the model does not help: {figures}; the project goes on without it "
                "(claimmark detect --model uses it all the same)",
            ),
            figures=figures,
        )

    def as_json(self) -> dict[str, Any]:
        """Return the verdict, the threshold and both sets of scores."""
        return {
            "helps": self.helps,
            "threshold": self.threshold,
            "rules": self.rules.as_json(),
            "with_model": self.together.as_json(),
        }


def measure_help(
    detector: Detector,
    model: Model,
    texts: dict[str, tuple[str, str]],
    gold: dict[str, list[Annotated]],
    labels: Sequence[str],
) -> Helping:
    """Score the rules with and without a model's suggestions on held-out articles.

    Args:
        detector: the rules.
        model: the model trained without these articles.
        texts: each held-out article's text and language, by id.
        gold: their confirmed spans.
        labels: the labels scored.
    """
    rules: dict[str, list[StoredSuggestion]] = {}
    by_threshold: dict[float, dict[str, list[StoredSuggestion]]] = {t: {} for t in THRESHOLDS}
    counts: dict[float, dict[str, Counts]] = {t: {} for t in THRESHOLDS}
    for article_id, (text, language) in texts.items():
        found = [store_form(article_id, text, s) for s in detector.detect(text, language)]
        rules[article_id] = found
        mine = model_suggestions(model, detector.lexicon, article_id, text, language)
        for threshold in THRESHOLDS:
            kept = [s for s in mine if s.score >= threshold]
            predicted = [*found, *where_silent(found, kept)]
            by_threshold[threshold][article_id] = predicted
            one = score({article_id: gold[article_id]}, {article_id: predicted}, labels)
            counts[threshold][article_id] = micro(one.exact)

    def f1_without(threshold: float, left_out: str | None) -> float:
        others = {a: each for a, each in counts[threshold].items() if a != left_out}
        return micro(others).f1

    # Ties go to the higher threshold: fewer suggestions for the same score.
    together = {}
    for article_id in texts:
        best = max(THRESHOLDS, key=lambda t: (f1_without(t, article_id), t))
        together[article_id] = by_threshold[best][article_id]
    threshold = max(THRESHOLDS, key=lambda t: (f1_without(t, None), t))
    rules_report = score(gold, rules, labels)
    together_report = score(gold, together, labels)
    before, after = micro(rules_report.exact), micro(together_report.exact)
    helps = after.f1 > before.f1 and after.precision >= before.precision
    return Helping(rules_report, together_report, threshold, helps)


@dataclass(frozen=True, slots=True)
class TrainingReport(SaidOutcome):
    """What training made and how the model scored.

    Attributes:
        path: the model folder written.
        language: the language of the pipeline (``de`` or ``en``).
        trained: articles trained on.
        held_out: articles scored on, kept out of training.
        spans: spans trained on.
        unusable: spans longer than the model proposes (left out).
        report: the scores on the held-out articles (``None`` with none held out).
        labels: the labels learned.
        helping: with a detector and articles held out, how the rules score there
            with the model's suggestions and without them.
    """

    path: Path
    language: str
    trained: int
    held_out: int
    spans: int
    unusable: int
    report: Report | None
    labels: list[str]
    helping: Helping | None = None

    @property
    def used(self) -> bool:
        """Return whether the project uses the model: it helped the rules on the held-out
        articles, or that was not measured."""
        return self.helping is None or self.helping.helps

    def summary_said(self) -> Said:
        """Return the one line that sums training up (the window and the CLI both say it)."""
        return said(
            QT_TRANSLATE_NOOP(
                "edits", "trained on {trained} marked done ({spans}, {language}); {held} held out"
            ),
            trained=article_count(self.trained),
            spans=span_count(self.spans),
            language=Said(NAMES.get(self.language, self.language), context="language"),
            held=article_count(self.held_out),
        )

    def details_said(self) -> list[Said]:
        """Return a line for spans left out and where the model went."""
        lines = []
        if self.unusable:
            lines.append(
                said(
                    QT_TRANSLATE_NOOP(
                        "edits", "note: {spans} longer than the model reads: left out"
                    ),
                    spans=span_count(self.unusable),
                )
            )
        if self.helping is not None:
            lines.append(self.helping.line())
        lines.append(said(QT_TRANSLATE_NOOP("edits", "saved in {path}"), path=self.path))
        return lines

    def as_json(self) -> dict[str, Any]:
        """Return what was trained and, with articles held out, the scores on them."""
        return {
            "path": str(self.path),
            "language": self.language,
            "trained": self.trained,
            "held_out": self.held_out,
            "spans": self.spans,
            "unusable": self.unusable,
            "labels": self.labels,
            "scores": None if self.report is None else self.report.as_json(),
            "helps": None if self.helping is None else self.helping.as_json(),
        }


@dataclass(frozen=True, slots=True)
class _Article:
    text: str
    language: str
    spans: list[Bounds]


def _training_articles(repo: Repository) -> dict[str, _Article]:
    """Return the done articles with their confirmed spans, by id."""
    done = [a for a, status in repo.article_statuses().items() if status == Status.DONE]
    texts = repo.texts(done)
    languages = repo.languages(done)
    layers = repo.spans_by_annotator(done)
    found: dict[str, _Article] = {}
    for article_id in done:
        gold = layers.get(GOLD, {}).get(article_id)
        spans = (
            gold if gold else [s for layer in layers.values() for s in layer.get(article_id, [])]
        )
        bounds = sorted({(s.start, s.end, s.label) for s in spans})
        found[article_id] = _Article(texts[article_id], languages.get(article_id, ""), bounds)
    return found


def held_out_ids(article_ids: Sequence[str], share: float) -> set[str]:
    """Return the articles kept out of training: the same ones for the same ids, a
    share of them (at least one when there are two or more and the share is not 0)."""
    if share <= 0 or len(article_ids) < 2:
        return set()
    count = min(len(article_ids) - 1, max(1, round(len(article_ids) * share)))
    ranked = sorted(article_ids, key=lambda a: hashlib.blake2b(a.encode()).hexdigest())
    return set(ranked[:count])


def train_model(
    repo: Repository,
    out: Path,
    *,
    held_out: float = HELD_OUT,
    epochs: int | None = None,
    language: str | None = None,
    detector: Detector | None = None,
    progress: Progress = ignore,
    cancelled: Cancelled = never,
) -> TrainingReport:
    """Train a model on the project's done articles, score it, and save it at ``out``.

    Args:
        repo: the project's store.
        out: the model folder to write (replaced whole if it exists).
        held_out: the share of the done articles to score on instead of training.
        epochs: passes over the training articles (``None``: :func:`epochs_for` them).
        language: ``de`` or ``en``; ``None`` for the language most of them are in.
        detector: the project's rules: with articles held out, the model is scored
            with them too, and saved as one the project uses only if it helps them.
        progress: told after each epoch.
        cancelled: asked between batches; nothing is written when it says so.

    Raises:
        RuleError: no article is marked done, or none has a span.
        SpacyMissingError: spaCy is not installed.
        CancelledError: the user cancelled.
        ModelError: the model cannot be written, or ``out`` is not a new folder nor
            one holding a model Claimmark wrote (checked before training).
    """
    spacy_model.check_target(out)
    articles = _training_articles(repo)
    if not any(a.spans for a in articles.values()):
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "No article marked done has a span: a model learns from the spans of the "
                    "articles you mark done (Ctrl+Enter in the window).",
                )
            )
        )
    if language is None:
        languages = Counter(a.language for a in articles.values() if a.language)
        language = languages.most_common(1)[0][0] if languages else "de"
    kept_out = held_out_ids(sorted(articles), held_out)
    training = [a for i, a in sorted(articles.items()) if i not in kept_out]
    labels = sorted({label for a in articles.values() for _s, _e, label in a.spans})
    if epochs is None:
        epochs = epochs_for(len(training))
    nlp, unusable = spacy_model.train(
        [Document(a.text, a.spans) for a in training], language, labels, epochs, progress, cancelled
    )
    report = None
    helping: Helping | None = None
    if kept_out:
        gold = {i: [Annotated(s, e, label) for s, e, label in articles[i].spans] for i in kept_out}
        predicted = {
            i: [
                Annotated(s, e, label)
                for s, e, label, _ in spacy_model.propose(nlp, articles[i].text)
            ]
            for i in kept_out
        }
        report = score(gold, predicted, labels)
        if detector is not None:
            trained = Model(out, nlp, {"language": language})
            texts = {i: (articles[i].text, articles[i].language) for i in kept_out}
            helping = measure_help(detector, trained, texts, gold, labels)
    spans = sum(len(a.spans) for a in training)
    meta = {
        "format": 1,
        "language": language,
        "labels": labels,
        "trained_at": now_iso(),
        "epochs": epochs,
        "trained_articles": len(training),
        "held_out_articles": sorted(kept_out),
        "spans": spans,
        "scores": _scores(report),
    }
    if helping is not None:
        meta.update(threshold=helping.threshold, helps=helping.helps)
    spacy_model.save(nlp, out, meta)
    return TrainingReport(
        out, language, len(training), len(kept_out), spans, unusable, report, labels, helping
    )


def _scores(report: Report | None) -> dict[str, object]:
    if report is None:
        return {}
    return {
        kind: {
            label: {"precision": c.precision, "recall": c.recall, "f1": c.f1}
            for label, c in table.items()
        }
        for kind, table in (("exact", report.exact), ("overlap", report.overlap))
    }


def model_suggestions(
    model: Model, lexicon: Lexicon, article_id: str, text: str, language: str
) -> list[StoredSuggestion]:
    """Return what a model proposes in an article, as pending suggestions of origin model.

    Value and qualifier are read from the span's own words, as the rules read them. Only
    those scored from the model's threshold on are proposed.
    """
    numbers = lexicon.for_language(language)
    found = []
    for start, end, label, confidence in model.propose(text):
        if confidence < model.threshold:
            continue
        quantities = find_quantities(text[start:end], numbers)
        figure = quantities[0][2] if quantities else None
        found.append(
            proposed(
                article_id,
                text,
                start,
                end,
                label,
                score=confidence,
                origin=Proposer.MODEL,
                value=figure.value if figure else None,
                qualifier=figure.qualifier if figure else None,
            )
        )
    return found
