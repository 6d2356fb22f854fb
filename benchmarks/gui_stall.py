"""Does the window ever stall? The longest event-loop gap while opening, switching and refreshing
locks with ten years of 15-minute readings each, and the memory the app holds afterwards.

Builds (once, then reuses) a data folder of ``--locks`` locks (default 10) with ``--years``
years (default 10) of readings every 15 minutes (350,640 per lock), written with
``executemany``: percent readings in 1 %, 5 % and 10 % steps, one lock that reports only
``battery_state`` levels, and one whose battery changes were never recorded (its whole
history is one "current set"). Then it drives the real window offscreen (``LockcareApp``,
the window, the Battery tab on screen) while a 10 ms ``QTimer`` records the time between
its ticks: a tick that comes late means the GUI thread was busy. Phases:

* **start**: the window is built and shown; until the lock list and first lock have arrived.
* **open**: each lock in turn is selected, until its history, report and chart are shown.
* **switch**: quick switching (a new lock every 50 ms, ten times), then until settled.
* **refresh**: a full refresh, the home page (fleet), the Due page, back to a lock.

For each phase it prints the longest gap and the number of gaps over 100 ms, then the
resident memory (RSS now, and the peak) after every lock was visited.

``--source DIR`` measures another checkout (e.g. ``/work/main`` for "before"); each source
gets its own data folder (schemas differ). Usage::

    python benchmarks/gui_stall.py [--locks 10] [--years 10] [--data DIR] [--source DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
ROOT = Path(__file__).resolve().parents[1]
TICK_MS = 10
STALL_MS = 100.0
STEP_MINUTES = 15
STYLES = ("5", "1", "10", "5", "enum", "1", "5", "unrecorded", "10", "5")
"""How each lock reports: percent steps, levels only, or percent with its swaps never recorded."""


def build(folder: Path, locks: int, years: float) -> None:
    """Write the benchmark's locks and readings (fast: numpy for the values, executemany for the rows)."""
    import numpy as np

    from lockcare.core.models import BatterySwap, Lock
    from lockcare.storage import open_storage

    storage = open_storage(folder)
    rng = np.random.default_rng(12)
    now = np.datetime64("now", "s").astype(np.int64)
    start = now - int(years * 365.25 * 86400)
    times = np.arange(start, now, STEP_MINUTES * 60, dtype=np.int64)
    stamps = [f"{t}+00:00" for t in np.datetime_as_string(times.astype("datetime64[us]"), unit="us").tolist()]
    try:
        for n in range(locks):
            style = STYLES[n % len(STYLES)]
            lock = storage.locks.add(Lock(name=f"Door {n + 1:02d}", device_id=f"benchlock{n:011d}", address="127.0.0.1",
                                          port=9))
            assert lock.id is not None
            lives = rng.uniform(200, 330, size=int(years * 2) + 2) * 86400.0  # each set lasts 7-11 months
            ends = times[0] + np.cumsum(lives)
            swaps = times[np.searchsorted(times, ends[ends < times[-1]])].astype(float).tolist()
            which = np.searchsorted(swaps, times, side="right")  # the set each reading belongs to
            age = (times - np.array([float(times[0]), *swaps])[which]) / lives[which]
            level = np.clip(100 - 85 * age ** 1.2 + rng.normal(0, 1.5, times.size), 0, 100)
            if style == "enum":
                words = np.where(level >= 60, "high", np.where(level >= 30, "medium", np.where(level >= 10, "low", "poweroff")))
                rows = [(lock.id, at, None, word, "live") for at, word in zip(stamps, words.tolist())]
            else:
                step = 1 if style == "unrecorded" else int(style)
                percent = (np.round(level / step) * step).astype(int).tolist()
                rows = [(lock.id, at, p, None, "live") for at, p in zip(stamps, percent)]
            with storage.transaction() as conn:
                conn.executemany("INSERT INTO battery_readings (lock_id, at, percent, level, source) VALUES (?, ?, ?, ?, ?)", rows)
            if style != "unrecorded":
                from datetime import UTC, datetime

                for at in [float(times[0]), *swaps]:
                    storage.battery.add_swap(BatterySwap(lock.id, datetime.fromtimestamp(at, UTC), "aa-alkaline", "Varta", 4))
            print(f"  {lock.name}: {len(rows):,} readings ({style}), {0 if style == 'unrecorded' else len(swaps) + 1} swaps recorded", flush=True)
    finally:
        storage.close()


