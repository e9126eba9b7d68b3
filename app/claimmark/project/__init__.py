"""Use cases: what a user does to a project, written once for the CLI and the window (no Qt)."""
