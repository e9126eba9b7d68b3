"""The command line's group: the window by default, options common to every command."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import click

from claimmark.core.errors import ClaimmarkError
from claimmark.core.outcome import Outcome
from claimmark.core.outcome import SaidOutcome
from claimmark.core.outcome import is_diagnostic

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

    from claimmark.project.project import Project


def _default_db() -> Path:
    # Qt decides where application data lives on each OS; QtCore needs no display.
    from claimmark.ui.paths import default_db_path

    return default_db_path()


@contextmanager
def _project(
    db: Path | None,
    *,
    create: bool = False,
    detect: bool = False,
    lexicons: tuple[Path, ...] = (),
) -> Iterator[Project]:
    """Open the project for one command; its expected failures become a click error.

    Only a command that adds articles may create the database: a mistyped ``--db``
    given to a command that reads must not make an empty one and export it.
    """
    from claimmark.project.project import Project

    path = db if db is not None else _default_db()
    try:
        project = Project.open(path, create=create, detect=detect, lexicons=lexicons)
    except ClaimmarkError as error:
        raise click.ClickException(str(error)) from error
    if project.repo.created:
        click.echo(f"note: created a new database {project.path}", err=True)
    for problem in project.lexicon_problems:
        click.echo(f"warning: {problem}", err=True)
    try:
        yield project
    except ClaimmarkError as error:
        raise click.ClickException(str(error)) from error
    finally:
        project.close()


def _progress_bar(label: str, length: int) -> ProgressBar[int]:
    """Return a progress bar on standard error, so standard output stays the result."""
    return click.progressbar(length=length, label=label, file=sys.stderr, show_pos=True)


def _moves(bar: ProgressBar[int]) -> Callable[[int, int], None]:
    """Return a progress callback that moves a click progress bar."""

    def move(done: int, total: int) -> None:
        bar.length = total
        bar.update(done - bar.pos)

    return move


_LEXICON_OPTION = click.option(
    "--lexicon",
    "lexicons",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Extra lexicon file (repeatable), added to the bundled one and to lexicon.txt "
    "beside the database.",
)


_JSON_OPTION = click.option(
    "--json", "as_json", is_flag=True, help="Print what was done as JSON (figures, problems)."
)


def _say(outcome: Outcome, *, as_json: bool = False, where: str = "") -> None:
    """Print a use case's report the one way every command does.

    The detail lines first (notes, errors and articles left alone on stderr), then the
    summary line on stdout, followed by ``where`` ("into project.db"); with
    ``--json``, only the report's JSON on stdout.
    """
    if as_json:
        click.echo(json.dumps(outcome.as_json(), indent=2, ensure_ascii=False))
        return
    # Each line written as it is printed: an import that refused 126,146 spans held all
    # their lines written at once, 0.1 GB.
    lines = outcome.details_said() if isinstance(outcome, SaidOutcome) else outcome.detail_lines()
    for words in lines:
        line = str(words)
        click.echo(line, err=is_diagnostic(line))
    click.echo(f"{outcome.summary_line()} {where}".rstrip())


def _refuse_missing(paths: tuple[Path, ...], then: str = "") -> None:
    """Stop with the paths that do not exist, before anything is made for them (a
    mistyped path must not leave an empty database or output behind)."""
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise click.ClickException(f"no such file or folder: {', '.join(missing)}{then}")


_DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (default: Claimmark's database in your data folder).",
)


def _print_versions(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from claimmark.ui.about import version_text

    click.echo(version_text())
    ctx.exit()


def _desktop_entry(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from claimmark import desktop

    if param.name == "install_desktop_entry":
        try:
            written = desktop.install_desktop_entry()
        except desktop.DesktopEntryError as error:
            raise click.ClickException(str(error)) from error
        click.echo(
            f"Installed Claimmark in your application menu ({len(written)} files under "
            f"{desktop.data_home()}); it starts {desktop.exec_line(desktop.launcher())}."
        )
    else:
        removed = desktop.uninstall_desktop_entry()
        click.echo(f"Removed {len(removed)} files of Claimmark's menu entry.")
    ctx.exit()


_COMMANDS = {
    "import": "files", "export": "files", "backup": "files", "stats": "files",
    "detect": "detection", "train": "detection", "eval": "detection",
    "split": "team", "merge": "team", "agree": "team",
    "ledger": "ledger", "preannotate": "cluster", "sample": "cluster",
}  # fmt: skip
"""Each command and the module of ``claimmark.cli`` that defines it (a test checks)."""


class _Commands(click.Group):
    """The group whose commands' modules are imported when a command is asked for: an
    export does not wait for the detector, Dask's helpers and the team's commands to
    load (0.25 s of imports before, most of them of what the export never runs)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Return every command's name, loaded or not."""
        return sorted({*self.commands, *_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Return the command, importing the module that defines it first."""
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            importlib.import_module(f"claimmark.cli.{_COMMANDS[cmd_name]}")
        return super().get_command(ctx, cmd_name)


def _action_flag(name: str, callback: Callable[..., None], help_text: str) -> Callable[..., Any]:
    """Return a flag that does its one thing at once and exits (``--version``)."""
    return click.option(
        name, is_flag=True, expose_value=False, is_eager=True, callback=callback, help=help_text
    )


@click.group(
    cls=_Commands,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@_action_flag(
    "--version",
    _print_versions,
    "Show the versions of Claimmark, Python, PySide6, Qt and SQLite, and exit.",
)
@_action_flag(
    "--install-desktop-entry",
    _desktop_entry,
    "Add Claimmark, with its icon, to your application menu (Linux), and exit.",
)
@_action_flag(
    "--uninstall-desktop-entry",
    _desktop_entry,
    "Take Claimmark out of your application menu again, and exit.",
)
@_DB_OPTION
@click.option(
    "--annotator",
    help="Name stored on every span you make (remembered; asked once when never given).",
)
@click.option(
    "--screenshot",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Render the main window offscreen to this PNG file and exit.",
)
@click.option("--article", "article_id", help="Open this article id first.")
@click.option(
    "--theme",
    type=click.Choice(["system", "light", "dark"]),
    default="system",
    show_default=True,
    help="Colours: follow the desktop's light or dark mode, or force one.",
)
@click.pass_context
def cli(
    ctx: click.Context,
    db: Path | None,
    annotator: str | None,
    screenshot: Path | None,
    article_id: str | None,
    theme: str,
) -> None:
    """Annotate troop, loss and weapon claims in news articles.

    With no command, opens the annotation window on DB (created and filled with
    the bundled articles on first use).

    Example:

    \b
        claimmark
        claimmark --db project.db --annotator alice
        claimmark --screenshot window.png --article 000_c85cdf0a18791572
        claimmark --screenshot dark.png --theme dark
    """
    if ctx.invoked_subcommand is not None:
        return
    from claimmark.ui.app import run_gui

    code = run_gui(
        db_path=db,
        annotator=annotator,
        screenshot=screenshot,
        article_id=article_id,
        theme=theme,
    )
    ctx.exit(code)


def main() -> None:
    """Run the command line (the ``claimmark`` entry point)."""
    cli(prog_name="claimmark")
