"""Issue 22's room sizes: no module of ``app/`` over 600 lines, the main window's wiring
at most 350 (a module that grows past them is split where it holds two things)."""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).parents[1] / "app" / "claimmark"


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_over_600_lines_and_the_main_window_is_wiring() -> None:
    sizes = {path.relative_to(APP).as_posix(): _lines(path) for path in APP.rglob("*.py")}
    assert len(sizes) > 100
    assert {name: n for name, n in sizes.items() if n > 600} == {}
    assert sizes["ui/main_window.py"] <= 350
