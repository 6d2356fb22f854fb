"""What removing a lock takes with it, said before (the confirmation) and kept after (the undo)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lockcare.core.models import Lock
from lockcare.storage.lock_records import LockRecords


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class LockFootprint:
    """How much is stored about a lock: what a removal takes with it.

    Attributes:
        name: The lock's name.
        readings: Battery readings.
        swaps: Battery swaps.
        log_entries: Maintenance log entries (swaps and troubleshooting runs included).
        events: Alarms, unlocks and door events reported by live reads.
        tasks: Recurring maintenance tasks.
        has_key: Whether a local key is stored for it.
    """

    name: str
    readings: int = 0
    swaps: int = 0
    log_entries: int = 0
    events: int = 0
    tasks: int = 0
    has_key: bool = False

    def words(self) -> str:
        """"Front door, 412 readings, 9 log entries, its key" (the confirmation's words)."""
        parts = [self.name, _count(self.readings, "reading", "readings"),
                 _count(self.log_entries, "log entry", "log entries")]
        if self.events:
            parts.append(_count(self.events, "recorded event", "recorded events"))
        if self.has_key:
            parts.append("its key")
        return ", ".join(parts)

    @classmethod
    def of(cls, lock: Lock, records: LockRecords, *, has_key: bool) -> LockFootprint:
        """Count what ``records`` holds."""
        return cls(
            name=lock.name, readings=records.count("battery_readings"), swaps=records.count("battery_swaps"),
            log_entries=records.count("log_entries"), events=records.count("lock_events"),
            tasks=records.count("recurring_tasks"), has_key=has_key,
        )


@dataclass(frozen=True)
class RemovedLock:
    """A removed lock with everything that went with it, enough to undo the removal.

    Hand it to :meth:`lockcare.services.locks.LockService.restore_removed` to put it all
    back: the lock, its readings, swaps, log entries, tasks, events, last values and key.

    Attributes:
        lock: The lock as it was.
        footprint: What went with it (counts, for "Removed Front door, 412 readings...").
        records: Every stored row of it (opaque).
        key: Its local key, if one was stored (never shown).
    """

    lock: Lock
    footprint: LockFootprint
    records: LockRecords = field(repr=False)
    key: str | None = field(default=None, repr=False)