def rss_mb() -> tuple[float, float]:
    """(resident now, peak resident) in MB."""
    with open("/proc/self/statm") as handle:
        resident = int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return resident / 2**20, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Gaps:
    """The time between ticks of a 10 ms timer, per phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.phase = "start"
        self.by_phase: dict[str, list[float]] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.by_phase.setdefault(self.phase, []).append((now - self._last) * 1000)
        self._last = now

    def enter(self, phase: str) -> None:
        self.phase = phase


def drive(script: Iterator[Callable[[], bool] | None], on_end: Callable[[], None], timeout_s: float = 600) -> None:
    """Run ``script`` step by step from the event loop: each step may return a condition to wait for."""
    from PySide6.QtCore import QTimer

    deadline = time.monotonic() + timeout_s
    waiting: list[Callable[[], bool] | None] = [None]
    poll = QTimer()
    poll.setInterval(20)

    def step() -> None:
        if time.monotonic() > deadline:
            poll.stop()
            raise SystemExit("the benchmark timed out waiting for the window")
        if waiting[0] is not None and not waiting[0]():
            return
        try:
            waiting[0] = next(script)
        except StopIteration:
            poll.stop()
            on_end()

    poll.timeout.connect(step)
    poll.start()
    drive.poll = poll  # type: ignore[attr-defined]  # keep the timer alive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locks", type=int, default=10)
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--data", type=Path, help="data folder to build once and reuse")
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    args = parser.parse_args()
    source = args.source.resolve()
    sys.path.insert(0, str(source))
    tag = hashlib.sha1(f"{source}|{args.locks}|{args.years}".encode()).hexdigest()[:10]
    folder = args.data or Path(tempfile.gettempdir()) / f"lockcare-gui-stall-{tag}"
    if not (folder / "lockcare.sqlite3").exists() or not (folder / "built").exists():
        print(f"building {folder} ({args.locks} locks x {args.years:g} years of 15-minute readings)...", flush=True)
        folder.mkdir(parents=True, exist_ok=True)
        began = time.perf_counter()
        build(folder, args.locks, args.years)
        (folder / "built").write_text("ok")
        print(f"  built in {time.perf_counter() - began:.1f} s", flush=True)

    from PySide6.QtWidgets import QApplication

    import lockcare
    from lockcare.app import LockcareApp
    from lockcare.storage.keys import MemoryKeyStore

    print(f"lockcare from {Path(lockcare.__file__).parent.parent}; data {folder}")
    app = QApplication.instance() or QApplication([])
    gaps = Gaps()
    began = time.perf_counter()
    core = LockcareApp(folder, key_store=MemoryKeyStore())
    window = core.build_window()
    window.resize(1200, 760)
    window.show()
    shown = time.perf_counter() - began
    device_ids = [lock.device_id for lock in core.services.locks.locks()]
    marks: dict[str, tuple[float, float]] = {}

    def loaded() -> bool:
        return not getattr(window, "loading", False)

    def script() -> Iterator[Callable[[], bool] | None]:
        yield loaded
        window.lock_page.tabs.setCurrentWidget(window.lock_page.battery_panel)
        yield loaded
        marks["start"] = rss_mb()
        gaps.enter("open")
        for device_id in device_ids:
            window.select_lock(device_id)
            yield loaded
        marks["open"] = rss_mb()
        gaps.enter("switch")
        for device_id in (device_ids * 2)[3:13]:
            window.select_lock(device_id)
            settle_at = time.perf_counter() + 0.05
            yield lambda at=settle_at: time.perf_counter() >= at
        yield loaded
        marks["switch"] = rss_mb()
        gaps.enter("refresh")
        window.refresh()
        yield loaded
        window.show_home()
        yield loaded
        window.show_due()
        yield loaded
        window.select_lock(device_ids[0])
        yield loaded
        marks["refresh"] = rss_mb()

    drive(script(), app.quit)
    app.exec()
    gaps.timer.stop()
    print(f"window built and shown in {shown * 1000:.0f} ms (the 'start' phase runs from before that)")
    print(f"{'phase':<9} {'ticks':>6} {'longest gap':>12} {'gaps>100ms':>11} {'RSS after':>10}")
    worst = 0.0
    for phase in ("start", "open", "switch", "refresh"):
        times = gaps.by_phase.get(phase, [0.0])
        worst = max(worst, max(times))
        print(f"{phase:<9} {len(times):>6} {max(times):>9.0f} ms {sum(t > STALL_MS for t in times):>11} "
              f"{marks.get(phase, (0.0, 0.0))[0]:>7.0f} MB")
    now_mb, peak_mb = rss_mb()
    print(f"longest GUI-thread gap overall: {worst:.0f} ms (timer every {TICK_MS} ms)")
    print(f"RSS after visiting all {len(device_ids)} locks: {marks['open'][0]:.0f} MB; at the end {now_mb:.0f} MB; "
          f"peak {peak_mb:.0f} MB")
    core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
