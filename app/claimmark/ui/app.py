"""Starting the window: QApplication, the database, first-launch seeding, crash dialog."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import ExitStack
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from claimmark.core.errors import ClaimmarkError
from claimmark.project.project import Project

if TYPE_CHECKING:  # Qt is imported when the window starts, not for the command line
    from PySide6.QtWidgets import QApplication

    from claimmark.ui.main_window import MainWindow

log = logging.getLogger("claimmark")


def resolve_annotator(given: str | None, ask: bool) -> str:
    """Return the annotator's name: given on the command line, remembered, or asked once."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    from claimmark.ui.settings import default_annotator
    from claimmark.ui.settings import settings

    store = settings()
    if given:
        store.setValue("annotator", given)
        return given
    saved = store.value("annotator")
    if saved:
        return str(saved)
    name = default_annotator()
    if ask:
        typed, ok = QInputDialog.getText(
            None,
            QCoreApplication.translate("app", "Welcome to Claimmark"),
            QCoreApplication.translate("app", "Your name, stored on every span you make:"),
            text=name,
        )
        if ok and typed.strip():
            name = typed.strip()
    store.setValue("annotator", name)
    return name


def _render(app: QApplication, window: MainWindow, screenshot: Path, errors: list[str]) -> int:
    """Draw the window into ``screenshot``; return the exit code (1: ``errors`` were told,
    and are said on standard error)."""
    from PySide6.QtCore import QThreadPool

    window.show()
    app.processEvents()
    # The picture shows the window complete: suggestions a background job is still
    # finding (a long article) arrive first.
    while window.jobs.running:
        QThreadPool.globalInstance().waitForDone(100)
        app.processEvents()
    if not window.grab().save(str(screenshot)):
        log.error("could not write %s", screenshot)
        return 1
    print(f"wrote {screenshot}")  # noqa: T201 - the one line the user asked for
    for text in errors:
        print(f"claimmark: {text}", file=sys.stderr)  # noqa: T201 - no window to say it
    return 1 if errors else 0


def _install_excepthook() -> None:
    """Show a bug as a bug: the traceback goes to the log, the user is told it is one.

    A dialog is only ever made in the GUI thread; a bug in another thread is logged
    (jobs catch their own failures and report them by signal).
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import Qt
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QMessageBox

    from claimmark.ui import messages

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        app = QApplication.instance()
        in_gui = app is not None and QThread.currentThread() is app.thread()
        if isinstance(value, ClaimmarkError):
            # The environment, not a bug: a damaged or vanished database, say.
            log.error("%s", value)
            if in_gui:
                messages.show_box(None, messages.Level.ERROR, "Claimmark", str(value))
            return
        log.critical("unexpected error (a bug):\n%s", text)
        if not in_gui:
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "Claimmark: this is a bug"),
            QCoreApplication.translate(
                "app",
                "This is a bug in Claimmark, not something you did. Your saved work is safe "
                "in the database. Please report it with the details below.",
            ),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(text[-4000:])
        box.exec()

    sys.excepthook = hook


@contextmanager
def upgrading_notice(path: Path, shown: bool = True) -> Iterator[None]:
    """Say on screen that the database is being upgraded, while it is.

    An upgrade runs before there is a window, and on a large database it takes
    a while (100,000 articles: about half a minute); nothing on screen looked
    like a hang.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    from PySide6.QtWidgets import QProgressDialog

    from claimmark.store import Repository
    from claimmark.store import announced_steps

    if not shown or not Repository.upgrade_pending(path):
        yield
        return
    intro = QCoreApplication.translate(
        "upgrade",
        "Upgrading {path} for this version of Claimmark. A copy of it as it was is kept "
        "beside it ({name}.before-upgrade-v…). This happens once.",
    ).format(path=path, name=path.name)
    notice = QProgressDialog(intro, "", 0, 0)
    notice.setWindowTitle("Claimmark")
    notice.setCancelButton(None)
    notice.setMinimumDuration(0)
    notice.show()
    QApplication.processEvents()

    def step(what: str) -> None:
        # What each step does, as it starts: some take half a minute on a large project.
        now = QCoreApplication.translate("upgrade", "Now: {what}").format(
            what=QCoreApplication.translate("upgrade", what)
        )
        notice.setLabelText(f"{intro}\n\n{now}")
        QApplication.processEvents()

    try:
        with announced_steps(step):
            yield
    finally:
        notice.close()


