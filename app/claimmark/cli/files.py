"""Commands over a project's files: import, export, backup, stats."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Any

import click

from claimmark.cli.base import _DB_OPTION
from claimmark.cli.base import _JSON_OPTION
from claimmark.cli.base import _moves
from claimmark.cli.base import _progress_bar
from claimmark.cli.base import _project
from claimmark.cli.base import _refuse_missing
from claimmark.cli.base import _say
from claimmark.cli.base import cli
from claimmark.core.importing import OnDuplicate
from claimmark.core.importing import UnknownLabels
from claimmark.formats.options import ExportOptions
from claimmark.formats.registry import EXPORT_FORMATS
from claimmark.formats.registry import IMPORT_FORMATS
from claimmark.project.backup import back_up
from claimmark.project.exporting import export_project
from claimmark.project.exporting import export_summary
from claimmark.project.importing import import_paths


def _choice_option(name: str, default: StrEnum, help_text: str) -> Callable[..., Any]:
    """Return an option whose values are those of ``default``'s enum, any case."""
    values = [choice.value for choice in type(default)]
    return click.option(
        name,
        type=click.Choice(values, case_sensitive=False),
        default=default.value,  # shown as it is typed: "skip", not "SKIP"
        show_default=True,
        help=help_text,
    )


NOTES_SHOWN = 20
"""Notes an export prints at most: what it wrote that a reader may take otherwise, which
can be thousands on a large corpus (the problems, spans left out, are all printed)."""


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_DB_OPTION
@click.option(
    "--format",
    "format_name",
    type=click.Choice(sorted(IMPORT_FORMATS)),
    help="The files' format (default: guessed: .txt, .jsonl Claimmark, .json Label Studio, "
    ".csv, a folder with .ann files brat).",
)
@_choice_option(
    "--on-duplicate",
    OnDuplicate.SKIP,
    "An article already present (same id or same text): skip it, or add its new spans.",
)
@_choice_option(
    "--unknown-labels",
    UnknownLabels.ADD,
    "Labels the project lacks: add them, or refuse their spans.",
)
@_JSON_OPTION
def import_command(
    paths: tuple[Path, ...],
    db: Path | None,
    format_name: str | None,
    on_duplicate: str,
    unknown_labels: str,
    as_json: bool,
) -> None:
    """Import articles, with their spans where the format has them, into DB.

    Plain text (one article per .txt, the stem is its id), Claimmark jsonl,
    doccano, spacy-jsonl, label-studio, brat folders and csv with a text
    column. Encodings (UTF-8, UTF-16 with BOM, cp1252, Latin-1) are detected;
    offsets are mapped onto the normalised text. Every problem is reported with
    its file and line and the valid rest is imported; the exit code is then 1.

    Example:

    \b
        claimmark import news/ extra/article.txt --db project.db
        claimmark import team.jsonl --format doccano --on-duplicate merge --db project.db
    """
    _refuse_missing(paths, "; nothing was imported")
    with _project(db, create=True) as project:
        policies = OnDuplicate(on_duplicate.lower()), UnknownLabels(unknown_labels.lower())
        outcome = import_paths(project.repo, paths, format_name, *policies)
    _say(outcome, as_json=as_json, where=f"into {project.path}")
    if outcome.problems:
        sys.exit(1)


