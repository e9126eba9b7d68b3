"""Teams: split a corpus, merge the annotators' databases, measure agreement, export a layer."""

from __future__ import annotations

import json
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from claimmark.core.articles import Status
from claimmark.core.articles import make_article
from claimmark.core.errors import CancelledError
from claimmark.core.errors import RuleError
from claimmark.core.labels import Label
from claimmark.core.spans import make_span
from claimmark.formats.options import ExportOptions
from claimmark.project.agreeing import agreement_json
from claimmark.project.agreeing import agreement_lines
from claimmark.project.agreeing import measure_agreement
from claimmark.project.exporting import export_project
from claimmark.project.merging import merge_databases
from claimmark.project.splitting import OWNER
from claimmark.project.splitting import split_corpus
from claimmark.store import Repository
from claimmark.team.agreement import micro
from claimmark.team.splitting import assign_shares

TEXTS = [
    f"Bericht {n}\nRussland schickte {1000 + n} Soldaten an die Front und verlor {n + 2} Panzer."
    for n in range(30)
]


@pytest.fixture
def corpus(tmp_path: Path) -> Repository:
    repo = Repository.open(tmp_path / "corpus" / "corpus.db")
    repo.add_articles(make_article(f"a{n:02}", text) for n, text in enumerate(TEXTS))
    repo.save_label(Label("PLACES", "4", "#cccccc", "places"))
    (tmp_path / "corpus" / "lexicon.txt").write_text("weapon: Haubitze\n", encoding="utf-8")
    return repo


def _mark(repo: Repository, article_id: str, words: str, label: str, who: str) -> None:
    text = repo.article(article_id).text
    start = text.index(words)
    repo.save_span(make_span(article_id, text, start, start + len(words), label, who))


def test_shares_cover_every_article_with_the_double_share_spread_over_the_pairs() -> None:
    ids = [f"a{n:03}" for n in range(200)]
    shares = assign_shares(ids, ["anna", "ben", "chris"], 0.2)
    assigned = Counter(a for share in shares.articles.values() for a in share)
    assert set(assigned) == set(ids)  # every article has someone
    assert Counter(assigned.values()) == {1: 160, 2: 40}  # 20 % twice, the rest once
    assert sorted(len(v) for v in shares.doubled.values()) == [13, 13, 14]  # 40 over 3 pairs
    assert set(shares.doubled) == set(combinations(["anna", "ben", "chris"], 2))
    loads = [len(share) for share in shares.articles.values()]
    assert max(loads) - min(loads) <= 1  # (160 + 80) / 3 = 80 each
    for share in shares.articles.values():
        assert share == sorted(share)  # the corpus's order
    assert assign_shares(ids, ["anna", "ben", "chris"], 0.2) == shares  # the same draw again
    with pytest.raises(RuleError, match="twice"):
        assign_shares(ids, ["anna", "anna"], 0.2)
    with pytest.raises(RuleError, match="two annotators"):
        assign_shares(ids, ["anna"], 0.1)


def test_split_writes_a_share_per_annotator_with_the_labels_and_lexicon(
    corpus: Repository, tmp_path: Path
) -> None:
    _mark(corpus, "a00", "1000 Soldaten", "TROOPS", "lead")
    corpus.set_status("a00", Status.DONE)
    out = tmp_path / "shares"
    report = split_corpus(corpus, ["anna", "ben"], 0.3, out)
    assert report.shares.double_count == 9  # 30 % of 30
    assert (
        report.summary_line() == "split 30 articles among 2 annotators: 9 articles annotated twice"
    )
    seen: Counter[str] = Counter()
    for name in ("anna", "ben"):
        share = Repository.open(out / f"{name}.db", create=False)
        ids = share.article_ids()
        assert ids == report.shares.articles[name]
        seen.update(ids)
        assert [label.name for label in share.labels()] == [label.name for label in corpus.labels()]
        assert share.project_info(OWNER) == name
        assert share.stats().spans == 0  # each starts on their own
        assert set(share.article_statuses().values()) == {Status.TODO}
        assert share.article(ids[0]).text == corpus.article(ids[0]).text
        share.close()
    assert len(seen) == 30
    assert (out / "lexicon.txt").read_text(encoding="utf-8") == "weapon: Haubitze\n"
    with pytest.raises(RuleError, match="Not overwriting"):
        split_corpus(corpus, ["anna", "ben"], 0.3, out)


