"""Exporting a project's spans as training data, with progress and a cancel that keeps files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from claimmark.core.articles import Status
from claimmark.core.errors import CancelledError
from claimmark.core.errors import ClaimmarkError
from claimmark.core.errors import ExtraMissingError
from claimmark.core.records import Record
from claimmark.core.words import counted
from claimmark.formats.atomic import TargetRefusedError
from claimmark.formats.options import ExportOptions
from claimmark.formats.options import ExportReport
from claimmark.formats.registry import FORMATS
from claimmark.formats.registry import export
from claimmark.project.progress import Cancelled
from claimmark.project.progress import Progress
from claimmark.project.progress import ignore
from claimmark.project.progress import never
from claimmark.project.targets import TargetError
from claimmark.project.targets import check_output
from claimmark.store import Repository


class ExportError(ClaimmarkError):
    """The export could not be written; the file or folder that was there is untouched."""


def export_project(
    repo: Repository,
    format_name: str,
    path: Path,
    options: ExportOptions | None = None,
    suggestions: bool = False,
    progress: Progress = ignore,
    cancelled: Cancelled = never,
) -> ExportReport:
    """Write the project's spans (or pending suggestions) to ``path`` in a format.

    The file is written aside and renamed into place only when it is complete,
    so a failed or cancelled export leaves what was at ``path`` as it was.

    Args:
        repo: the project's store.
        format_name: a name from ``formats.FORMATS`` that can be written.
        path: the file (a folder for brat).
        options: statuses, labels, negatives, CSV safety.
        suggestions: write the pending suggestions instead of the spans.
        progress: told after each article.
        cancelled: asked before each article, and after the last one (before the rename).

    Raises:
        CancelledError: the user cancelled.
        ExportError: the file cannot be written, is the database or a companion of it,
            is not a regular file (a device, a pipe, a link), or the format needs a
            library an extra installs (spaCy, pyarrow).
        StoreError: the database cannot be read.
    """

    options = options or ExportOptions()
    fmt = FORMATS.get(format_name)
    sharded = fmt is not None and fmt.shards and options.shard_size is not None
    if options.shard_size is not None and not sharded:
        raise ExportError(f"--shard-size is for the spacy format, not {format_name}")
    try:
        check_output(path, repo.path, folder=fmt is not None and (not fmt.suffix or sharded))
    except TargetError as refused:
        raise ExportError(str(refused)) from None
    if options.labels:
        known = [label.name for label in repo.labels()]
        unknown = sorted(set(options.labels) - set(known))
        if unknown:  # a mistyped label would export nothing, silently
            raise ExportError(
                f"no label {', '.join(unknown)} in this project; its labels: {', '.join(known)}"
            )
    # Rejected suggestions are read only for a format that writes them, when asked.
    negatives = options.negatives and fmt is not None and fmt.negatives

    # One annotator's work in a team database: their own statuses are the ones that
    # say which articles they finished.
    own: dict[str, Status] | None = None
    if options.annotators is not None and len(options.annotators) == 1:
        [who] = options.annotators
        own = repo.annotator_statuses().get(who)

    def records() -> Iterator[Record]:
        total = repo.count_articles()
        for done, record in enumerate(
            repo.iter_records(suggestions=suggestions, negatives=negatives), 1
        ):
            if cancelled():
                raise CancelledError(f"Export cancelled; {path} is as it was.")
            if own is not None:
                status = own.get(record.article.id, Status.TODO)
                record = Record(
                    replace(record.article, status=status), record.spans, record.negatives
                )
            yield record
            progress(done, total)
        # Once more after the last record: the writer has not returned, so the new
        # file is not renamed into place yet, and a late cancel still keeps the old one.
        if cancelled():
            raise CancelledError(f"Export cancelled; {path} is as it was.")

    try:
        return export(format_name, records(), path, options)
    except (ExtraMissingError, TargetRefusedError) as error:
        raise ExportError(str(error)) from error
    except OSError as error:
        raise ExportError(f"Could not export to {path}: {error.strerror or error}") from error


def export_summary(report: ExportReport, path: Path, suggestions: bool = False) -> str:
    """Return the one line that sums an export (of spans, or of suggestions) up."""
    what = counted(report.spans, "suggestion" if suggestions else "span")
    return f"exported {what} of {counted(report.articles, 'article')} to {path}"
