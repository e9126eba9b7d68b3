"""The ``claimmark`` command: the window by default, and headless import, export and stats."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claimmark.core.errors import ClaimmarkError
from claimmark.core.evaluate import Counts, Report
from claimmark.core.importing import OnDuplicate, UnknownLabels
from claimmark.core.words import counted
from claimmark.formats import EXPORT_FORMATS, IMPORT_FORMATS
from claimmark.formats.options import ExportOptions
from claimmark.project.agreeing import agreement_json, agreement_lines, measure_agreement
from claimmark.project.backup import back_up
from claimmark.project.detecting import detect_all
from claimmark.project.evaluating import LearningCurve, evaluate_detector, learning_curve
from claimmark.project.exporting import export_project, export_summary
from claimmark.project.importing import import_paths
from claimmark.project.learning import learn_in
from claimmark.project.merging import merge_databases
from claimmark.project.project import Project
from claimmark.project.splitting import split_corpus
from claimmark.project.training import ARTICLE_PASSES, EPOCHS, HELD_OUT, train_model
from claimmark.team.agreement import micro

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar


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


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_versions,
    help="Show the versions of Claimmark, Python, PySide6, Qt and SQLite, and exit.",
)
@click.option(
    "--install-desktop-entry",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_desktop_entry,
    help="Add Claimmark, with its icon, to your application menu (Linux), and exit.",
)
@click.option(
    "--uninstall-desktop-entry",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_desktop_entry,
    help="Take Claimmark out of your application menu again, and exit.",
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
@click.option(
    "--on-duplicate",
    type=click.Choice([choice.value for choice in OnDuplicate], case_sensitive=False),
    default=OnDuplicate.SKIP,
    show_default=True,
    help="An article already present (same id or same text): skip it, or add its new spans.",
)
@click.option(
    "--unknown-labels",
    type=click.Choice([choice.value for choice in UnknownLabels], case_sensitive=False),
    default=UnknownLabels.ADD,
    show_default=True,
    help="Labels the project lacks: add them, or refuse their spans.",
)
def import_command(
    paths: tuple[Path, ...],
    db: Path | None,
    format_name: str | None,
    on_duplicate: str,
    unknown_labels: str,
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
    missing = [str(path) for path in paths if not path.exists()]
    if missing:  # a mistyped path: no empty database is made for it
        raise click.ClickException(
            f"no such file or folder: {', '.join(missing)}; nothing was imported"
        )
    with _project(db, create=True) as project:
        policies = OnDuplicate(on_duplicate.lower()), UnknownLabels(unknown_labels.lower())
        outcome = import_paths(project.repo, paths, format_name, *policies)
    for line in outcome.detail_lines():
        click.echo(line, err=True)
    click.echo(f"{outcome.summary_line()} into {project.path}")
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
    """
    options = ExportOptions(
        statuses=frozenset(statuses) or None,
        labels=frozenset(labels) or None,
        annotators=frozenset(annotators) or None,
        negatives=negatives,
        spreadsheet_safe=spreadsheet_safe,
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
    click.echo(export_summary(report, out))
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
        click.echo(back_up(project.repo, out, force=force))


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
        click.echo(json.dumps(stats.as_dict(), indent=2, sort_keys=True))
    else:
        click.echo(f"articles: {stats.articles}")
        for status, n in stats.articles_by_status.items():
            click.echo(f"  {status}: {n}")
        click.echo(f"spans: {stats.spans}")
        for label, n in stats.spans_by_label.items():
            click.echo(f"  {label}: {n}")
    if damage:  # counts can be read from a file whose other pages cannot
        raise click.ClickException(
            f"{project.path} is damaged (SQLite's check: {'; '.join(damage)}); back it up "
            "and salvage it with the sqlite3 tool's .recover command"
        )


@cli.command("detect")
@_DB_OPTION
@_LEXICON_OPTION
@click.option("--all", "again", is_flag=True, help="Run again on articles already detected.")
@click.option(
    "--model",
    type=click.Path(file_okay=False, path_type=Path),
    help="A model made by 'claimmark train': its suggestions are merged with the rules' "
    "(default: the model beside the database, if there is one and spaCy is installed).",
)
@click.option("--no-model", is_flag=True, help="Use the rules alone, even with a model beside DB.")
def detect_command(
    db: Path | None, lexicons: tuple[Path, ...], again: bool, model: Path | None, no_model: bool
) -> None:
    """Compute the claim detector's suggestions for the articles in DB.

    Articles the detector has already seen are skipped unless --all is given.
    Suggestions the user accepted or rejected keep their state. A lexicon.txt
    beside the database extends the bundled lexicon. The words of the project's
    spans (those without a figure) are proposed where they occur in the articles
    detected, as learned suggestions.

    Example:

    \b
        claimmark detect --db project.db
        claimmark detect --db project.db --all --lexicon my-words.txt
        claimmark detect --db project.db --all --model project-model
    """
    with (
        _project(db, detect=True, lexicons=lexicons) as project,
        _progress_bar("Detecting claims", project.repo.stats().articles) as bar,
    ):
        assert project.detector is not None
        if no_model:
            model = None
        elif model is None and (model := project.saved_model()) is not None:
            click.echo(f"note: with the model in {model} (--no-model: the rules alone)", err=True)
        todo = project.repo.undetected(again)
        articles, added = detect_all(
            project.repo, project.detector, again, _moves(bar), model=model
        )
        learned = learn_in(project.repo, todo)
    words = f"detected {counted(articles, 'article')}: {counted(added, 'new suggestion')}"
    click.echo(words + (f", {learned:,} more learned from the spans" if learned else ""))


@cli.command("train")
@_DB_OPTION
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the model (default: DB's name with -model, beside it).",
)
@click.option(
    "--epochs", type=click.IntRange(1, 500),
    help=f"Passes over the training articles (default: {EPOCHS}, fewer for a project "
    f"of more than {ARTICLE_PASSES // EPOCHS} done articles).",
)  # fmt: skip
@click.option(
    "--held-out", type=click.FloatRange(0, 0.9), default=HELD_OUT, show_default=True,
    help="Share of the done articles kept out of training to score the model on.",
)  # fmt: skip
@click.option(
    "--language", type=click.Choice(["de", "en"]),
    help="Language of the pipeline (default: that of most done articles).",
)  # fmt: skip
def train_command(
    db: Path | None, out: Path | None, epochs: int | None, held_out: float, language: str | None
) -> None:
    """Train a model on the spans of the articles marked done in DB.

    A spaCy span categorizer, from a blank pipeline, on the CPU, with nothing
    downloaded; needs the spacy extra (pip install 'claimmark[spacy]'). Prints
    precision, recall and F1 on the held-out articles, and saves the model with
    its scores and date. 'claimmark detect --model' and the window (when the
    model is beside the database) merge its suggestions with the rules'.

    Example:

    \b
        claimmark train --db project.db
        claimmark train --db project.db --out models/week-12 --epochs 30
    """
    with _project(db) as project:
        target = out if out is not None else project.model_path
        with _progress_bar("Training", epochs or EPOCHS) as bar:
            trained = train_model(
                project.repo, target, held_out=held_out, epochs=epochs, language=language,
                progress=_moves(bar),
            )  # fmt: skip
    click.echo(
        f"trained on {counted(trained.trained, 'article')} ({counted(trained.spans, 'span')}, "
        f"{trained.language}); {counted(trained.held_out, 'article')} held out"
    )
    if trained.unusable:
        click.echo(f"note: {counted(trained.unusable, 'span')} longer than the model reads")
    if trained.report is not None:
        _print_scores(trained.report, trained.labels)
    click.echo(f"saved to {trained.path}")


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
def split_command(db: Path | None, annotators: str, double: float, out: Path, seed: int) -> None:
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
    for line in report.detail_lines():
        click.echo(line)
    click.echo(report.summary_line())


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
def merge_command(sources: tuple[Path, ...], out: Path) -> None:
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
    for line in report.detail_lines():
        click.echo(line, err=line.startswith(("error", "skipped")))
    click.echo(report.summary_line())


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


@cli.command("eval")
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold JSONL: one article per line with its spans.",
)
@click.option(
    "--texts",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of <id>.txt article texts (default: the bundled seeds).",
)
@_LEXICON_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", is_flag=True, help="Also list missed spans and false alarms.")
@click.option(
    "--learning",
    is_flag=True,
    help="Instead: the rules alone, with what the gold spans of the other articles teach, "
    "and that learning alone (leave one article out).",
)
@click.option(
    "--model-epochs",
    type=click.IntRange(1, 500),
    help="With --learning: also train a model an article on the others' gold spans for "
    "this many epochs, and score the rules with it and it alone (needs spaCy; slow).",
)
def eval_command(
    gold: Path,
    texts: Path | None,
    lexicons: tuple[Path, ...],
    as_json: bool,
    errors: bool,
    learning: bool,
    model_epochs: int | None,
) -> None:
    """Score the claim detector against gold annotations.

    Prints precision, recall and F1 per label, for exact boundaries and for
    overlap matching, and how often value, qualifier and source agree on
    matched spans.

    Example:

    \b
        claimmark eval --gold tests/data/gold/seeds.jsonl
        claimmark eval --gold tests/data/gold/seeds.jsonl --learning
        claimmark eval --gold tests/data/gold/seeds.jsonl --learning --model-epochs 30
    """
    if learning:
        if model_epochs is None:
            _print_learning_curve(learning_curve(gold, texts, lexicons), as_json)
            return
        try:
            with _progress_bar("Training a model an article", 1) as bar:
                curve = learning_curve(gold, texts, lexicons, model_epochs, _moves(bar))
        except ClaimmarkError as error:
            raise click.ClickException(str(error)) from error
        _print_learning_curve(curve, as_json)
        return
    evaluation = evaluate_detector(gold, texts, lexicons)
    for problem in evaluation.problems:
        click.echo(f"warning: {problem}", err=True)
    report, labels = evaluation.report, evaluation.labels
    if as_json:
        click.echo(json.dumps(_report_dict(report), indent=2))
        return
    _print_scores(report, labels)
    for name in ("value", "qualifier", "source"):
        ratio = getattr(report, name)
        click.echo(
            f"{name} accuracy: {ratio.value:.2f} ({ratio.agreed} of {ratio.compared} matched spans)"
        )
    if errors:
        for article_id, span in report.misses:
            click.echo(f"missed {evaluation.quoted(article_id, span)}")
        for article_id, span in report.false_alarms:
            click.echo(f"false alarm {evaluation.quoted(article_id, span)}")