def _two_annotators(corpus: Repository, tmp_path: Path) -> tuple[Path, Path, list[str]]:
    out = tmp_path / "shares"
    report = split_corpus(corpus, ["anna", "ben"], 0.2, out)
    [shared] = report.shares.doubled.values()
    for name, words in (("anna", "Soldaten"), ("ben", "Soldaten an die Front")):
        share = Repository.open(out / f"{name}.db", create=False)
        for article_id in share.article_ids():
            number = share.article(article_id).text.split()[4]
            _mark(share, article_id, f"{number} {words}", "TROOPS", name)
            share.set_status(article_id, Status.DONE)
        share.close()
    return out / "anna.db", out / "ben.db", shared


def test_merge_keeps_every_annotators_spans_and_statuses_and_is_idempotent(
    corpus: Repository, tmp_path: Path
) -> None:
    anna, ben, shared = _two_annotators(corpus, tmp_path)
    team = Repository.open(tmp_path / "team.db")
    report = merge_databases(team, [anna, ben])
    assert [s.owner for s in report.sources] == ["anna", "ben"]
    assert team.stats().articles == 30
    assert team.stats().spans == 30 + len(shared)  # one each, two on the shared ones
    on_shared = team.spans_for(shared[0])
    assert sorted(s.annotator for s in on_shared) == ["anna", "ben"]
    assert {s.label for s in on_shared} == {"TROOPS"}  # overlapping, same label, two layers
    statuses = team.annotator_statuses()
    assert statuses["anna"][shared[0]] == statuses["ben"][shared[0]] == Status.DONE
    # The team database's own status (the adjudicator's) starts over.
    assert set(team.article_statuses().values()) == {Status.TODO}
    assert "PLACES" in [label.name for label in team.labels()]
    before = (team.stats(), team.annotator_statuses(), team.labels())
    again = merge_databases(team, [anna, ben])
    assert sum(s.added + s.spans for s in again.sources) == 0
    assert (team.stats(), team.annotator_statuses(), team.labels()) == before


def test_an_article_with_another_text_under_its_id_is_reported_not_overwritten(
    corpus: Repository, tmp_path: Path
) -> None:
    anna, _ben, _shared = _two_annotators(corpus, tmp_path)
    share = Repository.open(anna, create=False)
    taken = share.article_ids()[0]
    share.close()
    team = Repository.open(tmp_path / "team.db")
    team.add_articles([make_article(taken, "Bericht\nEin ganz anderer Text.")])
    report = merge_databases(team, [anna])
    [(article_id, why)] = report.sources[0].skipped
    assert article_id == taken
    assert "another text" in why
    assert team.article(taken).text == "Bericht\nEin ganz anderer Text."
    assert team.spans_for(taken) == []
    assert taken not in team.annotator_statuses()["anna"]
    assert any(line.startswith(f"skipped {taken}") for line in report.detail_lines())


def test_a_label_of_another_colour_is_reported_and_the_teams_kept(
    corpus: Repository, tmp_path: Path
) -> None:
    anna, _ben, _shared = _two_annotators(corpus, tmp_path)
    team = Repository.open(tmp_path / "team.db")
    team.save_label(Label("PLACES", "4", "#00ff00", "places"))
    report = merge_databases(team, [anna])
    assert [str(clash) for clash in report.label_clashes] == [
        f"label PLACES is #cccccc in {anna} and #00ff00 in the team database; "
        "the team's colour is kept"
    ]
    assert next(label for label in team.labels() if label.name == "PLACES").colour == "#00ff00"


def test_agreement_of_a_merged_team_compares_the_shared_articles(
    corpus: Repository, tmp_path: Path
) -> None:
    anna, ben, shared = _two_annotators(corpus, tmp_path)
    team = Repository.open(tmp_path / "team.db")
    merge_databases(team, [anna, ben])
    result = measure_agreement(team)
    [pair] = result.pairs
    assert (pair.first, pair.second, pair.articles) == ("anna", "ben", len(shared))
    # Anna marks "1003 Soldaten", Ben "1003 Soldaten an die Front": never exact, always overlap.
    assert micro(pair.exact).tp == 0
    assert micro(pair.overlap).f1 == 1.0
    assert pair.confusion == {("TROOPS", "TROOPS"): len(shared)}
    assert pair.kappa is not None
    assert 0 < pair.kappa < 1
    data = agreement_json(result)
    assert json.loads(json.dumps(data))["pairs"][0]["annotators"] == ["anna", "ben"]
    lines = agreement_lines(result)
    assert lines[0].startswith(f"2 annotators on {len(shared)} articles finished by at least two")
    # Each shared article, the least agreed first: here one span each, never exact.
    assert [a.article_id for a in result.by_article] == sorted(shared)
    assert {(a.annotators, a.disagreements, a.overlap.f1) for a in result.by_article} == {
        (("anna", "ben"), 2, 1.0)
    }
    assert data["by_article"][0]["disagreements"] == 2
    assert f"articles with disagreements, the least agreed first ({len(shared)}):" in lines


