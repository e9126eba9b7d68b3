"""The bundle's entry point: the same as the ``claimmark`` command."""

import multiprocessing

from claimmark.cli import main

if __name__ == "__main__":
    # Detection runs in spawned worker processes; in a frozen bundle each of them
    # starts this executable again, and freeze_support() makes it a worker, not a
    # second Claimmark.
    multiprocessing.freeze_support()
    main()
