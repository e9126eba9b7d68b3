"""A model trained on the project's done articles: saved with its scores, used as a suggester.

Two or three epochs on the seed articles: enough to check the plumbing (and that
the model proposes something), not how good a model gets (``make eval`` says that).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from claimmark.core.articles import Status
from claimmark.core.articles import make_article
from claimmark.core.errors import CancelledError
from claimmark.core.errors import RuleError
from claimmark.core.evaluate import Annotated
from claimmark.core.spans import make_span
from claimmark.detector.rules import Detector
from claimmark.formats.gold import read_gold
from claimmark.formats.lexicon import load_lexicon
from claimmark.formats.spacy_support import SpacyMissingError
from claimmark.model import spacy_model
from claimmark.model.spacy_model import META
from claimmark.model.spacy_model import ModelError
from claimmark.project import training
from claimmark.project.detecting import detect_all
from claimmark.project.detecting import detect_article
from claimmark.project.training import held_out_ids
from claimmark.project.training import load_model
from claimmark.project.training import train_model
from claimmark.store import Repository
from claimmark.team.adjudication import GOLD
from claimmark.team.agreement import micro
from tests.conftest import needs_spacy

pytestmark = needs_spacy

GOLD_SEEDS = Path(__file__).parent.parent / "data" / "gold" / "seeds.jsonl"


def _annotate(repo: Repository, annotator: str = "anna") -> list[str]:
    """Give every seed its gold spans, as ``annotator``'s, and mark it done."""
    from claimmark.bundled import seeds_dir

    gold, problems = read_gold(GOLD_SEEDS, seeds_dir())
    assert problems == []
    for article_id, spans in gold.spans.items():
        text = gold.texts[article_id]
        for span in spans:
            repo.save_span(make_span(article_id, text, span.start, span.end, span.label, annotator))
        repo.set_status(article_id, Status.DONE)
    return sorted(gold.spans)