def test_export_by_annotator_writes_one_layer_with_their_statuses(
    corpus: Repository, tmp_path: Path
) -> None:
    anna, ben, _shared = _two_annotators(corpus, tmp_path)
    team = Repository.open(tmp_path / "team.db")
    merge_databases(team, [anna, ben])
    out = tmp_path / "anna.jsonl"
    options = ExportOptions(statuses=frozenset({"done"}), annotators=frozenset({"anna"}))
    report = export_project(team, "jsonl", out, options)
    anna_share = Repository.open(anna, create=False)
    assert report.articles == len(anna_share.article_ids())  # her done articles, not ben's
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {span["annotator"] for r in records for span in r["spans"]} == {"anna"}
    assert {r["status"] for r in records} == {"done"}


def test_a_share_with_no_article_is_not_filled_with_the_bundled_ones(tmp_path: Path) -> None:
    from claimmark.project.project import Project

    corpus = Repository.open(tmp_path / "corpus.db")
    corpus.add_articles([make_article("only", "Titel\nEin Text.")])
    report = split_corpus(corpus, ["anna", "ben"], 0.0, tmp_path / "shares")
    empty = next(name for name, ids in report.shares.articles.items() if not ids)
    project = Project.open(report.files[empty])
    assert project.seed_if_empty() == 0
    assert project.repo.article_ids() == []


def test_three_annotators_split_merge_and_agree_pair_by_pair(
    corpus: Repository, tmp_path: Path
) -> None:
    names = ["anna", "ben", "chris"]
    report = split_corpus(corpus, names, 0.6, tmp_path / "shares")
    assert report.shares.double_count == 18  # 60 % of 30
    assert sorted(len(ids) for ids in report.shares.doubled.values()) == [6, 6, 6]
    marks = {"anna": "Soldaten", "ben": "Soldaten", "chris": "Soldaten an die Front"}
    for name in names:
        share = Repository.open(report.files[name], create=False)
        for article_id in share.article_ids():
            number = share.article(article_id).text.split()[4]
            _mark(share, article_id, f"{number} {marks[name]}", "TROOPS", name)
            share.set_status(article_id, Status.DONE)
        share.close()
    team = Repository.open(tmp_path / "team.db")
    merge_databases(team, list(report.files.values()))
    spans = Counter(s.annotator for a in team.article_ids() for s in team.spans_for(a))
    assert spans == {name: len(report.shares.articles[name]) for name in names}
    result = measure_agreement(team)
    by_pair = {(p.first, p.second): p for p in result.pairs}
    assert set(by_pair) == {("anna", "ben"), ("anna", "chris"), ("ben", "chris")}
    assert micro(by_pair[("anna", "ben")].exact).f1 == 1.0  # the same spans
    assert micro(by_pair[("anna", "chris")].exact).f1 == 0.0  # never the same bounds
    assert micro(by_pair[("anna", "chris")].overlap).f1 == 1.0
    assert result.articles == 18
    assert result.alpha is not None


def test_people_annotating_one_database_are_compared_on_the_articles_marked_done(
    corpus: Repository,
) -> None:
    for name, words in (("anna", "1000 Soldaten"), ("ben", "1000 Soldaten an die Front")):
        _mark(corpus, "a00", words, "TROOPS", name)
        _mark(corpus, "a01", "1001 Soldaten", "TROOPS", name)
    corpus.set_status("a00", Status.DONE)  # a01 is not done: not compared
    result = measure_agreement(corpus)
    [pair] = result.pairs
    assert (pair.first, pair.second, pair.articles, pair.spans) == ("anna", "ben", 1, (1, 1))
    assert micro(pair.overlap).f1 == 1.0


