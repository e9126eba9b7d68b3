"""The claim ledger from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimmark.cli.base import _DB_OPTION
from claimmark.cli.base import _project
from claimmark.cli.base import _say
from claimmark.cli.base import cli
from claimmark.core.articles import STATUSES
from claimmark.core.articles import iso_day
from claimmark.core.ledger import LedgerFilter
from claimmark.core.spans import QUALIFIERS
from claimmark.core.spans import qualifier_of
from claimmark.formats.ledger import LEDGER_FORMATS
from claimmark.project.ledger import write_ledger
from claimmark.project.targets import check_output


@cli.command("ledger")
@_DB_OPTION
@click.option("--label", "labels", multiple=True, help="This label only (repeatable).")
@click.option(
    "--status", type=click.Choice([s.value for s in STATUSES]), help="Articles of this status only."
)
@click.option("--annotator", help="This annotator's spans only.")
@click.option("--source", help="Sources containing this text (any case).")
@click.option("--outlet", help="Outlets containing this text (any case).")
@click.option("--since", help="Articles published on or after this day (2024-10-01).")
@click.option("--until", help="Articles published on or before this day.")
@click.option("--qualifier", type=click.Choice(QUALIFIERS), help="Claims of this qualifier only.")
@click.option(
    "--format",
    "format_name",
    type=click.Choice(LEDGER_FORMATS),
    default="md",
    show_default=True,
    help="A Markdown table, CSV or JSON Lines.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write (default: standard output).",
)
@click.option(
    "--conflicts",
    is_flag=True,
    help="Only the claims that do not fit another of their source, each with its hint.",
)
def ledger_command(
    db: Path | None,
    labels: tuple[str, ...],
    status: str | None,
    annotator: str | None,
    source: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    qualifier: str | None,
    format_name: str,
    out: Path | None,
    conflicts: bool,
) -> None:
    """Write every confirmed claim of DB: one row per span, with its article's day,
    outlet and title, its value, qualifier and source; by day, article and place.

    With --conflicts, only the claims that do not fit another of the same source
    and label: two different values within three days, or a later "at least"
    figure lower than an earlier exact one.

    Example:

    \b
        claimmark ledger --db project.db --label LOSSES --since 2024-10-01
        claimmark ledger --db project.db --format csv --out ledger.csv
        claimmark ledger --db project.db --conflicts
    """
    for name, day in (("--since", since), ("--until", until)):
        if day is not None:
            try:
                iso_day(day)
            except ValueError as why:
                raise click.ClickException(f"{name}: {why}") from why
    ledger = LedgerFilter(
        labels=frozenset(labels) or None,
        status=status,
        annotator=annotator,
        source=source,
        outlet=outlet,
        since=since,
        until=until,
        qualifier=qualifier_of(qualifier),
    )
    with _project(db) as project:
        known = {label.name for label in project.repo.labels()}
        unknown = sorted(set(labels) - known)
        if unknown:
            raise click.ClickException(
                f"no label {', '.join(unknown)} in {project.path} "
                f"(it has {', '.join(sorted(known))})"
            )
        if out is not None:
            check_output(out, project.repo.path)
        report = write_ledger(
            project.repo, ledger, format_name, out, sys.stdout, hints_only=conflicts
        )
    if out is not None:
        _say(report)
    else:  # stdout holds the ledger itself: only the notes are said, on stderr
        for line in report.detail_lines():
            click.echo(line, err=True)
