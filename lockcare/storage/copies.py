"""Consistent copies of an open database, kept beside it before risky steps (migrations, restores)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lockcare.atomic import atomic_path


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``conn``'s database to ``target``, atomically, readable by the user only.

    SQLite's online backup API copies a consistent state even while the database is in use.

    Raises:
        sqlite3.Error, OSError: The copy could not be written (``target`` is as it was).
    """
    with atomic_path(target, permissions=0o600) as tmp:
        out = sqlite3.connect(tmp)
        try:
            conn.backup(out)
        finally:
            out.close()
    return target
