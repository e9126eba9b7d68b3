"""Every command has help with an example, and the README documents it."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from claimmark.cli import cli

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
# Every command, loaded or not yet (the group imports a command's module when asked).
COMMANDS = cli.list_commands(click.Context(cli))


def test_there_are_commands() -> None:
    assert len(COMMANDS) >= 13


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_an_example(name: str) -> None:
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    assert "Example:" in (command.help or "")


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name: str) -> None:
    assert f"claimmark {name}" in README


def test_quick_start_has_the_two_commands() -> None:
    assert "make run" in README
    assert "make test" in README
