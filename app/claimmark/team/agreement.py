"""Inter-annotator agreement: span-level F1, Cohen's kappa, Krippendorff's alpha, confusions.

Everything here compares annotators on the articles each of them finished
(the caller decides which those are):

- **Spans**: for each pair, the first annotator's spans are taken as reference
  and the second's scored against them (:func:`claimmark.core.evaluate.score`),
  with exact boundaries and with one-to-one overlap matching, per label and
  micro-averaged. F1 is symmetric; precision and recall swap with the order.
- **Tokens**: every article is cut into Claimmark's tokens (split where any
  annotator's span starts or ends, so all compare the same units) and each
  annotator's spans become BIO tags. Cohen's kappa compares a pair's tags;
  Krippendorff's alpha (nominal) all annotators' at once, each token a unit
  rated by those who finished its article.
- **Confusions**: a pair's overlapping spans matched one to one by the most
  shared characters, whatever their labels; a span matched by nothing is
  counted against :data:`NONE`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from itertools import combinations

from claimmark.core.bio import bio_tags
from claimmark.core.bio import one_per_token
from claimmark.core.evaluate import Counts
from claimmark.core.evaluate import score
from claimmark.core.spans import Span
from claimmark.core.text import title_of
from claimmark.core.tokens import tokens_with_boundaries

NONE = "—"
"""In a confusion table: no span of the other annotator there."""

Layers = Mapping[str, Mapping[str, Sequence[Span]]]
"""Each annotator's spans by article, holding only the articles that annotator finished."""


def micro(counts: Mapping[str, Counts]) -> Counts:
    """Return the counts of every label summed (micro-averaging)."""
    total = Counts()
    for each in counts.values():
        total += each
    return total


@dataclass(slots=True)
class PairAgreement:
    """How two annotators agree on the articles both finished.

    Attributes:
        first: the annotator taken as reference for precision and recall.
        second: the annotator scored against them.
        articles: how many articles both finished.
        spans: how many spans each of them has in those articles.
        exact: per label, the second's spans matching the first's label, start and end.
        overlap: per label, matched one to one on overlap with the same label.
        tokens: how many tokens were compared.
        kappa: Cohen's kappa over the BIO tags of those tokens; ``None`` when
            chance agreement is total (both tagged every token the same one way).
        confusion: ``(first's label, second's label)`` counts of overlapping spans.
    """

    first: str
    second: str
    articles: int = 0
    spans: tuple[int, int] = (0, 0)
    exact: dict[str, Counts] = field(default_factory=dict)
    overlap: dict[str, Counts] = field(default_factory=dict)
    tokens: int = 0
    kappa: float | None = None
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass(slots=True)
class ArticleAgreement:
    """How the annotators who finished one article agree on it (every pair summed).

    Attributes:
        article_id: the article.
        title: its title, to list it by.
        annotators: who finished it.
        exact: the pairs' counts, matching label, start and end, over all labels.
        overlap: the same, matched on overlap.
    """

    article_id: str
    title: str
    annotators: tuple[str, ...]
    exact: Counts
    overlap: Counts

    @property
    def disagreements(self) -> int:
        """Return the spans one of a pair has and the other has not, as written."""
        return self.exact.fp + self.exact.fn


@dataclass(slots=True)
class Agreement:
    """Agreement among all annotators: every pair, and overall.

    Attributes:
        annotators: who was compared, in order.
        labels: the labels scored.
        pairs: one entry per pair of annotators with an article in common.
        articles: how many articles at least two of them finished.
        tokens: how many tokens (units) Krippendorff's alpha counted.
        alpha: Krippendorff's alpha (nominal) over BIO tags; ``None`` when undefined.
        by_article: each article finished by two or more, the least agreed first.
    """

    annotators: tuple[str, ...]
    labels: tuple[str, ...]
    pairs: list[PairAgreement] = field(default_factory=list)
    articles: int = 0
    tokens: int = 0
    alpha: float | None = None
    by_article: list[ArticleAgreement] = field(default_factory=list)

    def overall(self, kind: str) -> dict[str, Counts]:
        """Return the pairs' counts of ``kind`` ("exact" or "overlap") summed per label."""
        summed: dict[str, Counts] = {label: Counts() for label in self.labels}
        for pair in self.pairs:
            for label, counts in getattr(pair, kind).items():
                summed.setdefault(label, Counts())
                summed[label] += counts
        return summed


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float | None:
    """Return Cohen's kappa of two raters' categories for the same units.

    kappa = (p_o - p_e) / (1 - p_e), where p_o is the share of units both put in
    the same category and p_e the share expected by chance from each rater's own
    category frequencies. ``None`` when p_e is 1 (kappa is undefined).
    """
    if len(first) != len(second):
        raise ValueError("the two raters must rate the same units")
    n = len(first)
    if n == 0:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    left, right = Counter(first), Counter(second)
    expected = sum(left[c] * right[c] for c in left) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Sequence[Sequence[str]]) -> float | None:
    """Return Krippendorff's alpha for nominal data.

    Each unit holds the values its raters gave (any number, missing raters
    simply absent); units with fewer than two values are not pairable and do not
    count. alpha = 1 - D_o / D_e, with observed disagreement
    D_o = sum over units of (m² - sum of each value's count²) / (m - 1), and
    expected disagreement D_e = (n² - sum of n_c²) / (n - 1), n_c being how often
    value c occurs among pairable values and n their number. ``None`` when D_e is
    0 (every pairable value the same).
    """
    observed = 0.0
    totals: Counter[str] = Counter()
    for values in units:
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        observed += (m * m - sum(c * c for c in counts.values())) / (m - 1)
        totals.update(counts)
    n = sum(totals.values())
    if n < 2:
        return None
    expected = (n * n - sum(c * c for c in totals.values())) / (n - 1)
    if expected == 0:
        return None
    return 1 - observed / expected


