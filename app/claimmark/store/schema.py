"""The database schema as numbered migration steps; a shipped step is never edited.

Each step also sets ``PRAGMA user_version`` to its number, so the schema version
is visible to any SQLite tool. Tables hold what their names say, with plain
columns, so the database reads well in ``sqlite-utils`` or Datasette.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from functools import wraps

from claimmark.core.labels import DEFAULT_LABELS
from claimmark.core.language import SAMPLE
from claimmark.core.language import detect_language
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.store._sqlite_utils import Database
from claimmark.store._sqlite_utils import Migrations

migrations = Migrations("claimmark")

KNOWN_STEPS: list[str] = []
"""Names of every step this build knows, in order; a database listing others is newer."""

_Step = Callable[[Database], None]

_listeners: list[Callable[[str], None]] = []


@contextmanager
def announced(listener: Callable[[str], None]) -> Iterator[None]:
    """Tell ``listener`` what each schema step run meanwhile does (in English; the
    window translates it), as it starts: an upgrade of a large project takes a while."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)


def _step(*, said: str, transactional: bool = True) -> Callable[[_Step], _Step]:
    """Register a step; ``said`` is what it does, as the upgrade notice tells it (the
    window translates it in context ``upgrade``)."""

    def register(func: _Step) -> _Step:
        KNOWN_STEPS.append(func.__name__)
        what = said

        @wraps(func)  # the step keeps its name: the database records it
        def said_and_run(db: Database) -> None:
            for listener in _listeners:
                listener(what)
            func(db)

        return migrations(transactional=transactional)(said_and_run)

    return register


@_step(
    transactional=False,
    said=QT_TRANSLATE_NOOP(
        "upgrade",
        "Write-ahead logging: readers never block the writer, and a crash loses nothing committed.",
    ),
)
def m000_wal(db: Database) -> None:
    """Write-ahead logging: readers never block the writer, and a crash loses nothing committed."""
    db.enable_wal()


@_step(said=QT_TRANSLATE_NOOP("upgrade", "Articles, the label set and the spans users mark."))
def m001_articles_labels_spans(db: Database) -> None:
    """Articles, the label set and the spans users mark."""
    db.execute(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'todo'
                CHECK (status IN ('todo', 'in_progress', 'done')),
            text_hash TEXT NOT NULL,
            source_path TEXT,
            imported_at TEXT NOT NULL,
            position INTEGER NOT NULL
        ) STRICT
        """
    )
    db.execute("CREATE INDEX articles_text_hash ON articles (text_hash)")
    db.execute(
        """
        CREATE TABLE labels (
            name TEXT PRIMARY KEY,
            key TEXT NOT NULL,
            colour TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE spans (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            "start" INTEGER NOT NULL CHECK ("start" >= 0),
            "end" INTEGER NOT NULL CHECK ("end" > "start"),
            label TEXT NOT NULL REFERENCES labels (name) ON UPDATE CASCADE,
            text TEXT NOT NULL,
            annotator TEXT NOT NULL,
            created_at TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'manual'
                CHECK (origin IN ('manual', 'detector', 'import')),
            value INTEGER,
            qualifier TEXT
                CHECK (qualifier IN ('exact', 'approx', 'at_least', 'more_than', 'up_to', 'vague')),
            source TEXT
        ) STRICT
        """
    )
    db.execute('CREATE INDEX spans_article_start ON spans (article_id, "start")')
    db.table("labels").insert_all(
        {
            "name": label.name,
            "key": label.key,
            "colour": label.colour,
            "description": label.description,
            "position": position,
        }
        for position, label in enumerate(DEFAULT_LABELS)
    )
    db.execute("PRAGMA user_version = 1")


@_step(
    said=QT_TRANSLATE_NOOP(
        "upgrade",
        "Detector suggestions with their review state, and when each article was last detected.",
    )
)
def m002_suggestions(db: Database) -> None:
    """Detector suggestions with their review state, and when each article was last detected."""
    db.execute(
        """
        CREATE TABLE suggestions (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            "start" INTEGER NOT NULL CHECK ("start" >= 0),
            "end" INTEGER NOT NULL CHECK ("end" > "start"),
            label TEXT NOT NULL REFERENCES labels (name) ON UPDATE CASCADE,
            text TEXT NOT NULL,
            value INTEGER,
            qualifier TEXT
                CHECK (qualifier IN ('exact', 'approx', 'at_least', 'more_than', 'up_to', 'vague')),
            source TEXT,
            score REAL NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'accepted', 'rejected')),
            span_id TEXT,
            detected_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute('CREATE INDEX suggestions_article_start ON suggestions (article_id, "start")')
    db.execute("ALTER TABLE articles ADD COLUMN detected_at TEXT")
    db.execute("PRAGMA user_version = 2")


