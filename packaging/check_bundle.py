"""Check a built bundle: it starts, names its versions, and renders the window.

``make package-check`` runs this with the packaging environment's Python, which has
Qt to read the screenshot back. Prints the bundle's size; exits 1 on a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

BUNDLE = Path(__file__).resolve().parents[1] / "dist" / "claimmark"
LEFT_OUT = ("QtWebEngine", "QtQuick", "QtQml", "libqgtk3", "imageformats")
QT_TRANSLATIONS = "_internal/PySide6/Qt/translations"
"""Of Qt's own translations only its German goes in (the window speaks German)."""
CARRIED = ("_internal/claimmark/resources/translations/claimmark_de.qm",
           f"{QT_TRANSLATIONS}/qtbase_de.qm")  # fmt: skip


def fail(message: str) -> None:
    print(f"package-check: {message}", file=sys.stderr)  # noqa: T201
    raise SystemExit(1)


def main() -> None:
    executable = BUNDLE / "claimmark"
    if not executable.is_file():
        fail(f"no bundle at {BUNDLE}: run make package first")
    version = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    names = [line.split(" ", 1)[0] for line in version.stdout.splitlines()]
    if version.returncode != 0 or names[:4] != ["Claimmark", "Python", "PySide6", "Qt"]:
        fail(f"--version printed {version.stdout!r} {version.stderr!r}")
    # Every command, each of a module the group imports by name when it is asked for.
    for command in ("import", "export", "detect", "ledger", "split", "preannotate"):
        shown = subprocess.run(
            [str(executable), command, "--help"],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        if shown.returncode != 0 or "Example:" not in shown.stdout:
            fail(f"claimmark {command} --help failed: {shown.stderr.strip()[-300:]}")
    carried = [str(p.relative_to(BUNDLE)) for p in BUNDLE.rglob("*")]
    unwanted = [p for p in carried if any(part in p for part in LEFT_OUT)] + [
        p for p in carried if p.startswith(f"{QT_TRANSLATIONS}/") and p not in CARRIED
    ]
    missing = [p for p in CARRIED if p not in carried]
    if missing:
        fail(f"the bundle lacks the German translation: {missing}")
    if unwanted:
        fail(f"the bundle carries what the app does not use: {unwanted[:5]}")

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtGui import QImage

    app = QGuiApplication([])  # noqa: F841 - reading a PNG's pixels wants one
    with tempfile.TemporaryDirectory() as scratch:
        picture = Path(scratch) / "window.png"
        # No --db: the default database, in a data folder of its own, is made and seeded
        # (a --screenshot of a --db that does not exist is refused as a mistyped path).
        shot = subprocess.run(
            [str(executable), "--screenshot", str(picture), "--annotator", "check"],
            capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "XDG_DATA_HOME": str(Path(scratch) / "data")},
        )  # fmt: skip
        if shot.returncode != 0 or not picture.is_file():
            fail(f"--screenshot failed: {shot.stderr.strip()}")
        image = QImage(str(picture))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}  # fmt: skip
        if image.width() < 800 or image.height() < 500 or len(colours) < 50:
            fail(f"the screenshot is not the window ({image.width()}x{image.height()}, "
                 f"{len(colours)} colours)")  # fmt: skip
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    print(  # noqa: T201
        f"package-check: the bundle starts, names Qt {version.stdout.split()[7]}, renders a "
        f"{image.width()}x{image.height()} window; {size / 1e6:.0f} MB in {BUNDLE}"
    )


if __name__ == "__main__":
    main()
