"""Scoring the claim detector against gold annotations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimmark.bundled import seeds_dir
from claimmark.core.evaluate import Report
from claimmark.core.evaluate import Scored
from claimmark.core.evaluate import score
from claimmark.core.language import detect_language
from claimmark.core.problems import ImportProblem
from claimmark.core.spans import make_span
from claimmark.core.suggestions import StoredSuggestion
from claimmark.core.suggestions import merged
from claimmark.detector.learning import Lessons
from claimmark.detector.learning import Teacher
from claimmark.detector.learning import Where
from claimmark.detector.learning import occurrences
from claimmark.detector.learning import teachers as teachers_of
from claimmark.detector.lexicon import with_word
from claimmark.detector.rules import Detector
from claimmark.detector.rules import store_form
from claimmark.formats.gold import GoldSet
from claimmark.formats.gold import read_gold
from claimmark.formats.lexicon import load_lexicon_for
from claimmark.model import spacy_model
from claimmark.model.spacy_model import Document
from claimmark.model.spacy_model import Model
from claimmark.project.learning import PER_ARTICLE
from claimmark.project.learning import lexicon_entry
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore
from claimmark.project.progress import never
from claimmark.project.training import model_suggestions


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The detector's scores on a gold set.

    Attributes:
        report: precision, recall and F1 per label, attribute agreement, misses.
        labels: the labels scored, sorted.
        texts: the article texts by id, to quote misses and false alarms.
        problems: gold lines and lexicon lines that could not be used.
    """

    report: Report
    labels: list[str]
    texts: dict[str, str]
    problems: list[ImportProblem]

    def quoted(self, article_id: str, span: Scored) -> str:
        """Return a span of the gold set as a line: article, label, offsets and text."""
        text = self.texts[article_id][span.start : span.end]
        return f"{article_id} {span.label} {span.start}-{span.end} {text!r}"


def evaluate_detector(
    gold: Path, texts: Path | None = None, lexicons: Iterable[Path] = ()
) -> Evaluation:
    """Score the detector (bundled lexicon plus ``lexicons``) against a gold JSONL file.

    Args:
        gold: one article per line with its gold spans.
        texts: a folder of ``<id>.txt`` texts (default: the bundled seeds).
        lexicons: extra lexicon files.
    """
    gold_set, problems = read_gold(gold, texts or seeds_dir())
    lexicon, lexicon_problems = load_lexicon_for(None, lexicons)
    detector = Detector(lexicon)
    predicted = {article_id: detector.detect(text) for article_id, text in gold_set.texts.items()}
    labels = sorted({s.label for spans in gold_set.spans.values() for s in spans})
    report = score(gold_set.spans, predicted, labels)
    return Evaluation(report, labels, gold_set.texts, [*problems, *lexicon_problems])


@dataclass(frozen=True, slots=True)
class LearningCurve:
    """The rules alone against the rules with what the gold spans teach, article by article.

    Each article is scored with the lessons of the gold spans of every other
    article (leave one article out): what annotating the rest of the corpus would
    have proposed in it.

    Attributes:
        rules: the rules' scores.
        learned: the scores of the rules' suggestions and the learned ones together.
        alone: the scores of the learned suggestions alone (what learning finds where
            the rules find nothing, as on a corpus whose words they do not know).
        proposed: how many suggestions each of the three made.
        model: with ``model_epochs``, the rules' suggestions merged with those of a
            model trained on the gold spans of the other articles, and that model's
            alone; their counts of suggestions.
    """

    rules: Report
    learned: Report
    alone: Report
    proposed: tuple[int, int, int]
    model: tuple[Report, Report, int, int] | None = None


def learning_curve(
    gold: Path,
    texts: Path | None = None,
    lexicons: Iterable[Path] = (),
    model_epochs: int | None = None,
    progress: Progress = ignore,
) -> LearningCurve:
    """Measure what learning from spans adds to the rules on a gold set.

    With ``model_epochs``, also what a model adds: one model an article, trained for
    that many epochs on the other articles' gold spans (needs spaCy; slow).
    """
    gold_set, _problems = read_gold(gold, texts or seeds_dir())
    lexicon, _lexicon_problems = load_lexicon_for(None, lexicons)
    detector = Detector(lexicon)
    labels = sorted({s.label for spans in gold_set.spans.values() for s in spans})
    rules = {a: detector.detect(text) for a, text in gold_set.texts.items()}
    teachers: dict[str, list[Teacher]] = {}
    for article_id, spans in gold_set.spans.items():
        text = gold_set.texts[article_id]
        seen: set[tuple[str, str]] = set()
        for span in spans:
            marked = make_span(article_id, text, span.start, span.end, span.label, "gold")
            for taught in teachers_of(marked):
                if (taught.key, taught.label) not in seen:
                    seen.add((taught.key, taught.label))
                    teachers.setdefault(article_id, []).append(taught)
    together: dict[str, list[StoredSuggestion]] = {}
    alone: dict[str, list[StoredSuggestion]] = {}
    for article_id, text in gold_set.texts.items():
        lessons = [t for other, ts in teachers.items() if other != article_id for t in ts]
        together[article_id] = _learn_into(
            [store_form(article_id, text, s) for s in rules[article_id]], lessons, article_id, text
        )
        alone[article_id] = _learn_into([], lessons, article_id, text)
    modelled = None
    if model_epochs is not None:
        modelled = _model_curve(gold_set, detector, labels, model_epochs, progress)
    return LearningCurve(
        score(gold_set.spans, rules, labels),
        score(gold_set.spans, together, labels),
        score(gold_set.spans, alone, labels),
        tuple(sum(len(v) for v in made.values()) for made in (rules, together, alone)),  # type: ignore[arg-type]
        modelled,
    )


