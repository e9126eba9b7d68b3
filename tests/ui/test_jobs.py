"""Jobs outliving their window: a job that ends after its window closed tells nobody."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from claimmark.project.progress import Cancelled
from claimmark.project.progress import Progress
from claimmark.project.project import Project
from claimmark.store import Repository
from claimmark.ui.jobs import Job
from claimmark.ui.jobs import JobRunner


def test_a_job_that_ends_after_its_window_closed_calls_nothing_of_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    project = Project.open(tmp_path / "p.db", detect=False)
    release = threading.Event()

    def work(_repo: Repository, _progress: Progress, _cancelled: Cancelled) -> int:
        release.wait(10)
        return 42

    window = QWidget()
    runner = JobRunner(window)
    job: Job[int] = Job(project, work, "slow")
    told: list[int] = []
    ended: list[object] = []
    job.finished.connect(ended.append)  # the job's own signal, which outlives the window
    runner.launch(job, told.append, lambda _message: told.append(-1))
    delete(window)  # the window and its runner go, as when the user closes it
    release.set()
    qtbot.waitUntil(lambda: ended == [42])
    assert told == []  # before the fix: RuntimeError, the runner's signals deleted
    project.close()
