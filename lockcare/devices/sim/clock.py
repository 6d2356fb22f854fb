"""A simulated clock the emulator can fast-forward (battery drain, timestamps)."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone


class SimClock:
    """Wall-clock time that starts at a given moment and only moves when told to.

    The clock does not tick by itself: ``now()`` returns the start time plus every
    ``advance()`` so far. Thread-safe.

    Args:
        start: Starting moment (aware datetime). Defaults to the real current time.
    """

    def __init__(self, start: datetime | None = None) -> None:
        if start is None:
            start = datetime.now(timezone.utc).replace(microsecond=0)
        if start.tzinfo is None:
            raise ValueError("SimClock needs an aware datetime")
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """Return the simulated current time."""
        with self._lock:
            return self._now

    def timestamp(self) -> int:
        """Return the simulated current time as integer epoch seconds (Tuya's ``t``)."""
        return int(self.now().timestamp())

    def advance(self, delta: timedelta) -> datetime:
        """Move the clock forward and return the new time.

        Raises:
            ValueError: if ``delta`` is negative.
        """
        if delta < timedelta(0):
            raise ValueError("the simulated clock cannot go backwards")
        with self._lock:
            self._now += delta
            return self._now

