"""Splitting a corpus into one database per annotator (their share of the articles)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from pathlib import Path
from typing import Any

from claimmark.core.articles import Article
from claimmark.core.articles import Status
from claimmark.core.errors import CancelledError
from claimmark.core.errors import RuleError
from claimmark.core.outcome import SaidOutcome
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import article_count
from claimmark.core.words import said
from claimmark.project.progress import Cancelled
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore
from claimmark.project.progress import never
from claimmark.store import Repository
from claimmark.store.files import database_files
from claimmark.team.adjudication import check_annotator_name
from claimmark.team.splitting import Shares
from claimmark.team.splitting import assign_shares

OWNER = "annotator"
"""The ``project_info`` key that says whose share a database is."""

BATCH_ARTICLES = 2_000


@dataclass(frozen=True, slots=True)
class SplitReport(SaidOutcome):
    """What a split wrote.

    Attributes:
        files: each annotator's database.
        shares: who got which article.
        total: how many articles the corpus has.
    """

    files: dict[str, Path]
    shares: Shares
    total: int

    def summary_said(self) -> Said:
        """Return the one line that sums the split up."""
        return said(
            QT_TRANSLATE_NOOP(
                "edits", "split {articles} among {annotators}: {twice} annotated twice"
            ),
            articles=article_count(self.total),
            annotators=said(
                QT_TRANSLATE_NOOP("edits", "{n} annotator"),
                QT_TRANSLATE_NOOP("edits", "{n} annotators"),
                len(self.files),
            ),
            twice=article_count(self.shares.double_count),
        )

    def details_said(self) -> list[Said]:
        """Return a line per annotator: how many articles, how many shared, which file."""
        lines = []
        for name, path in self.files.items():
            shared = sum(len(ids) for pair, ids in self.shares.doubled.items() if name in pair)
            lines.append(
                said(
                    QT_TRANSLATE_NOOP("edits", "{name}: {articles} ({shared} shared) in {path}"),
                    name=name,
                    articles=article_count(len(self.shares.articles[name])),
                    shared=shared,
                    path=path,
                )
            )
        return lines

    def as_json(self) -> dict[str, Any]:
        """Return each annotator's file and articles, and the pairs that share articles."""
        return {
            "total": self.total,
            "annotators": {
                name: {"file": str(path), "articles": self.shares.articles[name]}
                for name, path in self.files.items()
            },
            "doubled": [
                {"annotators": list(pair), "articles": ids}
                for pair, ids in self.shares.doubled.items()
            ],
        }


def share_path(out_dir: Path, annotator: str) -> Path:
    """Return the database file of an annotator's share (the name, made safe for a file)."""
    safe = re.sub(r"[^\w.-]+", "_", annotator).strip("._") or "annotator"
    return out_dir / f"{safe}.db"


def split_corpus(
    repo: Repository,
    annotators: Sequence[str],
    double: float,
    out_dir: Path,
    seed: int = 0,
    progress: Progress = ignore,
    cancelled: Cancelled = never,
) -> SplitReport:
    """Write one database per annotator into ``out_dir`` with their share of the corpus.

    Each share has the corpus's labels and its articles (ids, texts and order kept,
    every one "to do", without spans or notes: each annotator starts on their own);
    the project's lexicon (``lexicon.txt`` beside the database) is copied beside
    the shares, so the detector proposes the same. A share says whose it is, which
    a merge reads back.

    Raises:
        RuleError: the annotators or fraction are not usable, or a share's file
            exists already (someone's work is never overwritten).
        CancelledError: ``cancelled()`` said so; the files begun are removed.
    """
    for name in annotators:
        check_annotator_name(name)
    ids = repo.article_ids()
    shares = assign_shares(ids, annotators, double, seed)
    files = {name: share_path(out_dir, name) for name in shares.articles}
    if len(set(files.values())) != len(files):
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP(
                    "edits", "Two annotators' names make the same file name; name them apart."
                )
            )
        )
    # A stale -wal beside a new share would be read into it: companions count too.
    there = [str(p) for path in files.values() for p in database_files(path) if p.exists()]
    if there:
        raise RuleError(
            said(
                QT_TRANSLATE_NOOP("edits", "Not overwriting what exists: {names}."),
                names=", ".join(there),
            )
        )
    lock_files = [Path(f"{path}.lock") for path in files.values()]
    made = [p for path in files.values() for p in database_files(path)]
    made += [p for p in lock_files if not p.exists()]
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = repo.labels()
    opened: dict[str, Repository] = {}
    try:
        for name, path in files.items():
            share = opened[name] = Repository.open(path)
            share.set_label_set(labels)
            share.set_project_info(OWNER, name)
        wanted = {name: set(article_ids) for name, article_ids in shares.articles.items()}
        batches: dict[str, list[Article]] = {name: [] for name in files}
        for done, record in enumerate(repo.iter_records(negatives=False), start=1):
            fresh = replace(record.article, status=Status.TODO, note="")
            for name in files:
                if fresh.id in wanted[name]:
                    batches[name].append(fresh)
                    if len(batches[name]) >= BATCH_ARTICLES:
                        opened[name].add_articles(batches[name])
                        batches[name] = []
            if cancelled():
                raise CancelledError("Split cancelled; the shares begun were removed.")
            progress(done, len(ids))
        for name, batch in batches.items():
            opened[name].add_articles(batch)
    except BaseException:
        for share in opened.values():
            share.close()
        # Only what this split made: the user's "anna.db.bak" beside it stays.
        for leftover in made:
            leftover.unlink(missing_ok=True)
        raise
    for share in opened.values():
        share.close()
    lexicon = repo.folder / "lexicon.txt" if repo.folder is not None else None
    if lexicon is not None and lexicon.is_file() and not (out_dir / "lexicon.txt").exists():
        shutil.copyfile(lexicon, out_dir / "lexicon.txt")
    return SplitReport(files, shares, len(ids))
