"""The command line (click): the window by default, and one command per use case.

``base`` holds the group and what every command shares; each other module adds its
commands to it when imported, and the group imports a command's module when that
command is asked for (``base._COMMANDS`` names them).
"""

from claimmark.cli.base import cli
from claimmark.cli.base import main

__all__ = ["cli", "main"]
