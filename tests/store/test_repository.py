"""The repository: schema, one transaction per action, and the rules it enforces."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from dataclasses import replace
from pathlib import Path

import pytest

from claimmark.core.articles import ArticleSummary
from claimmark.core.articles import make_article
from claimmark.core.errors import CancelledError
from claimmark.core.errors import RuleError
from claimmark.core.labels import DEFAULT_LABELS
from claimmark.core.records import Record
from claimmark.core.spans import Qualifier
from claimmark.core.spans import Span
from claimmark.core.spans import make_span
from claimmark.core.suggestions import proposed
from claimmark.project.importing import store_records
from claimmark.store import NewerSchemaError
from claimmark.store import NotFoundError
from claimmark.store import Repository
from claimmark.store import SpanConflictError
from claimmark.store import StoreError
from claimmark.store.schema import KNOWN_STEPS
from claimmark.store.schema import SCHEMA_VERSION

TEXT = "Titel\nKim schickte 3000 weitere Soldaten nach Russland.\n"


def _troops(repo: Repository) -> Span:
    start = TEXT.index("3000")
    return make_span("a1", TEXT, start, start + len("3000 weitere Soldaten"), "TROOPS", "alice")


def test_new_file_database_is_wal_with_a_schema_version(db_path: Path) -> None:
    repo = Repository.open(db_path)
    assert repo.created
    assert db_path.exists()
    assert repo.journal_mode == "wal"
    assert repo.schema_version == SCHEMA_VERSION
    assert repo.labels() == list(DEFAULT_LABELS)
    repo.close()
    again = Repository.open(db_path)
    assert not again.created
    again.close()


def test_tables_are_plain_and_named_for_what_they_hold(db_path: Path) -> None:
    Repository.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        span_columns = [r[1] for r in conn.execute("pragma table_info(spans)")]
    assert {"articles", "labels", "spans", "annotator_statuses", "project_info"} <= tables
    assert span_columns == [
        "id",
        "article_id",
        "start",
        "end",
        "label",
        "text",
        "annotator",
        "created_at",
        "origin",
        "value",
        "qualifier",
        "source",
        "note",
        "taken_from",
    ]


def test_articles_with_a_known_id_or_text_are_skipped(small_repo: Repository) -> None:
    result = small_repo.add_articles(
        [
            make_article("a1", "anderer Text"),
            make_article("a2", TEXT),
            make_article("a3", "Neu\nnoch ein Text"),
            make_article("a4", "Neu\nnoch ein Text"),
        ]
    )
    assert result.added == ("a3",)
    assert result.skipped == (
        ("a1", "an article with id a1 exists"),
        ("a2", "same text as article a1"),
        ("a4", "same text as article a3"),
    )
    assert [a.id for a in small_repo.list_articles()] == ["a1", "a3"]


def test_saved_span_reads_back_whole_and_is_counted(small_repo: Repository) -> None:
    span = _troops(small_repo)
    small_repo.save_span(span)
    assert small_repo.spans_for("a1") == [span]
    assert small_repo.list_articles() == [
        ArticleSummary("a1", "Titel", "todo", {"TROOPS": 1}),
    ]
    assert asdict(small_repo.stats()) == {
        "articles": 1,
        "spans": 1,
        "spans_by_label": {"TROOPS": 1, "LOSSES": 0, "WEAPONS": 0},
        "articles_by_status": {"todo": 1, "in_progress": 0, "done": 0},
        "articles_without_date": 1,
    }


def test_qualifiers_read_back_as_the_enum_not_as_text(small_repo: Repository) -> None:
    span = replace(_troops(small_repo), value=3000, qualifier=Qualifier.APPROX)
    small_repo.save_span(span)
    suggestion = proposed(
        "a1", TEXT, span.start, span.end, "LOSSES", score=0.5, qualifier=Qualifier.AT_LEAST
    )
    small_repo.store_suggestions("a1", [suggestion])
    [read] = small_repo.spans_for("a1")
    [suggested] = small_repo.suggestions_for("a1")
    # ``is``, not ``==``: a plain "approx" string equals the enum but is not one.
    assert read.qualifier is Qualifier.APPROX
    assert suggested.qualifier is Qualifier.AT_LEAST


def test_same_label_overlap_is_refused_other_labels_may_nest(small_repo: Repository) -> None:
    span = _troops(small_repo)
    small_repo.save_span(span)
    inner = make_span("a1", TEXT, span.start, span.start + 4, "TROOPS", "alice")
    with pytest.raises(SpanConflictError, match="3000 weitere Soldaten"):
        small_repo.save_span(inner)
    nested = replace(inner, label="LOSSES")
    small_repo.save_span(nested)
    # Another annotator's layer: the same label over the same words is theirs to mark.
    bobs = make_span("a1", TEXT, span.start, span.start + 4, "TROOPS", "bob")
    small_repo.save_span(bobs)
    assert small_repo.spans_for("a1") == [nested, bobs, span]


def test_span_must_match_its_article(small_repo: Repository) -> None:
    span = _troops(small_repo)
    with pytest.raises(RuleError, match="differs"):
        small_repo.save_span(replace(span, text="3000 andere Soldaten"))
    with pytest.raises(RuleError, match="outside"):
        small_repo.save_span(replace(span, end=len(TEXT) + 1))
    with pytest.raises(NotFoundError):
        small_repo.save_span(replace(span, article_id="nope"))
    assert small_repo.spans_for("a1") == []


def test_a_label_change_is_saved_and_a_delete_is_idempotent(small_repo: Repository) -> None:
    span = _troops(small_repo)
    small_repo.save_span(span)
    small_repo.save_span(replace(span, label="LOSSES"))  # how the window changes a label
    assert small_repo.spans_for("a1") == [replace(span, label="LOSSES")]
    small_repo.delete_span(span.id)
    small_repo.delete_span(span.id)
    assert small_repo.spans_for("a1") == []


def test_status_is_checked_and_saved(small_repo: Repository) -> None:
    small_repo.set_status("a1", "done")
    assert small_repo.article("a1").status == "done"
    # An unknown status is a bug in the caller, not something a user can type.
    with pytest.raises(ValueError, match="not a valid Status"):
        small_repo.set_status("a1", "finished")
    with pytest.raises(NotFoundError):
        small_repo.set_status("zz", "done")


def test_spans_survive_reopening(db_path: Path) -> None:
    repo = Repository.open(db_path)
    repo.add_articles([make_article("a1", TEXT)])
    span = _troops(repo)
    repo.save_span(span)
    repo.close()
    reopened = Repository.open(db_path)
    assert reopened.spans_for("a1") == [span]
    reopened.close()


def test_a_committed_span_is_visible_to_another_connection_at_once(db_path: Path) -> None:
    writer = Repository.open(db_path)
    writer.add_articles([make_article("a1", TEXT)])
    span = _troops(writer)
    writer.save_span(span)
    # No close: a crash right now must not lose the span.
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("select id from spans").fetchall() == [(span.id,)]
    writer.close()


def test_database_from_a_newer_claimmark_is_refused(db_path: Path) -> None:
    Repository.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at) "
            "values ('claimmark', 'm999_future', '2030-01-01')"
        )
    with pytest.raises(NewerSchemaError, match="m999_future"):
        Repository.open(db_path)
    assert "m999_future" not in KNOWN_STEPS


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not SQLite, just some text that is long enough " * 20)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Repository.open(bogus)


def test_an_import_cancelled_at_its_commit_writes_nothing(fresh_repo: Repository) -> None:
    record = Record(make_article("a1", "Titel\nKim schickte 3000 Soldaten.\n"), [])
    with pytest.raises(CancelledError):
        store_records(fresh_repo, [record], cancelled=lambda: True)
    assert fresh_repo.list_articles() == []


def test_an_upgrade_is_known_before_the_database_is_opened(db_path: Path, tmp_path: Path) -> None:
    assert not Repository.upgrade_pending(db_path)  # no file yet
    Repository.open(db_path).close()
    assert not Repository.upgrade_pending(db_path)  # up to date
    with sqlite3.connect(db_path) as conn:
        conn.execute("pragma user_version = 8")
    assert Repository.upgrade_pending(db_path)
    junk = tmp_path / "not-a-database.db"
    junk.write_text("hello", encoding="utf-8")
    assert not Repository.upgrade_pending(junk)


def _made_old(path: Path, marker: str, before: str = "m009_article_language") -> None:
    """Make ``path`` a database as Claimmark wrote it before the step ``before`` (by
    default schema 8, before articles had a language), with an article whose id is
    ``marker`` and a span on it, stored as that Claimmark stored them."""
    from claimmark.store._sqlite_utils import Database
    from claimmark.store.schema import migrations

    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    migrations.apply(db, stop_before=before)
    text = f"Titel\n{marker} schickte 3000 Soldaten."
    article = make_article(marker, text)
    db.execute(
        "insert into articles (id, title, text, status, text_hash, imported_at, position) "
        "values (?, ?, ?, 'todo', ?, '2026-01-01T00:00:00+00:00', 0)",
        [marker, article.title, text, article.text_hash],
    )
    db.execute(
        'insert into articles_fts (rowid, "title", "text") select rowid, title, text from articles'
    )
    start = text.index("3000")
    db.execute(
        'insert into spans (id, article_id, "start", "end", label, text, annotator, '
        "created_at, origin) values ('s1', ?, ?, ?, 'TROOPS', '3000 Soldaten', 'alice', "
        "'2026-01-01T00:00:00+00:00', 'manual')",
        [marker, start, start + len("3000 Soldaten")],
    )
    db.conn.commit()
    db.close()


def test_an_upgrade_moves_the_texts_out_and_keeps_every_article_span_and_word(
    db_path: Path,
) -> None:
    _made_old(db_path, "alt", before="m011_article_texts")
    repo = Repository.open(db_path)
    assert repo.article("alt").text == "Titel\nalt schickte 3000 Soldaten."
    assert [s.text for s in repo.spans_for("alt")] == ["3000 Soldaten"]
    assert [h.article_id for h in repo.search("Soldaten")] == ["alt"]
    repo.add_articles([make_article("neu", "Neu\nDrei Panzer rollten.")])
    assert [h.article_id for h in repo.search("Panzer")] == ["neu"]
    repo.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("pragma foreign_keys = on")  # outside a transaction, or it does nothing
        columns = [r[1] for r in conn.execute("pragma table_info(articles)")]
        assert "text" not in columns
        # The index agrees with the texts, and follows another program's edits.
        conn.execute("insert into articles_fts (articles_fts) values ('integrity-check')")
        conn.execute("update articles set title = 'Anders' where id = 'neu'")
        conn.execute("update article_texts set text = 'Anders\nZwei Haubitzen.' "
                     "where article_id = 'neu'")  # fmt: skip
        conn.execute("delete from articles where id = 'alt'")
        assert conn.execute("select count(*) from article_texts").fetchone() == (1,)
        conn.execute("insert into articles_fts (articles_fts) values ('integrity-check')")
    conn.close()
    repo = Repository.open(db_path)
    assert repo.search("Soldaten") == []
    assert repo.search("Panzer") == []
    assert [h.article_id for h in repo.search("Haubitzen")] == ["neu"]
    repo.close()


def _ids_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute("select id from articles order by id")]
    conn.close()
    return ids


def test_an_upgrade_run_again_never_replaces_the_copy_of_the_database_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimmark.store import connection

    _made_old(db_path, "as-the-user-had-it")
    copy = db_path.parent / f"{db_path.name}.before-upgrade-v8"

    def killed(_db: object) -> None:
        raise KeyboardInterrupt  # the process dies after the copy, during the upgrade

    monkeypatch.setattr(connection.migrations, "apply", killed)
    with pytest.raises(KeyboardInterrupt):
        Repository.open(db_path)
    monkeypatch.undo()
    assert _ids_in(copy) == ["as-the-user-had-it"]
    with sqlite3.connect(db_path) as conn:  # what the database holds after the killed run
        conn.execute("update articles set id = 'half-way'")
    conn.close()
    Repository.open(db_path).close()
    assert _ids_in(copy) == ["as-the-user-had-it"]
    assert _ids_in(db_path) == ["half-way"]
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_each_schema_step_is_told_as_it_starts(db_path: Path, tmp_path: Path) -> None:
    from claimmark.store import announced_steps
    from claimmark.store.schema import KNOWN_STEPS

    told: list[str] = []
    with announced_steps(told.append):
        Repository.open(tmp_path / "new.db").close()
    assert len(told) == len(KNOWN_STEPS)
    assert told[0].startswith("Write-ahead logging")
    _made_old(db_path, "old")
    told.clear()
    with announced_steps(told.append):
        Repository.open(db_path).close()
    assert told == [
        'Each article\'s language (de, en, or "" when it cannot be told).',
        "Each article's publication day (ISO 8601), outlet and URL, for the claim ledger.",
        "Article texts in a table of their own: a status change no longer rewrites the text.",
    ]
    Repository.open(db_path).close()
    assert len(told) == 3  # told only while someone listens
