"""Merging annotators' databases into one team database: their articles, spans and statuses."""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

from claimmark.core.articles import Status
from claimmark.core.batches import batched
from claimmark.core.errors import CancelledError
from claimmark.core.importing import OnDuplicate
from claimmark.core.importing import UnknownLabels
from claimmark.core.importing import plan_corrections
from claimmark.core.outcome import SaidOutcome
from claimmark.core.outcome import error_line
from claimmark.core.outcome import label_added_line
from claimmark.core.outcome import note_line
from claimmark.core.outcome import problems_json
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import article_count
from claimmark.core.words import problem_count
from claimmark.core.words import said
from claimmark.core.words import span_count
from claimmark.project.importing import store_records
from claimmark.project.progress import Cancelled
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore
from claimmark.project.progress import never
from claimmark.project.splitting import OWNER
from claimmark.project.targets import check_input
from claimmark.store import Repository
from claimmark.team.adjudication import GOLD

BATCH_ARTICLES = 2_000


@dataclass(slots=True)
class SourceReport:
    """What one merged database brought.

    Attributes:
        path: the database merged.
        owner: whose work it is (its statuses are recorded as theirs), and how that
            was found out; ``None`` for a team database, whose statuses are its
            annotators' own and are carried as such.
        added: articles the team database did not have.
        spans: spans added.
        statuses: statuses recorded.
        skipped: ``(article id, reason)`` of articles left alone (another text under
            the same id).
        gold_spans: spans of the gold layer the file held, not merged.
        updated: spans merged before that the file now has otherwise (relabelled,
            moved, edited), updated.
        removed: spans merged before that the file no longer has, removed.
    """

    path: Path
    owner: str | None
    owner_from: str
    added: int = 0
    spans: int = 0
    statuses: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    gold_spans: int = 0
    updated: int = 0
    removed: int = 0


@dataclass(slots=True)
class MergeReport(SaidOutcome):
    """What a merge did, file by file, and what it could not do.

    Attributes:
        sources: one report per database merged.
        labels_added: labels the team database lacked.
        label_clashes: labels of the same name with another colour (the team's kept).
        problems: spans that could not be stored, each naming its file.
    """

    sources: list[SourceReport] = field(default_factory=list)
    labels_added: list[str] = field(default_factory=list)
    label_clashes: list[Said] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def summary_said(self) -> Said:
        """Return the one line that sums the merge up."""
        return said(
            QT_TRANSLATE_NOOP(
                "edits",
                "merged {databases}: {added}, {spans}{corrected}, {statuses}, {alone} left "
                "alone, {problems}",
            ),
            databases=said(
                QT_TRANSLATE_NOOP("edits", "{n} database"),
                QT_TRANSLATE_NOOP("edits", "{n} databases"),
                len(self.sources),
            ),
            added=_new_articles(sum(s.added for s in self.sources)),
            spans=span_count(sum(s.spans for s in self.sources)),
            corrected=_corrections(self.sources),
            statuses=said(
                QT_TRANSLATE_NOOP("edits", "{n} status"),
                QT_TRANSLATE_NOOP("edits", "{n} statuses"),
                sum(s.statuses for s in self.sources),
            ),
            alone=article_count(sum(len(s.skipped) for s in self.sources)),
            problems=problem_count(len(self.problems)),
        )

    def details_said(self) -> list[Said]:
        """Return a line per file, clash, article left alone and problem."""
        lines = []
        for source in self.sources:
            whose = (
                said(QT_TRANSLATE_NOOP("edits", "a team's work"))
                if source.owner is None
                else said(QT_TRANSLATE_NOOP("edits", "{owner}'s work"), owner=source.owner)
            )
            lines.append(
                said(
                    QT_TRANSLATE_NOOP(
                        "edits", "{path}: {whose} ({how}), {added}, {spans}{corrected}"
                    ),
                    path=source.path,
                    whose=whose,
                    how=said(source.owner_from),
                    added=_new_articles(source.added),
                    spans=span_count(source.spans),
                    corrected=_corrections([source]),
                )
            )
            lines += [
                said(
                    QT_TRANSLATE_NOOP("edits", "skipped {article} from {path}: {why}"),
                    article=article_id,
                    path=source.path,
                    why=why,
                )
                for article_id, why in source.skipped
            ]
        lines += map(label_added_line, self.labels_added)
        lines += map(note_line, self.label_clashes)
        lines += map(error_line, self.problems)
        return lines

    def as_json(self) -> dict[str, Any]:
        """Return the merge's figures, file by file."""
        return {
            "sources": [
                {
                    "path": str(s.path),
                    "owner": s.owner,
                    "owner_from": s.owner_from,
                    "added": s.added,
                    "spans": s.spans,
                    "statuses": s.statuses,
                    "updated": s.updated,
                    "removed": s.removed,
                    "gold_spans": s.gold_spans,
                    "skipped": [{"id": i, "reason": why} for i, why in s.skipped],
                }
                for s in self.sources
            ],
            "labels_added": self.labels_added,
            "label_clashes": [str(clash) for clash in self.label_clashes],
            "problems": problems_json(self.problems),
        }


