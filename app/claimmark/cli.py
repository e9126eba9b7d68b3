"""The ``claimmark`` command: the window by default, and headless import, export and stats."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

import click

from claimmark import __version__
from claimmark.formats import EXPORT_FORMATS, export
from claimmark.formats.txt import read_txt
from claimmark.store import Repository, StoreError


def default_annotator() -> str:
    """Return the OS user name, the annotator when none is given."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "annotator"


def _default_db() -> Path:
    # Qt decides where application data lives on each OS; QtCore needs no display.
    from claimmark.ui.paths import default_db_path

    return default_db_path()


def _open(db: Path | None) -> Repository:
    try:
        return Repository.open(db if db is not None else _default_db())
    except StoreError as error:
        raise click.ClickException(str(error)) from error


_DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (default: Claimmark's database in your data folder).",
)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimmark")
@_DB_OPTION
@click.option("--annotator", help="Name stored on every span you make (default: your user name).")
@click.option(
    "--screenshot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Render the main window offscreen to this PNG file and exit.",
)
@click.option("--article", "article_id", help="Open this article id first.")
@click.pass_context
def cli(
    ctx: click.Context,
    db: Path | None,
    annotator: str | None,
    screenshot: Path | None,
    article_id: str | None,
) -> None:
    """Annotate troop, loss and weapon claims in news articles.

    With no command, opens the annotation window on DB (created and filled with
    the bundled articles on first use).

    Example:

    \b
        claimmark
        claimmark --db project.db --annotator alice
        claimmark --screenshot window.png --article 000_c85cdf0a18791572
    """
    if ctx.invoked_subcommand is not None:
        return
    from claimmark.ui.app import run_gui

    code = run_gui(
        db_path=db,
        annotator=annotator or default_annotator(),
        screenshot=screenshot,
        article_id=article_id,
    )
    ctx.exit(code)


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=False))
@_DB_OPTION
def import_command(paths: tuple[Path, ...], db: Path | None) -> None:
    """Import .txt articles (files, or folders of them) into DB.

    Each file is one article; its stem is the article id and its first
    non-empty line the title. Articles already in DB (same id or same text)
    are skipped. Problems are reported per file; the rest is imported, and
    the exit code is 1 if there was any problem.

    Example:

    \b
        claimmark import news/ extra/article.txt --db project.db
    """
    articles, problems = read_txt(paths)
    repo = _open(db)
    try:
        result = repo.add_articles(articles)
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    finally:
        repo.close()
    for article_id, reason in result.skipped:
        click.echo(f"skipped {article_id}: {reason}", err=True)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    click.echo(
        f"imported {len(result.added)} article(s), skipped {len(result.skipped)}, "
        f"{len(problems)} problem(s) into {repo.path}"
    )
    if problems:
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
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write; replaced atomically when the export succeeds.",
)
def export_command(db: Path | None, format_name: str, out: Path) -> None:
    """Export every article's spans from DB as training data.

    jsonl writes one line per article with its text and spans; csv writes one
    row per span with the sentence it stands in. The README documents both.

    Example:

    \b
        claimmark export --db project.db --format jsonl --out spans.jsonl
    """
    repo = _open(db)
    try:
        count = export(format_name, repo.iter_articles(), out)
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"{out}: cannot write: {error.strerror}") from error
    finally:
        repo.close()
    click.echo(f"exported {count} span(s) to {out}")


@cli.command("stats")
@_DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats_command(db: Path | None, as_json: bool) -> None:
    """Print article and span counts, per label and per status.

    Example:

    \b
        claimmark stats --db project.db --json
    """
    repo = _open(db)
    try:
        stats = repo.stats()
    except StoreError as error:
        raise click.ClickException(str(error)) from error
    finally:
        repo.close()
    if as_json:
        click.echo(json.dumps(stats.as_dict(), indent=2, sort_keys=True))
        return
    click.echo(f"articles: {stats.articles}")
    for status, n in stats.articles_by_status.items():
        click.echo(f"  {status}: {n}")
    click.echo(f"spans: {stats.spans}")
    for label, n in stats.spans_by_label.items():
        click.echo(f"  {label}: {n}")


def main() -> None:
    """Run the command line (the ``claimmark`` entry point)."""
    cli(prog_name="claimmark")