def _model_curve(
    gold_set: GoldSet, detector: Detector, labels: list[str], epochs: int, progress: Progress
) -> tuple[Report, Report, int, int]:
    """Leave one article out: train on the others' gold spans, propose in it."""
    with_rules: dict[str, list[StoredSuggestion]] = {}
    model_alone: dict[str, list[StoredSuggestion]] = {}
    ids = sorted(gold_set.texts)
    for done, article_id in enumerate(ids):
        others = [
            Document(gold_set.texts[a], [(s.start, s.end, s.label) for s in gold_set.spans[a]])
            for a in ids
            if a != article_id
        ]
        text = gold_set.texts[article_id]
        language = detect_language(text)
        nlp, _unusable = spacy_model.train(others, language or "de", labels, epochs, ignore, never)
        model = Model(Path(), nlp, {"language": language})
        mine = model_suggestions(model, detector.lexicon, article_id, text, language)
        model_alone[article_id] = mine
        rules = [store_form(article_id, text, s) for s in detector.detect(text, language)]
        with_rules[article_id] = merged([*rules, *mine])
        progress(done + 1, len(ids))
    return (
        score(gold_set.spans, with_rules, labels),
        score(gold_set.spans, model_alone, labels),
        sum(len(v) for v in with_rules.values()),
        sum(len(v) for v in model_alone.values()),
    )


def _learn_into(
    found: list[StoredSuggestion], lessons: list[Teacher], article_id: str, text: str
) -> list[StoredSuggestion]:
    """Add the lessons' occurrences to ``found`` (not where a suggestion of theirs is)."""
    for lesson in lessons:
        found.extend(occurrences(lesson, Where(article_id, text, suggestions=found), PER_ARTICLE))
    return found


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """The detector on the articles not yet annotated, after ``annotated`` articles were.

    Attributes:
        annotated: articles annotated so far (their gold spans marked, in file order).
        learned: the scores, on the articles not yet annotated, of the rules with what
            the annotated articles taught (the project's lexicon words and learned
            suggestions, as the window learns them).
        rules: the scores of the rules alone on the same articles, to compare with.
        words: lexicon words learned so far.
        lessons: words and designation families learned so far.
    """

    annotated: int
    learned: Report
    rules: Report
    words: int
    lessons: int


def annotation_curve(
    gold: Path, texts: Path | None = None, lexicons: Iterable[Path] = ()
) -> list[CurvePoint]:
    """Annotate a gold set article by article, as a person would, and score the rest.

    After each article, its gold spans teach what a confirmed span teaches in the
    window: a word the detector does not know goes to the project's lexicon (a
    weapon's head, a troop or loss figure's head noun), and the span's words and a
    designation's family become learned suggestions. The articles not annotated yet
    are then detected with that lexicon and those lessons, and scored. The first
    point (nothing annotated) is the rules alone.
    """
    gold_set, _problems = read_gold(gold, texts or seeds_dir())
    files = list(lexicons)  # read again at each step, with the words learned by then
    labels = sorted({s.label for spans in gold_set.spans.values() for s in spans})
    ids = list(gold_set.texts)
    languages = {a: detect_language(text) for a, text in gold_set.texts.items()}
    detector = Detector(load_lexicon_for(None, files)[0])
    rules_alone = {a: detector.detect(gold_set.texts[a], languages[a]) for a in ids}
    learned_words = ""
    words = 0
    lessons: list[Teacher] = []
    points: list[CurvePoint] = []
    for annotated in range(len(ids)):
        if annotated:
            taught = ids[annotated - 1]
            text = gold_set.texts[taught]
            for gold_span in gold_set.spans.get(taught, []):
                span = make_span(
                    taught, text, gold_span.start, gold_span.end, gold_span.label, "gold"
                )
                lessons += teachers_of(span, detector.lexicon)
                word = lexicon_entry(detector, span, languages[taught])
                if word is not None:
                    before, learned_words = learned_words, with_word(learned_words, *word)
                    words += learned_words != before  # a word known already adds nothing
            learned = [("learned words", learned_words)]
            detector = Detector(load_lexicon_for(None, files, learned)[0])
        known = Lessons(lessons)
        rest = ids[annotated:]
        predicted: dict[str, list[StoredSuggestion]] = {}
        for article_id in rest:
            text = gold_set.texts[article_id]
            found = [
                store_form(article_id, text, s)
                for s in detector.detect(text, languages[article_id])
            ]
            predicted[article_id] = found + known.occurrences(
                Where(article_id, text, suggestions=found), PER_ARTICLE
            )
        gold_rest = {a: gold_set.spans.get(a, []) for a in rest}
        baseline = {a: rules_alone[a] for a in rest}
        points.append(
            CurvePoint(
                annotated,
                score(gold_rest, predicted, labels),
                score(gold_rest, baseline, labels),
                words,
                len(known),
            )
        )
    return points