@_step(
    transactional=False,
    said=QT_TRANSLATE_NOOP(
        "upgrade",
        "Full-text search over article titles and texts (FTS5, kept in sync by triggers).",
    ),
)
def m003_article_search(db: Database) -> None:
    """Full-text search over article titles and texts (FTS5, kept in sync by triggers).

    Not transactional: sqlite-utils' enable_fts runs a script, which commits. Run
    again after a failure, it finds or rebuilds the index.
    """
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, replace=True)
    db.execute("PRAGMA user_version = 3")


@_step(said=QT_TRANSLATE_NOOP("upgrade", "A free-text note on each span."))
def m004_span_notes(db: Database) -> None:
    """A free-text note on each span."""
    db.execute("ALTER TABLE spans ADD COLUMN note TEXT")
    db.execute("PRAGMA user_version = 4")


@_step(
    said=QT_TRANSLATE_NOOP(
        "upgrade", "Indexes for every query of the article list, import and the span counts."
    )
)
def m005_indexes_for_large_corpora(db: Database) -> None:
    """Indexes for every query of the article list, import and the span counts.

    Import order (``position``) is how every list is sorted and where new articles
    go; status and label filters read an index instead of every article.

    The search index is no longer filled by a trigger per inserted article: the
    store fills it in bulk in the same transaction (three times faster on import).
    It was also rebuilt for an article on every update, status changes included;
    now only when its title or text change (they never do).
    """
    db.execute('DROP TRIGGER IF EXISTS "articles_ai"')
    db.execute('DROP TRIGGER IF EXISTS "articles_au"')
    db.execute(
        """
        CREATE TRIGGER "articles_au" AFTER UPDATE OF title, text ON "articles" BEGIN
          INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "text")
            VALUES('delete', old.rowid, old."title", old."text");
          INSERT INTO "articles_fts" (rowid, "title", "text")
            VALUES (new.rowid, new."title", new."text");
        END
        """
    )
    db.execute("CREATE INDEX articles_position ON articles (position, id)")
    db.execute("CREATE INDEX articles_status_position ON articles (status, position, id)")
    db.execute("CREATE INDEX spans_article_label ON spans (article_id, label)")
    # The sources already given, offered as completions, are read from these alone.
    db.execute("CREATE INDEX spans_source ON spans (source) WHERE source IS NOT NULL")
    db.execute("CREATE INDEX suggestions_source ON suggestions (source) WHERE source IS NOT NULL")
    db.execute("PRAGMA user_version = 5")


@_step(
    said=QT_TRANSLATE_NOOP(
        "upgrade", "A free-text note on each article (what the annotator wants to say of it whole)."
    )
)
def m006_article_notes(db: Database) -> None:
    """A free-text note on each article (what the annotator wants to say of it whole)."""
    db.execute("ALTER TABLE articles ADD COLUMN note TEXT")
    db.execute("PRAGMA user_version = 6")


