"""Small named values lockcare keeps about itself: when it last ran, which locks got their tasks.

They live in the ``settings`` table as text; each user of a key owns its format.
"""

from __future__ import annotations

from lockcare.storage.db import Database


class SettingsRepository:
    """Reads and writes the ``settings`` table.

    Args:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        """Return a stored setting, or None."""
        rows = self._db.query("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0]["value"] if rows else None

    def set(self, key: str, value: str) -> None:
        """Store a setting, replacing any earlier value."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
