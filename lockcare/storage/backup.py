"""Full backups and restores of lockcare's database (the key store is the caller's business).

**The backup file** is an SQLite copy of the database made with SQLite's online backup
API (consistent even while lockcare runs), plus a ``lockcare_backup`` table that says
what it is: ``app=lockcare``, the backup format, the schema version, the lockcare version,
when it was made and whether keys are inside. Local keys are put in only when the caller
hands them over; then they sit in a ``lockcare_backup_keys`` table. The file is readable
by its owner only.

**Restoring** checks the file first (an SQLite file, the lockcare manifest, a schema this
lockcare understands and exactly the one its migrations make, values of the declared
types with real dates, ``PRAGMA integrity_check`` and foreign keys all fine: see
:mod:`lockcare.storage.backup_checks`) and refuses anything else with a plain message,
changing nothing. The choice for the open connection:
the restore copies the checked data into the *live* connection with the backup API, which
SQLite does as one write transaction: either all of it lands or none. So services and the
GUI keep their connection and simply see the restored data; nobody has to close and
reopen the database. Before that, the current database is copied to
``lockcare.sqlite3.before-restore`` so a regretted restore can be undone by hand.

The steps, in order (:class:`CheckedBackup`): check the file (read-only, immutable: never
modified) and read its keys; then, on :meth:`CheckedBackup.restore`, copy it to a temporary
file beside the database; there drop the manifest, upgrade an older schema and match the
live page size; check it again; copy the current database aside; copy the temporary file
into the live connection; remove the temporary file. Putting the keys back is the caller's
step, before the swap, so that a failed key write leaves everything as it was.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from lockcare import __version__
from lockcare.atomic import atomic_path, private_folder, temporary_file
from lockcare.core.errors import LockcareError
from lockcare.storage.backup_checks import schema_problem, values_problem
from lockcare.storage.copies import copy_database
from lockcare.storage.db import GENERATION_KEY, Database
from lockcare.storage.migrations import SCHEMA_VERSION, migrate

BACKUP_FORMAT = 1
MANIFEST_TABLE = "lockcare_backup"
KEYS_TABLE = "lockcare_backup_keys"
BEFORE_RESTORE_SUFFIX = ".before-restore"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_OWN_TABLES = frozenset({MANIFEST_TABLE, KEYS_TABLE})
_REQUIRED_TABLES = frozenset({"locks", "battery_readings", "battery_swaps", "log_entries", "recurring_tasks"})


class BackupError(LockcareError):
    """A backup could not be made or a file cannot be restored (nothing was changed)."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup file holds.

    Attributes:
        path: The file.
        schema_version: Database schema version inside.
        app_version: The lockcare version that made it.
        created_at: When it was made.
        includes_keys: Whether local keys are inside.
        locks: How many locks it holds.
        log_entries: How many maintenance log entries it holds.
    """

    path: Path
    schema_version: int
    app_version: str
    created_at: datetime
    includes_keys: bool
    locks: int
    log_entries: int


def create_backup(
    db: Database,
    path: str | os.PathLike[str],
    *,
    keys: Sequence[tuple[str, str]] | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Write a full backup of the database to ``path`` (atomically).

    Args:
        db: The open database.
        path: The backup file to write (replaced if it exists).
        keys: ``(device id, local key)`` pairs to put in too; None leaves keys out.
        now: The time to stamp (default now).

    Returns:
        What the new file holds.

    Raises:
        BackupError: The file could not be written (nothing was left behind).
    """
    target = Path(path)
    created = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        private_folder(target.parent)
        with atomic_path(target, permissions=0o600, notes=db.path.parent if db.path is not None else None) as tmp:
            out = sqlite3.connect(tmp, isolation_level=None)
            try:
                db.connection.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")
                out.execute("BEGIN")
                out.execute(f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                manifest = {
                    "app": "lockcare", "format": str(BACKUP_FORMAT),
                    "schema_version": str(_user_version(out)), "app_version": __version__,
                    "created_at": created.isoformat(), "includes_keys": "1" if keys is not None else "0",
                }
                out.executemany(f"INSERT INTO {MANIFEST_TABLE} VALUES (?, ?)", manifest.items())
                if keys is not None:
                    out.execute(f"CREATE TABLE {KEYS_TABLE} (device_id TEXT PRIMARY KEY, key TEXT NOT NULL)")
                    out.executemany(f"INSERT INTO {KEYS_TABLE} VALUES (?, ?)", keys)
                out.execute("COMMIT")
            finally:
                out.close()
    except (sqlite3.Error, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise BackupError(f"Could not write the backup to {target}: {reason}. Nothing was changed.") from exc
    return inspect_backup(target)


def inspect_backup(path: str | os.PathLike[str]) -> BackupInfo:
    """Check a backup file without changing it and say what it holds.

    Raises:
        BackupError: The file is missing, not a lockcare backup, damaged, or from a
            newer lockcare; the message says which.
    """
    with CheckedBackup(path) as checked:
        return checked.info


class CheckedBackup:
    """A backup file that passed every check, open read-only, ready to restore.

    Use it as a context manager; it closes the file at the end.

    Args:
        path: The backup file (never modified).

    Attributes:
        info: What the file holds.
        keys: The ``(device id, local key)`` pairs inside (empty when it has none).

    Raises:
        BackupError: The file was refused (the message says why).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._conn = _open_checked(self.path)
        try:
            self.info = _info(self._conn, self.path)
            self.keys: list[tuple[str, str]] = [
                (str(device_id), str(key))
                for device_id, key in self._conn.execute(f"SELECT device_id, key FROM {KEYS_TABLE}")
            ] if self.info.includes_keys else []
        except sqlite3.Error as exc:
            self._conn.close()
            raise BackupError(f"{self.path} could not be read ({exc}); nothing was changed.") from exc

    def __enter__(self) -> CheckedBackup:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._conn.close()

    def restore(self, db: Database) -> BackupInfo:
        """Replace all of the database's data with this backup's (see the module notes).

        Args:
            db: The open database; its connection stays open and sees the restored data.

        Returns:
            What was restored.

        Raises:
            BackupError: The restore failed; nothing was changed.
        """
        live = db.connection
        if live.in_transaction:
            raise BackupError("lockcare is in the middle of saving something; try the restore again.")
        folder = db.path.parent if db.path is not None else Path(tempfile.gettempdir())
        with temporary_file(folder, ".lockcare-restore.") as tmp_name:
            staged = sqlite3.connect(tmp_name, isolation_level=None)
            try:
                try:
                    self._conn.backup(staged)
                except sqlite3.Error as exc:
                    raise BackupError(f"{self.path} could not be read ({exc}); nothing was changed.") from exc
                _prepare(staged, page_size=int(live.execute("PRAGMA page_size").fetchone()[0]), source=self.path)
                if db.path is not None:
                    _copy_aside(live, db.path)
                try:
                    staged.backup(live)
                except sqlite3.Error as exc:
                    raise BackupError(f"The restore could not be written ({exc}); nothing was changed.") from exc
            finally:
                staged.close()
        db.adopt_generation()  # this connection restored it; every other holder has to catch up
        return self.info


class Backups:
    """Backups of one open database: make them, check them, restore them.

    Args:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def before_restore_path(self) -> Path | None:
        """Where a restore keeps a copy of the data it replaced (None for an in-memory database)."""
        return before_restore_path(self._db.path) if self._db.path is not None else None

    def replaced_by_restore(self) -> bool:
        """True when a restore replaced the data since this connection adopted it (see :mod:`lockcare.storage.db`)."""
        return self._db.replaced_by_restore()

    def adopt_generation(self) -> None:
        """Accept the data as it is now."""
        self._db.adopt_generation()

    def create(
        self, path: str | os.PathLike[str], *, keys: Sequence[tuple[str, str]] | None = None,
        now: datetime | None = None,
    ) -> BackupInfo:
        """Write a backup file (see :func:`create_backup`)."""
        return create_backup(self._db, path, keys=keys, now=now)

    def check(self, path: str | os.PathLike[str]) -> CheckedBackup:
        """Open a backup file that passes every check, ready to restore (close it after).

        Raises:
            BackupError: The file was refused.
        """
        return CheckedBackup(path)

    def restore(self, checked: CheckedBackup) -> BackupInfo:
        """Replace the database's data with a checked backup's (see :meth:`CheckedBackup.restore`)."""
        return checked.restore(self._db)


def before_restore_path(db_path: Path) -> Path:
    """Where the database is copied before a restore replaces it."""
    return db_path.with_name(db_path.name + BEFORE_RESTORE_SUFFIX)


def _open_checked(source: Path) -> sqlite3.Connection:
    """Open ``source`` read-only and refuse anything that is not a sound lockcare backup."""
    if not source.is_file():
        raise BackupError(f"There is no backup file at {source}.")
    with source.open("rb") as handle:
        head = handle.read(len(_SQLITE_MAGIC))
    if head != _SQLITE_MAGIC:
        raise BackupError(f"{source} is not a lockcare backup (it is not an SQLite database). Nothing was changed.")
    uri = f"file:{quote(str(source.resolve()))}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damaged pages may hold any bytes
            raise BackupError(f"{source} is damaged and cannot be restored ({exc}). Nothing was changed.") from exc
        if problems != ["ok"]:
            raise BackupError(
                f"{source} is damaged and cannot be restored ({problems[0]}). Nothing was changed."
            )
        manifest = _manifest(conn)
        if manifest.get("app") != "lockcare":
            raise BackupError(
                f"{source} is not a lockcare backup (make one with “lockcare backup FILE”). Nothing was changed."
            )
        if manifest.get("format") != str(BACKUP_FORMAT):
            raise BackupError(f"{source} is a lockcare backup in a format this version cannot read. Nothing was changed.")
        version = _int(manifest.get("schema_version"))
        if version is None or version < 1 or version != _user_version(conn):
            raise BackupError(f"{source} has an inconsistent lockcare manifest; it was not restored. Nothing was changed.")
        if version > SCHEMA_VERSION:
            raise BackupError(
                f"{source} was made by a newer lockcare (schema {version}; this version understands up to "
                f"{SCHEMA_VERSION}). Update lockcare to restore it. Nothing was changed."
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not _REQUIRED_TABLES <= tables:
            raise BackupError(f"{source} is missing lockcare tables; it was not restored. Nothing was changed.")
        problem = schema_problem(conn, version, own_tables=_OWN_TABLES) or values_problem(conn, own_tables=_OWN_TABLES)
        if problem:
            raise BackupError(
                f"{source} is not as lockcare writes backups ({problem}); it was not restored. Nothing was changed."
            )
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise BackupError(f"{source} holds records that point nowhere; it was not restored. Nothing was changed.")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        raise BackupError(f"{source} is damaged and cannot be restored ({exc}). Nothing was changed.") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _manifest(conn: sqlite3.Connection) -> dict[str, str]:
    try:
        rows = conn.execute(f"SELECT key, value FROM {MANIFEST_TABLE}").fetchall()
    except sqlite3.Error:
        return {}
    return {str(key): str(value) for key, value in rows}


def _info(conn: sqlite3.Connection, source: Path) -> BackupInfo:
    manifest = _manifest(conn)
    try:
        created = datetime.fromisoformat(manifest.get("created_at", ""))
    except ValueError:
        created = datetime.fromtimestamp(0, UTC)
    return BackupInfo(
        path=source,
        schema_version=int(manifest["schema_version"]),
        app_version=manifest.get("app_version", ""),
        created_at=created,
        includes_keys=manifest.get("includes_keys") == "1",
        locks=conn.execute("SELECT COUNT(*) FROM locks").fetchone()[0],
        log_entries=conn.execute("SELECT COUNT(*) FROM log_entries").fetchone()[0],
    )


def _prepare(staged: sqlite3.Connection, *, page_size: int, source: Path) -> None:
    """Turn the staged copy into a plain database ready to copy into the live one."""
    try:
        staged.execute("PRAGMA journal_mode = DELETE")
        staged.execute(f"DROP TABLE IF EXISTS {KEYS_TABLE}")
        staged.execute(f"DROP TABLE {MANIFEST_TABLE}")
        if int(staged.execute("PRAGMA page_size").fetchone()[0]) != page_size:
            # The live database is in WAL mode, where the backup API needs equal page sizes.
            staged.execute(f"PRAGMA page_size = {page_size}")
            staged.execute("VACUUM")
        staged.execute("PRAGMA foreign_keys = ON")
        migrate(staged, None)
        # A new generation, in the same copy as the restored rows: holders from before notice (storage/db.py).
        staged.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       (GENERATION_KEY, secrets.token_hex(8)))
        if staged.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BackupError(f"{source} could not be prepared for restoring. Nothing was changed.")
    except sqlite3.Error as exc:
        raise BackupError(f"{source} could not be prepared for restoring ({exc}). Nothing was changed.") from exc
    except LockcareError as exc:
        raise BackupError(f"{source} could not be upgraded to this lockcare ({exc}). Nothing was changed.") from exc


def _copy_aside(live: sqlite3.Connection, db_path: Path) -> Path:
    try:
        return copy_database(live, before_restore_path(db_path))
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"Could not keep a copy of the current data ({exc}); nothing was changed.") from exc


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