def test_adjudication_walks_its_articles_round_the_list(corpus: Repository, tmp_path: Path) -> None:
    from claimmark.project.adjudicating import Adjudication

    anna, ben, shared = _two_annotators(corpus, tmp_path)
    team = Repository.open(tmp_path / "team.db")
    merge_databases(team, [anna, ben])
    walk = Adjudication(team)
    assert walk.articles == sorted(shared)
    first, last = walk.articles[0], walk.articles[-1]
    assert walk.next_article(None, 1) == first
    assert walk.next_article(None, -1) == last
    assert walk.next_article(last, 1) == first
    assert walk.next_article(first, -1) == last


def test_a_cancelled_split_removes_only_what_it_made(corpus: Repository, tmp_path: Path) -> None:
    out = tmp_path / "shares"
    out.mkdir()
    mine = ["anna.db.bak", "anna.dbx", "ben.db-notes.txt", "ben.db.lock"]
    for name in mine:
        (out / name).write_text("the user's\n", encoding="utf-8")
    with pytest.raises(CancelledError):
        split_corpus(corpus, ["anna", "ben"], 0.3, out, cancelled=lambda: True)
    assert sorted(p.name for p in out.iterdir()) == sorted(mine)
    assert all((out / n).read_text(encoding="utf-8") == "the user's\n" for n in mine)


def test_a_stale_wal_beside_a_share_is_not_overwritten(corpus: Repository, tmp_path: Path) -> None:
    out = tmp_path / "shares"
    out.mkdir()
    (out / "anna.db-wal").write_bytes(b"someone's log")
    with pytest.raises(RuleError, match=r"anna\.db-wal"):
        split_corpus(corpus, ["anna", "ben"], 0.3, out)
    assert sorted(p.name for p in out.iterdir()) == ["anna.db-wal"]


@pytest.mark.parametrize(
    ("names", "why"),
    [(["gold", "ben"], "adjudicated layer"), (["Gold ", "ben"], "adjudicated layer"),
     (["a" * 300, "ben"], "at most 100 characters")],
)  # fmt: skip
def test_split_refuses_the_gold_layers_name_and_overlong_names(
    corpus: Repository, tmp_path: Path, names: list[str], why: str
) -> None:
    with pytest.raises(RuleError, match=why):
        split_corpus(corpus, names, 0.3, tmp_path / "shares")
    assert not (tmp_path / "shares").exists()


def test_merging_a_team_database_carries_its_annotators_and_invents_none(
    corpus: Repository, tmp_path: Path
) -> None:
    anna, ben, shared = _two_annotators(corpus, tmp_path)
    team_a = Repository.open(tmp_path / "teamA.db")
    merge_databases(team_a, [anna, ben])
    expected = team_a.annotator_statuses()
    team_a.close()
    lead = Repository.open(tmp_path / "lead.db")
    report = merge_databases(lead, [tmp_path / "teamA.db"])
    assert report.sources[0].owner is None
    assert "a team's work" in report.detail_lines()[0]
    assert lead.annotator_statuses() == expected
    assert sorted(lead.annotator_statuses()) == ["anna", "ben"]
    assert sorted({s.annotator for a in shared for s in lead.spans_for(a)}) == ["anna", "ben"]


def test_a_team_databases_statuses_of_an_article_left_alone_are_not_recorded(
    corpus: Repository, tmp_path: Path
) -> None:
    anna, ben, _shared = _two_annotators(corpus, tmp_path)
    team_a = Repository.open(tmp_path / "teamA.db")
    merge_databases(team_a, [anna, ben])
    taken = team_a.article_ids()[0]
    team_a.close()
    lead = Repository.open(tmp_path / "lead.db")
    lead.add_articles([make_article(taken, "Bericht\nEin ganz anderer Text.")])
    merge_databases(lead, [tmp_path / "teamA.db"])
    assert all(taken not in statuses for statuses in lead.annotator_statuses().values())


def test_spans_of_the_gold_layer_in_a_share_are_not_merged_into_gold(
    corpus: Repository, tmp_path: Path
) -> None:
    anna, _ben, _shared = _two_annotators(corpus, tmp_path)
    share = Repository.open(anna, create=False)
    article_id = share.article_ids()[0]
    text = share.article(article_id).text
    start = text.index("Panzer")
    share.save_span(make_span(article_id, text, start, start + 6, "WEAPONS", "gold"))
    share.close()
    team = Repository.open(tmp_path / "team.db")
    report = merge_databases(team, [anna])
    assert [s for s in team.spans_for(article_id) if s.annotator == "gold"] == []
    assert [p.message for p in report.problems] == [
        "1 span of the 'gold' layer not merged: the gold layer is written by adjudicating "
        "in this database"
    ]