def _corrections(sources: Sequence[SourceReport]) -> Said:
    """Return " (N updated, M removed)" for the spans files corrected ("" if none)."""
    updated = sum(s.updated for s in sources)
    removed = sum(s.removed for s in sources)
    if not (updated or removed):
        return said("")
    return said(
        QT_TRANSLATE_NOOP("edits", " ({updated} updated, {removed} removed)"),
        updated=updated,
        removed=removed,
    )


def _new_articles(number: int) -> Said:
    return said(
        QT_TRANSLATE_NOOP("edits", "{n} new article"),
        QT_TRANSLATE_NOOP("edits", "{n} new articles"),
        number,
    )


def owner_of(source: Repository, path: Path) -> tuple[str | None, str]:
    """Return whose work a database is, and how that was found out.

    A share made by a split says so; a team database (one that holds several
    annotators' statuses or spans) is nobody's: its annotators' statuses are
    carried as theirs, and no annotator is made up from its name. Otherwise the
    one annotator of all its spans, or the file's name.
    """
    named = source.project_info(OWNER)
    if named:
        return named, QT_TRANSLATE_NOOP("edits", "as the share says")
    annotators = [name for name in source.annotators() if name not in ("import", GOLD)]
    if source.annotator_statuses() or len(annotators) > 1:
        return None, QT_TRANSLATE_NOOP(
            "edits", "a team database: each annotator's statuses are their own"
        )
    if len(annotators) == 1:
        return annotators[0], QT_TRANSLATE_NOOP("edits", "the annotator of all its spans")
    return path.stem, QT_TRANSLATE_NOOP("edits", "from the file name")


def merge_databases(
    team: Repository,
    sources: Sequence[Path],
    progress: Progress = ignore,
    cancelled: Cancelled = never,
) -> MergeReport:
    """Bring the articles, spans and statuses of ``sources`` into ``team``.

    Articles are matched by id and text; an article the team has under the same
    id with another text is reported and left alone. Every span keeps its
    annotator; a span the team has (by id, or by annotator, bounds and label) is
    not added twice, so merging the same file again changes nothing. Each file's
    statuses are recorded as its owner's (see :func:`owner_of`), with the
    per-annotator statuses a merged file holds. Labels are united: one the team
    lacks is added with its colour and key where free; one of the same name with
    another colour is reported and the team's kept.

    Raises:
        StoreError: a file is not a Claimmark database.
        TargetError: a file is the team's own database (or a link to it).
        CancelledError: ``cancelled()`` said so; the files merged before it stay merged.
    """
    for path in sources:
        check_input(path, team.path)
    report = MergeReport()
    for number, path in enumerate(sources):
        source = Repository.open(path, create=False, read_only=True)
        try:
            owner, how = owner_of(source, path)
            done = SourceReport(path, owner, how)
            _unite_labels(team, source, report)
            odd: list[ImportProblem] = []
            records = _as_new(source.iter_records(negatives=False, problems=odd), done)
            whose = _annotators_of(source, owner)
            for batch in batched(records, BATCH_ARTICLES):
                summary = store_records(team, batch, OnDuplicate.MERGE, UnknownLabels.ADD)
                done.added += len(summary.added)
                done.spans += summary.spans
                done.skipped += summary.skipped
                _correct(team, batch, summary.skipped, whose, done, report)
                report.problems += [p.in_file(str(path)) for p in summary.problems]
                report.labels_added += summary.labels_added
                if cancelled():
                    raise CancelledError("Merge cancelled; the files merged before it stay.")
            report.problems += odd
            done.statuses = _merge_statuses(team, source, owner, done)
            if done.gold_spans:
                report.problems.append(
                    ImportProblem.of(
                        str(path),
                        None,
                        QT_TRANSLATE_NOOP(
                            "edits",
                            "{spans} of the '{gold}' layer not merged: the gold layer is "
                            "written by adjudicating in this database",
                        ),
                        spans=span_count(done.gold_spans),
                        gold=GOLD,
                    )
                )
            report.sources.append(done)
        finally:
            source.close()
        progress(number + 1, len(sources))
    return report


