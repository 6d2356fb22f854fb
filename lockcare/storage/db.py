"""The SQLite connection: WAL, foreign keys, busy timeout, explicit transactions.

Every write goes through :meth:`Database.transaction`, which opens ``BEGIN IMMEDIATE`` and
commits or rolls back as a whole, so a crash in the middle of a write loses nothing that was
committed and leaves nothing half-written.

**Restores and whoever else holds the database.** A restore (in this process or another:
the window while ``lockcare poll --watch`` runs) replaces every row. A holder that read
locks before it must not write them back afterwards. So a restore stamps the database
with a new *generation* (a random token in ``settings``, written in the same step as the
restored data), each :class:`Database` remembers the generation it opened or last adopted,
and every transaction checks it first: a write from a holder that has not caught up fails
with :class:`StaleDataError` and changes nothing. The holder then reloads what it shows
and calls :meth:`Database.adopt_generation` (the window), or stops (a script).
:meth:`Database.replaced_by_restore` lets a holder look without writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from lockcare.atomic import private_folder
from lockcare.storage.errors import DiskFullError, StaleDataError, StorageError
from lockcare.storage.migrations import SCHEMA_VERSION, migrate, refuse_newer

BUSY_TIMEOUT_MS = 5000
GENERATION_KEY = "data.generation"
"""The ``settings`` row a restore changes (see the module notes)."""


def to_db_time(value: datetime) -> str:
    """Store a timezone-aware datetime as sortable UTC ISO-8601 text."""
    if value.tzinfo is None:
        raise ValueError("lockcare stores timezone-aware datetimes only")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(value: str | None) -> datetime | None:
    """Read a stored UTC time back as an aware datetime."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class Database:
    """One connection to lockcare's database file (or ``:memory:``).

    Args:
        path: the database file; created (with its folder) if missing.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            _create_private(self.path)
        try:
            self._conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StorageError(f"Could not open the lockcare database at {path}: {exc}") from exc
        self._conn.row_factory = sqlite3.Row
        self._in_transaction = False
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA foreign_keys = ON")
            refuse_newer(self._conn)  # before WAL: a newer file must be left byte-for-byte untouched
            if self.path is not None:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
            migrate(self._conn, self.path)
            self._generation = self._stored_generation()
        except sqlite3.Error as exc:  # a full disk on the very first run, a file that is no database
            self._conn.close()
            raise _translate(exc, opening=path) from exc
        except BaseException:
            self._conn.close()
            raise

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for repositories in this package."""
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block of writes atomically (nested calls join the outer transaction).

        Raises:
            DiskFullError: the disk filled up; the whole block was rolled back.
            StorageError: any other database failure; the whole block was rolled back.
        """
        if self._in_transaction:
            yield self._conn
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _translate(exc) from exc
        if self._stored_generation() != self._generation:
            self._conn.execute("ROLLBACK")
            raise StaleDataError(
                "The data was replaced by a restore while this was open, so this change was not saved "
                "(it was made on the data from before). Reload, then try again."
            )
        self._in_transaction = True
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _translate(exc) from exc
            raise
        finally:
            self._in_transaction = False

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read several queries from one consistent state of the database (one read transaction)."""
        if self._in_transaction:
            yield
            return
        self._conn.execute("BEGIN")
        self._in_transaction = True
        try:
            yield
        finally:
            self._in_transaction = False
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("COMMIT")
    def replaced_by_restore(self) -> bool:
        """True when a restore replaced the data since this connection opened or last adopted it."""
        return self._stored_generation() != self._generation

    def adopt_generation(self) -> None:
        """Accept the data as it is now (call after reloading everything held from before a restore)."""
        self._generation = self._stored_generation()

    def _stored_generation(self) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (GENERATION_KEY,)).fetchone()
        return None if row is None else str(row[0])

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        """Run a read-only query and return all rows."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _translate(exc) from exc

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ReadOnlyDatabase(Database):
    """A second, read-only connection to a database file another connection keeps current.

    Background work (loading a history, working out forecasts) reads through one of these
    per worker thread while the GUI thread writes through the :class:`Database`: in WAL mode
    readers never wait for the writer, and each query sees the last committed data. The
    connection is opened ``mode=ro`` and ``query_only``, so SQLite itself refuses writes,
    and :meth:`transaction` refuses before even asking.

    Args:
        path: An existing database file, already migrated by a :class:`Database`.

    Raises:
        StorageError: The file cannot be opened, or its schema is not this lockcare's.
    """

    def __init__(self, path: Path | str) -> None:  # noqa: D107 - documented on the class
        self.path = Path(path)
        self._in_transaction = False
        try:
            self._conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise StorageError(f"Could not open the lockcare database at {path} for reading: {exc}") from exc
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA query_only = ON")
            found = refuse_newer(self._conn)
            if found != SCHEMA_VERSION:
                raise StorageError(f"The database at {path} has schema {found}, not {SCHEMA_VERSION}; open it for writing first.")
            self._generation = self._stored_generation()
        except BaseException:
            self._conn.close()
            raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Refused: this connection only reads.

        Raises:
            StorageError: Always.
        """
        raise StorageError("This is a read-only connection to the lockcare database; nothing can be saved through it.")
        yield self._conn  # pragma: no cover - makes this a generator for contextmanager


def _create_private(path: Path) -> None:
    """Create the database's folder (0700) and an empty database file readable by the user
    only (0600) before SQLite opens it; SQLite gives its WAL and shared-memory files the
    same mode as the database file."""
    private_folder(path.parent)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(f"The disk is full, so lockcare could not create its database in {path.parent}. "
                                "Free some space and start it again.") from exc
        raise


def _translate(exc: sqlite3.Error, *, opening: Path | str | None = None) -> StorageError:
    text = str(exc).lower()
    if "full" in text:
        if opening is not None:
            return DiskFullError(f"The disk is full, so lockcare could not open its database at {opening}. "
                                 "Free some space and start it again; nothing saved earlier was lost.")
        return DiskFullError(
            "The disk is full, so this change was not saved. Nothing saved earlier was lost; "
            "free some space and try again."
        )
    if opening is not None:
        return StorageError(f"Could not open the lockcare database at {opening} ({exc}). It was left as it was.")
    if isinstance(exc, sqlite3.IntegrityError):
        return StorageError(f"That change conflicts with what is already saved ({exc}).")
    return StorageError(f"The database could not save this change ({exc}). Nothing saved earlier was lost.")