@cli.command("export")
@_DB_OPTION
@click.option(
    "--format",
    "format_name",
    type=click.Choice(sorted(EXPORT_FORMATS)),
    default="jsonl",
    show_default=True,
    help="File format.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    required=True,
    help="File (folder for brat) to write; replaced only when the export succeeds.",
)
@click.option(
    "--suggestions",
    is_flag=True,
    help="Export the detector's pending suggestions (origin detector) instead of spans.",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(["todo", "in_progress", "done"]),
    help="Only articles with this status (repeatable).",
)
@click.option("--label", "labels", multiple=True, help="Only spans with this label (repeatable).")
@click.option(
    "--annotator",
    "annotators",
    multiple=True,
    help="Only spans by this annotator (repeatable; 'gold' for adjudicated spans). With one "
    "annotator, --status reads their own statuses in a merged team database.",
)
@click.option(
    "--negatives",
    is_flag=True,
    help="Include rejected suggestions as negatives (jsonl, spacy-jsonl).",
)
@click.option(
    "--shard-size",
    type=click.IntRange(1),
    help="spacy: write OUT as a folder of DocBin files of N articles each, which spacy "
    "train reads as one corpus; memory then holds one shard, not the whole export.",
)
@click.option(
    "--spreadsheet-safe/--no-spreadsheet-safe",
    default=True,
    show_default=True,
    help="CSV: prefix cells starting with = + - @ TAB CR with an apostrophe.",
)
def export_command(
    db: Path | None,
    format_name: str,
    out: Path,
    suggestions: bool,
    statuses: tuple[str, ...],
    labels: tuple[str, ...],
    annotators: tuple[str, ...],
    negatives: bool,
    shard_size: int | None,
    spreadsheet_safe: bool,
) -> None:
    """Export the spans of DB as training data, in one of several formats.

    jsonl (Claimmark's own), csv, spacy-jsonl (spaCy / Prodigy), doccano,
    label-studio, conll (BIO) and brat (OUT is a folder). The README shows
    each shape. With --suggestions, the pending detector suggestions are
    written instead, with origin "detector".

    An article a format cannot write (brat: an id too long for a file name) is
    reported and left out; the exit code is then 1.

    Example:

    \b
        claimmark export --db project.db --format jsonl --out spans.jsonl
        claimmark export --db project.db --suggestions --out suggestions.jsonl
        claimmark export --db project.db --format brat --status done --out brat/
        claimmark export --db team.db --annotator gold --status done --out gold.jsonl
        claimmark export --db project.db --format spacy --shard-size 2000 --out train/
    """
    options = ExportOptions(
        statuses=frozenset(statuses) or None,
        labels=frozenset(labels) or None,
        annotators=frozenset(annotators) or None,
        negatives=negatives,
        spreadsheet_safe=spreadsheet_safe,
        shard_size=shard_size,
    )
    with (
        _project(db) as project,
        _progress_bar("Exporting", project.repo.stats().articles) as bar,
    ):
        report = export_project(
            project.repo, format_name, out, options, suggestions, progress=_moves(bar)
        )
    for problem in report.problems:
        click.echo(f"error: {problem}", err=True)
    for note in report.notes[:NOTES_SHOWN]:
        click.echo(f"note: {note}", err=True)
    if len(report.notes) > NOTES_SHOWN:
        more = len(report.notes) - NOTES_SHOWN
        click.echo(f"note: and {more:,} more like these (the export is complete)", err=True)
    click.echo(export_summary(report, out, suggestions))
    if report.problems:  # some articles were left out: not a complete export
        sys.exit(1)


@cli.command("backup")
@_DB_OPTION
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The copy to write (a new file, written aside and renamed when complete).",
)
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
def backup_command(db: Path | None, out: Path, force: bool) -> None:
    """Copy DB to OUT, consistently, even while the window or an import uses it.

    The copy is a plain SQLite file that Claimmark opens like any project.

    Example:

    \b
        claimmark backup --db project.db --out project-2026-12-02.db
    """
    with _project(db) as project:
        click.echo(str(back_up(project.repo, out, force=force)))


@cli.command("stats")
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats_command(db: Path | None, as_json: bool) -> None:
    """Print article and span counts, per label and per status, and check the file.

    Exits 1 when SQLite finds the database file damaged.

    Example:

    \b
        claimmark stats --db project.db --json
    """
    with _project(db) as project:
        stats = project.repo.stats()
        damage = project.repo.damage()
    if as_json:
        click.echo(json.dumps(asdict(stats), indent=2, sort_keys=True))
    else:
        click.echo(f"articles: {stats.articles}")
        for status, n in stats.articles_by_status.items():
            click.echo(f"  {status}: {n}")
        click.echo(f"spans: {stats.spans}")
        for label, n in stats.spans_by_label.items():
            click.echo(f"  {label}: {n}")
        click.echo(f"articles without a date: {stats.articles_without_date}")
    if damage:  # counts can be read from a file whose other pages cannot
        raise click.ClickException(
            f"{project.path} is damaged (SQLite's check: {'; '.join(damage)}); back it up "
            "and salvage it with the sqlite3 tool's .recover command"
        )