def _annotators_of(source: Repository, owner: str | None) -> set[str]:
    """Return whose spans a file holds the truth of: a share's owner, or a team
    database's annotators (never the gold layer, which no file writes)."""
    if owner is not None:
        return {owner}
    return {name for name in source.annotators() if name != GOLD} | set(source.annotator_statuses())


def _correct(
    team: Repository,
    batch: list[Record],
    skipped: list[tuple[str, str]],
    whose: set[str],
    done: SourceReport,
    report: MergeReport,
) -> None:
    """Make the team's spans from this file follow it: what the annotator relabelled,
    moved or edited is updated, what they deleted removed."""
    left_alone = {article_id for article_id, _why in skipped}
    theirs = {r.article.id: r.spans for r in batch if r.article.id not in left_alone}
    ours = {article_id: team.spans_for(article_id) for article_id in theirs}
    plan = plan_corrections(theirs, ours, whose)
    if not plan.updated and not plan.removed:
        return
    refused = team.correct_spans(plan.updated, plan.removed)
    done.updated += len(plan.updated) - len(refused)
    done.removed += len(plan.removed)
    report.problems += [
        ImportProblem.of(
            str(done.path), None,
            QT_TRANSLATE_NOOP("edits", "{label} span {text} in {article} not updated: {why}"),
            label=span.label, text=repr(span.text), article=span.article_id, why=why,
        )
        for span, why in refused
    ]  # fmt: skip


def _as_new(records: Iterator[Record], done: SourceReport) -> Iterator[Record]:
    """Yield the records as the team database takes them: its own status of an article
    (an adjudicator's) starts "to do", with no note; the file's status is its owner's.
    Spans of the gold layer stay behind (counted in ``done``): no file writes into it."""
    for record in records:
        article = replace(record.article, status=Status.TODO, note="")
        spans = [span for span in record.spans if span.annotator != GOLD]
        done.gold_spans += len(record.spans) - len(spans)
        yield Record(article, spans, record.negatives)


def _unite_labels(team: Repository, source: Repository, report: MergeReport) -> None:
    have = {label.name: label for label in team.labels()}
    keys = {label.key for label in have.values()}
    for label in source.labels():
        known = have.get(label.name)
        if known is not None:
            if known.colour.lower() != label.colour.lower():
                report.label_clashes.append(
                    said(
                        QT_TRANSLATE_NOOP(
                            "edits",
                            "label {name} is {colour} in {path} and {ours} in the team "
                            "database; the team's colour is kept",
                        ),
                        name=label.name,
                        colour=label.colour,
                        path=source.path,
                        ours=known.colour,
                    )
                )
            continue
        if label.key in keys:  # the import adds it with a free key instead
            continue
        team.save_label(label)
        have[label.name] = label
        keys.add(label.key)
        report.labels_added.append(label.name)


def _merge_statuses(
    team: Repository, source: Repository, owner: str | None, done: SourceReport
) -> int:
    """Record the file's statuses as its owner's, and the per-annotator ones it holds, of
    the articles merged (not those left alone for another text under their id)."""
    left_alone = {article_id for article_id, _why in done.skipped}
    present = set(team.article_ids()) - left_alone
    rows: dict[tuple[str, str], Status] = {}
    if owner is not None:
        rows = {(a, owner): status for a, status in source.article_statuses().items()}
    for annotator, statuses in source.annotator_statuses().items():
        for article_id, status in statuses.items():
            if annotator != GOLD:
                rows[(article_id, annotator)] = status
    kept = [(a, who, status) for (a, who), status in rows.items() if a in present]
    team.set_annotator_statuses(kept)
    return len(kept)
