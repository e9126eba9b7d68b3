"""The bundled corpus and resources are found in a checkout and in an installed package."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimmark import bundled


def test_checkout_has_the_five_seed_articles_and_the_guidelines() -> None:
    assert len(sorted(bundled.seeds_dir().glob("*.txt"))) == 5
    assert (bundled.resources_dir() / "GUIDELINES.md").is_file()


def test_installed_package_folder_wins_over_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "seeds").mkdir()
    monkeypatch.setattr(bundled, "files", lambda _package: tmp_path)
    assert bundled.seeds_dir() == tmp_path / "seeds"
    assert bundled.resources_dir() == bundled._CHECKOUT_ROOT / "resources"


def test_desktop_entry_starts_the_installed_command() -> None:
    entry = (bundled.resources_dir() / "desktop" / "org.claimmark.Claimmark.desktop").read_text()
    fields = dict(line.split("=", 1) for line in entry.splitlines()[1:] if "=" in line)
    assert entry.splitlines()[0] == "[Desktop Entry]"
    assert (fields["Type"], fields["Name"], fields["Exec"]) == (
        "Application",
        "Claimmark",
        "claimmark",
    )
