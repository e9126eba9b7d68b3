"""The connection: opening (schema, upgrades, read-only), transactions, and the database's files."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from typing import Self
from typing import TypeVar
from urllib.parse import quote

from filelock import FileLock
from filelock import Timeout

from claimmark.core.errors import NotFoundError
from claimmark.core.words import QT_TRANSLATE_NOOP
from claimmark.core.words import Said
from claimmark.core.words import said
from claimmark.store._sqlite_utils import Database
from claimmark.store.errors import DatabaseBusyError
from claimmark.store.errors import NewerSchemaError
from claimmark.store.errors import ReadOnlyError
from claimmark.store.errors import StoreError
from claimmark.store.files import OpenedFiles
from claimmark.store.files import copy_database
from claimmark.store.files import database_files
from claimmark.store.schema import KNOWN_STEPS
from claimmark.store.schema import SCHEMA_VERSION
from claimmark.store.schema import migrations


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
    db = Database(sqlite3.connect(uri, uri=True), execute_plugins=False)
    if holds_commits:
        try:
            db.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.Error as error:
            db.close()
            raise StoreError(_unreadable_log(path, wal)) from error
    return db


def _unreadable_log(path: Path, wal: Path) -> Said:
    return said(
        QT_TRANSLATE_NOOP(
            "edits",
            "{path}: committed work is in its write-ahead log {wal}, which cannot be read in "
            "a folder that cannot be written; make {folder} writable and open the project "
            "once (Claimmark then folds the log into the database)",
        ),
        path=path, wal=wal.name, folder=path.parent,
    )  # fmt: skip


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
        said(
            QT_TRANSLATE_NOOP(
                "edits",
                "{name} is not a Claimmark database (it holds {holds}); Claimmark opens "
                "another program's database only if it is empty. Nothing was changed.",
            ),
            name=name,
            holds=holds,
        )
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
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "{name} was written by a newer Claimmark (schema {schema}); open it with "
                    "that version.",
                ),
                name=name,
                schema=", ".join(unknown) or f"version {version}",
            )
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
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "{name}: another Claimmark has been setting up this database for a minute; "
                    "try again when it is done",
                ),
                name=name,
            )
        ) from error
    except OSError as error:  # the lock file is another user's, or no file at all
        raise StoreError(
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "{name}: cannot take its lock file {name}.lock ({why}); if no Claimmark "
                    "is setting the database up, remove that file",
                ),
                name=name,
                why=error.strerror or error,
            )
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
            said(
                QT_TRANSLATE_NOOP(
                    "edits",
                    "the database is open read-only (the file or its folder cannot be "
                    "written): changes cannot be saved",
                )
            )
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


def _casefolded(text: object) -> str | None:
    return None if text is None else str(text).casefold()


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
                said(
                    QT_TRANSLATE_NOOP(
                        "edits",
                        "{path} is busy: another program has been writing to it for longer "
                        "than a write waits",
                    ),
                    path=path,
                )
            ) from error
        raise StoreError(
            said(QT_TRANSLATE_NOOP("edits", "{path}: {error}"), path=path, error=error)
        ) from error


class Connection:
    """One connection to a project's database: opening it, its transactions, its files.
    The first of the store's parts (``Repository`` is the last).

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
    def transaction(self) -> Iterator[None]:
        """One write transaction for a use case that reads, plans and writes: it waits
        for other writers first (``BEGIN IMMEDIATE``), and every write method called
        inside joins it, so what it read is still so when it writes. Committed at the
        end, rolled back by an exception.

        Raises:
            ReadOnlyError, DatabaseReplacedError, StoreError: as any write.
        """
        with _environment_errors(self.path), self._writing():
            yield

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
    def open(cls, path: str | Path, create: bool = True, read_only: bool | None = None) -> Self:
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
                said(
                    QT_TRANSLATE_NOOP(
                        "edits",
                        "{name}: there is no such database (check the path; claimmark import "
                        "or the window create one)",
                    ),
                    name=name,
                )
            )
        if read_only is None:
            read_only = name != ":memory:" and Path(path).exists() and not _writable(Path(path))
        with _environment_errors(name):
            existed = True  # whether the file was there before this open (made: removed)
            if name == ":memory:":
                # No sqlite-utils plugins: no code of another package runs on the
                # project's connection, and finding them read every installed package's
                # entry points (17 ms of each start, the import of importlib.metadata too).
                db = Database(memory=True, execute_plugins=False)
            elif read_only:
                db = _open_read_only(Path(path))
            else:
                try:
                    Path(path).parent.mkdir(parents=True, exist_ok=True)
                except OSError as error:
                    raise StoreError(
                        said(
                            QT_TRANSLATE_NOOP("edits", "{name}: cannot create its folder: {error}"),
                            name=name,
                            error=error,
                        )
                    ) from error
                existed = Path(path).exists()
                db = Database(path, execute_plugins=False)
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
                # SQLite's lower() folds ASCII only: a filter for "ü" would miss "Ü".
                db.conn.create_function("casefolded", 1, _casefolded, deterministic=True)
                applied = _applied_steps(db)
                created = not applied
                if set(applied) != set(KNOWN_STEPS) or _user_version(db) > SCHEMA_VERSION:
                    _refuse_foreign_tables(db, name)
                    if read_only:
                        _check_is_ours(db, name)
                        raise StoreError(
                            said(
                                QT_TRANSLATE_NOOP(
                                    "edits",
                                    "{name} needs an upgrade to this Claimmark's schema, but "
                                    "it is read-only; open it where it can be written once",
                                ),
                                name=name,
                            )
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

    def reopen(self) -> Self:
        """Open another connection to the same database, e.g. for another thread.

        Raises:
            StoreError: the database is in memory (no other connection sees it), or
                cannot be opened.
        """
        if self.private:
            raise StoreError(
                said(QT_TRANSLATE_NOOP("edits", "an in-memory database has no other connection"))
            )
        return type(self).open(self.path)

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
            raise StoreError(
                said(
                    QT_TRANSLATE_NOOP("edits", "Could not copy {path} to {target}: {error}"),
                    path=self.path,
                    target=target,
                    error=error,
                )
            ) from error

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