@_step(
    said=QT_TRANSLATE_NOOP(
        "upgrade",
        "Team work: several annotators' spans, statuses per annotator, adjudicated spans.",
    )
)
def m007_teams(db: Database) -> None:
    """Team work: several annotators' spans, statuses per annotator, adjudicated spans.

    The spans table is rebuilt, as SQLite cannot change a CHECK constraint: its
    origin takes any value of ``core.spans.Origin`` (``adjudicated`` is new; the
    store reads and writes only that type's values, and a later origin needs no
    rebuild), and
    ``taken_from`` names whose span an adjudicated span reproduces.

    ``annotator_statuses`` holds each annotator's status of an article in a
    database that merges several annotators' work; ``project_info`` what a
    database says of itself (whose share of a split corpus it is);
    ``rejected_disagreements`` the annotators' disagreements an adjudicator
    settled with no span.
    """
    db.execute(
        """
        CREATE TABLE spans_new (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            "start" INTEGER NOT NULL CHECK ("start" >= 0),
            "end" INTEGER NOT NULL CHECK ("end" > "start"),
            label TEXT NOT NULL REFERENCES labels (name) ON UPDATE CASCADE,
            text TEXT NOT NULL,
            annotator TEXT NOT NULL,
            created_at TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'manual',
            value INTEGER,
            qualifier TEXT
                CHECK (qualifier IN ('exact', 'approx', 'at_least', 'more_than', 'up_to', 'vague')),
            source TEXT,
            note TEXT,
            taken_from TEXT
        ) STRICT
        """
    )
    columns = (
        'id, article_id, "start", "end", label, text, annotator, created_at, origin, '
        "value, qualifier, source, note"
    )
    db.execute(f"INSERT INTO spans_new ({columns}) SELECT {columns} FROM spans")
    db.execute("DROP TABLE spans")
    db.execute("ALTER TABLE spans_new RENAME TO spans")
    db.execute('CREATE INDEX spans_article_start ON spans (article_id, "start")')
    db.execute("CREATE INDEX spans_article_label ON spans (article_id, label)")
    db.execute("CREATE INDEX spans_source ON spans (source) WHERE source IS NOT NULL")
    db.execute("CREATE INDEX spans_annotator ON spans (annotator, article_id)")
    db.execute(
        """
        CREATE TABLE annotator_statuses (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            annotator TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('todo', 'in_progress', 'done')),
            PRIMARY KEY (article_id, annotator)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX annotator_statuses_annotator ON annotator_statuses (annotator)")
    db.execute("CREATE TABLE project_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT")
    # A disagreement settled with no span at all leaves no gold span to show it is
    # settled: this remembers it.
    db.execute(
        """
        CREATE TABLE rejected_disagreements (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            decided_at TEXT NOT NULL,
            PRIMARY KEY (article_id, "start", "end")
        ) STRICT
        """
    )
    db.execute("PRAGMA user_version = 7")


@_step(
    said=QT_TRANSLATE_NOOP(
        "upgrade", "Suggestions learned from the annotators' spans, and words rejected too often."
    )
)
def m008_learning(db: Database) -> None:
    """Suggestions learned from the annotators' spans, and words rejected too often.

    A suggestion says where it came from: the rules (``rules``) or a span the
    annotator made (``learned``, with the article that span is in). Each
    rejection of a suggestion is counted per words and label; twice rejected,
    those words are not proposed with that label again.
    """
    db.execute("ALTER TABLE suggestions ADD COLUMN origin TEXT NOT NULL DEFAULT 'rules'")
    db.execute("ALTER TABLE suggestions ADD COLUMN learned_from TEXT")
    db.execute(
        """
        CREATE TABLE word_rejections (
            words TEXT NOT NULL,
            label TEXT NOT NULL,
            times INTEGER NOT NULL CHECK (times >= 0),
            PRIMARY KEY (words, label)
        ) STRICT
        """
    )
    db.execute("PRAGMA user_version = 8")


@_step(
    said=QT_TRANSLATE_NOOP(
        "upgrade", 'Each article\'s language (de, en, or "" when it cannot be told).'
    )
)
def m009_article_language(db: Database) -> None:
    """Each article's language (``de``, ``en``, or "" when it cannot be told).

    Articles stored before are read once here to tell it (about 0.1 ms each), a
    batch at a time.
    """
    db.execute("ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    # A batch at a time: read whole, 100,000 articles held 900 MB for this one step.
    last = -1
    while True:
        rows = db.execute(
            "select rowid, substr(text, 1, ?) from articles where rowid > ? "
            "order by rowid limit 2000",
            [SAMPLE, last],
        ).fetchall()
        if not rows:
            break
        db.conn.executemany(
            "update articles set language = ? where rowid = ?",
            ((detect_language(text), rowid) for rowid, text in rows),
        )
        last = rows[-1][0]
    db.execute("PRAGMA user_version = 9")


@_step(
    said=QT_TRANSLATE_NOOP(
        "upgrade",
        "Each article's publication day (ISO 8601), outlet and URL, for the claim ledger.",
    )
)
def m010_article_metadata(db: Database) -> None:
    """Each article's publication day (ISO 8601), outlet and URL, for the claim ledger.

    All three may be unknown (NULL); a day is stored as ``YYYY-MM-DD`` only.
    """
    db.execute(
        "ALTER TABLE articles ADD COLUMN published TEXT "
        "CHECK (published IS NULL OR published GLOB "
        "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"
    )
    db.execute("ALTER TABLE articles ADD COLUMN outlet TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN url TEXT")
    # With the place in the list: the ledger walks articles by day, then by place.
    db.execute("CREATE INDEX articles_published ON articles (published, position, id)")
    db.execute("PRAGMA user_version = 10")


@_step(
    said=QT_TRANSLATE_NOOP(
        "upgrade",
        "Article texts in a table of their own: a status change no longer rewrites the text.",
    )
)
def m011_article_texts(db: Database) -> None:
    """Article texts in a table of their own: a status change no longer rewrites the text.

    SQLite writes a changed row whole: with the text in ``articles``, marking the first
    span of a 2 MB article (its status goes to "in progress") wrote 2 MB and took 10 ms
    of the key. ``article_texts`` holds each text once, by article id; the search index
    reads titles and texts through the ``article_contents`` view and is built again
    here, once (the upgrade of 100,000 articles reads them all).
    """
    db.execute(
        """
        CREATE TABLE article_texts (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            text TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute("INSERT INTO article_texts (article_id, text) SELECT id, text FROM articles")
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
    db.execute('DROP TABLE IF EXISTS "articles_fts"')
    db.execute("ALTER TABLE articles DROP COLUMN text")
    db.execute(
        """
        CREATE VIEW article_contents AS
          SELECT a.rowid AS rowid, a.title AS title, t.text AS text
          FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id
        """
    )
    db.execute(
        'CREATE VIRTUAL TABLE "articles_fts" USING FTS5 ("title", "text", '
        'content="article_contents")'
    )
    db.execute('INSERT INTO "articles_fts" ("articles_fts") VALUES (\'rebuild\')')
    # New articles are indexed by the store, in bulk (as since m005). Other programs'
    # deletions and edits keep the index true: an article's text goes with it (cascade),
    # so its words are taken out of the index before. A trigger reads the article's
    # words through the two tables: the view can have no triggers of its own.
    by_article = "{row}.rowid, {row}.title, t.text FROM article_texts AS t"
    by_article += " WHERE t.article_id = {row}.id"
    by_text = "a.rowid, a.title, {row}.text FROM articles AS a WHERE a.id = {row}.article_id"
    for name, event, words in (
        ("articles_bd", 'BEFORE DELETE ON "articles"', by_article),
        ("articles_au", 'AFTER UPDATE OF title ON "articles"', by_article),
        ("article_texts_au", 'AFTER UPDATE OF text ON "article_texts"', by_text),
    ):
        statements = [_unindexed(words.format(row="old"))]
        if "UPDATE" in event:
            statements.append(_indexed(words.format(row="new")))
        db.execute(f'CREATE TRIGGER "{name}" {event} BEGIN {" ".join(statements)} END')
    db.execute("PRAGMA user_version = 11")


SCHEMA_VERSION = 11
"""The ``user_version`` a database has once every step of this build is applied."""


def _unindexed(article: str) -> str:
    """Return the statement that takes an article's words out of the search index."""
    return (
        'INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "text") '
        f"SELECT 'delete', {article};"
    )


def _indexed(article: str) -> str:
    """Return the statement that puts an article's words into the search index."""
    return f'INSERT INTO "articles_fts" (rowid, "title", "text") SELECT {article};'
