"""Read a lock's battery readings straight into numpy columns.

Fetching 350,000 rows as Python tuples (and then objects) costs seconds and a hundred
megabytes. Instead SQLite joins each column into one string (``group_concat``) and numpy
parses those strings in C: no Python object per row, and while SQLite works the Python
sqlite3 module has released the GIL, so the GUI thread runs on.

The small numbers (percent, level rank, source code) come as one character each
(``char(value + 64)``, all below 256), so a column is a byte string numpy reads without
parsing: parsing "87,86,85,..." with ``numpy.fromstring`` held the GIL for a tenth of a
second per ten-year lock, long enough to stall the window.

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
CHAR_OFFSET = 64
"""Added to each small number before ``char()``: -1 (no value) becomes "?", 100 becomes chr(164)."""
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
            f"group_concat(char(coalesce(percent, -1) + {CHAR_OFFSET}), ''), "
            f"group_concat(char({_LEVEL_CASE} + {CHAR_OFFSET}), ''), "
            f"group_concat(char({_SOURCE_CASE} + 8 * (via_gateway != 0) + {CHAR_OFFSET}), '') "
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
    percent = _small_numbers(percents).astype(np.float32)
    percent[percent < 0] = np.nan
    codes = _small_numbers(sources)
    return ReadingArrays(lock_id, at, percent, _small_numbers(levels), codes % 8, codes >= 8)


def _small_numbers(column: str) -> np.ndarray:
    """A column of ``char(value + CHAR_OFFSET)`` back as int8 values (no parsing: one byte each)."""
    return (np.frombuffer(column.encode("latin-1"), dtype=np.uint8).astype(np.int16) - CHAR_OFFSET).astype(np.int8)
