"""Claimmark: annotate troop, loss and weapon claims in news articles."""

__version__ = "0.1.0"
