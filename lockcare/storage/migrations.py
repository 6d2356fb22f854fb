"""Ordered schema migrations, tracked with ``PRAGMA user_version``.

Before migrating an existing database file, a copy is written beside it
(``lockcare.sqlite3.before-v2``) so a failed or regretted upgrade can be undone by hand.
A database written by a newer lockcare is refused rather than touched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lockcare.storage.copies import copy_database
from lockcare.storage.errors import NewerDatabaseError, StorageError

MIGRATIONS: tuple[str, ...] = (
    # v1: the foundation schema.
    """
    CREATE TABLE locks (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        device_id TEXT NOT NULL UNIQUE,
        address TEXT NOT NULL DEFAULT '',
        port INTEGER NOT NULL DEFAULT 6668,
        version TEXT NOT NULL DEFAULT '3.3',
        kind TEXT NOT NULL DEFAULT 'wifi',
        category TEXT NOT NULL DEFAULT '',
        product_id TEXT NOT NULL DEFAULT '',
        product_name TEXT NOT NULL DEFAULT '',
        dp_map TEXT NOT NULL DEFAULT '{}',
        battery_type TEXT NOT NULL DEFAULT 'aa-alkaline',
        battery_count INTEGER NOT NULL DEFAULT 4,
        voice_prompts INTEGER NOT NULL DEFAULT 0,
        parent_device_id TEXT NOT NULL DEFAULT '',
        node_id TEXT NOT NULL DEFAULT '',
        wake_hint TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE TABLE battery_readings (
        id INTEGER PRIMARY KEY,
        lock_id INTEGER NOT NULL REFERENCES locks(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        percent INTEGER CHECK (percent IS NULL OR percent BETWEEN 0 AND 100),
        level TEXT CHECK (level IS NULL OR level IN ('high', 'medium', 'low', 'poweroff')),
        source TEXT NOT NULL CHECK (source IN ('live', 'manual', 'cloud', 'import')),
        via_gateway INTEGER NOT NULL DEFAULT 0,
        CHECK (percent IS NOT NULL OR level IS NOT NULL)
    );
    CREATE INDEX battery_readings_lock_at ON battery_readings(lock_id, at);
    CREATE TABLE battery_swaps (
        id INTEGER PRIMARY KEY,
        lock_id INTEGER NOT NULL REFERENCES locks(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        battery_type TEXT NOT NULL,
        brand TEXT NOT NULL DEFAULT '',
        count INTEGER NOT NULL DEFAULT 4 CHECK (count > 0),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX battery_swaps_lock_at ON battery_swaps(lock_id, at);
    CREATE TABLE lock_events (
        id INTEGER PRIMARY KEY,
        lock_id INTEGER NOT NULL REFERENCES locks(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        value TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX lock_events_lock_at ON lock_events(lock_id, at);
    CREATE TABLE lock_status (
        lock_id INTEGER PRIMARY KEY REFERENCES locks(id) ON DELETE CASCADE,
        last_attempt_at TEXT,
        last_seen_at TEXT,
        state TEXT NOT NULL DEFAULT 'unknown',
        message TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE troubleshoot_runs (
        id INTEGER PRIMARY KEY,
        lock_id INTEGER REFERENCES locks(id) ON DELETE SET NULL,
        started_at TEXT NOT NULL,
        symptom TEXT NOT NULL,
        steps TEXT NOT NULL DEFAULT '[]',
        outcome TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE log_entries (
        id INTEGER PRIMARY KEY,
        lock_id INTEGER NOT NULL REFERENCES locks(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        type TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        cost REAL,
        measured_value REAL,
        measured_unit TEXT NOT NULL DEFAULT '',
        done_by TEXT NOT NULL DEFAULT '',
        swap_id INTEGER UNIQUE REFERENCES battery_swaps(id) ON DELETE CASCADE,
        run_id INTEGER UNIQUE REFERENCES troubleshoot_runs(id) ON DELETE CASCADE
    );
    CREATE INDEX log_entries_lock_at ON log_entries(lock_id, at);
    CREATE TABLE recurring_tasks (
        id INTEGER PRIMARY KEY,
        lock_id INTEGER NOT NULL REFERENCES locks(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        interval_months INTEGER NOT NULL DEFAULT 0,
        interval_days INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1,
        last_done_at TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (lock_id, kind)
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # v2: every battery swap is also one maintenance log entry (linked by swap_id), kept
    # by triggers so any writer (service, demo seed, import) gets it in the same
    # transaction; swaps recorded under v1 get their entry here.
    """
    CREATE TRIGGER battery_swaps_log_insert AFTER INSERT ON battery_swaps
    BEGIN
        INSERT INTO log_entries (lock_id, at, type, notes, swap_id)
        VALUES (NEW.lock_id, NEW.at, 'battery-swap', NEW.note, NEW.id);
    END;
    CREATE TRIGGER battery_swaps_log_update AFTER UPDATE OF lock_id, at, note ON battery_swaps
    BEGIN
        UPDATE log_entries SET lock_id = NEW.lock_id, at = NEW.at, notes = NEW.note
        WHERE swap_id = NEW.id;
    END;
    INSERT INTO log_entries (lock_id, at, type, notes, swap_id)
    SELECT s.lock_id, s.at, 'battery-swap', s.note, s.id FROM battery_swaps AS s
    WHERE NOT EXISTS (SELECT 1 FROM log_entries AS e WHERE e.swap_id = s.id)
    ORDER BY s.at, s.id;
    CREATE INDEX log_entries_type_at ON log_entries(type, at);
    """,
    # v3: a product's own alarm enum order (from its devices.json mapping), as a JSON list.
    """
    ALTER TABLE locks ADD COLUMN alarm_order TEXT NOT NULL DEFAULT '[]';
    """,
    # v4: the Tuya cloud link. The project's region and access id (the secret lives in the
    # key store only), each cloud-linked lock with its harvest cursor, and a source on
    # lock events. A cloud record is stored once: the same lock, code, time and value is
    # the same record (partial unique indexes, so live reads keep their own rules).
    """
    CREATE TABLE cloud_link (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        region TEXT NOT NULL,
        access_id TEXT NOT NULL,
        linked_at TEXT NOT NULL,
        last_harvest_at TEXT,
        problem_kind TEXT NOT NULL DEFAULT '',
        problem_message TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE cloud_locks (
        lock_id INTEGER PRIMARY KEY REFERENCES locks(id) ON DELETE CASCADE,
        cloud_name TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        harvested_through TEXT,
        last_harvest_at TEXT,
        error_kind TEXT NOT NULL DEFAULT '',
        error_message TEXT NOT NULL DEFAULT ''
    );
    ALTER TABLE lock_events ADD COLUMN source TEXT NOT NULL DEFAULT 'live' CHECK (source IN ('live', 'cloud'));
    CREATE UNIQUE INDEX lock_events_cloud_record ON lock_events(lock_id, kind, code, at, value)
        WHERE source = 'cloud';
    CREATE UNIQUE INDEX battery_readings_cloud_record
        ON battery_readings(lock_id, at, coalesce(percent, -1), coalesce(level, ''))
        WHERE source = 'cloud';
    """,
    # v5: each lock's battery revision, a new random number whenever one of its readings or
    # swaps is inserted, changed or deleted (by any writer: triggers keep it), so a forecast
    # can be cached by (lock, revision). Random rather than counted, so a restored backup or
    # another copy of the database never repeats a number that meant other data.
    """
    CREATE TABLE battery_revisions (
        lock_id INTEGER PRIMARY KEY REFERENCES locks(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL
    );
    INSERT INTO battery_revisions (lock_id, revision) SELECT id, random() FROM locks;
    CREATE TRIGGER locks_revision_insert AFTER INSERT ON locks
    BEGIN
        INSERT OR REPLACE INTO battery_revisions (lock_id, revision) VALUES (NEW.id, random());
    END;
    CREATE TRIGGER battery_readings_revision_insert AFTER INSERT ON battery_readings
    BEGIN
        UPDATE battery_revisions SET revision = random() WHERE lock_id = NEW.lock_id;
    END;
    CREATE TRIGGER battery_readings_revision_update AFTER UPDATE ON battery_readings
    BEGIN
        UPDATE battery_revisions SET revision = random() WHERE lock_id IN (OLD.lock_id, NEW.lock_id);
    END;
    CREATE TRIGGER battery_readings_revision_delete AFTER DELETE ON battery_readings
    BEGIN
        UPDATE battery_revisions SET revision = random() WHERE lock_id = OLD.lock_id;
    END;
    CREATE TRIGGER battery_swaps_revision_insert AFTER INSERT ON battery_swaps
    BEGIN
        UPDATE battery_revisions SET revision = random() WHERE lock_id = NEW.lock_id;
    END;
    CREATE TRIGGER battery_swaps_revision_update AFTER UPDATE ON battery_swaps
    BEGIN
        UPDATE battery_revisions SET revision = random() WHERE lock_id IN (OLD.lock_id, NEW.lock_id);
    END;
    CREATE TRIGGER battery_swaps_revision_delete AFTER DELETE ON battery_swaps
    BEGIN
        UPDATE battery_revisions SET revision = random() WHERE lock_id = OLD.lock_id;
    END;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    """Return the schema version stored in the database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path | None) -> int:
    """Bring the database up to :data:`SCHEMA_VERSION`, one migration per transaction.

    Args:
        conn: an autocommit connection (``isolation_level=None``).
        path: the database file, or None for an in-memory database (no backup copy).

    Returns:
        The schema version before migrating.

    Raises:
        NewerDatabaseError: the file comes from a newer lockcare.
    """
    found = refuse_newer(conn)
    if found == SCHEMA_VERSION:
        return found
    if path is not None and found > 0:
        _copy_aside(conn, path, found)
    for version in range(found, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in split_statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StorageError(f"Could not upgrade the database to schema {version + 1}: {exc}") from exc
    return found


def refuse_newer(conn: sqlite3.Connection) -> int:
    """Return the stored schema version, refusing one newer than this lockcare understands."""
    found = current_version(conn)
    if found > SCHEMA_VERSION:
        raise NewerDatabaseError(
            f"This database was written by a newer version of lockcare (schema {found}; this "
            f"version understands up to {SCHEMA_VERSION}). Update lockcare to open it; the file "
            "was left untouched."
        )
    return found


def _copy_aside(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    return copy_database(conn, path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}-from-v{version}"))


def split_statements(script: str) -> list[str]:
    """Split a migration script into statements.

    Pieces between semicolons are joined until SQLite calls them complete, so a trigger
    body (``BEGIN ...; END``) stays one statement.
    """
    statements: list[str] = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip().rstrip(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().rstrip(";").strip())
    return statements
