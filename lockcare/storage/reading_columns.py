"""Read a lock's battery readings straight into numpy columns.

Fetching 350,000 rows as Python tuples (and then objects) costs seconds and a hundred
megabytes. Instead SQLite joins each column into one string (``group_concat``) and numpy
parses those strings in C: no Python object per row, and while SQLite works the Python
sqlite3 module has released the GIL, so the GUI thread runs on.

Times are stored as fixed-width UTC text (``2026-11-20T12:00:00.000000+00:00``, see
:func:`lockcare.storage.db.to_db_time`): their first 26 characters, joined without a
separator, are parsed by numpy as ``datetime64[us]``. Rows stored another way (never by
this lockcare; a hand-edited file perhaps) are read one by one instead.
"""

from __future__ import annotations

import sqlite3

import numpy as np

from lockcare.core.battery.arrays import SOURCE_CODES, ReadingArrays
from lockcare.core.vocabulary import LEVEL_RANKS
from lockcare.storage.db import from_db_time

CANONICAL_TIME_LENGTH = 32
"""Length of a time written by :func:`lockcare.storage.db.to_db_time`."""
_LEVEL_CASE = "CASE level " + " ".join(f"WHEN '{level}' THEN {rank}" for level, rank in LEVEL_RANKS.items()) + " ELSE -1 END"
_SOURCE_CASE = "CASE source " + " ".join(f"WHEN '{word}' THEN {code}" for word, code in SOURCE_CODES.items()) + " ELSE 0 END"


def read_columns(conn: sqlite3.Connection, lock_id: int, since: str | None = None) -> ReadingArrays:
    """A lock's readings (optionally from the stored time ``since`` on) as :class:`ReadingArrays`."""
    where, params = "lock_id = ?", [lock_id]
    if since is not None:
        where += " AND at >= ?"
        params.append(since)
    cursor = conn.cursor()
    cursor.row_factory = None
    try:
        count, canonical, times, percents, levels, sources = cursor.execute(
            f"SELECT count(*), total(length(at) = {CANONICAL_TIME_LENGTH}), group_concat(substr(at, 1, 26), ''), "
            f"group_concat(coalesce(percent, -1)), group_concat({_LEVEL_CASE}), "
            f"group_concat({_SOURCE_CASE} + 8 * (via_gateway != 0)) "
            f"FROM (SELECT * FROM battery_readings WHERE {where} ORDER BY at, id)",
            params,
        ).fetchone()
        if not count:
            return ReadingArrays.empty(lock_id)
        if int(canonical) == count:
            at = np.frombuffer(times.encode("ascii"), dtype="S26").astype("datetime64[us]").astype(np.int64) / 1e6
        else:
            rows = cursor.execute(f"SELECT at FROM battery_readings WHERE {where} ORDER BY at, id", params).fetchall()
            at = np.array([from_db_time(row[0]).timestamp() for row in rows], dtype=float)  # type: ignore[union-attr]
    finally:
        cursor.close()
    percent = np.fromstring(percents, dtype=np.float32, sep=",")
    percent[percent < 0] = np.nan
    codes = np.fromstring(sources, dtype=np.int8, sep=",")
    return ReadingArrays(
        lock_id, at, percent, np.fromstring(levels, dtype=np.int8, sep=","), codes % 8, codes >= 8,
    )
