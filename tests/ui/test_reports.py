"""How the window reports a use case's outcome: what it shows, and how much it writes."""

from __future__ import annotations

import pytest

from claimmark.core.outcome import SaidOutcome
from claimmark.core.outcome import error_line
from claimmark.core.problems import ImportProblem
from claimmark.core.words import Said
from claimmark.core.words import said
from claimmark.ui import messages


class _Refusals(SaidOutcome):
    """An import's report of many refused spans, as a large machine-made corpus gives."""

    def __init__(self, count: int) -> None:
        self.problems = [
            ImportProblem.of("c.jsonl", n + 1, "span {n} overlaps another", n=n)
            for n in range(count)
        ]

    def summary_said(self) -> Said:
        return said("imported 1 article, {n} problems", n=len(self.problems))

    def details_said(self) -> list[Said]:
        return [error_line(problem) for problem in self.problems]

    def as_json(self) -> dict[str, object]:
        return {}


@pytest.mark.usefixtures("qapp")
def test_a_report_of_many_problems_translates_only_the_lines_it_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # On the window's thread: translating every one of 126,146 lines took 4 s there.
    written: list[Said] = []
    real = messages.translated

    def counting(words: Said) -> str:
        written.append(words)
        return real(words)

    monkeypatch.setattr(messages, "translated", counting)
    shown: list[tuple[str, str]] = []

    def show(level: str, text: str) -> None:
        shown.append((level, text))

    messages.bridge.shown.connect(show)
    try:
        with messages.headless() as errors:
            messages.report(_Refusals(5000), None, "")
    finally:
        messages.bridge.shown.disconnect(show)
    assert len(written) <= 41  # the summary and the lines shown
    [(level, text)] = shown
    assert level == messages.Level.ERROR.value
    assert text.count("\n") == 30
    assert "c.jsonl:1: span 0 overlaps another" in text
    assert errors
