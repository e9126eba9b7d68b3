"""The command line (click): the window by default, and one command per use case.

``base`` holds the group and what every command shares; the other modules add
their commands to it when imported, here.
"""

from claimmark.cli import cluster, detection, files, ledger, team
from claimmark.cli.base import cli, main

__all__ = ["cli", "cluster", "detection", "files", "ledger", "main", "team"]
