"""Everything stored about one lock, taken out of the database in one piece and put back.

Removing a lock must be undoable, so its rows are kept, not just deleted. Which rows belong
to a lock is read from the schema itself, not listed by hand: the lock's row, every row of
a table with a foreign key to it, and (transitively) every row pointing at those (a log
entry of a swap). Tables added later (cloud records, say) are covered without a change
here. Settings that belong to one lock are named ``<name>:<lock id>`` or
``<name>.<lock id>`` (see :mod:`lockcare.storage.settings_repository`) and go with it.

Putting the rows back keeps their ids when they are still free and gives a table's rows
new ones otherwise, rewriting the references between them to match. Rows the schema's
triggers add while the rows go back (a swap's log entry) are dropped before the kept
ones are inserted, so nothing is doubled.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from lockcare.storage.db import Database

LOCKS_TABLE = "locks"
_LOCK_SETTING = re.compile(r"^(?P<name>.+[.:])(?P<lock_id>\d+)$")
_CHUNK = 500  # well under SQLite's limit on bound parameters


@dataclass(frozen=True)
class _ForeignKey:
    column: str
    parent: str


@dataclass(frozen=True)
class LockRecords:
    """The rows of one lock as they were when collected (opaque to callers).

    Attributes:
        lock_id: The lock's id when collected.
        rows: Table name to its rows (column name to value), parents before children.
        rowids: Table name to the rowids of those rows (to delete exactly them).
        settings: The lock's own settings (key to value).
    """

    lock_id: int
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    rowids: dict[str, list[int]] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)

    def count(self, table: str) -> int:
        """How many rows of ``table`` belong to the lock."""
        return len(self.rows.get(table, ()))


class LockRecordsRepository:
    """Collects, deletes and puts back every row of a lock.

    Args:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def collect(self, lock_id: int) -> LockRecords:
        """Read every row that belongs to the lock, changing nothing."""
        conn = self._db.connection
        schema = _schema(conn)
        rows: dict[str, list[dict[str, Any]]] = {}
        rowids: dict[str, list[int]] = {}
        keys: dict[str, set[Any]] = {}
        for table in _ordered(schema):
            if table == LOCKS_TABLE:
                links = [("id", [lock_id])]
            else:
                links = [(fk.column, list(keys[fk.parent])) for fk in schema[table] if keys.get(fk.parent)]
            found = _select(conn, table, links)
            if not found:
                continue
            rowids[table] = sorted(found)
            rows[table] = [found[rowid] for rowid in rowids[table]]
            key = _key_column(conn, table)
            keys[table] = {row[key] for row in rows[table]} if key else set()
        settings = {
            str(key): str(value)
            for key, value in conn.execute("SELECT key, value FROM settings")
            if (match := _LOCK_SETTING.match(str(key))) and int(match["lock_id"]) == lock_id
        }
        return LockRecords(lock_id=lock_id, rows=rows, rowids=rowids, settings=settings)

    def delete(self, records: LockRecords) -> None:
        """Delete exactly the rows in ``records``, children first (joins the caller's transaction)."""
        with self._db.transaction() as conn:
            for table in reversed(list(records.rows)):
                for chunk in _chunks(records.rowids[table]):
                    conn.execute(f"DELETE FROM {_name(table)} WHERE rowid IN ({_marks(chunk)})", chunk)
            conn.executemany("DELETE FROM settings WHERE key = ?", [(key,) for key in records.settings])

    def put_back(self, records: LockRecords) -> int:
        """Insert the rows again (joins the caller's transaction); returns the lock's id now.

        Raises:
            StorageError: A row conflicts with one stored since (a lock took the name).
        """
        with self._db.transaction() as conn:
            schema = _schema(conn)
            start = {table: _max_rowid(conn, table) for table in records.rows}
            new_keys: dict[str, dict[Any, Any]] = {}
            for table, rows in records.rows.items():
                # Rows a trigger added while earlier tables went back (a swap's log entry).
                conn.execute(f"DELETE FROM {_name(table)} WHERE rowid > ?", (start[table],))
                key = _key_column(conn, table)
                links = [fk for fk in schema.get(table, ()) if fk.parent in new_keys]
                renumber = key is not None and key not in {fk.column for fk in links} and _taken(
                    conn, table, key, [row[key] for row in rows])
                mapping: dict[Any, Any] = {}
                for row in rows:
                    values = dict(row)
                    for fk in links:
                        if values.get(fk.column) is not None:
                            values[fk.column] = new_keys[fk.parent].get(values[fk.column], values[fk.column])
                    if renumber:
                        del values[key]  # type: ignore[arg-type]
                    columns = list(values)
                    cursor = conn.execute(
                        f"INSERT INTO {_name(table)} ({', '.join(map(_name, columns))}) VALUES ({_marks(columns)})",
                        [values[c] for c in columns],
                    )
                    if key is not None:
                        mapping[row[key]] = cursor.lastrowid if renumber else values[key]
                new_keys[table] = mapping
            lock_id = new_keys.get(LOCKS_TABLE, {}).get(records.lock_id, records.lock_id)
            for key, value in records.settings.items():
                match = _LOCK_SETTING.match(key)
                assert match is not None
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (f"{match['name']}{lock_id}", value),
                )
        return int(lock_id)


