"""The repository: one method per operation, one transaction each; rows become dataclasses here."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from filelock import FileLock, Timeout

from claimmark.core.articles import STATUSES, Article, ArticleSummary, Listing, Status
from claimmark.core.errors import CancelledError, NotFoundError, RuleError
from claimmark.core.importing import ImportPlan, OnDuplicate, Stored, UnknownLabels, plan_import
from claimmark.core.labels import Label, label_problems
from claimmark.core.learning import Stretched, allowed, blocked
from claimmark.core.problems import ImportProblem
from claimmark.core.records import Record
from claimmark.core.search import SearchHit, find_hits
from claimmark.core.spans import (
    QUALIFIERS,
    SPAN_FIELDS,
    Origin,
    Span,
    SpanIndex,
    check_no_overlap,
    now_iso,
)
from claimmark.core.suggestions import (
    DETECTED,
    SUGGESTION_FIELDS,
    StoredSuggestion,
    SuggestionState,
    joined,
    origins_of,
)
from claimmark.store._sqlite_utils import Database
from claimmark.store.errors import (
    DatabaseBusyError,
    NewerSchemaError,
    ReadOnlyError,
    StoreError,
)
from claimmark.store.files import OpenedFiles, copy_database, database_files
from claimmark.store.schema import KNOWN_STEPS, SCHEMA_VERSION, migrations

_SPAN_COLUMNS = SPAN_FIELDS
_SPAN_SELECT = "select " + ", ".join(f'"{c}"' for c in _SPAN_COLUMNS) + " from spans"
_SPAN_INSERT = (
    "insert into spans ("
    + ", ".join(f'"{c}"' for c in _SPAN_COLUMNS)
    + ") values ("
    + ", ".join("?" for _ in _SPAN_COLUMNS)
    + ")"
)
_SUGGESTION_COLUMNS = SUGGESTION_FIELDS
# Columns a new suggestion gets from the store, not from the detector: in this order.
_SET_ON_INSERT = ("state", "span_id", "detected_at")
_SUGGESTION_INSERT = (
    "insert into suggestions ("
    + ", ".join(f'"{c}"' for c in _SUGGESTION_COLUMNS if c not in _SET_ON_INSERT)
    + ', "state", "span_id", "detected_at") values ('
    + ", ".join("?" for _ in _SUGGESTION_COLUMNS)
    + ")"
)
_SUGGESTION_SELECT = (
    "select " + ", ".join(f'"{c}"' for c in _SUGGESTION_COLUMNS) + " from suggestions"
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What adding articles did.

    Attributes:
        added: ids of the articles stored.
        skipped: ``(id, reason)`` for each article already present (same id or same text).
    """

    added: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()


@dataclass
class ImportSummary:
    """What importing records did.

    Attributes:
        added: ids of new articles.
        merged: ids of articles already present that received spans.
        skipped: ``(id, reason)`` of articles already present and left alone.
        spans: how many spans were stored.
        labels_added: labels that were new to the project and were added.
        problems: spans that could not be stored, and why.
    """

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    spans: int = 0
    labels_added: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def extend(self, other: ImportSummary) -> None:
        """Add what another import (a later batch of the same one) did."""
        self.added.extend(other.added)
        self.merged.extend(other.merged)
        self.skipped.extend(other.skipped)
        self.spans += other.spans
        self.labels_added.extend(other.labels_added)
        self.problems.extend(other.problems)


@dataclass(frozen=True, slots=True)
class DeletedLabel:
    """A deleted label with what it took along, so undo can put everything back."""

    label: Label
    position: int
    spans: tuple[Span, ...]
    suggestions: tuple[StoredSuggestion, ...]


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts over the whole database."""

    articles: int
    spans: int
    spans_by_label: dict[str, int] = field(default_factory=dict)
    articles_by_status: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready dict."""
        return {
            "articles": self.articles,
            "spans": self.spans,
            "spans_by_label": self.spans_by_label,
            "articles_by_status": self.articles_by_status,
        }


_ALL = Listing()


_FINISHED = (
    ", (select count(*) from annotator_statuses s where s.article_id = articles.id "
    "and s.status = 'done')"
)
"""How many annotators marked an article done: the everyone layer of a team database."""

_OWN_STATUS: tuple[str, list[Any]] = ("status", [])
"""The status column of the database's own annotator (the lead's, in a team database)."""

_LAYER_STATUS = (
    "coalesce((select s.status from annotator_statuses s where s.article_id = articles.id "
    "and s.annotator = ?), 'todo')"
)
"""One annotator's own status of an article (merged from their database), "to do" if none."""


def _listing_where(
    listing: Listing, joiner: str = "where", status: tuple[str, list[Any]] = _OWN_STATUS
) -> tuple[str, list[Any]]:
    """Return the SQL condition of a listing (`` where ...`` or `` and ...``) and its values;
    ``status`` is the status expression and its values (see ``Repository._status_column``)."""
    clauses: list[str] = []
    params: list[Any] = []
    if listing.status is not None:
        clauses.append(f"{status[0]} = ?")
        params += [*status[1], Status(listing.status).value]
    if listing.label is not None:
        whose = "" if listing.annotator is None else " and spans.annotator = ?"
        clauses.append(
            "exists (select 1 from spans where spans.article_id = articles.id "
            f"and spans.label = ?{whose})"
        )
        params.append(listing.label)
        if listing.annotator is not None:
            params.append(listing.annotator)
    if not clauses:
        return "", []
    return f" {joiner} " + " and ".join(clauses), params


_ORIGIN = _SPAN_COLUMNS.index("origin")
_STATE = list(SUGGESTION_FIELDS).index("state")


def _span_from_row(row: dict[str, Any]) -> Span:
    return Span(**{**{c: row[c] for c in _SPAN_COLUMNS}, "origin": Origin(row["origin"])})


_STATUS_VALUES = tuple(status.value for status in STATUSES)
_ORIGIN_VALUES = tuple(origin.value for origin in Origin)


def _checked_span(row: Sequence[Any], articles: Mapping[str, Article]) -> tuple[Span | None, str]:
    """Return a span row as a Span, or ``None`` and what is wrong with it: a value the
    schema's checks refuse, which another program may have written with them off."""
    values = dict(zip(_SPAN_COLUMNS, row, strict=True))
    where = f"span {values['id']} in article {values['article_id']}"
    if values["origin"] not in _ORIGIN_VALUES:
        return None, f"{where}: origin {values['origin']!r} is none of {', '.join(_ORIGIN_VALUES)}"
    if values["qualifier"] not in (None, *QUALIFIERS):
        return (
            None,
            f"{where}: qualifier {values['qualifier']!r} is none of {', '.join(QUALIFIERS)}",
        )
    if values["value"] is not None and not isinstance(values["value"], int):
        return None, f"{where}: value {values['value']!r} is not a whole number"
    span = _span_from_values(row)
    article = articles.get(span.article_id)
    if article is not None:
        try:
            _check_fits(span, span.article_id, article.text)
        except RuleError as wrong:
            return None, f"{where}: {wrong}"
    return span, ""


def _span_from_values(values: Sequence[Any]) -> Span:
    """Build a span from a row of ``_SPAN_SELECT`` as a tuple (the fast path for many)."""
    values = list(values)
    values[_ORIGIN] = Origin(values[_ORIGIN])
    return Span(*values)


def _suggestion_from_values(values: Sequence[Any]) -> StoredSuggestion:
    values = list(values)
    values[_STATE] = SuggestionState(values[_STATE])
    return StoredSuggestion(*values)


def _span_to_row(span: Span) -> dict[str, Any]:
    return {c: getattr(span, c) for c in _SPAN_COLUMNS}


def _suggestion_from_row(row: dict[str, Any]) -> StoredSuggestion:
    return StoredSuggestion(
        **{**{c: row[c] for c in _SUGGESTION_COLUMNS}, "state": SuggestionState(row["state"])}
    )


def _article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        status=Status(row["status"]),
        text_hash=row["text_hash"],
        source_path=row["source_path"],
        note=row.get("note") or "",
        language=row.get("language") or "",
    )


def _check_fits(span: Span, article_id: str, text: str) -> None:
    """Raise RuleError unless ``span`` lies inside ``text`` and says what stands there."""
    _check_stretch(span, article_id, len(text), text[span.start : span.end])


def _check_stretch(span: Span, article_id: str, length: int, there: str) -> None:
    """Raise RuleError unless ``span`` lies inside an article of ``length`` characters and
    ``there``, what the article holds at its offsets, is its text."""
    if not 0 <= span.start < span.end <= length:
        raise RuleError(
            f"span {span.start}-{span.end} is outside article {article_id} ({length} characters)"
        )
    if there != span.text:
        raise RuleError(
            f"span text {span.text!r} differs from the article's "
            f"{there!r} at {span.start}-{span.end}"
        )


