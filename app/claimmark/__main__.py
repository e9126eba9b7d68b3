"""``python -m claimmark``: the same as the ``claimmark`` command."""

from claimmark.cli import main

main()