def _print_scores(report: Report, labels: list[str]) -> None:
    """Print precision, recall and F1 per label and over all, exact and overlap."""
    click.echo(f"{'label':<9}{'exact P':>8}{'R':>6}{'F1':>6}{'overlap P':>11}{'R':>6}{'F1':>6}")
    rows = [(label, report.exact[label], report.overlap[label]) for label in labels]
    rows.append(("all", micro(report.exact), micro(report.overlap)))
    for name, e, o in rows:
        click.echo(
            f"{name:<9}{e.precision:>8.2f}{e.recall:>6.2f}{e.f1:>6.2f}"
            f"{o.precision:>11.2f}{o.recall:>6.2f}{o.f1:>6.2f}"
        )


def _print_learning_curve(curve: LearningCurve, as_json: bool) -> None:
    rows: list[tuple[str, Report, int]] = [
        ("rules", curve.rules, curve.proposed[0]),
        ("rules + learned", curve.learned, curve.proposed[1]),
        ("learned alone", curve.alone, curve.proposed[2]),
    ]
    if curve.model is not None:
        with_model, model_alone, proposed, alone = curve.model
        rows += [("rules + model", with_model, proposed), ("model alone", model_alone, alone)]
    if as_json:
        data = {name: {**_report_dict(r), "proposed": n} for name, r, n in rows}
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(
        f"{'':<17}{'exact P':>8}{'R':>6}{'F1':>6}{'overlap P':>11}{'R':>6}{'F1':>6}{'proposed':>10}"
    )
    for name, report, proposed in rows:
        e, o = micro(report.exact), micro(report.overlap)
        click.echo(
            f"{name:<17}{e.precision:>8.2f}{e.recall:>6.2f}{e.f1:>6.2f}"
            f"{o.precision:>11.2f}{o.recall:>6.2f}{o.f1:>6.2f}{proposed:>10}"
        )


def _report_dict(report: Report) -> dict[str, object]:
    def counts(table: dict[str, Counts]) -> dict[str, object]:
        return {
            label: {
                "precision": c.precision, "recall": c.recall, "f1": c.f1,
                "tp": c.tp, "fp": c.fp, "fn": c.fn,
            }
            for label, c in table.items()
        }  # fmt: skip

    return {
        "exact": counts(report.exact),
        "overlap": counts(report.overlap),
        "value_accuracy": report.value.value,
        "qualifier_accuracy": report.qualifier.value,
        "source_accuracy": report.source.value,
        "misses": len(report.misses),
        "false_alarms": len(report.false_alarms),
    }


def main() -> None:
    """Run the command line (the ``claimmark`` entry point)."""
    cli(prog_name="claimmark")