def _applied_steps(db: Database) -> list[str]:
    """Return the schema steps of ours applied to ``db``, reading only (no table is made)."""
    if not db.table("_sqlite_migrations").exists():
        return []
    return [
        r["name"]
        for r in db.query(
            "select name from _sqlite_migrations where migration_set = ? order by id",
            [migrations.name],
        )
    ]


def _writable(path: Path) -> bool:
    """Return whether the database file and its folder (for WAL's files) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open_read_only(path: Path) -> Database:
    """Connect to a database for reading only.

    In a folder that cannot be written, WAL cannot make its shared-memory file. With
    no write-ahead log left beside the database, SQLite is told the file will not
    change (``immutable``): nobody can write there. A log that holds commits (a
    process killed before it checkpointed) is read through the shared-memory file
    left beside it; without that file SQLite cannot read it, and the database is
    refused rather than shown without the work the log holds.

    Raises:
        StoreError: committed work is in a log SQLite cannot read here.
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    holds_commits = wal.is_file() and wal.stat().st_size > 0
    if not os.access(path.parent, os.W_OK):
        if not holds_commits:
            uri += "&immutable=1"
        elif not (shm.is_file() and os.access(shm, os.R_OK)):
            raise StoreError(_unreadable_log(path, wal))
    db = Database(sqlite3.connect(uri, uri=True))
    if holds_commits:
        try:
            db.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.Error as error:
            db.close()
            raise StoreError(_unreadable_log(path, wal)) from error
    return db


def _unreadable_log(path: Path, wal: Path) -> str:
    return (
        f"{path}: committed work is in its write-ahead log {wal.name}, which cannot be "
        f"read in a folder that cannot be written; make {path.parent} writable and open "
        "the project once (Claimmark then folds the log into the database)"
    )


def _remove_if_empty(path: Path) -> None:
    """Remove a database file (and its companions) that holds nothing: the open that made
    it failed, and a 0-byte file would be taken for an empty project later."""
    for file in database_files(path):
        with contextlib.suppress(OSError):
            if file.stat().st_size == 0:
                file.unlink()


def _user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _user_tables(db: Database) -> list[str]:
    return [t for t in db.table_names() if not t.startswith("sqlite_")]


def _not_ours(name: str, holds: str) -> StoreError:
    return StoreError(
        f"{name} is not a Claimmark database (it holds {holds}); Claimmark opens another "
        "program's database only if it is empty. Nothing was changed."
    )


def _refuse_foreign_tables(db: Database, name: str) -> None:
    """Refuse, before any lock or write, a database whose tables are not ours at all.

    Raises:
        StoreError: it holds tables, and no record of schema steps.
    """
    tables = _user_tables(db)
    if tables and "_sqlite_migrations" not in tables:
        raise _not_ours(name, ", ".join(tables[:5]))


def _refuse_newer(db: Database, name: str) -> None:
    """Raise NewerSchemaError if a newer Claimmark wrote ``db`` (steps this build does not
    know, or a higher version): final, whatever another process is doing to it."""
    applied = _applied_steps(db)
    version = _user_version(db)
    unknown = sorted(set(applied) - set(KNOWN_STEPS))
    if unknown or version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{name} was written by a newer Claimmark (schema "
            f"{', '.join(unknown) or f'version {version}'}); open it with that version."
        )


def _check_is_ours(db: Database, name: str) -> bool:
    """Return whether ``db`` holds Claimmark's schema (False: it is empty, so new).

    Raises:
        StoreError: it is another program's database (it has tables but none of
            our marks); nothing was written to it.
        NewerSchemaError: a newer Claimmark wrote it.
    """
    _refuse_newer(db, name)
    applied = _applied_steps(db)
    version = _user_version(db)
    if applied:
        return True
    tables = _user_tables(db)
    if tables or version:
        raise _not_ours(name, ", ".join(tables[:5]) or f"schema version {version}")
    return False


def _bring_up_to_date(db: Database, name: str) -> bool:
    """Apply the schema steps ``db`` lacks, one process at a time; return if it was new.

    Two processes opening a new database at once would both create its tables:
    a lock file beside it makes the second wait, then find the steps applied.
    Whether the database is ours is decided under the lock too, so a database
    another process is setting up is not taken for a stranger's. One that already
    has steps is first copied aside (:func:`before_upgrade_path`), so a failed upgrade
    loses nothing.

    Raises:
        StoreError: it is another program's database, or another process held the
            lock for a minute.
        NewerSchemaError: a newer Claimmark wrote it.
    """
    if name == ":memory:":
        new = not _check_is_ours(db, name)
        migrations.apply(db)
        return new
    # A newer schema is refused before any lock file is made beside it. Whether the
    # database is ours at all is asked under the lock only: another process may be
    # setting it up this moment.
    _refuse_newer(db, name)
    try:
        with FileLock(f"{name}.lock", timeout=60):
            new = not _check_is_ours(db, name)
            if not new and len(_applied_steps(db)) < len(KNOWN_STEPS):
                _copy_before_upgrade(db, name)
            migrations.apply(db)
            return new
    except Timeout as error:
        raise StoreError(
            f"{name}: another Claimmark has been setting up this database for a minute; "
            "try again when it is done"
        ) from error
    except OSError as error:  # the lock file is another user's, or no file at all
        raise StoreError(
            f"{name}: cannot take its lock file {name}.lock ({error.strerror or error}); "
            "if no Claimmark is setting the database up, remove that file"
        ) from error


def before_upgrade_path(database: str | Path, version: int) -> Path:
    """Return where the copy of ``database`` as it was at schema ``version`` is kept."""
    return Path(f"{database}.before-upgrade-v{version}")


def _copy_before_upgrade(db: Database, name: str) -> None:
    """Copy the database aside before its schema is upgraded, once per schema version.

    An upgrade killed midway leaves the database between versions; the next open
    upgrades again and must not copy that over the copy of the database as the user
    had it. So a copy is named by the version it holds, never replaced, and written
    aside and renamed into place only when complete (a killed copy is no copy).
    """
    target = before_upgrade_path(name, _user_version(db))
    if not target.exists():
        copy_database(db.conn, target)


@contextlib.contextmanager
def _writing(db: Database, read_only: bool = False) -> Iterator[None]:
    """One write transaction that waits its turn.

    sqlite-utils' ``atomic()`` opens a deferred ``BEGIN``: a transaction that
    reads first and then writes is refused at once ("database is locked") when
    another connection writes, without waiting the busy timeout. ``BEGIN
    IMMEDIATE`` takes the write lock first, waiting up to the busy timeout.
    Inside a transaction, a savepoint (nested writes are one transaction).

    Raises:
        ReadOnlyError: the database is open read-only.
    """
    if read_only:
        raise ReadOnlyError(
            "the database is open read-only (the file or its folder cannot be written): "
            "changes cannot be saved"
        )
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


_WAIT_FOR_WRITERS_MS = 5000
"""How long a write waits for another connection's write to end."""

# SQLite allows 999 variables in a statement in older builds; two per article here.
_CHUNK = 400

_T = TypeVar("_T")


def _batches(items: Sequence[_T]) -> Iterator[tuple[Sequence[_T], str]]:
    """Yield ``items`` ``_CHUNK`` at a time, each batch with its ``?, ?, ...`` marks for
    an ``in (...)`` clause."""
    for start in range(0, len(items), _CHUNK):
        batch = items[start : start + _CHUNK]
        yield batch, ", ".join("?" for _ in batch)


@contextlib.contextmanager
def _environment_errors(path: str) -> Iterator[None]:
    """Turn SQLite's environment failures into a StoreError that names the database."""
    try:
        yield
    except sqlite3.IntegrityError:
        raise  # a bug or a rule we check ourselves, not the environment
    except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
        if "locked" in str(error) or "busy" in str(error):
            raise DatabaseBusyError(
                f"{path} is busy: another program has been writing to it for longer than "
                "a write waits"
            ) from error
        raise StoreError(f"{path}: {error}") from error


