"""Commands of team work: split, merge, agree."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claimmark.project.agreeing import agreement_json
from claimmark.project.agreeing import agreement_lines
from claimmark.project.agreeing import measure_agreement
from claimmark.project.merging import merge_databases
from claimmark.project.splitting import split_corpus

if TYPE_CHECKING:
    pass


from claimmark.cli.base import _DB_OPTION
from claimmark.cli.base import _JSON_OPTION
from claimmark.cli.base import _moves
from claimmark.cli.base import _progress_bar
from claimmark.cli.base import _project
from claimmark.cli.base import _say
from claimmark.cli.base import cli


@cli.command("split")
@_DB_OPTION
@click.option(
    "--annotators",
    required=True,
    help="Comma-separated names, one share (and database) each: anna,ben,chris.",
)
@click.option(
    "--double",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Fraction of the articles annotated by two people, for agreement.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the shares: NAME.db each (existing files are never overwritten).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Draw of the double share.")
@_JSON_OPTION
def split_command(
    db: Path | None, annotators: str, double: float, out: Path, seed: int, as_json: bool
) -> None:
    """Split the articles of DB into one database per annotator.

    Each share has the project's labels and its articles, "to do" and without
    spans; the fraction --double goes to two annotators, every pair of
    annotators meeting on about as many articles; the rest is shared out evenly.
    The project's lexicon.txt is copied beside the shares. Merge them back with
    claimmark merge.

    Example:

    
        claimmark split --db corpus.db --annotators anna,ben,chris --double 0.2 --out shares/
    """
    names = [name.strip() for name in annotators.split(",") if name.strip()]
    with (
        _project(db) as project,
        _progress_bar("Splitting", project.repo.stats().articles) as bar,
    ):
        report = split_corpus(project.repo, names, double, out, seed, progress=_moves(bar))
    _say(report, as_json=as_json)


@cli.command("merge")
@click.argument(
    "sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The team database (made if missing; merging into it again adds only what is new).",
)
@_JSON_OPTION
def merge_command(sources: tuple[Path, ...], out: Path, as_json: bool) -> None:
    """Merge annotators' databases into one team database.

    Articles are matched by id and text (one with another text under the same id
    is reported and left alone); every span keeps its annotator; each file's
    statuses are kept as its annotator's. Merging the same file again changes
    nothing.

    Example:

    
        claimmark merge shares/anna.db shares/ben.db shares/chris.db --out team.db
    """
    with _project(out, create=True) as project:
        report = merge_databases(project.repo, sources)
    _say(report, as_json=as_json)


@cli.command("agree")
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def agree_command(db: Path | None, as_json: bool) -> None:
    """Measure how the annotators of DB agree, on the articles each pair finished.

    Per pair and over all: span precision, recall and F1 with exact and with
    overlapping boundaries, per label and micro-averaged; Cohen's kappa over
    BIO-tagged tokens per pair and Krippendorff's alpha over all; the labels
    overlapping spans were given. Precision and recall take the first of a pair
    as reference.

    Example:

    
        claimmark agree --db team.db
        claimmark agree --db team.db --json > agreement.json
    """
    with _project(db) as project:
        result = measure_agreement(project.repo)
    lines = agreement_lines(result)
    if as_json:
        click.echo(json.dumps(agreement_json(result), indent=2, ensure_ascii=False))
    if not result.pairs:  # nothing compared: no figure, and the exit code says so
        click.echo(lines[0], err=as_json)
        sys.exit(1)
    if not as_json:
        for line in lines:
            click.echo(line)
