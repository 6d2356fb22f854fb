"""What a backup must look like to be restored: only what lockcare itself writes.

A backup file is an SQLite database anyone can edit. One with an extra trigger would run
that trigger inside lockcare later (one that deletes the log on every read, say); one with
a dropped column or a date that is no date would make every command fail after the
restore. So before anything is swapped in, the file is compared with what lockcare's own
migrations make for the schema version it claims:

* **Schema**: every table, column, index, trigger and view, by its SQL, must be exactly the
  set the migrations up to that version create (besides the backup's own manifest and key
  tables). Nothing added, nothing missing, nothing changed.
* **Values**: every column holds the type it was declared with (SQLite would store text in
  an INTEGER column); times (columns named ``at`` or ``*_at``) are ISO 8601; a lock's
  kind is one lockcare knows; the JSON columns hold JSON of the right shape.

Each check returns a short reason for the refusal, or None.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from datetime import datetime

from lockcare.core.models import LockKind
from lockcare.storage.migrations import MIGRATIONS, split_statements

SchemaEntry = tuple[str, str, str, str]
"""(type, name, table, normalised SQL) of one ``sqlite_master`` row."""

_JSON_SHAPES: dict[tuple[str, str], type] = {
    ("locks", "dp_map"): dict,
    ("locks", "alarm_order"): list,
    ("troubleshoot_runs", "steps"): list,
}
_ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("locks", "kind"): frozenset(LockKind),
}
_TYPES_ALLOWED = {
    "INTEGER": ("integer",),
    "REAL": ("real", "integer"),
    "TEXT": ("text",),
}


def schema_problem(conn: sqlite3.Connection, version: int, *, own_tables: frozenset[str]) -> str | None:
    """Why the database's schema is not the one lockcare's migrations make for ``version``, or None.

    Args:
        conn: The backup, open read-only.
        version: The schema version it claims (already checked to be known).
        own_tables: The backup's own tables (manifest, keys), allowed besides the schema.
    """
    found = {entry for entry in _schema(conn) if entry[1] not in own_tables and entry[2] not in own_tables}
    expected = expected_schema(version)
    extra = sorted(found - expected, key=lambda e: (e[0], e[1]))
    missing = sorted(expected - found, key=lambda e: (e[0], e[1]))
    missing_names = {(kind, name) for kind, name, _t, _s in missing}
    changed = [e for e in extra if (e[0], e[1]) in missing_names]
    if changed:
        return f"its {changed[0][0]} “{changed[0][1]}” is not the one lockcare makes"
    if extra:
        return f"it holds a {extra[0][0]} lockcare never makes (“{extra[0][1]}”)"
    if missing:
        return f"its {missing[0][0]} “{missing[0][1]}” is missing"
    return None


def values_problem(conn: sqlite3.Connection, *, own_tables: frozenset[str]) -> str | None:
    """Why a value in the database cannot be lockcare's, or None (reads every row once)."""
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in (t for t in tables if t not in own_tables):
        columns = [(str(row[1]), str(row[2]).upper(), bool(row[3])) for row in conn.execute(f"PRAGMA table_info({_q(table)})")]
        for column, declared, _not_null in columns:
            allowed = _TYPES_ALLOWED.get(declared)
            if allowed is not None:
                bad = conn.execute(
                    f"SELECT typeof({_q(column)}) FROM {_q(table)} WHERE typeof({_q(column)}) NOT IN "
                    f"({', '.join('?' * (len(allowed) + 1))}) LIMIT 1", (*allowed, "null"),
                ).fetchone()
                if bad is not None:
                    return f"{table}.{column} holds {bad[0]} where lockcare stores {declared.lower()}"
            check = _value_check(table, column)
            if check is None:
                continue
            cursor = conn.execute(f"SELECT {_q(column)} FROM {_q(table)} WHERE {_q(column)} IS NOT NULL")
            for (value,) in cursor:
                if not check(value):
                    return f"{table}.{column} holds “{str(value)[:40]}”, which lockcare never writes there"
    return None


@functools.cache
def expected_schema(version: int) -> frozenset[SchemaEntry]:
    """What lockcare's migrations up to ``version`` create, as ``sqlite_master`` entries."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            for statement in split_statements(script):
                conn.execute(statement)
        return frozenset(_schema(conn))
    finally:
        conn.close()


def _schema(conn: sqlite3.Connection) -> list[SchemaEntry]:
    return [
        (str(kind), str(name), str(table), " ".join(str(sql or "").split()))
        for kind, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    ]


def _value_check(table: str, column: str) -> Callable[[object], bool] | None:
    if column == "at" or column.endswith("_at"):
        return _is_time
    if (table, column) in _JSON_SHAPES:
        shape = _JSON_SHAPES[(table, column)]
        return lambda value: _is_json(value, shape)
    if (table, column) in _ENUMS:
        known = _ENUMS[(table, column)]
        return lambda value: value in known
    return None


def _is_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_json(value: object, shape: type) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return isinstance(json.loads(value), shape)
    except (ValueError, RecursionError):
        return False


def _q(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'