class Repository:
    """Articles, labels and spans in one SQLite database.

    Every write method is one transaction, committed before it returns.
    Open one repository per thread: a connection is never shared.

    Attributes:
        path: the database file (``":memory:"`` for an in-memory database).
        created: whether this open created the schema, i.e. the database was new.
        read_only: it can be read, not changed (every write raises ReadOnlyError).
    """

    def __init__(self, db: Database, path: str, created: bool, read_only: bool = False) -> None:
        self._db = db
        self.path = path
        self.created = created
        self.read_only = read_only
        # Which files this connection writes into, to notice another process deleting
        # them (store/files.py); a read-only or in-memory database writes none.
        self._files = (
            None if read_only or path == ":memory:" else OpenedFiles(os.path.abspath(path))
        )

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction that waits its turn (see :func:`_writing`), into the files
        this connection opened: checked before it begins and after it commits.

        Raises:
            DatabaseReplacedError: another program deleted or replaced the database's
                files (after the commit: the change may be in a deleted file).
        """
        if self._files is None or self._db.conn.in_transaction:
            with _writing(self._db, self.read_only):
                yield
            return
        self._files.check()
        with _writing(self._db, self.read_only):
            yield
        self._files.check(after_write=True)

    @classmethod
    def open(
        cls, path: str | Path, create: bool = True, read_only: bool | None = None
    ) -> Repository:
        """Open the database at ``path`` and bring its schema up to date.

        Args:
            path: the database file, or ``":memory:"``.
            create: make the database (and its folder) if it does not exist; if
                false, a missing database is an error, so a mistyped path is never
                taken for an empty project.
            read_only: open it for reading only; ``None``: when the file or its
                folder cannot be written (reading needs no write).

        Raises:
            NewerSchemaError: the database was written by a newer Claimmark.
            StoreError: the file is not a database, cannot be read or written, or is
                missing and ``create`` is false.
        """
        name = str(path)
        if name != ":memory:" and not create and not Path(path).exists():
            raise StoreError(
                f"{name}: there is no such database (check the path; "
                "claimmark import or the window create one)"
            )
        if read_only is None:
            read_only = name != ":memory:" and Path(path).exists() and not _writable(Path(path))
        with _environment_errors(name):
            existed = True  # whether the file was there before this open (made: removed)
            if name == ":memory:":
                db = Database(memory=True)
            elif read_only:
                db = _open_read_only(Path(path))
            else:
                try:
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                except OSError as error:
                    raise StoreError(f"{name}: cannot create its folder: {error}") from error
                existed = Path(path).exists()
                db = Database(path)
            try:
                db.execute("PRAGMA foreign_keys = ON")
                # A second connection (a worker, another window) waits instead of failing.
                db.execute(f"PRAGMA busy_timeout = {_WAIT_FOR_WRITERS_MS}")
                # Each commit reaches the disk before it returns, WAL or not: an
                # acknowledged change survives a power cut, not only a killed process.
                db.execute("PRAGMA synchronous = FULL")
                # 32 MB of page cache (the default is 2 MB): a large project's indexes
                # are read and written at random by imports and the article list.
                db.execute("PRAGMA cache_size = -32768")
                applied = _applied_steps(db)
                created = not applied
                if set(applied) != set(KNOWN_STEPS) or _user_version(db) > SCHEMA_VERSION:
                    _refuse_foreign_tables(db, name)
                    if read_only:
                        _check_is_ours(db, name)
                        raise StoreError(
                            f"{name} needs an upgrade to this Claimmark's schema, but it is "
                            "read-only; open it where it can be written once"
                        )
                    created = _bring_up_to_date(db, name)
            except BaseException:
                db.close()
                if not existed:
                    _remove_if_empty(Path(path))  # what this failed open made, nothing else
                raise
        return cls(db, name, created, read_only)

    @staticmethod
    def upgrade_pending(path: str | Path) -> bool:
        """Return whether opening ``path`` will upgrade an existing database's schema (which
        may take a while on a large one); ``False`` when in doubt."""
        if str(path) == ":memory:" or not Path(path).is_file():
            return False
        try:
            connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
            try:
                version = int(connection.execute("pragma user_version").fetchone()[0])
            finally:
                connection.close()
        except sqlite3.Error:
            return False
        return 0 < version < SCHEMA_VERSION

    def close(self) -> None:
        """Close the connection; the repository cannot be used afterwards."""
        self._db.close()

    @property
    def private(self) -> bool:
        """Return whether no other connection can see this database (it is in memory)."""
        return self.path == ":memory:"

    @property
    def folder(self) -> Path | None:
        """Return the folder the database file is in (``None`` in memory)."""
        return None if self.private else Path(self.path).parent

    def reopen(self) -> Repository:
        """Open another connection to the same database, e.g. for another thread.

        Raises:
            StoreError: the database is in memory (no other connection sees it), or
                cannot be opened.
        """
        if self.private:
            raise StoreError("an in-memory database has no other connection")
        return Repository.open(self.path)

    def back_up(self, target: Path) -> None:
        """Copy the whole database to ``target`` through SQLite's online backup.

        Other connections may go on writing meanwhile; the copy is one consistent
        state. It is written beside ``target`` and renamed into place when complete.

        Raises:
            StoreError: the database cannot be read, or the copy cannot be written.
            OSError: ``target``'s folder cannot be written.
        """
        try:
            copy_database(self._db.conn, target)
        except sqlite3.Error as error:
            # Either side: a damaged source or a full disk under the copy.
            raise StoreError(f"Could not copy {self.path} to {target}: {error}") from error

    def damage(self, most: int = 5) -> list[str]:
        """Return what SQLite's ``quick_check`` finds wrong with the database file (at most
        ``most`` findings); empty when it is sound. Reads every page: seconds on a large
        project, so only commands that vouch for the file (stats, backup) ask."""
        with _environment_errors(self.path):
            found = [row[0] for row in self._db.execute(f"PRAGMA quick_check({int(most)})")]
        lines = [line for f in found for line in f.splitlines() if not line.startswith("***")]
        return [] if found == ["ok"] else lines[:most]

    def wait_for_writers(self, seconds: float) -> None:
        """Set how long a write waits for another writer before DatabaseBusyError (5 s)."""
        with _environment_errors(self.path):
            self._db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def data_version(self) -> int:
        """Return a number that changes whenever another connection commits a change."""
        with _environment_errors(self.path):
            return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def is_empty(self) -> bool:
        """Return whether the database holds no article."""
        with _environment_errors(self.path):
            return self._db.execute("select 1 from articles limit 1").fetchone() is None

    @property
    def journal_mode(self) -> str:
        """Return SQLite's journal mode for this database (``wal`` for files)."""
        return str(self._db.execute("PRAGMA journal_mode").fetchone()[0])

    @property
    def schema_version(self) -> int:
        """Return ``PRAGMA user_version``: the number of the last schema step applied."""
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _row(self, kind: str, select: str, row_id: str) -> dict[str, Any]:
        """Return the one row ``select`` finds by id, or raise NotFoundError for a ``kind``."""
        with _environment_errors(self.path):
            rows = list(self._db.query(select + " where id = ?", [row_id]))
        if not rows:
            raise NotFoundError(kind, row_id)
        return rows[0]

    # Labels -------------------------------------------------------------

    def labels(self) -> list[Label]:
        """Return the label set in display order."""
        with _environment_errors(self.path):
            return [
                Label(r["name"], r["key"], r["colour"], r["description"])
                for r in self._db.query(
                    "select name, key, colour, description from labels order by position"
                )
            ]

    def save_label(self, label: Label, old_name: str | None = None) -> None:
        """Add a label, or change the label called ``old_name`` (renaming carries its spans).

        Raises:
            RuleError: the label is not valid among the others (see ``label_problems``).
            NotFoundError: there is no label ``old_name``.
        """
        with _environment_errors(self.path), self._writing():
            # An edit is checked against the other labels; a new label against all.
            others = [lb for lb in self.labels() if old_name is None or lb.name != old_name]
            problems = label_problems(label, others)
            if problems:
                raise RuleError(f"label {label.name} not saved: {'; '.join(problems)}")
            row = {
                "name": label.name,
                "key": label.key,
                "colour": label.colour,
                "description": label.description,
            }
            if old_name is None:
                position = self._db.execute(
                    "select coalesce(max(position) + 1, 0) from labels"
                ).fetchone()[0]
                self._db.table("labels").insert({**row, "position": position})
                return
            # ON UPDATE CASCADE renames the label on its spans and suggestions too.
            cursor = self._db.execute(
                "update labels set name = ?, key = ?, colour = ?, description = ? where name = ?",
                [label.name, label.key, label.colour, label.description, old_name],
            )
            if cursor.rowcount == 0:
                raise NotFoundError("label", old_name)

    def set_label_set(self, labels: Sequence[Label]) -> None:
        """Make ``labels`` the project's labels, in order, in place of those it has.

        Only for a project no span or suggestion uses a label of yet (a new share of a
        split corpus): it replaces, it does not rename.

        Raises:
            RuleError: a span or suggestion is stored, or the labels are not valid together.
        """
        for n, label in enumerate(labels):
            problems = label_problems(label, [*labels[:n], *labels[n + 1 :]])
            if problems:
                raise RuleError(f"label {label.name} not usable: {'; '.join(problems)}")
        with _environment_errors(self.path), self._writing():
            used = self._db.execute(
                "select (select count(*) from spans) + (select count(*) from suggestions)"
            ).fetchone()[0]
            if used:
                raise RuleError("The label set can only be replaced before anything is marked.")
            self._db.execute("delete from labels")
            self._db.table("labels").insert_all(
                {**asdict(label), "position": n} for n, label in enumerate(labels)
            )

    def label_use(self, name: str) -> tuple[int, int]:
        """Return how many spans and suggestions carry the label."""
        with _environment_errors(self.path):
            spans = self._db.execute("select count(*) from spans where label = ?", [name])
            suggestions = self._db.execute(
                "select count(*) from suggestions where label = ?", [name]
            )
            return spans.fetchone()[0], suggestions.fetchone()[0]

    def delete_label(self, name: str) -> DeletedLabel:
        """Delete a label with its spans and suggestions; return them, to restore on undo."""
        with _environment_errors(self.path), self._writing():
            label = next((lb for lb in self.labels() if lb.name == name), None)
            if label is None:
                raise NotFoundError("label", name)
            position = self._db.execute(
                "select position from labels where name = ?", [name]
            ).fetchone()[0]
            spans = [
                _span_from_row(r) for r in self._db.query(_SPAN_SELECT + " where label = ?", [name])
            ]
            suggestions = [
                _suggestion_from_row(r)
                for r in self._db.query(_SUGGESTION_SELECT + " where label = ?", [name])
            ]
            self._db.execute("delete from spans where label = ?", [name])
            self._db.execute("delete from suggestions where label = ?", [name])
            self._db.execute("delete from labels where name = ?", [name])
        return DeletedLabel(label, position, tuple(spans), tuple(suggestions))

    def restore_label(self, deleted: DeletedLabel) -> None:
        """Put back a deleted label, at its place in the list, with its spans and suggestions."""
        label = deleted.label
        with _environment_errors(self.path), self._writing():
            self._db.execute(
                "update labels set position = position + 1 where position >= ?",
                [deleted.position],
            )
            self._db.table("labels").insert(
                {
                    "name": label.name,
                    "key": label.key,
                    "colour": label.colour,
                    "description": label.description,
                    "position": deleted.position,
                }
            )
            for span in deleted.spans:
                self._db.table("spans").insert(_span_to_row(span))
            self._db.table("suggestions").insert_all(
                {c: getattr(s, c) for c in _SUGGESTION_COLUMNS} for s in deleted.suggestions
            )

    def import_records(
        self,
        records: Iterable[Record],
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        unknown_labels: UnknownLabels = UnknownLabels.ADD,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> ImportSummary:
        """Store imported articles, their spans and new labels in one transaction.

        What is new, merged or refused is planned by :func:`core.importing.plan_import`
        (see there for the policies); this carries the plan out with bulk inserts.

        Args:
            records: what a reader found.
            on_duplicate: what to do with an article already present (same id or text).
            unknown_labels: what to do with labels the project lacks.
            cancelled: asked just before the commit; if it answers yes, the
                transaction is rolled back and CancelledError raised, so a
                cancelled import writes nothing however late the cancel came.

        Raises:
            CancelledError: ``cancelled()`` was true at the commit.
        """
        records = list(records)
        with _environment_errors(self.path), self._writing():
            stored = self._stored_matching([r.article for r in records])
            stored_spans = (
                {s.id: self.spans_for(s.id) for s in stored}
                if on_duplicate == OnDuplicate.MERGE
                else {}
            )
            plan = plan_import(
                records, stored, stored_spans, self.labels(), on_duplicate, unknown_labels
            )
            self._carry_out(plan)
            if cancelled():
                # Leaving atomic() by an exception rolls the whole import back.
                raise CancelledError("Import cancelled; nothing was imported.")
        return ImportSummary(
            added=plan.added,
            merged=plan.merged,
            skipped=plan.skipped,
            spans=len(plan.spans),
            labels_added=[label.name for label in plan.labels],
            problems=plan.problems,
        )

    def _stored_matching(self, articles: Sequence[Article]) -> list[Stored]:
        """Return the stored articles with the id or the text of one of ``articles``."""
        found: dict[str, Stored] = {}
        for batch, marks in _batches(articles):
            ids = [a.id for a in batch]
            hashes = [a.text_hash for a in batch]
            for row in self._db.query(
                f"select id, text_hash, status from articles where id in ({marks}) "
                f"or text_hash in ({marks})",
                [*ids, *hashes],
            ):
                found[row["id"]] = Stored(row["id"], row["text_hash"], Status(row["status"]))
        return list(found.values())

    def _carry_out(self, plan: ImportPlan) -> None:
        """Insert a plan's labels, articles and spans (inside the caller's transaction)."""
        label_position = self._db.execute(
            "select coalesce(max(position) + 1, 0) from labels"
        ).fetchone()[0]
        self._db.table("labels").insert_all(
            {**asdict(label), "position": label_position + n} for n, label in enumerate(plan.labels)
        )
        self._insert_articles(plan.articles)
        self._db.conn.executemany(
            "update articles set status = ? where id = ?",
            ((status.value, article_id) for article_id, status in plan.statuses),
        )
        texts = {a.id: a.text for a in plan.articles}
        for span in plan.spans:
            text = texts.get(span.article_id)
            if text is None:
                text = texts[span.article_id] = self.article(span.article_id).text
            _check_fits(span, span.article_id, text)
        # executemany, not insert_all: sqlite-utils inspects and converts every value,
        # a third of an import's store time.
        self._db.conn.executemany(
            _SPAN_INSERT, ([getattr(s, c) for c in _SPAN_COLUMNS] for s in plan.spans)
        )

    # Articles -----------------------------------------------------------

    def add_articles(self, articles: Iterable[Article]) -> ImportResult:
        """Store new articles in one transaction; those already present are skipped.

        An article is already present when an article with the same id, or the
        same text, is stored.
        """
        with _environment_errors(self.path), self._writing():
            articles = list(articles)
            plan = plan_import(
                (Record(a, []) for a in articles),
                self._stored_matching(articles),
                {},
                self.labels(),
            )
            self._insert_articles(plan.articles)
        return ImportResult(tuple(plan.added), tuple(plan.skipped))

    def _insert_articles(self, articles: Sequence[Article]) -> None:
        """Insert new articles at the end of the list (inside the caller's transaction)."""
        position = self._db.execute(
            "select coalesce(max(position) + 1, 0) from articles"
        ).fetchone()[0]
        stamp = now_iso()
        self._db.conn.executemany(
            "insert into articles (id, title, text, status, text_hash, source_path, "
            "imported_at, position, note, language) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (a.id, a.title, a.text, a.status.value, a.text_hash, a.source_path, stamp,
                 position + n, a.note or None, a.language)
                for n, a in enumerate(articles)
            ),
        )  # fmt: skip
        # The search index is filled here, in bulk, not by a trigger per row (schema m005).
        self._db.execute(
            'insert into articles_fts (rowid, "title", "text") '
            "select rowid, title, text from articles where position >= ?",
            [position],
        )

    def article_ids(self) -> list[str]:
        """Return every article's id, in import order."""
        with _environment_errors(self.path):
            return [
                str(row[0])
                for row in self._db.execute("select id from articles order by position, id")
            ]

    def article(self, article_id: str) -> Article:
        """Return the article with ``article_id``.

        Raises:
            NotFoundError: there is none.
        """
        with _environment_errors(self.path):
            rows = list(self._db.query("select * from articles where id = ?", [article_id]))
        if not rows:
            raise NotFoundError("article", article_id)
        return _article_from_row(rows[0])

    def list_articles(self, listing: Listing = _ALL) -> list[ArticleSummary]:
        """Return every article the listing shows, in import order, with span counts."""
        return self.article_page(listing, 0, -1)

    def _status_column(self, annotator: str | None) -> tuple[str, list[Any]]:
        """Return the SQL of the status a layer shows, and its values: an annotator's own
        statuses where a team database holds them, otherwise the database's own."""
        if annotator is None:
            return _OWN_STATUS
        with _environment_errors(self.path):
            found = self._db.execute(
                "select 1 from annotator_statuses where annotator = ? limit 1", [annotator]
            ).fetchone()
        return (_LAYER_STATUS, [annotator]) if found is not None else _OWN_STATUS

    def count_articles(self, listing: Listing = _ALL) -> int:
        """Return how many articles the listing shows."""
        where, params = _listing_where(listing, status=self._status_column(listing.annotator))
        with _environment_errors(self.path):
            return int(
                self._db.execute(f"select count(*) from articles{where}", params).fetchone()[0]
            )

    def article_page(self, listing: Listing, offset: int, limit: int) -> list[ArticleSummary]:
        """Return ``limit`` articles (-1: all) of the listing from row ``offset`` on.

        The article list reads the rows it shows a page at a time: no query reads
        every article, and a page's span counts come from the index on article and label.
        """
        status, status_params = self._status_column(listing.annotator)
        where, params = _listing_where(listing, status=(status, status_params))
        finished = _FINISHED if listing.annotator is None and self.has_annotator_statuses() else ""
        with _environment_errors(self.path):
            rows = self._db.execute(
                f"select id, title, {status}{finished} from articles{where} "
                "order by position, id limit ? offset ?",
                [*status_params, *params, limit, offset],
            ).fetchall()
            counts = self._span_counts([r[0] for r in rows], listing.annotator)
        return [
            ArticleSummary(r[0], r[1], Status(r[2]), counts.get(r[0], {}), *r[3:]) for r in rows
        ]

    def article_summary(self, article_id: str, annotator: str | None = None) -> ArticleSummary:
        """Return one article's row of the list.

        Raises:
            NotFoundError: there is no such article.
        """
        status, status_params = self._status_column(annotator)
        finished = _FINISHED if annotator is None and self.has_annotator_statuses() else ""
        with _environment_errors(self.path):
            row = self._db.execute(
                f"select id, title, {status}{finished} from articles where id = ?",
                [*status_params, article_id],
            ).fetchone()
            if row is None:
                raise NotFoundError("article", article_id)
            counts = self._span_counts([article_id], annotator)
        return ArticleSummary(row[0], row[1], Status(row[2]), counts.get(article_id, {}), *row[3:])

    def _span_counts(
        self, article_ids: Sequence[str], annotator: str | None = None
    ) -> dict[str, dict[str, int]]:
        """Return the spans of each label of these articles (``annotator``'s only, if given)."""
        counts: dict[str, dict[str, int]] = {}
        whose = "" if annotator is None else " and annotator = ?"
        for batch, marks in _batches(article_ids):
            for article_id, label, n in self._db.execute(
                f"select article_id, label, count(*) from spans where article_id in ({marks})"
                f"{whose} group by article_id, label",
                [*batch, *([annotator] if annotator is not None else [])],
            ):
                counts.setdefault(article_id, {})[label] = n
        return counts

    def row_in(self, listing: Listing, article_id: str) -> int | None:
        """Return the row an article has in the listing, or ``None`` if it is not shown."""
        status = self._status_column(listing.annotator)
        where, params = _listing_where(listing, "and", status)
        with _environment_errors(self.path):
            found = self._db.execute(
                f"select position from articles where id = ?{where}", [article_id, *params]
            ).fetchone()
            if found is None:
                return None
            before, before_params = _listing_where(listing, status=status)
            joiner = " and " if before else " where "
            return int(
                self._db.execute(
                    f"select count(*) from articles{before}{joiner}(position, id) < (?, ?)",
                    [*before_params, found[0], article_id],
                ).fetchone()[0]
            )

    def article_after(self, listing: Listing, article_id: str | None, step: int = 1,
                      unfinished: bool = False) -> str | None:  # fmt: skip
        """Return the id of the next (``step`` 1) or previous (-1) article of the listing.

        Args:
            listing: which articles count.
            article_id: where to start; ``None`` starts before the first (or after the
                last, going back).
            step: 1 forwards, -1 backwards.
            unfinished: skip articles marked done.

        Returns:
            The id, or ``None`` at the end of the listing.
        """
        status = self._status_column(listing.annotator)
        where, params = _listing_where(listing, status=status)
        clauses = [where.removeprefix(" where ")] if where else []
        if unfinished:
            clauses.append(f"{status[0]} != 'done'")
            params += status[1]
        after: list[Any] = []
        if article_id is not None:
            with _environment_errors(self.path):
                found = self._db.execute(
                    "select position from articles where id = ?", [article_id]
                ).fetchone()
            if found is not None:
                clauses.append(f"(position, id) {'>' if step > 0 else '<'} (?, ?)")
                after = [found[0], article_id]
        order = "position, id" if step > 0 else "position desc, id desc"
        condition = (" where " + " and ".join(clauses)) if clauses else ""
        with _environment_errors(self.path):
            row = self._db.execute(
                f"select id from articles{condition} order by {order} limit 1", [*params, *after]
            ).fetchone()
        return None if row is None else str(row[0])

    def export_counts(
        self,
        statuses: frozenset[str] | None,
        labels: frozenset[str] | None,
        suggestions: bool = False,
    ) -> tuple[int, int]:
        """Return how many articles, and spans (or pending suggestions), an export with
        these filters writes (``None``: any status, any label)."""
        article_where, params = "", []
        if statuses is not None:
            marks = ", ".join("?" for _ in statuses) or "null"
            article_where = f" where status in ({marks})"
            params = sorted(statuses)
        table = "suggestions" if suggestions else "spans"
        conditions = [f"{table}.article_id in (select id from articles{article_where})"]
        span_params: list[Any] = list(params)
        if suggestions:
            conditions.append("suggestions.state = 'pending'")
        if labels is not None:
            conditions.append(f"{table}.label in ({', '.join('?' for _ in labels) or 'null'})")
            span_params += sorted(labels)
        with _environment_errors(self.path):
            articles = self._db.execute(
                f"select count(*) from articles{article_where}", params
            ).fetchone()[0]
            spans = self._db.execute(
                f"select count(*) from {table} where {' and '.join(conditions)}", span_params
            ).fetchone()[0]
        return int(articles), int(spans)

    def status_counts(self, annotator: str | None = None) -> dict[Status, int]:
        """Return how many articles have each status (in ``annotator``'s layer: theirs)."""
        counts = dict.fromkeys(Status, 0)
        status, params = self._status_column(annotator)
        with _environment_errors(self.path):
            for value, n in self._db.execute(
                f"select {status}, count(*) from articles group by 1", params
            ):
                if value in _STATUS_VALUES:
                    counts[Status(value)] += n
        return counts

    def finished_by_annotators(self) -> int:
        """Return how many articles at least one annotator marked done (a team database)."""
        with _environment_errors(self.path):
            return int(
                self._db.execute(
                    "select count(distinct article_id) from annotator_statuses "
                    "where status = 'done'"
                ).fetchone()[0]
            )

    def status_of(self, article_id: str) -> Status:
        """Return an article's status.

        Raises:
            NotFoundError: there is no such article.
        """
        return Status(self._article_column(article_id, "status"))

    def _article_column(self, article_id: str, column: str) -> Any:
        """Return one column of one article, without reading its text.

        Raises:
            NotFoundError: there is no such article.
        """
        with _environment_errors(self.path):
            row = self._db.execute(
                f"select {column} from articles where id = ?", [article_id]
            ).fetchone()
        if row is None:
            raise NotFoundError("article", article_id)
        return row[0]

    def set_status(self, article_id: str, status: Status) -> None:
        """Set an article's status."""
        with _environment_errors(self.path), self._writing():
            cursor = self._db.execute(
                "update articles set status = ? where id = ?", [Status(status).value, article_id]
            )
            if cursor.rowcount == 0:
                raise NotFoundError("article", article_id)

    def set_language(self, article_id: str, language: str) -> None:
        """Set an article's language (``de``, ``en``, or "" for unknown)."""
        with _environment_errors(self.path), self._writing():
            cursor = self._db.execute(
                "update articles set language = ? where id = ?", [language, article_id]
            )
            if cursor.rowcount == 0:
                raise NotFoundError("article", article_id)

    def language_of(self, article_id: str) -> str:
        """Return an article's language ("" when it cannot be told).

        Raises:
            NotFoundError: there is no such article.
        """
        return str(self._article_column(article_id, "language") or "")

    def note_of(self, article_id: str) -> str:
        """Return an article's note ("" for none).

        Raises:
            NotFoundError: there is no such article.
        """
        return str(self._article_column(article_id, "note") or "")

    def set_note(self, article_id: str, note: str) -> None:
        """Set an article's note ("" removes it)."""
        with _environment_errors(self.path), self._writing():
            cursor = self._db.execute(
                "update articles set note = ? where id = ?", [note or None, article_id]
            )
            if cursor.rowcount == 0:
                raise NotFoundError("article", article_id)

    # Teams --------------------------------------------------------------

    def project_info(self, key: str) -> str | None:
        """Return what the database says of itself under ``key`` (``None``: nothing)."""
        with _environment_errors(self.path):
            row = self._db.execute("select value from project_info where key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_project_info(self, key: str, value: str) -> None:
        """Record ``value`` under ``key`` in what the database says of itself."""
        with _environment_errors(self.path), self._writing():
            self._db.execute(
                "insert into project_info (key, value) values (?, ?) "
                "on conflict (key) do update set value = excluded.value",
                [key, value],
            )

    def annotators(self) -> list[str]:
        """Return everyone with a span or a status of their own here, by name.

        The names are read by skipping through the annotator index, one seek per
        name (a ``distinct`` reads the whole index: a million spans for three names).
        """
        with _environment_errors(self.path):
            rows = self._db.execute(
                """
                with recursive people(name) as (
                    select min(annotator) from spans
                    union all
                    select (select min(annotator) from spans where annotator > name)
                    from people where name is not null
                ), statused(name) as (
                    select min(annotator) from annotator_statuses
                    union all
                    select (select min(annotator) from annotator_statuses where annotator > name)
                    from statused where name is not null
                )
                select name from people where name is not null
                union select name from statused where name is not null order by 1
                """
            ).fetchall()
        return [str(row[0]) for row in rows]

    def annotator_statuses(self) -> dict[str, dict[str, Status]]:
        """Return each annotator's recorded statuses, by annotator then article."""
        found: dict[str, dict[str, Status]] = {}
        with _environment_errors(self.path):
            for article_id, annotator, status in self._db.execute(
                "select article_id, annotator, status from annotator_statuses"
            ):
                if status in _STATUS_VALUES:  # another program's odd value is no status
                    found.setdefault(annotator, {})[article_id] = Status(status)
        return found

    def has_annotator_statuses(self) -> bool:
        """Return whether any annotator's own status is recorded (a merged team database)."""
        with _environment_errors(self.path):
            return (
                self._db.execute("select 1 from annotator_statuses limit 1").fetchone() is not None
            )

    def set_annotator_statuses(self, rows: Iterable[tuple[str, str, Status]]) -> None:
        """Record ``(article_id, annotator, status)`` rows, replacing earlier ones."""
        with _environment_errors(self.path), self._writing():
            self._db.conn.executemany(
                "insert into annotator_statuses (article_id, annotator, status) values (?, ?, ?) "
                "on conflict (article_id, annotator) do update set status = excluded.status",
                ([a, who, Status(status).value] for a, who, status in rows),
            )

    def done_articles_by_annotator(self) -> dict[str, set[str]]:
        """Return, for each annotator, the articles marked done that hold a span of theirs
        (pairs only: no span is read whole)."""
        found: dict[str, set[str]] = {}
        with _environment_errors(self.path):
            for annotator, article_id in self._db.execute(
                "select distinct s.annotator, s.article_id from spans s "
                "join articles a on a.id = s.article_id where a.status = 'done'"
            ):
                found.setdefault(str(annotator), set()).add(str(article_id))
        return found

    def spans_by_annotator(self, article_ids: Sequence[str]) -> dict[str, dict[str, list[Span]]]:
        """Return the spans of these articles by annotator, then article."""
        found: dict[str, dict[str, list[Span]]] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                for row in self._db.execute(
                    _SPAN_SELECT + f' where article_id in ({marks}) order by "start", "end"', batch
                ):
                    span = _span_from_values(row)
                    found.setdefault(span.annotator, {}).setdefault(span.article_id, []).append(
                        span
                    )
        return found

    def rejected_disagreements(self, article_id: str) -> list[tuple[int, int]]:
        """Return the stretches of an article whose disagreement was settled with no span."""
        with _environment_errors(self.path):
            return [
                (int(row[0]), int(row[1]))
                for row in self._db.execute(
                    'select "start", "end" from rejected_disagreements where article_id = ? '
                    'order by "start"',
                    [article_id],
                )
            ]

    def set_rejected_disagreement(self, article_id: str, start: int, end: int, on: bool) -> None:
        """Record (``on``) or forget that a stretch's disagreement was settled with no span."""
        with _environment_errors(self.path), self._writing():
            if on:
                self._db.execute(
                    'insert or replace into rejected_disagreements (article_id, "start", "end", '
                    "decided_at) values (?, ?, ?, ?)",
                    [article_id, start, end, now_iso()],
                )
            else:
                self._db.execute(
                    'delete from rejected_disagreements where article_id = ? and "start" = ? '
                    'and "end" = ?',
                    [article_id, start, end],
                )

    def article_statuses(self) -> dict[str, Status]:
        """Return every article's status (of the database's own annotator), by id."""
        with _environment_errors(self.path):
            return {
                row[0]: Status(row[1])
                for row in self._db.execute("select id, status from articles order by position")
                if row[1] in _STATUS_VALUES  # another program's odd value is no status
            }

    # Spans --------------------------------------------------------------

    def spans_for(self, article_id: str) -> list[Span]:
        """Return the spans of an article, ordered by start, then end."""
        with _environment_errors(self.path):
            return [
                _span_from_values(r)
                for r in self._db.execute(
                    _SPAN_SELECT + ' where article_id = ? order by "start", "end", label',
                    [article_id],
                )
            ]

    def span(self, span_id: str) -> Span:
        """Return the span with ``span_id``.

        Raises:
            NotFoundError: there is none.
        """
        return _span_from_row(self._row("span", _SPAN_SELECT, span_id))

    def _check_no_conflict(self, span: Span) -> None:
        # SQL only narrows the candidates down (through the index on article and
        # start); the rule itself is the core's one definition.
        candidates = [
            _span_from_row(r)
            for r in self._db.query(
                _SPAN_SELECT + ' where article_id = ? and label = ? and "start" < ? and "end" > ?',
                [span.article_id, span.label, span.end, span.start],
            )
        ]
        check_no_overlap(candidates, span)

    def save_span(self, span: Span, settles: Sequence[str] = ()) -> None:
        """Insert the span, or replace the stored span with the same id.

        The span's text is checked against the article, so a stored span always
        covers exactly the text it claims to.

        Args:
            span: the span.
            settles: ids of pending suggestions the span settles (of its label, under
                it): they are recorded as accepted, as this span, in the same transaction.

        Raises:
            NotFoundError: its article does not exist.
            SpanConflictError: a span of the same label overlaps it.
            RuleError: its offsets or text do not fit the article.
        """
        with _environment_errors(self.path), self._writing():
            # SQLite cuts the stretch out: the article's text (megabytes) is not read.
            row = self._db.execute(
                "select length(text), substr(text, ?, ?) from articles where id = ?",
                [span.start + 1, max(span.end - span.start, 0), span.article_id],
            ).fetchone()
            if row is None:
                raise NotFoundError("article", span.article_id)
            _check_stretch(span, span.article_id, row[0], row[1])
            self._check_no_conflict(span)
            self._db.table("spans").upsert(_span_to_row(span), pk="id")
            self.settle_suggestions([(suggestion, span.id) for suggestion in settles])

    def delete_span(self, span_id: str, reopens: Sequence[str] = ()) -> None:
        """Delete the span with ``span_id``; deleting a missing span does nothing.

        Args:
            span_id: the span.
            reopens: ids of suggestions it settled, to make pending again (undo of
                :meth:`save_span` with ``settles``).
        """
        with _environment_errors(self.path), self._writing():
            self._db.execute("delete from spans where id = ?", [span_id])
            self.unsettle_suggestions(reopens)

    def correct_spans(
        self, updated: Sequence[Span], removed: Sequence[str]
    ) -> list[tuple[Span, str]]:
        """Carry out corrections a merged file brings, in one transaction: delete the
        spans ``removed``, and save each of ``updated`` over the span of its id.

        Returns:
            The updated spans that were not saved, each with why (it would overlap a
            span of its label, or does not fit its article).
        """
        refused: list[tuple[Span, str]] = []
        with _environment_errors(self.path), self._writing():
            for batch, marks in _batches(list(removed)):
                self._db.execute(f"delete from spans where id in ({marks})", list(batch))
            for span in updated:
                try:
                    _check_fits(span, span.article_id, self.article(span.article_id).text)
                    self._check_no_conflict(span)
                except RuleError as why:
                    refused.append((span, str(why)))
                    continue
                self._db.table("spans").upsert(_span_to_row(span), pk="id")
        return refused

    def settle_suggestions(self, settled: Iterable[tuple[str, str]]) -> None:
        """Record pending suggestions as accepted, each as the span a user made over it:
        ``(suggestion id, span id)`` pairs. A suggestion no longer pending is left."""
        with _environment_errors(self.path), self._writing():
            self._db.conn.executemany(
                "update suggestions set state = 'accepted', span_id = ? "
                "where id = ? and state = 'pending'",
                ((span_id, suggestion_id) for suggestion_id, span_id in settled),
            )

    def unsettle_suggestions(self, suggestion_ids: Iterable[str]) -> None:
        """Make settled suggestions pending again; the spans they were settled by stay."""
        with _environment_errors(self.path), self._writing():
            self._db.conn.executemany(
                "update suggestions set state = 'pending', span_id = null where id = ?",
                ([suggestion_id] for suggestion_id in suggestion_ids),
            )

    # Suggestions --------------------------------------------------------

    def is_detected(self, article_id: str) -> bool:
        """Return whether the detector has run on the article."""
        return self._article_column(article_id, "detected_at") is not None

    def store_suggestions(self, article_id: str, suggestions: Iterable[StoredSuggestion]) -> int:
        """Record a detector run on an article; return how many suggestions are new.

        Suggestions the user accepted or rejected keep their state (a rejected one
        does not come back); pending ones the detector no longer makes are dropped.
        """
        return self.store_detections({article_id: suggestions})

    def store_detections(self, found: Mapping[str, Iterable[StoredSuggestion]]) -> int:
        """Record detector runs on several articles in one transaction (see
        :meth:`store_suggestions`); return how many suggestions are new."""
        with _environment_errors(self.path), self._writing():
            stamp = now_iso()
            return sum(
                self._store_detection(article_id, suggestions, stamp)
                for article_id, suggestions in found.items()
            )

    def _store_detection(
        self, article_id: str, suggestions: Iterable[StoredSuggestion], stamp: str
    ) -> int:
        blocks = blocked(self.word_rejections())
        fresh = {s.id: s for s in allowed(suggestions, blocks)}
        known = {
            row[0]: (row[1], row[2])
            for row in self._db.execute(
                "select id, state, origin from suggestions where article_id = ?", [article_id]
            )
        }
        # Of a pending suggestion, what the detector made it is made again: it records
        # who found it this time (and this run's score), or goes if none did; what was
        # learned stays.
        stale: list[tuple[str]] = []
        learned_only: list[tuple[str, str]] = []
        again: list[tuple[str, float, str]] = []
        for i, (state, origin) in known.items():
            if state != SuggestionState.PENDING:
                continue
            kept = origins_of(origin) - DETECTED
            if i in fresh:
                again.append((joined(origins_of(fresh[i].origin) | kept), fresh[i].score, i))
            elif not kept:
                stale.append((i,))
            elif kept != origins_of(origin):
                learned_only.append((joined(kept), i))
        self._db.conn.executemany("delete from suggestions where id = ?", stale)
        self._db.conn.executemany("update suggestions set origin = ? where id = ?", learned_only)
        self._db.conn.executemany(
            "update suggestions set origin = ?1, score = ?2 where id = ?3 "
            "and (origin != ?1 or score != ?2)",
            again,
        )
        new = [s for i, s in fresh.items() if i not in known]
        self._db.conn.executemany(
            _SUGGESTION_INSERT,
            (
                [
                    *(getattr(s, c) for c in _SUGGESTION_COLUMNS if c not in _SET_ON_INSERT),
                    SuggestionState.PENDING.value,
                    None,
                    s.detected_at or stamp,
                ]
                for s in new
            ),
        )
        cursor = self._db.execute(
            "update articles set detected_at = ? where id = ?", [stamp, article_id]
        )
        if cursor.rowcount == 0:
            raise NotFoundError("article", article_id)
        return len(new)

    # Learning -----------------------------------------------------------

    def word_rejections(self) -> list[tuple[str, str, int]]:
        """Return how often each words and label were rejected: ``(words, label, times)``."""
        with _environment_errors(self.path):
            return [
                (str(r[0]), str(r[1]), int(r[2]))
                for r in self._db.execute("select words, label, times from word_rejections")
            ]

    def count_rejection(self, words: str, label: str, step: int) -> None:
        """Count one more (``step`` 1) or one less (-1) rejection of ``words`` with ``label``."""
        with _environment_errors(self.path), self._writing():
            self._db.execute(
                "insert into word_rejections (words, label, times) values (?, ?, max(?, 0)) "
                "on conflict (words, label) do update set times = max(times + ?, 0)",
                [words, label, step, step],
            )

    def set_rejections(self, words: str, label: str, times: int) -> None:
        """Set how often ``words`` were rejected with ``label`` (0: propose them again)."""
        with _environment_errors(self.path), self._writing():
            self._db.execute(
                "insert into word_rejections (words, label, times) values (?, ?, ?) "
                "on conflict (words, label) do update set times = excluded.times",
                [words, label, max(times, 0)],
            )

    def candidate_articles(
        self, stems: Sequence[str], limit: int | None = None, unfinished: bool = False
    ) -> list[str]:
        """Return the articles holding a word that starts with each of ``stems``, in list
        order (the search index answers, so a corpus is not read to find a few).

        Args:
            stems: the beginnings of words, all of which an article must hold.
            limit: at most this many articles.
            unfinished: only articles not marked done.
        """
        terms = [stem.replace('"', "") for stem in stems if stem.replace('"', "").strip()]
        if not terms:
            return []
        query = " AND ".join(f'"{term}"*' for term in terms)
        where = " and a.status != 'done'" if unfinished else ""
        bound = "" if limit is None else f" limit {int(limit)}"
        with _environment_errors(self.path):
            return [
                str(row[0])
                for row in self._db.execute(
                    "select a.id from articles_fts f join articles a on a.rowid = f.rowid "
                    f"where articles_fts match ?{where} order by a.position{bound}",
                    [query],
                )
            ]

    def add_suggestions(self, suggestions: Sequence[StoredSuggestion]) -> list[StoredSuggestion]:
        """Add these pending suggestions, but those there already (by id) and those whose
        words were rejected too often; return the ones added."""
        blocks = blocked(self.word_rejections())
        with _environment_errors(self.path), self._writing():
            known: set[str] = set()
            for batch, marks in _batches([s.id for s in suggestions]):
                known.update(
                    str(row[0])
                    for row in self._db.execute(
                        f"select id from suggestions where id in ({marks})", batch
                    )
                )
            new = [s for s in allowed(suggestions, blocks) if s.id not in known]
            self._db.conn.executemany(
                _SUGGESTION_INSERT,
                (
                    [
                        *(getattr(s, c) for c in _SUGGESTION_COLUMNS if c not in _SET_ON_INSERT),
                        SuggestionState.PENDING.value,
                        None,
                        s.detected_at or now_iso(),
                    ]
                    for s in new
                ),
            )
        return new

    def span_words(self) -> list[tuple[str, str, str]]:
        """Return each distinct span text without digits with its label and an article it
        is in: ``(text, label, article_id)`` (what the project's spans can teach)."""
        with _environment_errors(self.path):
            return [
                (str(r[0]), str(r[1]), str(r[2]))
                for r in self._db.execute(
                    "select text, label, min(article_id) from spans "
                    "where text not glob '*[0-9]*' group by text, label"
                )
            ]

    def placed_of(self, article_ids: Sequence[str]) -> dict[str, list[Stretched]]:
        """Return where the spans and suggestions of these articles are, and their labels,
        by article (what learning checks an occurrence against; nothing else is read)."""
        found: dict[str, list[Stretched]] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                for table in ("spans", "suggestions"):
                    for article_id, start, end, label in self._db.execute(
                        f'select article_id, "start", "end", label from {table} '
                        f"where article_id in ({marks})",
                        batch,
                    ):
                        found.setdefault(article_id, []).append(Stretched(start, end, label))
        return found

    def suggestions_of(self, article_ids: Sequence[str]) -> dict[str, list[StoredSuggestion]]:
        """Return the suggestions of these articles in every state, by article."""
        found: dict[str, list[StoredSuggestion]] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                for row in self._db.execute(
                    _SUGGESTION_SELECT + f" where article_id in ({marks})", batch
                ):
                    suggestion = _suggestion_from_values(row)
                    found.setdefault(suggestion.article_id, []).append(suggestion)
        return found

    def delete_pending_suggestions(self, ids: Iterable[str]) -> None:
        """Delete these suggestions, those still pending only (a reviewed one stays)."""
        with _environment_errors(self.path), self._writing():
            self._db.conn.executemany(
                "delete from suggestions where id = ? and state = 'pending'",
                ([i] for i in ids),
            )

    def undetected(self, again: bool = False) -> list[str]:
        """Return the ids of the articles the detector has not seen (all with ``again``)."""
        condition = "" if again else " where detected_at is null"
        with _environment_errors(self.path):
            return [
                row[0]
                for row in self._db.execute(
                    f"select id from articles{condition} order by position, id"
                )
            ]

    def texts(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Return the texts of these articles by id (one query per thousand)."""
        found: dict[str, str] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                found.update(
                    self._db.execute(
                        f"select id, text from articles where id in ({marks})", batch
                    ).fetchall()
                )
        return found

    def languages(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Return the languages of these articles by id ("" where it is not known)."""
        found: dict[str, str] = {}
        with _environment_errors(self.path):
            for batch, marks in _batches(article_ids):
                for article_id, language in self._db.execute(
                    f"select id, language from articles where id in ({marks})", batch
                ):
                    found[article_id] = language or ""
        return found

    def suggestions_for(
        self,
        article_id: str,
        states: tuple[SuggestionState, ...] = (SuggestionState.PENDING,),
    ) -> list[StoredSuggestion]:
        """Return an article's suggestions in the given states, ordered by start."""
        marks = ", ".join("?" for _ in states)
        with _environment_errors(self.path):
            return [
                _suggestion_from_values(r)
                for r in self._db.execute(
                    _SUGGESTION_SELECT
                    + f' where article_id = ? and state in ({marks}) order by "start", "end"',
                    [article_id, *(SuggestionState(s).value for s in states)],
                )
            ]

    def suggestion(self, suggestion_id: str) -> StoredSuggestion:
        """Return the suggestion with ``suggestion_id``.

        Raises:
            NotFoundError: there is none.
        """
        return _suggestion_from_row(self._row("suggestion", _SUGGESTION_SELECT, suggestion_id))

    def save_suggestion(self, suggestion: StoredSuggestion) -> None:
        """Replace a stored suggestion's offsets, label, attributes and state (by id)."""
        SuggestionState(suggestion.state)  # an unknown state is a bug: ValueError
        with _environment_errors(self.path), self._writing():
            self.suggestion(suggestion.id)
            self._db.table("suggestions").update(
                suggestion.id,
                {
                    c: getattr(suggestion, c)
                    for c in (
                        "start", "end", "text", "label", "value", "qualifier", "source",
                        "state", "span_id",
                    )
                },
            )  # fmt: skip

    def reject_suggestion(
        self, suggestion: StoredSuggestion, words: str, undo: bool = False
    ) -> None:
        """Reject a suggestion and count the rejection of its words (one transaction); with
        ``undo``, make it pending again and take the count back."""
        with _environment_errors(self.path), self._writing():
            state = suggestion.state if undo else SuggestionState.REJECTED
            self.save_suggestion(replace(suggestion, state=state))
            self.count_rejection(words, suggestion.label, -1 if undo else 1)

    def accept_suggestions(self, accepted: Iterable[tuple[StoredSuggestion, Span]]) -> None:
        """Turn suggestions into spans, all in one transaction, in bulk.

        Raises:
            SpanConflictError: a span of the same label overlaps one of them; nothing
                is saved.
            RuleError: a span does not fit its article's text.
        """
        pairs = list(accepted)
        with _environment_errors(self.path), self._writing():
            by_article: dict[str, list[Span]] = {}
            for _suggestion, span in pairs:
                by_article.setdefault(span.article_id, []).append(span)
            for article_id, spans in by_article.items():
                text = self.article(article_id).text
                index = SpanIndex(s for s in self.spans_for(article_id))
                for span in spans:
                    _check_fits(span, article_id, text)
                    index.check(span)
                    index.add(span)
            self._db.table("spans").upsert_all((_span_to_row(s) for _, s in pairs), pk="id")
            self._update_suggestions(
                replace(suggestion, state=SuggestionState.ACCEPTED, span_id=span.id)
                for suggestion, span in pairs
            )

    def unaccept_suggestions(self, suggestions: Iterable[StoredSuggestion]) -> None:
        """Undo accepting: delete the spans made from the suggestions, make them pending."""
        suggestions = list(suggestions)
        with _environment_errors(self.path), self._writing():
            for batch, marks in _batches([s.id for s in suggestions]):
                self._db.execute(
                    f"delete from spans where id in (select span_id from suggestions "
                    f"where id in ({marks}) and span_id is not null)",
                    batch,
                )
            self._update_suggestions(
                replace(s, state=SuggestionState.PENDING, span_id=None) for s in suggestions
            )

    def _update_suggestions(self, suggestions: Iterable[StoredSuggestion]) -> None:
        """Write suggestions' offsets, label, attributes and state (inside a transaction)."""
        self._db.conn.executemany(
            'update suggestions set "start" = ?, "end" = ?, text = ?, label = ?, value = ?, '
            "qualifier = ?, source = ?, state = ?, span_id = ? where id = ?",
            (
                (s.start, s.end, s.text, s.label, s.value, s.qualifier, s.source,
                 SuggestionState(s.state).value, s.span_id, s.id)
                for s in suggestions
            ),
        )  # fmt: skip

    def iter_records(
        self,
        suggestions: bool = False,
        negatives: bool = True,
        problems: list[ImportProblem] | None = None,
    ) -> Iterator[Record]:
        """Yield each article with its spans and rejected suggestions, in import order.

        Articles are read a batch at a time, each batch with three queries (the
        articles, their spans, their rejected suggestions), so an export holds one
        batch and asks the database no question per article.

        Args:
            suggestions: yield the pending suggestions (as detector spans) instead of spans.
            negatives: read the rejected suggestions (only formats that hold them need them).
            problems: where a value Claimmark would not have written (another program
                wrote it: a status ``DONE!!``, an origin or qualifier of its own, a span
                whose text is not the article's) is told, the span left out and the
                status read as "to do"; ``None``: such a value is a StoreError.

        Raises:
            StoreError: a value is not Claimmark's, and ``problems`` is None.
        """

        def odd(message: str) -> None:
            if problems is None:
                raise StoreError(f"{self.path}: {message}")
            problems.append(ImportProblem(self.path, message))

        with _environment_errors(self.path):
            ids = [
                row[0] for row in self._db.execute("select id from articles order by position, id")
            ]
        for batch, marks in _batches(ids):
            with _environment_errors(self.path):
                articles: dict[str, Article] = {}
                for row in self._db.execute(
                    "select id, title, text, status, text_hash, source_path, note, language "
                    f"from articles where id in ({marks})",
                    batch,
                ):
                    status = row[3]
                    if status not in _STATUS_VALUES:
                        odd(f"article {row[0]}: status {status!r} is none of "
                            f"{', '.join(_STATUS_VALUES)}; read as todo")  # fmt: skip
                        status = Status.TODO
                    articles[row[0]] = Article(
                        row[0], row[1], row[2], Status(status), row[4], row[5],
                        row[6] or "", row[7] or "",
                    )  # fmt: skip
                spans: dict[str, list[Span]] = {}
                if suggestions:
                    for found in self._suggestions_of(batch, marks, SuggestionState.PENDING):
                        spans.setdefault(found.article_id, []).append(found.as_span())
                else:
                    for row in self._db.execute(
                        _SPAN_SELECT + f" where article_id in ({marks}) "
                        'order by article_id, "start", "end", label',
                        batch,
                    ):
                        span, problem = _checked_span(row, articles)
                        if span is None:
                            odd(problem)
                            continue
                        spans.setdefault(span.article_id, []).append(span)
                rejected: dict[str, list[Span]] = {}
                if negatives:
                    for found in self._suggestions_of(batch, marks, SuggestionState.REJECTED):
                        rejected.setdefault(found.article_id, []).append(found.as_span())
            for article_id in batch:
                if article_id in articles:  # unless deleted since the ids were read
                    yield Record(
                        articles[article_id], spans.get(article_id, []),
                        rejected.get(article_id, []),
                    )  # fmt: skip

    def _suggestions_of(
        self, article_ids: Sequence[str], marks: str, state: SuggestionState
    ) -> list[StoredSuggestion]:
        return [
            _suggestion_from_values(row)
            for row in self._db.execute(
                _SUGGESTION_SELECT + f" where article_id in ({marks}) and state = ? "
                'order by article_id, "start", "end"',
                [*article_ids, state.value],
            )
        ]

    # Search -------------------------------------------------------------

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Return the places in all articles where ``query`` occurs (full-text search).

        Words match whole words in any article, ignoring case and accents; FTS
        syntax in the query is taken literally. At most five hits per article.
        Articles come in import order, as the list shows them: ranking by relevance
        scores every matching article first (a tenth of a second for a common word
        in 100,000 articles), while import order stops at the ``limit``-th.
        """
        if not query.strip():
            return []
        hits: list[SearchHit] = []
        with _environment_errors(self.path):
            rows = self._db.execute(
                "select a.id, a.title, a.text from articles_fts join articles as a "
                "on a.rowid = articles_fts.rowid where articles_fts match ? "
                "order by articles_fts.rowid limit ?",
                [self._db.quote_fts(query), limit],
            ).fetchall()
            for article_id, title, text in rows:
                hits.extend(find_hits(article_id, title, text, query))
        return hits[:limit]

    def sources(self) -> list[str]:
        """Return every source already given, on spans or suggestions, most used first."""
        with _environment_errors(self.path):
            return [
                r["source"]
                for r in self._db.query(
                    # Counted per table first, each from its index of sources alone.
                    "select source, sum(n) as n from ("
                    "  select source, count(*) as n from spans where source is not null"
                    "  group by source union all"
                    "  select source, count(*) from suggestions where source is not null"
                    "  group by source"
                    ") group by source order by n desc, source"
                )
            ]

    # Counts -------------------------------------------------------------

    def stats(self) -> Stats:
        """Return article and span counts, per label and per status."""
        with _environment_errors(self.path):
            by_label = {label.name: 0 for label in self.labels()}
            for r in self._db.query("select label, count(*) as n from spans group by label"):
                by_label[r["label"]] = r["n"]
            by_status: dict[str, int] = dict.fromkeys(STATUSES, 0)
            for r in self._db.query("select status, count(*) as n from articles group by status"):
                by_status[r["status"]] = r["n"]
            return Stats(
                articles=sum(by_status.values()),
                spans=sum(by_label.values()),
                spans_by_label=by_label,
                articles_by_status=by_status,
            )
