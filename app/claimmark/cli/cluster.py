"""Commands over corpora too big for one project: preannotate on a Dask cluster, sample."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from claimmark.cli.base import _JSON_OPTION
from claimmark.cli.base import _LEXICON_OPTION
from claimmark.cli.base import _moves
from claimmark.cli.base import _progress_bar
from claimmark.cli.base import _project
from claimmark.cli.base import _refuse_missing
from claimmark.cli.base import _say
from claimmark.cli.base import cli
from claimmark.core.errors import ClaimmarkError
from claimmark.core.language import LANGUAGES
from claimmark.core.sampling import SampleBy
from claimmark.detector.learning import blocked
from claimmark.detector.rules import Detector
from claimmark.formats.lexicon import load_lexicon_for
from claimmark.formats.output import check_suffix
from claimmark.formats.registry import IMPORT_FORMATS
from claimmark.project.corpus_outcome import CorpusOutcome
from claimmark.project.learning import project_lessons
from claimmark.project.preannotating import Suggester
from claimmark.project.preannotating import preannotate
from claimmark.project.sampling import sample_paths

_INPUT_FORMAT = click.option(
    "--format",
    "format_name",
    type=click.Choice(sorted(IMPORT_FORMATS)),
    help="The input's format (default: guessed from each path, as import does).",
)


_OUT_OPTION = click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The .jsonl or .parquet file to write; what was there is replaced only at the end.",
)


@contextmanager
def _writing(out: Path) -> Iterator[None]:
    """Say a failure of work that writes ``out`` as a click error (the file untouched)."""
    try:
        yield
    except ClaimmarkError as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"cannot write {out}: {error.strerror or error}") from error


def _report(outcome: CorpusOutcome, as_json: bool) -> None:
    """Print the report; exit 1 when the input had problems (the rest was written)."""
    _say(outcome, as_json=as_json)
    if outcome.problems:
        sys.exit(1)


@cli.command("preannotate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_OUT_OPTION
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="A running Dask scheduler (tcp://host:8786). Default: a local cluster for this run.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 512),
    help="Worker processes of the local cluster (default: one per core).",
)
@click.option(
    "--language",
    type=click.Choice(LANGUAGES),
    help="The language of every article (default: as the file says, or as detected).",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="A project whose lexicon, learned words and rejections the detector uses.",
)
@_INPUT_FORMAT
@_LEXICON_OPTION
@_JSON_OPTION
def preannotate_command(
    paths: tuple[Path, ...],
    out: Path,
    scheduler: str | None,
    workers: int | None,
    language: str | None,
    db: Path | None,
    lexicons: tuple[Path, ...],
    format_name: str | None,
    as_json: bool,
) -> None:
    """Find the claims in a corpus on a Dask cluster; write the articles with them.

    Reads what 'claimmark import' reads (folders of .txt, .jsonl, .parquet, ...)
    and writes OUT, Claimmark JSONL or Parquet by its suffix: every article with
    the detector's suggestions, marked as suggestions, so that 'claimmark import
    OUT' stores them to review, as 'claimmark detect' would have. With --db, the
    project's lexicon, the words its spans teach and the words its annotators
    rejected are used too. Input problems are reported with file and line, the
    rest is written; the exit code is then 1.

    Example:

    \b
        claimmark preannotate news/ --out news.parquet --workers 8
        claimmark preannotate feed.jsonl --out feed.jsonl --scheduler tcp://head:8786
        claimmark preannotate feed.jsonl --out feed.jsonl --db project.db
    """
    _refuse_missing(paths)
    with _writing(out):
        check_suffix(out)
    if db is not None:
        with _project(db, detect=True, lexicons=lexicons) as project:
            assert project.detector is not None
            suggester = Suggester(
                project.detector,
                project_lessons(project.repo),
                frozenset(blocked(project.repo.word_rejections())),
            )
    else:
        lexicon, problems = load_lexicon_for(None, lexicons)
        for problem in problems:
            click.echo(f"warning: {problem}", err=True)
        suggester = Suggester(Detector(lexicon))
    with _writing(out), _progress_bar("Pre-annotating (partitions)", 1) as bar:
        outcome = preannotate(
            paths, out, suggester, scheduler=scheduler, workers=workers,
            language=language, format_name=format_name, progress=_moves(bar),
        )  # fmt: skip
    _report(outcome, as_json)


@cli.command("sample")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_OUT_OPTION
@click.option("-n", "n", type=click.IntRange(1), required=True, help="Articles to choose.")
@click.option(
    "--by",
    type=click.Choice([b.value for b in SampleBy]),
    default=SampleBy.CLAIMS.value,
    show_default=True,
    help="The most claims first, balanced across the labels of the claims, or at random.",
)
@click.option(
    "--seed", type=int, default=0, show_default=True, help="The same seed, the same sample."
)
@_INPUT_FORMAT
@_JSON_OPTION
def sample_command(
    paths: tuple[Path, ...],
    out: Path,
    n: int,
    by: str,
    seed: int,
    format_name: str | None,
    as_json: bool,
) -> None:
    """Choose N articles of a pre-annotated corpus for people to annotate.

    By the number of claims (suggestions and spans; ties: the earlier article),
    balanced across labels (each label in turn gives an article with a claim of
    it, drawn at random), or at random; the same seed gives the same sample. The
    input is read once and never held whole. OUT (.jsonl or .parquet) keeps the
    suggestions marked, for 'claimmark import'.

    Example:

    \b
        claimmark sample news.parquet --out week-12.jsonl -n 200
        claimmark sample news.parquet --out balanced.jsonl -n 300 --by label --seed 7
    """
    _refuse_missing(paths)
    with _writing(out):
        outcome = sample_paths(paths, out, n, SampleBy(by), seed, format_name)
    _report(outcome, as_json)