def _open_first_project(db_path: Path | None, headless: bool) -> Project | int:
    """Open the project the window starts on; return it, or the exit code if there is none.

    ``--db`` names it. Without, the start page lists the recent projects (two or more),
    or the one there is opens, or the default project (made and seeded on first use).
    A project from the start page that cannot be opened is told, and the page shown
    again; a project named on the command line that cannot be opened ends the start.
    """
    from PySide6.QtCore import QCoreApplication

    from claimmark.ui import messages
    from claimmark.ui.i18n import told
    from claimmark.ui.paths import default_db_path
    from claimmark.ui.projects_page import project_at_start

    default = default_db_path()
    listed_again = False
    while True:
        if db_path is not None or headless:
            # A screenshot of a mistyped --db must not leave a new database behind.
            path, create = db_path or default, not headless or db_path is None
        else:
            started = project_at_start(default, always=listed_again)
            if started is None:
                return 0  # the user quit from the start page
            path, create = started
        try:
            with upgrading_notice(path, shown=not headless):
                project = Project.open(path, create=create)
            # Not a project made from the start page: New makes an empty one.
            if db_path is not None or path == default:
                project.seed_if_empty()
            return project
        except ClaimmarkError as error:
            log.error("%s", error)
            if not headless:
                messages.show_box(
                    None, messages.Level.ERROR,
                    QCoreApplication.translate("app", "Claimmark cannot open the project"),
                    told(error),
                )  # fmt: skip
            if db_path is not None or headless:
                return 2
            listed_again = True


def run_gui(
    db_path: Path | None,
    annotator: str | None,
    screenshot: Path | None = None,
    article_id: str | None = None,
    theme: str = "system",
) -> int:
    """Open the main window on a database and run until it closes.

    Args:
        db_path: the database; ``None`` for the default one in the user's data folder.
        annotator: name stored on every span made in this session; ``None``: the name
            remembered from last time, or asked for on first use.
        screenshot: if given, render the window offscreen to this PNG and return.
        article_id: article to open first (default: the first one listed).
        theme: "system" (follow the desktop), "light" or "dark".

    Returns:
        The process exit code.
    """
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from claimmark.ui.platform_check import platform_problem

    problem = platform_problem()
    if problem is not None:
        print(f"claimmark: {problem}", file=sys.stderr)  # noqa: T201 - no window to say it in
        return 2
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from claimmark.desktop import APP_ID
    from claimmark.ui import messages
    from claimmark.ui.i18n import effective_language
    from claimmark.ui.i18n import install_translation
    from claimmark.ui.i18n import told
    from claimmark.ui.i18n import translated
    from claimmark.ui.icon import app_icon
    from claimmark.ui.main_window import MainWindow
    from claimmark.ui.paths import APP_NAME
    from claimmark.ui.session import Session
    from claimmark.ui.theme import apply_theme

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    # Wayland and the task bars match the window to the installed desktop entry by
    # this name, and take its icon from there.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    apply_theme(app, theme)
    install_translation(app, effective_language())
    # A headless run shows no dialog (nobody could close it): errors are said on exit.
    quiet = ExitStack()
    errors = quiet.enter_context(messages.headless()) if screenshot is not None else []
    opened = _open_first_project(db_path, screenshot is not None)
    if not isinstance(opened, Project):
        quiet.close()
        return opened
    project = opened
    problems = project.lexicon_problems
    for lexicon_problem in problems:
        log.warning("lexicon: %s", lexicon_problem)
    # Once the window is up, File › Open project… may replace the project.
    session: Session | None = None
    try:
        name = resolve_annotator(annotator, ask=screenshot is None)
        try:
            window = MainWindow(project, name)
            if problems:
                more = len(problems) - 1
                skipped = (
                    QCoreApplication.translate(
                        "app",
                        "Some lexicon lines were skipped: {problem} (and {n} more, see the log)",
                    )
                    if more
                    else QCoreApplication.translate(
                        "app", "Some lexicon lines were skipped: {problem}"
                    )
                )
                messages.warning(skipped.format(problem=translated(problems[0].words()), n=more))
            restored = screenshot is None and window.restore_layout()
            if article_id is not None:
                window.open_article(article_id)
            elif not restored:
                window.open_first_article()
            if screenshot is not None:
                return _render(app, window, screenshot, errors)
        except ClaimmarkError as error:
            # A damaged database (say) fails on the first page it cannot read: told, with
            # no traceback, and with no dialog where nobody could close one.
            log.error("%s", error)
            if screenshot is None:
                messages.show_box(
                    None, messages.Level.ERROR,
                    QCoreApplication.translate("app", "Claimmark cannot show the project"),
                    told(error),
                )  # fmt: skip
            return 2
        _install_excepthook()

        def make_window(chosen: Project) -> MainWindow:
            other = MainWindow(chosen, name)
            if not other.restore_layout():
                other.open_first_article()
            return other

        session = Session(project, window, make_window)
        window.show()
        return app.exec()
    finally:
        # A job still running (an export, say) finishes on its own connection before
        # the process ends. Waited for in slices: waitForDone() keeps Python's lock
        # while it waits, so a job written in Python could never finish.
        while not QThreadPool.globalInstance().waitForDone(50):
            pass
        (session.project if session is not None else project).close()
        quiet.close()
