"""Every command has help with an example, and the README documents it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimmark.cli import cli

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_has_help_with_an_example(name: str) -> None:
    help_text = cli.commands[name].help or ""
    assert "Example:" in help_text


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_is_in_the_readme(name: str) -> None:
    assert f"claimmark {name}" in README


def test_quick_start_has_the_two_commands() -> None:
    assert "make run" in README
    assert "make test" in README
