"""What the detector's tests share: one detector over the bundled lexicon."""

from __future__ import annotations

import pytest

from claimmark.detector.rules import Detector
from claimmark.formats.lexicon import load_lexicon


@pytest.fixture(scope="session")
def detector() -> Detector:
    """The claim detector with the bundled lexicon, which reads without a problem."""
    lexicon, problems = load_lexicon()
    assert problems == []
    return Detector(lexicon)