def test_a_long_text_is_cut_at_line_breaks_then_spaces() -> None:
    text = "aaaa bbbb\ncccc dddd eeee\nff"
    assert spacy_model.pieces(text, 12) == [(0, 9), (9, 19), (19, 27)]
    assert spacy_model.pieces("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]
    assert spacy_model.pieces("short", 10) == [(0, 5)]


def test_held_out_articles_are_a_share_and_always_the_same() -> None:
    ids = [f"a{n}" for n in range(10)]
    chosen = held_out_ids(ids, 0.2)
    assert len(chosen) == 2
    assert held_out_ids(list(reversed(ids)), 0.2) == chosen
    assert held_out_ids(["a1"], 0.2) == set()  # nothing left to train on otherwise
    assert len(held_out_ids(["a1", "a2"], 0.9)) == 1
    assert held_out_ids(ids, 0) == set()


def test_without_a_done_article_there_is_nothing_to_learn(
    seeded_repo: Repository, tmp_path: Path
) -> None:
    with pytest.raises(RuleError, match="marked done"):
        train_model(seeded_repo, tmp_path / "model", epochs=1)
    assert not (tmp_path / "model").exists()


SENTENCES = [
    "Die Armee setzte neue Haubitzen ein.",
    "Am Morgen trafen Haubitzen an der Front ein.",
    "Der Bericht nennt Haubitzen und Minen.",
    "Nach Angaben der Regierung fehlen Haubitzen.",
]


def _small_project(repo: Repository, weapon: str = "Haubitzen") -> list[str]:
    """Eight short articles marked done, each with its "Haubitzen" (or ``weapon``)
    marked: quick to learn."""
    ids = []
    for n in range(8):
        text = f"Meldung {n}\n{SENTENCES[n % 4].replace('Haubitzen', weapon)} Weiter im Text {n}."
        repo.add_articles([make_article(f"m{n}", text)])
        start = text.index(weapon)
        repo.save_span(make_span(f"m{n}", text, start, start + len(weapon), "WEAPONS", "anna"))
        repo.set_status(f"m{n}", Status.DONE)
        ids.append(f"m{n}")
    return ids


@pytest.mark.slow
def test_a_model_is_trained_scored_saved_and_proposes_claims(
    fresh_repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _small_project(fresh_repo)
    told: list[tuple[int, int]] = []
    out = tmp_path / "model"
    report = train_model(fresh_repo, out, epochs=12, progress=lambda *p: told.append(p))
    assert told == [(n, 12) for n in range(1, 13)]
    assert (report.trained, report.held_out, report.spans, report.language) == (6, 2, 6, "de")
    assert report.labels == ["WEAPONS"]
    assert report.report is not None
    meta = json.loads((out / META).read_text(encoding="utf-8"))
    assert meta["trained_articles"] == 6
    assert meta["held_out_articles"] == sorted(held_out_ids(ids, training.HELD_OUT))
    assert meta["trained_at"].startswith("20")
    assert set(meta["scores"]["overlap"]) == {"WEAPONS"}

    model = load_model(out)
    text = "Neu\nDie Truppen erhielten Haubitzen aus dem Westen."
    proposed = model.propose(text)
    assert [(text[s:e], label) for s, e, label, _ in proposed] == [("Haubitzen", "WEAPONS")]
    assert all(0.4 <= score <= 1.0 for *_, score in proposed)

    # A long text is read a piece at a time (spaCy refuses more than a million
    # characters): the offsets are the whole text's.
    long = "Neu\n" + "Ein Satz ohne Waffe.\n" * 5 + text.split("\n")[1]
    monkeypatch.setattr(spacy_model, "PIECE", 40)
    assert len(spacy_model.pieces(long)) > 3
    assert [(long[s:e], label) for s, e, label, _ in model.propose(long)] == [
        ("Haubitzen", "WEAPONS")
    ]
    monkeypatch.undo()

    # As a second suggester: its suggestions join the rules', origins recorded.
    fresh_repo.add_articles([make_article("new", text)])
    detector = Detector(load_lexicon()[0])
    detect_article(fresh_repo, detector, "new", model)
    assert [(s.text, s.origin) for s in fresh_repo.suggestions_for("new")] == [
        ("Haubitzen", "rules+model")
    ]
    # detect_all reads the folder once in each worker process.
    fresh_repo.add_articles([make_article("next", text.replace("Neu", "Neuer"))])
    detect_all(fresh_repo, detector, workers=2, model=out)
    assert [s.origin for s in fresh_repo.suggestions_for("next")] == ["rules+model"]


def test_the_gold_layer_is_what_a_team_trains_on(seeded_repo: Repository) -> None:
    ids = _annotate(seeded_repo, "anna")
    first, second = ids[0], ids[1]
    text = seeded_repo.article(first).text
    gold = [s for s in seeded_repo.spans_for(first)][:3]
    for span in gold:  # the first article was adjudicated: three spans are gold
        seeded_repo.save_span(make_span(first, text, span.start, span.end, span.label, GOLD))
    articles = training._training_articles(seeded_repo)
    assert articles[first].spans == sorted((s.start, s.end, s.label) for s in gold)
    # No gold layer in the second: anna's spans, each span and label once.
    assert len(articles[second].spans) == len(seeded_repo.spans_for(second))


@pytest.mark.slow
def test_cancelled_training_writes_nothing(seeded_repo: Repository, tmp_path: Path) -> None:
    _annotate(seeded_repo)
    out = tmp_path / "model"
    with pytest.raises(CancelledError):
        train_model(seeded_repo, out, epochs=5, cancelled=lambda: True)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no half-written folder


def test_a_folder_that_is_no_model_is_named(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    with pytest.raises(ModelError, match="notes: no Claimmark model here"):
        load_model(tmp_path / "notes")


def test_without_spacy_the_message_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy raises ImportError
    with pytest.raises(SpacyMissingError, match=r"pip install 'claimmark\[spacy\]'"):
        load_model(tmp_path)


def test_a_large_project_gets_fewer_epochs() -> None:
    assert training.epochs_for(4) == training.EPOCHS
    assert training.epochs_for(100) == training.EPOCHS
    assert training.epochs_for(1_000) == 3
    assert training.epochs_for(100_000) == training.MIN_EPOCHS


@pytest.mark.slow
def test_a_damaged_model_is_named_with_what_is_wrong(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    _small_project(fresh_repo)
    out = tmp_path / "model"
    train_model(fresh_repo, out, epochs=1)
    (out / "spancat" / "model").write_bytes(b"not a model")
    with pytest.raises(ModelError, match=f"{out}: cannot read the model"):
        load_model(out)
    (out / META).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match=f"{out}: cannot read the model"):
        load_model(out)


def test_with_a_model_only_a_short_article_is_searched_before_it_shows(
    tmp_path: Path,
) -> None:
    from claimmark.project.project import DETECT_IN_PLACE_WITH_MODEL
    from claimmark.project.project import Project

    project = Project.open(tmp_path / "p.db")
    short, long = "Kurz\nDie Armee setzte Haubitzen ein.", "Lang\n" + "Ein Satz. " * 400
    assert len(long) > DETECT_IN_PLACE_WITH_MODEL
    project.repo.add_articles([make_article("short", short), make_article("long", long)])
    assert project.has_other_connections  # a file: a job can detect on its own connection
    project.model = object()  # type: ignore[assignment]  # only whether there is one counts
    assert project.open_article("long")[1] is True  # left to a background job
    project.model = None
    assert project.open_article("long")[1] is False  # the rules alone: found at once
    project.close()


def test_training_never_replaces_a_folder_that_holds_no_model(
    seeded_repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _annotate(seeded_repo)
    models = tmp_path / "models"
    models.mkdir()
    (models / "README.txt").write_text("mine\n", encoding="utf-8")
    (models / "older-model").mkdir()
    monkeypatch.chdir(seeded_repo.folder)
    for out in (models, Path("."), Path(seeded_repo.path)):
        with pytest.raises(ModelError, match="name a new folder"):
            train_model(seeded_repo, out, epochs=1)
    assert (models / "README.txt").read_text(encoding="utf-8") == "mine\n"
    assert (models / "older-model").is_dir()
    assert Path(seeded_repo.path).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "models"]


@pytest.mark.slow
def test_a_model_replaces_a_model_and_its_folder_is_as_readable_as_any(
    seeded_repo: Repository, tmp_path: Path
) -> None:
    _annotate(seeded_repo)
    out = tmp_path / "model"
    train_model(seeded_repo, out, epochs=1)
    first = json.loads((out / META).read_text(encoding="utf-8"))["trained_at"]
    train_model(seeded_repo, out, epochs=1)
    assert (out / META).is_file()
    assert json.loads((out / META).read_text(encoding="utf-8"))["trained_at"] >= first
    assert out.stat().st_mode & 0o755 == 0o755
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "model"]


def test_training_into_a_folder_that_cannot_be_written_is_refused_before_it_starts(
    seeded_repo: Repository, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    if os.access(locked, os.W_OK):
        pytest.skip("root writes into a read-only folder")
    with pytest.raises(ModelError, match="not writable"):
        train_model(seeded_repo, locked / "model", epochs=1)


class _StandIn:
    """A model that proposes given words with given scores wherever they stand."""

    language = "de"
    threshold = 0.0

    def __init__(self, words: list[tuple[str, str, float]]) -> None:
        self.words = words

    def propose(self, text: str) -> list[tuple[int, int, str, float]]:
        return [
            (text.index(w), text.index(w) + len(w), label, score)
            for w, label, score in self.words
            if w in text
        ]


def _held_out() -> tuple[dict[str, tuple[str, str]], dict[str, list[Annotated]]]:
    """Three articles with a weapon the rules do not know ("Wunderkanonen")."""
    texts, gold = {}, {}
    for n in range(3):
        text = f"Bericht {n}\nDie Armee setzte Haubitzen und Wunderkanonen in der Stadt ein."
        texts[f"h{n}"] = (text, "de")
        gold[f"h{n}"] = [
            Annotated(text.index(w), text.index(w) + len(w), "WEAPONS")
            for w in ("Haubitzen", "Wunderkanonen")
        ]
    return texts, gold


def test_a_model_that_finds_what_the_rules_miss_helps_from_its_threshold() -> None:
    detector = Detector(load_lexicon()[0])
    texts, gold = _held_out()
    model = _StandIn([("Wunderkanonen", "WEAPONS", 0.8), ("Stadt", "WEAPONS", 0.35)])
    helping = training.measure_help(detector, model, texts, gold, ["WEAPONS"])  # type: ignore[arg-type]
    assert micro(helping.rules.exact).recall == 0.5  # the rules find Haubitzen only
    assert micro(helping.together.exact).f1 == 1.0  # "Stadt" (0.35) is below the threshold
    assert 0.35 < helping.threshold <= 0.8
    assert helping.helps
    assert str(helping.line()).startswith("the model helps: with the rules")


def test_a_model_that_only_adds_false_alarms_does_not_help() -> None:
    detector = Detector(load_lexicon()[0])
    texts, gold = _held_out()
    model = _StandIn([("Stadt", "WEAPONS", 0.95), ("Haubitzen", "WEAPONS", 0.9)])
    helping = training.measure_help(detector, model, texts, gold, ["WEAPONS"])  # type: ignore[arg-type]
    assert micro(helping.together.exact).precision < micro(helping.rules.exact).precision
    assert not helping.helps
    assert "does not help" in str(helping.line())
    assert helping.as_json()["helps"] is False


def test_a_model_that_did_not_help_is_left_out_by_the_project(tmp_path: Path) -> None:
    from claimmark.project.project import Project

    project = Project.open(tmp_path / "p.db")
    folder = project.model_path
    folder.mkdir()
    (folder / META).write_text(json.dumps({"language": "de", "helps": False}), encoding="utf-8")
    assert project.saved_model() is None
    assert project.unhelpful_model == folder
    (folder / META).write_text(json.dumps({"language": "de", "helps": True}), encoding="utf-8")
    assert project.unhelpful_model is None
    if training.can_train():
        assert project.saved_model() == folder
    project.close()


def test_a_model_proposes_only_from_its_threshold() -> None:
    model = _StandIn([("Wunderkanonen", "WEAPONS", 0.8), ("Stadt", "WEAPONS", 0.35)])
    model.threshold = 0.5
    text = "T\nDie Armee setzte Wunderkanonen in der Stadt ein."
    found = training.model_suggestions(model, load_lexicon()[0], "a", text, "de")  # type: ignore[arg-type]
    assert [s.text for s in found] == ["Wunderkanonen"]


@pytest.mark.slow
def test_training_with_the_rules_says_whether_the_model_helps_them(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    _small_project(fresh_repo)
    out = tmp_path / "model"
    detector = Detector(load_lexicon()[0])
    report = train_model(fresh_repo, out, epochs=6, detector=detector)
    assert report.helping is not None
    # The rules find every "Haubitzen" already: nothing is left for a model to add.
    assert micro(report.helping.rules.overlap).recall == 1.0
    assert not report.helping.helps
    meta = json.loads((out / META).read_text(encoding="utf-8"))
    assert meta["helps"] is False
    assert meta["threshold"] in training.THRESHOLDS
    assert any("does not help" in line for line in report.detail_lines())
