"""The layers point one way: checked by import-linter and by what importing loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Each test starts a fresh interpreter (or import-linter), which takes about a second.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).parents[1]


def _modules_loaded_by(module: str, packages_only: bool = True) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return {name.split(".")[0] if packages_only else name for name in out.split()}


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("claimmark.core.spans", {"PySide6", "shiboken6", "sqlite_utils", "sqlite3"}),
        ("claimmark.core.text", {"PySide6", "shiboken6", "sqlite_utils", "sqlite3"}),
        ("claimmark.core.articles", {"PySide6", "shiboken6", "sqlite_utils", "sqlite3"}),
        ("claimmark.store", {"PySide6", "shiboken6"}),
        ("claimmark.formats", {"PySide6", "shiboken6", "sqlite_utils"}),
        ("claimmark.project.project", {"PySide6", "shiboken6"}),
    ],
)
def test_importing_a_lower_layer_loads_no_upper_one(module: str, forbidden: set[str]) -> None:
    assert _modules_loaded_by(module) & forbidden == set()


def test_the_store_does_not_load_the_detector() -> None:
    loaded = _modules_loaded_by("claimmark.store", packages_only=False)
    assert {"claimmark.detector.rules", "text_to_num"} & loaded == set()


def test_headless_commands_do_not_load_widgets() -> None:
    loaded = _modules_loaded_by("claimmark.cli")
    assert "PySide6" not in loaded


def test_import_linter_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint is not None, "import-linter is part of the test extra"
    result = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_the_file_dialogs_module_makes_file_dialogs() -> None:
    """Qt's static file dialogs read files to show their types, which drops SQLite's locks
    (ui/file_dialogs.py says why): every other module goes through that one."""
    users = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "app").rglob("*.py")
        if "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert users == ["app/claimmark/ui/file_dialogs.py"]
