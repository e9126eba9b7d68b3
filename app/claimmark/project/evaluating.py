"""Scoring the claim detector against gold annotations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimmark.bundled import seeds_dir
from claimmark.core.detect import Detector
from claimmark.core.evaluate import Report, Scored, score
from claimmark.core.problems import ImportProblem
from claimmark.formats.gold import read_gold
from claimmark.formats.lexicon import load_lexicon_for


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
