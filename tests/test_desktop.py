"""Desktop integration: the menu entry, icons and metadata, and the messages Qt would not give."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from claimmark import desktop
from claimmark.bundled import resources_dir
from claimmark.ui import platform_check
from claimmark.ui.platform_check import NO_DISPLAY
from claimmark.ui.platform_check import package_of
from claimmark.ui.platform_check import platform_problem


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libEGL.so.1", "libegl1"),
    ],
)
def test_a_missing_library_is_named_by_its_debian_package(soname: str, package: str) -> None:
    assert package_of(soname) == package


def test_no_display_is_said_in_one_sentence_with_the_ways_around() -> None:
    assert platform_problem({}) == NO_DISPLAY
    assert "--screenshot" in NO_DISPLAY
    assert "QT_QPA_PLATFORM=offscreen" in NO_DISPLAY
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_missing_x11_libraries_name_the_packages_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(platform_check, "missing_libraries", lambda _plugin: ["libxcb-cursor.so.0"])
    problem = platform_problem({"DISPLAY": ":0"})
    assert problem is not None
    assert problem.endswith("sudo apt install libxcb-cursor0")
    assert "\n" not in problem


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not platform_check.missing_libraries(platform_check.xcb_plugin()),
    reason="this machine has every library Qt's X11 plugin needs",
)
def test_the_app_says_which_package_is_missing_instead_of_aborting(tmp_path: Path) -> None:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    environ["DISPLAY"] = ":99"
    done = subprocess.run(
        [sys.executable, "-m", "claimmark", "--db", str(tmp_path / "p.db"), "--annotator", "t"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("claimmark: Qt cannot open a window")
    assert "sudo apt install libxcb" in line
    assert not (tmp_path / "p.db").exists()  # stopped before anything was made


def test_the_icon_is_drawn_at_every_size_a_desktop_asks_for() -> None:
    icons = resources_dir() / "icons"
    assert (icons / "claimmark.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in desktop.ICON_SIZES:
        image = QImage(str(icons / f"claimmark-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255  # drawn, not an empty canvas


def test_exec_line_quotes_as_the_desktop_entry_specification_says() -> None:
    assert desktop.exec_line(["/opt/claimmark/claimmark"]) == "/opt/claimmark/claimmark"
    assert (
        desktop.exec_line(["/home/a b/.venv/bin/python", "-m", "claimmark"])
        == '"/home/a b/.venv/bin/python" -m claimmark'
    )
    assert desktop.exec_line(['/x/$HOME "q"/100%']) == '"/x/\\$HOME \\"q\\"/100%%"'


def test_install_then_uninstall_for_the_current_user(tmp_path: Path) -> None:
    command = [str(tmp_path / "my apps" / "claimmark")]
    written = desktop.install_desktop_entry(tmp_path, command)
    assert all(path.is_file() for path in written)
    assert all(path.is_relative_to(tmp_path) for path in written)
    entry = (tmp_path / "applications" / f"{desktop.APP_ID}.desktop").read_text()
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert fields["Exec"] == f'"{command[0]}"'
    assert fields["Icon"] == desktop.APP_ID
    assert (tmp_path / "icons/hicolor/48x48/apps" / f"{desktop.APP_ID}.png").is_file()
    assert (tmp_path / "icons/hicolor/scalable/apps" / f"{desktop.APP_ID}.svg").is_file()
    assert desktop.uninstall_desktop_entry(tmp_path) == written
    assert not any(path.exists() for path in written)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_installed_entry_is_valid(tmp_path: Path) -> None:
    desktop.install_desktop_entry(tmp_path, ["/opt/Claimmark dir/claimmark"])
    entry = tmp_path / "applications" / f"{desktop.APP_ID}.desktop"
    done = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_the_appstream_metadata_is_valid() -> None:
    metainfo = resources_dir() / "desktop" / f"{desktop.APP_ID}.metainfo.xml"
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_launcher_path_with_a_backslash_tab_or_newline_adds_no_key(tmp_path: Path) -> None:
    command = [str(tmp_path / "odd\\dir\tx\nName=Evil" / "claimmark")]
    desktop.install_desktop_entry(tmp_path, command)
    entry = (tmp_path / "applications" / f"{desktop.APP_ID}.desktop").read_text()
    keys = [line.split("=", 1)[0] for line in entry.splitlines() if "=" in line]
    assert keys.count("Name") == 1
    [exec_value] = [line[5:] for line in entry.splitlines() if line.startswith("Exec=")]
    # The string escapes undone, then the Exec quoting: the path comes back whole.
    unescaped = (
        exec_value.replace("\\\\", "\x00").replace("\\n", "\n").replace("\\t", "\t")
        .replace("\x00", "\\")
    )  # fmt: skip
    assert unescaped[0] == unescaped[-1] == '"'
    inner = unescaped[1:-1]
    assert inner.replace("\\\\", "\\") == command[0]


def test_an_unwritable_data_folder_is_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from claimmark.cli import cli

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be\n", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    result = CliRunner().invoke(cli, ["--install-desktop-entry"])
    assert result.exit_code == 1
    assert f"cannot install the menu entry under {blocked}" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
