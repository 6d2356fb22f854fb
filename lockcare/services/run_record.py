"""When lockcare last ran, so the next start can say what fell due while it was closed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from lockcare.storage.settings_repository import SettingsRepository

LAST_RUN_KEY = "app.last-run-at"
"""Settings key holding when lockcare last ran (UTC ISO 8601)."""


class RunRecord:
    """Records that lockcare is running (at start, on a timer, and at exit).

    Args:
        settings: Where the time is kept.
        clock: Returns "now".
    """

    def __init__(self, settings: SettingsRepository, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._settings = settings
        self._clock = clock

    def now(self) -> datetime:
        """The service's idea of the current time."""
        return self._clock()

    def last_run_at(self) -> datetime | None:
        """When lockcare last recorded that it ran, or None."""
        text = self._settings.get(LAST_RUN_KEY)
        return datetime.fromisoformat(text) if text else None

    def mark_running(self, *, now: datetime | None = None) -> None:
        """Record that lockcare is running now."""
        current = (now or self._clock()).astimezone(UTC)
        self._settings.set(LAST_RUN_KEY, current.isoformat())