def confusion(first: Sequence[Span], second: Sequence[Span]) -> Counter[tuple[str, str]]:
    """Return how the labels of two annotators' spans of one article meet.

    Overlapping spans are matched one to one, the pair sharing the most characters
    first; each match counts ``(first's label, second's label)``, each span left
    over counts against :data:`NONE`.
    """
    candidates = sorted(
        (
            (min(a.end, b.end) - max(a.start, b.start), i, j)
            for i, a in enumerate(first)
            for j, b in enumerate(second)
            if a.overlaps(b.start, b.end)
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    counts: Counter[tuple[str, str]] = Counter()
    taken_first: set[int] = set()
    taken_second: set[int] = set()
    for _shared, i, j in candidates:
        if i not in taken_first and j not in taken_second:
            taken_first.add(i)
            taken_second.add(j)
            counts[(first[i].label, second[j].label)] += 1
    for i, span in enumerate(first):
        if i not in taken_first:
            counts[(span.label, NONE)] += 1
    for j, span in enumerate(second):
        if j not in taken_second:
            counts[(NONE, span.label)] += 1
    return counts


def _tags(text: str, layers: Sequence[Sequence[Span]]) -> list[list[str]]:
    """Return each layer's BIO tags over the article's tokens, cut where any layer's span
    starts or ends."""
    cuts = [edge for spans in layers for span in spans for edge in (span.start, span.end)]
    tokens = tokens_with_boundaries(text, cuts)
    return [bio_tags(tokens, one_per_token(spans)[0]) for spans in layers]


def agreement(layers: Layers, texts: Mapping[str, str], labels: Sequence[str]) -> Agreement:
    """Measure how the annotators of ``layers`` agree.

    Args:
        layers: each annotator's spans, by article, for the articles they finished.
        texts: the text of every article any of them finished.
        labels: the labels to score (others found in spans are scored too).
    """
    annotators = tuple(sorted(layers))
    result = Agreement(annotators, tuple(labels))
    finished_by: dict[str, list[str]] = {}
    for name in annotators:
        for article_id in layers[name]:
            finished_by.setdefault(article_id, []).append(name)
    shared = sorted(a for a, names in finished_by.items() if len(names) > 1)
    result.articles = len(shared)
    # Tags once per article, for every annotator who finished it.
    tags: dict[str, dict[str, list[str]]] = {}
    units: list[list[str]] = []
    for article_id in shared:
        names = finished_by[article_id]
        tagged = _tags(texts[article_id], [layers[name][article_id] for name in names])
        tags[article_id] = dict(zip(names, tagged, strict=True))
        units.extend(list(values) for values in zip(*tagged, strict=True))
    result.tokens = len(units)
    result.alpha = krippendorff_alpha(units)
    for first, second in combinations(annotators, 2):
        both = [a for a in shared if first in tags[a] and second in tags[a]]
        if not both:
            continue
        pair = PairAgreement(first, second, articles=len(both))
        reference = {a: layers[first][a] for a in both}
        scored = {a: layers[second][a] for a in both}
        report = score(reference, scored, labels)
        pair.exact, pair.overlap = report.exact, report.overlap
        pair.spans = (
            sum(len(s) for s in reference.values()),
            sum(len(s) for s in scored.values()),
        )
        left = [tag for a in both for tag in tags[a][first]]
        right = [tag for a in both for tag in tags[a][second]]
        pair.tokens = len(left)
        pair.kappa = cohen_kappa(left, right)
        met: Counter[tuple[str, str]] = Counter()
        for a in both:
            met.update(confusion(reference[a], scored[a]))
        pair.confusion = dict(sorted(met.items()))
        result.pairs.append(pair)
    result.by_article = sorted(
        (_article_agreement(a, texts[a], finished_by[a], layers, labels) for a in shared),
        key=lambda each: (each.exact.f1, -each.disagreements, each.article_id),
    )
    return result


def _article_agreement(
    article_id: str, text: str, names: Sequence[str], layers: Layers, labels: Sequence[str]
) -> ArticleAgreement:
    exact, overlap = Counts(), Counts()
    for first, second in combinations(sorted(names), 2):
        report = score(
            {article_id: layers[first][article_id]},
            {article_id: layers[second][article_id]},
            labels,
        )
        exact += micro(report.exact)
        overlap += micro(report.overlap)
    return ArticleAgreement(article_id, title_of(text), tuple(sorted(names)), exact, overlap)
