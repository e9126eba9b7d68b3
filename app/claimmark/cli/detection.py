"""Commands of the detector and the model: detect, train, eval."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from claimmark.core.errors import ClaimmarkError
from claimmark.core.evaluate import Report
from claimmark.core.language import LANGUAGES
from claimmark.core.words import counted
from claimmark.project.detecting import detect_all
from claimmark.project.evaluating import CurvePoint
from claimmark.project.evaluating import LearningCurve
from claimmark.project.evaluating import annotation_curve
from claimmark.project.evaluating import evaluate_detector
from claimmark.project.evaluating import learning_curve
from claimmark.project.learning import learn_in
from claimmark.project.training import ARTICLE_PASSES
from claimmark.project.training import EPOCHS
from claimmark.project.training import HELD_OUT
from claimmark.project.training import train_model
from claimmark.team.agreement import micro

if TYPE_CHECKING:
    pass


from claimmark.cli.base import _DB_OPTION
from claimmark.cli.base import _JSON_OPTION
from claimmark.cli.base import _LEXICON_OPTION
from claimmark.cli.base import _moves
from claimmark.cli.base import _progress_bar
from claimmark.cli.base import _project
from claimmark.cli.base import _say
from claimmark.cli.base import cli


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
        elif model is None and (unhelpful := project.unhelpful_model) is not None:
            click.echo(
                f"note: the model in {unhelpful} did not help the rules on its held-out "
                f"articles, so the rules detect alone (--model {unhelpful}: with it)",
                err=True,
            )
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
    "--language", type=click.Choice(LANGUAGES),
    help="Language of the pipeline (default: that of most done articles).",
)  # fmt: skip
@_JSON_OPTION
def train_command(
    db: Path | None,
    out: Path | None,
    epochs: int | None,
    held_out: float,
    language: str | None,
    as_json: bool,
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
    with _project(db, detect=True) as project:
        target = out if out is not None else project.model_path
        with _progress_bar("Training", epochs or EPOCHS) as bar:
            trained = train_model(
                project.repo, target, held_out=held_out, epochs=epochs, language=language,
                detector=project.detector, progress=_moves(bar),
            )  # fmt: skip
    _say(trained, as_json=as_json)
    if trained.report is not None and not as_json:
        _print_scores(trained.report, trained.labels)


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
    "--curve",
    is_flag=True,
    help="Instead: annotate the gold articles one by one (in file order), learning as the "
    "window does, and score the articles not yet annotated after each.",
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
    curve: bool,
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
        claimmark eval --gold tests/data/gold/german-newtopic.jsonl --curve
    """
    if curve:
        _print_annotation_curve(annotation_curve(gold, texts, lexicons), as_json)
        return
    if learning:
        if model_epochs is None:
            _print_learning_curve(learning_curve(gold, texts, lexicons), as_json)
            return
        try:
            with _progress_bar("Training a model an article", 1) as bar:
                measured = learning_curve(gold, texts, lexicons, model_epochs, _moves(bar))
        except ClaimmarkError as error:
            raise click.ClickException(str(error)) from error
        _print_learning_curve(measured, as_json)
        return
    evaluation = evaluate_detector(gold, texts, lexicons)
    for problem in evaluation.problems:
        click.echo(f"warning: {problem}", err=True)
    report, labels = evaluation.report, evaluation.labels
    if as_json:
        click.echo(json.dumps(report.as_json(), indent=2))
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
        data = {name: {**r.as_json(), "proposed": n} for name, r, n in rows}
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


def _print_annotation_curve(points: list[CurvePoint], as_json: bool) -> None:
    if as_json:
        data = [
            {
                "annotated": p.annotated,
                "words": p.words,
                "lessons": p.lessons,
                "learned": p.learned.as_json(),
                "rules": p.rules.as_json(),
            }
            for p in points
        ]
        click.echo(json.dumps(data, indent=2))
        return
    click.echo("Overlap scores of the articles not yet annotated, with what the annotated taught")
    click.echo("and with the rules alone:")
    click.echo(
        f"{'annotated':>9}{'words':>7}{'lessons':>9}{'learned P':>11}{'R':>6}{'F1':>6}"
        f"{'exact F1':>10}{'rules P':>9}{'R':>6}{'F1':>6}{'exact F1':>10}"
    )
    for p in points:
        learned, rules = micro(p.learned.overlap), micro(p.rules.overlap)
        click.echo(
            f"{p.annotated:>9}{p.words:>7}{p.lessons:>9}"
            f"{learned.precision:>11.2f}{learned.recall:>6.2f}{learned.f1:>6.2f}"
            f"{micro(p.learned.exact).f1:>10.2f}"
            f"{rules.precision:>9.2f}{rules.recall:>6.2f}{rules.f1:>6.2f}"
            f"{micro(p.rules.exact).f1:>10.2f}"
        )
