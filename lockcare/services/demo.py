"""The demo: a temporary data folder with example locks and months of history.

Nothing of the user's is touched; the folder is deleted when the demo window closes.
"""

from __future__ import annotations

import math
import random
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lockcare.core.models import BatteryReading, Lock, LockKind, LockStatus, ReadingSource
from lockcare.storage import open_storage

DEMO_NOTE = (
    "Demo: these locks are emulated and their history is made up. Nothing here touches your own "
    "locks or data; close the window to leave the demo."
)


@dataclass
class DemoSession:
    """A running demo: its data folder and what to stop when it ends."""

    data_dir: Path
    note: str = DEMO_NOTE
    _stoppers: list = field(default_factory=list)

    def stop(self) -> None:
        """Stop anything the demo started and delete its folder."""
        for stop in reversed(self._stoppers):
            stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def start_demo(data_dir: Path, *, now: datetime | None = None) -> DemoSession:
    """Create demo locks with history in ``data_dir`` and return the session."""
    seed_history(data_dir, now=now or datetime.now(UTC))
    return DemoSession(data_dir=data_dir)


def seed_history(data_dir: Path, *, now: datetime) -> list[Lock]:
    """Add three example locks with about seven months of readings and swaps."""
    storage = open_storage(data_dir)
    rng = random.Random(7)
    try:
        locks = [
            storage.locks.add(Lock(name="Front door", device_id="demo0front0door00001", address="127.0.0.1",
                                   version="3.4", category="jtmspro", product_id="oufbykkic2alxcjw",
                                   product_name="Wi-Fi fingerprint lock", created_at=now - timedelta(days=400))),
            storage.locks.add(Lock(name="Back door", device_id="demo0back0door000002", address="127.0.0.1",
                                   version="3.3", category="ms", product_name="Wi-Fi keypad lock",
                                   created_at=now - timedelta(days=400))),
            storage.locks.add(Lock(name="Garage gate", device_id="demo0garage0gate0003", kind=LockKind.GATEWAY_CHILD,
                                   category="jtmspro", product_name="Bluetooth lock", parent_device_id="demo0gateway00000009",
                                   node_id="a4c1380000000003", created_at=now - timedelta(days=400))),
        ]
        lives = (260, 300, 150)
        ages = (205, 60, 128)
        for lock, life, age in zip(locks, lives, ages, strict=True):
            assert lock.id is not None
            swap_at = now - timedelta(days=age)
            storage.battery.add_swap(_swap(lock.id, swap_at - timedelta(days=life + 12), "Duracell"))
            storage.battery.add_swap(_swap(lock.id, swap_at, "Varta"))
            readings = []
            for day in range(0, age, 3):
                used = day / life
                percent = max(0, min(100, round(100 - 100 * used ** 1.3 + rng.uniform(-2, 2))))
                percent = int(5 * math.floor(percent / 5))
                readings.append(BatteryReading(lock_id=lock.id, at=swap_at + timedelta(days=day, hours=rng.uniform(7, 21)),
                                               percent=percent, source=ReadingSource.LIVE,
                                               via_gateway=lock.is_gateway_child))
            storage.battery.add_readings(readings)
            storage.locks.save_status(LockStatus(lock_id=lock.id, last_attempt_at=now, last_seen_at=readings[-1].at,
                                                 state="asleep" if lock.kind is LockKind.WIFI else "ok"))
        return locks
    finally:
        storage.close()


def _swap(lock_id: int, at: datetime, brand: str):
    from lockcare.core.models import BatterySwap

    return BatterySwap(lock_id=lock_id, at=at, battery_type="aa-alkaline", brand=brand, count=4)
