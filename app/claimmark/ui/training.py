"""The model in the window: Suggestions › Train model…, and the model beside the database.

Training runs ``project.training.train_model`` as a job with a progress dialog whose
Cancel stops it (nothing is written then). The model it makes, or the one already
beside the database when the window opens (read in the background, so the window
does not wait for spaCy), joins the rules for every article detected from then on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from claimmark.core.words import first_upper
from claimmark.model.spacy_model import Model
from claimmark.project.training import INSTALL_HINT
from claimmark.project.training import TrainingReport
from claimmark.project.training import can_train
from claimmark.team.agreement import micro
from claimmark.ui import messages
from claimmark.ui.actions import ActionSpec
from claimmark.ui.actions import Declared
from claimmark.ui.i18n import counted_in
from claimmark.ui.i18n import translated
from claimmark.ui.jobs import load_model_job
from claimmark.ui.jobs import train_job
from claimmark.ui.parts import Parts


def summary(report: TrainingReport) -> str:
    """Return what training made and how it scored, in plain lines (the use case's words,
    with the scores per label and where the model's suggestions show)."""

    lines = [messages.sentence_here(report)]
    if report.report is None:
        lines.append(
            QCoreApplication.translate(
                "ModelTraining", "No article was held out, so the model has no scores yet."
            )
        )
    else:
        held_out = counted_in(
            report.held_out,
            QCoreApplication.translate("ModelTraining", "{n} held-out article"),
            QCoreApplication.translate("ModelTraining", "{n} held-out articles"),
        )
        lines.append(
            QCoreApplication.translate(
                "ModelTraining", "Scored on {articles} (overlap matching):"
            ).format(articles=held_out)
        )
        rows = [(label, report.report.overlap[label]) for label in report.labels]
        rows.append(
            (QCoreApplication.translate("ModelTraining", "all"), micro(report.report.overlap))
        )
        for name, c in rows:
            lines.append(
                QCoreApplication.translate(
                    "ModelTraining", "• {label}: precision {precision}, recall {recall}, F1 {f1}"
                ).format(
                    label=name,
                    precision=f"{c.precision:.2f}",
                    recall=f"{c.recall:.2f}",
                    f1=f"{c.f1:.2f}",
                )
            )
    lines += [first_upper(translated(line)) + "." for line in report.details_said()]
    if report.used:
        lines.append(
            QCoreApplication.translate(
                "ModelTraining",
                "Its suggestions join the rules' in every article detected from now on "
                "(Suggestions › Detect claims again for one already detected).",
            )
        )
    return "\n".join(lines)


class ModelTraining(QObject):
    """Trains the project's model, and reads the one beside the database.

    Attributes:
        result_box: the last training's summary, while it is shown.

    Signals:
        trained(report): training ended (a ``TrainingReport``; None if it failed or
            was cancelled).
        loaded(model): the model beside the database was read (None if it could not be).
    """

    trained = Signal(TrainingReport)
    loaded = Signal(Model)

    def __init__(self, parts: Parts, window: QWidget) -> None:
        super().__init__(window)
        self._parts = parts
        self._window = window
        self.result_box: QMessageBox | None = None

    def load_existing(self) -> bool:
        """Read the model beside the database in the background; return whether there is one."""
        project = self._parts.project
        path = project.saved_model()
        if path is None:
            return False
        job = load_model_job(project, path)

        def finished(model: Model) -> None:
            project.model = model
            messages.info(
                self.tr("The model in {name} suggests claims beside the rules.").format(
                    name=path.name
                )
            )
            self.loaded.emit(model)

        def failed(message: str) -> None:
            messages.warning(self.tr("The model was not read: {why}").format(why=message))
            self.loaded.emit(None)

        self._parts.jobs.launch(job, finished, failed)
        return True

    def declared_actions(self) -> list[Declared]:
        """Return the action of training a model."""
        return [
            Declared(ActionSpec("train_model", self.tr("&Train model…"), (),
                                self.tr("Train a model on the spans of the articles marked done; "
                                        "its suggestions join the rules'"),
                                menu=("&Suggestions", 21)),
                     self.train),
        ]  # fmt: skip

    def train(self) -> None:
        """Train a model on the articles marked done, with progress and Cancel."""
        project = self._parts.project
        if project.read_only:
            messages.warning(self.tr("This database is read-only here: a model cannot be saved."))
            self.trained.emit(None)
            return
        if not can_train():
            messages.warning(self.tr("Cannot train a model: {hint}").format(hint=INSTALL_HINT))
            self.trained.emit(None)
            return
        out: Path = project.model_path
        job = train_job(project, out)

        def finished(result: tuple[TrainingReport, Model]) -> None:
            report, model = result
            # A model that did not help the rules on its held-out articles stays out.
            project.model = model if report.used else None
            messages.info(self.tr("Model trained and saved in {name}.").format(name=out.name))
            self._show(summary(report))
            self.trained.emit(report)

        def failed(message: str) -> None:
            messages.warning(message)
            self.trained.emit(None)

        self._parts.jobs.launch(job, finished, failed, self.tr("Training a model"))

    def _show(self, text: str) -> None:
        box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Model trained"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)  # paths and labels come from the user
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        # A message box sizes itself to its first line; the scores read better wider.
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 30em; }")
        box.setWindowModality(Qt.WindowModality.NonModal)
        self.result_box = box
        box.finished.connect(lambda _code: setattr(self, "result_box", None))
        box.show()
