"""Detecting a whole project: in batches, in a pool of processes, the same as one by one."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from claimmark.detector.rules import Detector
from claimmark.formats.lexicon import load_lexicon
from claimmark.project import detecting
from claimmark.project.detecting import detect_all
from claimmark.project.importing import import_paths
from claimmark.store import Repository
from tests.benchmarks.corpus import write_jsonl


def _suggestions(repo: Repository) -> list[tuple[str, int, int, str, str]]:
    return sorted(
        (s.id, s.start, s.end, s.label, s.text)
        for article_id in repo.undetected(again=True)
        for s in repo.suggestions_for(article_id)
    )


@pytest.mark.slow
def test_a_pool_of_processes_finds_what_one_process_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 30, spans=False)
    detector = Detector(load_lexicon()[0])
    monkeypatch.setattr(detecting, "BATCH_ARTICLES", 7)
    alone, pooled = Repository.open(tmp_path / "alone.db"), Repository.open(tmp_path / "pool.db")
    for repo in (alone, pooled):
        import_paths(repo, [corpus])
    told: list[tuple[int, int]] = []
    assert detect_all(alone, detector, workers=1)[0] == 30
    articles, added = detect_all(pooled, detector, workers=2, progress=lambda *p: told.append(p))

    assert (articles, added) == (30, len(_suggestions(alone)))
    assert _suggestions(pooled) == _suggestions(alone) != []
    assert told == [(7, 30), (14, 30), (21, 30), (28, 30), (30, 30)]
    assert pooled.undetected() == []
    assert detect_all(pooled, detector, workers=2) == (0, 0)


@pytest.mark.slow
def test_the_pool_reads_a_few_batches_ahead_of_what_it_stores_not_the_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 63, spans=False)
    monkeypatch.setattr(detecting, "BATCH_ARTICLES", 7)
    repo = Repository.open(tmp_path / "pool.db")
    import_paths(repo, [corpus])
    events: list[str] = []
    texts, store = repo.texts, repo.store_detections
    monkeypatch.setattr(repo, "texts", lambda ids: events.append("read") or texts(ids))
    monkeypatch.setattr(repo, "store_detections", lambda f: events.append("stored") or store(f))
    detect_all(repo, Detector(load_lexicon()[0]), workers=2)
    assert events.count("read") == events.count("stored") == 9
    # Two batches a worker ahead, and the one just read: never the whole project's texts.
    assert events.index("stored") <= 2 * 2 + 1
    repo.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_each_article_is_read_with_the_rules_of_its_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    english = (
        "Reinforcements\nThe ministry said that the army has sent 3,000 troops to the "
        "front, and that it was not clear when they would return from the region."
    )
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(
            # Two texts: the same one twice would be imported once.
            json.dumps({"id": f"a{n}", "title": "Reinforcements", "text": f"{english} ({n})"})
            + "\n"
            for n in range(2)
        ),
        encoding="utf-8",
    )
    repo = Repository.open(tmp_path / "p.db")
    import_paths(repo, [corpus])
    assert repo.languages(["a0", "a1"]) == {"a0": "en", "a1": "en"}
    repo.set_language("a1", "de")  # the user says so: "3,000" is then three
    monkeypatch.setattr(detecting, "POOL_FROM", 1)
    detect_all(repo, Detector(load_lexicon()[0]), workers=workers)
    assert [s.value for s in repo.suggestions_for("a0")] == [3000]
    assert [s.value for s in repo.suggestions_for("a1")] == [3]


class _StandInModel:
    """Proposes fixed stretches, as a trained model would, in one language."""

    threshold = 0.0

    def __init__(self, language: str, proposals: list[tuple[str, str]]) -> None:
        self.language = language
        self._proposals = proposals

    def propose(self, text: str) -> list[tuple[int, int, str, float]]:
        found = []
        for words, label in self._proposals:
            start = text.index(words)
            found.append((start, start + len(words), label, 0.8))
        return found


def test_a_model_proposes_only_where_the_rules_are_silent_and_in_its_language() -> None:
    from claimmark.detector.rules import Detector
    from claimmark.formats.lexicon import load_lexicon
    from claimmark.project.detecting import suggestions_in

    detector = Detector(load_lexicon()[0])
    text = "Titel\nRussland setzte ballistische Raketen und neue Kampfroboter ein."
    rules = {(s.text, s.label) for s in suggestions_in(detector, None, "a", text, "de")}
    assert ("ballistische Raketen", "WEAPONS") in rules
    model = _StandInModel("de", [("Raketen", "WEAPONS"), ("Kampfroboter", "WEAPONS")])
    both = suggestions_in(detector, model, "a", text, "de")  # type: ignore[arg-type]
    found = {(s.text, s.origin) for s in both}
    assert ("Raketen", "model") not in found  # nested in the rules' span of its label
    assert ("Kampfroboter", "model") in found  # where the rules are silent
    english = _StandInModel("en", [("Kampfroboter", "WEAPONS")])
    alone = suggestions_in(detector, english, "a", text, "de")  # type: ignore[arg-type]
    assert {(s.text, s.label) for s in alone} == rules  # a model of another language: out
    by_label = sorted(both, key=lambda s: (s.label, s.start))
    assert not [
        (a.text, b.text) for a, b in pairwise(by_label) if a.label == b.label and b.start < a.end
    ]  # one suggestion per stretch and label