DERIVED_TABLES = frozenset({"battery_revisions"})
"""Tables the database's triggers keep: never carried with a removed lock (putting the lock and
its readings back makes their rows again)."""


def _schema(conn: sqlite3.Connection) -> dict[str, list[_ForeignKey]]:
    """Each table (SQLite's own, ``settings`` and the derived ones left out) with its foreign keys."""
    tables = [
        str(row[0]) for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'settings'"
        ) if str(row[0]) not in DERIVED_TABLES
    ]
    return {
        table: [_ForeignKey(column=str(fk[3]), parent=str(fk[2])) for fk in conn.execute(f"PRAGMA foreign_key_list({_name(table)})")]
        for table in tables
    }


def _ordered(schema: dict[str, list[_ForeignKey]]) -> list[str]:
    """The tables that reach ``locks`` through foreign keys, each after the tables it points at."""
    reach = {LOCKS_TABLE}
    grew = True
    while grew:
        before = len(reach)
        reach |= {table for table, fks in schema.items() if any(fk.parent in reach for fk in fks)}
        grew = len(reach) > before
    order = [LOCKS_TABLE]
    pending = sorted(reach - {LOCKS_TABLE})
    while pending:
        ready = [t for t in pending if {fk.parent for fk in schema[t]} & reach - {t} <= set(order)]
        if not ready:  # a cycle between tables: keep the rest in name order
            ready = pending[:1]
        order += ready
        pending = [t for t in pending if t not in ready]
    return order


def _key_column(conn: sqlite3.Connection, table: str) -> str | None:
    """The table's single-column INTEGER PRIMARY KEY (an alias of its rowid), or None."""
    keys = [row for row in conn.execute(f"PRAGMA table_info({_name(table)})") if row[5]]
    if len(keys) == 1 and str(keys[0][2]).upper() == "INTEGER":
        return str(keys[0][1])
    return None


def _select(conn: sqlite3.Connection, table: str, links: Sequence[tuple[str, list[Any]]]) -> dict[int, dict[str, Any]]:
    """Rows of ``table`` whose ``column`` holds one of the values, by rowid."""
    found: dict[int, dict[str, Any]] = {}
    for column, values in links:
        for chunk in _chunks(values):
            cursor = conn.execute(
                f"SELECT rowid, * FROM {_name(table)} WHERE {_name(column)} IN ({_marks(chunk)})", chunk
            )
            names = [d[0] for d in cursor.description][1:]
            for rowid, *values_of_row in cursor:
                found[int(rowid)] = dict(zip(names, values_of_row, strict=True))
    return found


def _taken(conn: sqlite3.Connection, table: str, key: str, values: list[Any]) -> bool:
    return any(
        conn.execute(f"SELECT 1 FROM {_name(table)} WHERE {_name(key)} IN ({_marks(chunk)}) LIMIT 1", chunk).fetchone()
        for chunk in _chunks(values)
    )


def _max_rowid(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {_name(table)}").fetchone()[0])


def _chunks(values: Sequence[Any]) -> list[list[Any]]:
    items = list(values)
    return [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _name(identifier: str) -> str:
    """An SQL identifier, quoted (names come from the schema, never from users)."""
    return '"' + identifier.replace('"', '""') + '"'
