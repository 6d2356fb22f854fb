"""Forecasts worked out once: a bounded cache shared by the GUI thread and the workers.

The window, the Due page, the fleet and the tasks panel all want the same lock's forecast,
often at the same moment from different threads. :class:`ForecastCache` keeps the answers
by :class:`ForecastKey` (everything a forecast depends on), and when two threads ask for a
key nobody has yet, the second waits for the first instead of working it out again.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from typing import Any

CACHE_SIZE = 256
"""Entries kept (a few per lock: forecast and swap proposals); the oldest go first."""
UNLOCKS_STEP = 0.5
"""Unlocks per day are rounded to this step for the key (and the forecast uses the rounded value)."""


def rounded_unlocks(unlocks_per_day: float | None) -> float | None:
    """Unlocks per day to the nearest :data:`UNLOCKS_STEP` (None stays None)."""
    return None if unlocks_per_day is None else round(unlocks_per_day / UNLOCKS_STEP) * UNLOCKS_STEP


@dataclass(frozen=True, slots=True)
class ForecastKey:
    """Everything a lock's forecast depends on.

    Attributes:
        lock_id: The lock.
        revision: Its battery revision (changes with any reading or swap written).
        voice_prompts: Whether the lock speaks.
        threshold: Replace-at level in %.
        unlocks_per_day: Use of the door, rounded (:func:`rounded_unlocks`), or None.
        day: Today's date: a forecast is worked out afresh each day.
    """

    lock_id: int
    revision: int
    voice_prompts: bool
    threshold: int
    unlocks_per_day: float | None
    day: date


class _Pending:
    """A value one thread is working out while others wait for it."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None


class ForecastCache:
    """A thread-safe, bounded map from keys to values worked out once.

    Args:
        size: How many values to keep (least recently used go first).
    """

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._size = size
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._pending: dict[Hashable, _Pending] = {}
        self._lock = threading.Lock()
        self.computed = 0
        """How many values were worked out (not found): for tests and benchmarks."""

    def __len__(self) -> int:
        with self._lock:
            return len(self._values)

    def get_or_compute(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The value for ``key``: kept, being worked out by another thread (then waited for), or worked out now.

        If ``compute`` raises, the error goes to this caller and to those waiting; nothing is kept.
        """
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
            pending = self._pending.get(key)
            owner = pending is None
            if owner:
                pending = self._pending[key] = _Pending()
        assert pending is not None
        if not owner:
            pending.done.wait()
            if pending.error is not None:
                raise pending.error
            return pending.value
        try:
            pending.value = compute()
        except BaseException as exc:
            pending.error = exc
            raise
        finally:
            with self._lock:
                del self._pending[key]
                if pending.error is None:
                    self._values[key] = pending.value
                    self.computed += 1
                    while len(self._values) > self._size:
                        self._values.popitem(last=False)
            pending.done.set()
        return pending.value

    def clear(self) -> None:
        """Forget every kept value."""
        with self._lock:
            self._values.clear()
