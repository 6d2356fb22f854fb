"""The last value each data point of a lock reported, so a read can tell what changed.

A lock's status reply repeats its last alarm and its last unlock record; only values that
differ from the previous read are new events. The values are kept as JSON, one settings
row per lock (``last_dps:<lock id>``), so older databases need no migration.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from lockcare.storage.settings_repository import SettingsRepository

_KEY = "last_dps:{lock_id}"


class LastValuesRepository:
    """Reads and writes the last reported data-point values of each lock.

    Args:
        settings: Where the values are kept.
    """

    def __init__(self, settings: SettingsRepository) -> None:
        self._settings = settings

    def get(self, lock_id: int) -> dict[str, object]:
        """The values of the lock's last read, by DP number (empty before the first read)."""
        text = self._settings.get(_KEY.format(lock_id=lock_id))
        return json.loads(text) if text else {}

    def remember(self, lock_id: int, values: Mapping[str, object]) -> None:
        """Store the values of a read (joins the caller's transaction); values JSON cannot hold are left out."""
        kept = {dp: value for dp, value in values.items() if isinstance(value, (str, int, float, bool)) or value is None}
        self._settings.set(_KEY.format(lock_id=lock_id), json.dumps(kept, sort_keys=True))
