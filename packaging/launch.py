"""The bundle's entry point: the same as the ``claimmark`` command."""

from claimmark.cli import main

main()