def test_odd_values_in_a_share_are_named_and_the_rest_is_merged(
    corpus: Repository, tmp_path: Path
) -> None:
    import sqlite3

    anna, _ben, _shared = _two_annotators(corpus, tmp_path)
    share = Repository.open(anna, create=False)
    spans = [s for a in share.article_ids() for s in share.spans_for(a)]
    odd_status = share.article_ids()[-1]
    share.close()
    assert len(spans) >= 3
    with sqlite3.connect(anna) as conn:  # another program, with the schema's checks off
        conn.execute("pragma ignore_check_constraints = on")
        conn.execute("update spans set origin = 'evil' where id = ?", [spans[0].id])
        conn.execute("update spans set qualifier = 'about' where id = ?", [spans[1].id])
        conn.execute("update articles set status = 'DONE!!' where id = ?", [odd_status])
    conn.close()
    team = Repository.open(tmp_path / "team.db")
    report = merge_databases(team, [anna])
    messages = [p.message for p in report.problems]
    assert messages == [
        f"article {odd_status}: status 'DONE!!' is none of todo, in_progress, done; read as todo",
        f"span {spans[0].id} in article {spans[0].article_id}: origin 'evil' is none of "
        "manual, detector, import, adjudicated",
        f"span {spans[1].id} in article {spans[1].article_id}: qualifier 'about' is none of "
        "exact, approx, at_least, more_than, up_to, vague",
    ]
    assert report.sources[0].spans == len(spans) - 2
    assert team.stats().spans == len(spans) - 2


def test_merge_refuses_an_article_over_the_size_limit_and_merges_the_rest(
    corpus: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimmark.core import importing

    anna, _ben, _shared = _two_annotators(corpus, tmp_path)
    share = Repository.open(anna, create=False)
    lengths = {a: len(share.article(a).text) for a in share.article_ids()}
    share.close()
    limit = max(lengths.values()) - 1
    too_long = sorted(a for a, n in lengths.items() if n > limit)
    monkeypatch.setattr(importing, "MAX_TEXT_CHARACTERS", limit)  # a share of longer ones
    team = Repository.open(tmp_path / "team.db")
    report = merge_databases(team, [anna])
    assert sorted(p.message for p in report.problems) == [
        f"article {a} has {limit + 1:,} characters, more than the {limit:,} an article "
        "may have (split it); not imported"
        for a in too_long
    ]
    assert sorted(team.article_ids()) == sorted(set(lengths) - set(too_long))


def test_merging_again_carries_what_the_annotator_deleted_relabelled_and_moved(
    corpus: Repository, tmp_path: Path
) -> None:
    from dataclasses import replace

    anna, ben, _shared = _two_annotators(corpus, tmp_path)
    team = Repository.open(tmp_path / "team.db")
    merge_databases(team, [anna, ben])
    share = Repository.open(anna, create=False)
    spans = [s for a in share.article_ids() for s in share.spans_for(a)]
    gone, relabelled, moved = spans[0], spans[1], spans[2]
    share.delete_span(gone.id)
    share.save_span(replace(relabelled, label="WEAPONS"))
    text = share.article(moved.article_id).text
    share.save_span(replace(moved, end=moved.end + 4, text=text[moved.start : moved.end + 4]))
    share.close()
    ben_before = sorted(s.id for a in team.article_ids() for s in team.spans_for(a)
                        if s.annotator == "ben")  # fmt: skip

    report = merge_databases(team, [anna])
    assert report.sources[0].updated == 2
    assert report.sources[0].removed == 1
    assert "(2 updated, 1 removed)" in report.summary_line()
    mine = {s.id: s for a in team.article_ids() for s in team.spans_for(a) if s.annotator == "anna"}
    assert gone.id not in mine
    assert mine[relabelled.id].label == "WEAPONS"
    assert (mine[moved.id].end, mine[moved.id].text) == (
        moved.end + 4,
        text[moved.start : moved.end + 4],
    )
    assert sorted(s.id for a in team.article_ids() for s in team.spans_for(a)
                  if s.annotator == "ben") == ben_before  # fmt: skip
    again = merge_databases(team, [anna])
    assert (again.sources[0].updated, again.sources[0].removed) == (0, 0)
