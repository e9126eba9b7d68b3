"""Agreement among a team's annotators: which articles count, the figures, and their table."""

from __future__ import annotations

from collections import Counter
from typing import Any

from claimmark.core.articles import Status
from claimmark.core.evaluate import Counts
from claimmark.core.spans import Span
from claimmark.core.words import counted
from claimmark.store import Repository
from claimmark.team.agreement import NONE
from claimmark.team.agreement import Agreement
from claimmark.team.agreement import PairAgreement
from claimmark.team.agreement import agreement
from claimmark.team.agreement import micro

GOLD = "gold"
"""The annotator adjudication writes as; not one of the annotators compared."""

NOT_PEOPLE = (GOLD, "import")
"""Span annotators that are not people of the team."""


def finished_articles(repo: Repository) -> dict[str, set[str]]:
    """Return the articles each annotator finished.

    Where the database records an annotator's own statuses (a merged team
    database), the articles they marked done; otherwise (several people in one
    database) the articles marked done that hold a span of theirs.
    """
    recorded = repo.annotator_statuses()
    finished: dict[str, set[str]] = {}
    people = [name for name in repo.annotators() if name not in NOT_PEOPLE]
    with_spans = repo.done_articles_by_annotator() if set(people) - set(recorded) else {}
    for name in people:
        if name in recorded:
            finished[name] = {a for a, s in recorded[name].items() if s == Status.DONE}
        else:
            finished[name] = with_spans.get(name, set())
    return finished


def measure_agreement(repo: Repository) -> Agreement:
    """Measure the agreement of the database's annotators on the articles they finished."""
    finished = finished_articles(repo)
    counts = Counter(a for articles in finished.values() for a in articles)
    shared = sorted(a for a, n in counts.items() if n > 1)
    spans = repo.spans_by_annotator(shared)
    layers: dict[str, dict[str, list[Span]]] = {
        name: {a: spans.get(name, {}).get(a, []) for a in articles if a in counts and counts[a] > 1}
        for name, articles in finished.items()
    }
    labels = [label.name for label in repo.labels()]
    return agreement(layers, repo.texts(shared), labels)


def _prf(counts: Counts) -> str:
    return f"{counts.precision:.2f} {counts.recall:.2f} {counts.f1:.2f}"


def _number(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def agreement_lines(result: Agreement) -> list[str]:
    """Return the agreement as a terminal table (precision and recall take the first
    annotator of a pair as reference)."""
    if not result.pairs:
        return [
            "No article was finished by two annotators: nothing to compare "
            f"({counted(len(result.annotators), 'annotator')})."
        ]
    lines = [
        f"{counted(len(result.annotators), 'annotator')} on "
        f"{counted(result.articles, 'article')} finished by at least two "
        f"({counted(result.tokens, 'token')}); Krippendorff's alpha over tokens "
        f"{_number(result.alpha)}",
        "",
        f"{'pair':<24}{'articles':>9}{'spans':>12}  {'exact P R F1':<16}"
        f"{'overlap P R F1':<16}{'kappa':>6}",
    ]
    for pair in result.pairs:
        name = f"{pair.first} / {pair.second}"
        lines.append(
            f"{name:<24}{pair.articles:>9}{f'{pair.spans[0]}/{pair.spans[1]}':>12}  "
            f"{_prf(micro(pair.exact)):<16}{_prf(micro(pair.overlap)):<16}"
            f"{_number(pair.kappa):>6}"
        )
    exact, overlap = result.overall("exact"), result.overall("overlap")
    lines.append(
        f"{'all pairs':<24}{'':>9}{'':>12}  {_prf(micro(exact)):<16}{_prf(micro(overlap)):<16}"
    )
    lines += ["", f"{'label':<24}{'exact P R F1':<16}{'overlap P R F1':<16}"]
    for label in exact:
        lines.append(f"{label:<24}{_prf(exact[label]):<16}{_prf(overlap[label]):<16}")
    met = _confusion(result.pairs)
    names = [*sorted(({a for a, _ in met} | {b for _, b in met}) - {NONE}), NONE]
    rows = [n for n in names if any(met.get((n, m)) for m in names)]
    lines += ["", "labels of overlapping spans (rows: first of a pair, columns: second)"]
    lines.append(f"{'':<12}" + "".join(f"{n:>10}" for n in names))
    for row in rows:
        lines.append(f"{row:<12}" + "".join(f"{met.get((row, n), 0):>10}" for n in names))
    apart = [each for each in result.by_article if each.disagreements]
    if apart:
        lines += ["", f"articles with disagreements, the least agreed first ({len(apart)}):"]
        lines.append(f"{'article':<32}{'disagreements':>14}{'exact F1':>10}{'overlap F1':>12}")
        for each in apart[:ARTICLES_LISTED]:
            lines.append(
                f"{each.article_id:<32}{each.disagreements:>14}"
                f"{each.exact.f1:>10.2f}{each.overlap.f1:>12.2f}"
            )
        if len(apart) > ARTICLES_LISTED:
            lines.append(f"… and {len(apart) - ARTICLES_LISTED:,} more (--json: all)")
    return [line.rstrip() for line in lines]


ARTICLES_LISTED = 20
"""Articles with disagreements the table lists (``--json`` gives them all)."""


def _confusion(pairs: list[PairAgreement]) -> dict[tuple[str, str], int]:
    met: Counter[tuple[str, str]] = Counter()
    for pair in pairs:
        met.update(pair.confusion)
    return dict(met)


def _counts_json(counts: Counts) -> dict[str, Any]:
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "precision": counts.precision,
        "recall": counts.recall,
        "f1": counts.f1,
    }


def _per_label(counts: dict[str, Counts]) -> dict[str, Any]:
    return {
        "micro": _counts_json(micro(counts)),
        **{label: _counts_json(c) for label, c in counts.items()},
    }


def agreement_json(result: Agreement) -> dict[str, Any]:
    """Return the agreement as plain data, for ``--json``; with no pair to compare, its
    figures are ``null`` (nothing was measured, which is not perfect agreement)."""
    compared = bool(result.pairs)
    return {
        "annotators": list(result.annotators),
        "articles": result.articles,
        "tokens": result.tokens,
        "krippendorff_alpha": result.alpha if compared else None,
        "overall": {
            "exact": _per_label(result.overall("exact")),
            "overlap": _per_label(result.overall("overlap")),
        }
        if compared
        else None,
        "pairs": [
            {
                "annotators": [pair.first, pair.second],
                "articles": pair.articles,
                "spans": list(pair.spans),
                "tokens": pair.tokens,
                "cohen_kappa": pair.kappa,
                "exact": _per_label(pair.exact),
                "overlap": _per_label(pair.overlap),
                "confusion": [
                    {"first": a, "second": b, "count": n} for (a, b), n in pair.confusion.items()
                ],
            }
            for pair in result.pairs
        ],
        "by_article": [
            {
                "id": each.article_id,
                "title": each.title,
                "annotators": list(each.annotators),
                "disagreements": each.disagreements,
                "exact": _counts_json(each.exact),
                "overlap": _counts_json(each.overlap),
            }
            for each in result.by_article
        ],
    }
