"""How long does a ten-year battery history take to load, forecast and draw?

Builds a temporary database with one lock and ten years of 15-minute readings (about
350,000) and a battery swap every nine months, then times, in one process:

* storing the readings (once, for scale),
* loading them back as numpy columns through ``BatteryRepository.reading_arrays`` (what the
  lock page's background load does) and, for comparison, as objects (``readings``),
* the forecaster on the whole history, ``BatteryService.history`` end to end (columns,
  forecast, swap proposals, sets: what the page's load computes; the forecast and the
  proposals are then kept, so the timing clears the cache first) and with the cache warm,
* the chart: ``chart_data`` (made in the pool) and ``BatteryChart.set_data`` (on the GUI
  thread), one offscreen frame (``grab()``) in the default recent view and zoomed out to the
  whole ten years, and one pan step.

Run: ``python benchmarks/chart_history.py [--years N] [--every MINUTES] [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lockcare.core.battery import forecast  # noqa: E402
from lockcare.core.models import BatteryReading, BatterySwap, Lock, ReadingSource  # noqa: E402
from lockcare.services.battery import BatteryService  # noqa: E402
from lockcare.storage import open_storage  # noqa: E402

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SET_DAYS = 270


def history(lock_id: int, years: float, every_minutes: int) -> tuple[list[BatteryReading], list[BatterySwap]]:
    """Readings every ``every_minutes`` for ``years``, falling over each 9-month set, in 5 % steps."""
    rng = random.Random(42)
    start = NOW - timedelta(days=365.25 * years)
    step = timedelta(minutes=every_minutes)
    swaps, readings = [], []
    at, set_start = start, start
    swaps.append(BatterySwap(lock_id, set_start, "aa-alkaline", "Varta", 4))
    while at < NOW:
        used = (at - set_start).total_seconds() / 86400.0 / SET_DAYS
        if used >= 1.0:
            set_start = at
            swaps.append(BatterySwap(lock_id, set_start, "aa-alkaline", "Varta", 4))
            used = 0.0
        level = max(0.0, min(100.0, 100 - 85 * used ** 1.2 + rng.uniform(-2, 2)))
        readings.append(BatteryReading(lock_id, at, percent=int(5 * round(level / 5)), source=ReadingSource.LIVE))
        at += step
    return readings, swaps


def timed(label: str, work: Callable[[], object], runs: int = 1) -> object:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - began)
    extra = f"  (median of {runs}, min {min(times) * 1000:.0f} ms)" if runs > 1 else ""
    print(f"  {label:<44} {statistics.median(times) * 1000:8.0f} ms{extra}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--every", type=int, default=15, help="minutes between readings")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from lockcare.ui.battery.chart import BatteryChart
    from lockcare.ui.battery.chart_data import chart_data
    from lockcare.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory(prefix="lockcare-bench-") as folder:
        storage = open_storage(Path(folder))
        try:
            lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="10.0.0.2"))
            assert lock.id is not None
            readings, swaps = history(lock.id, args.years, args.every)
            print(f"{len(readings):,} readings over {args.years:g} years, {len(swaps)} battery sets")
            print("storage")
            timed("store readings (one transaction)", lambda: storage.battery.add_readings(readings))
            for swap in swaps:
                storage.battery.add_swap(swap)
            columns = timed("load as columns (reading_arrays)", lambda: storage.battery.reading_arrays(lock.id), args.runs)
            loaded = timed("load as objects (readings), for comparison", lambda: storage.battery.readings(lock.id), 1)
            stored_swaps = storage.battery.swaps(lock.id)
            assert isinstance(loaded, list) and len(loaded) == len(readings) == len(columns)  # type: ignore[arg-type]
            print(f"  columns: {columns.nbytes / 2**20:.1f} MB")  # type: ignore[union-attr]
            del loaded

            print("forecast")
            rows = columns.readings()  # type: ignore[union-attr]
            result = timed("forecast() on the whole history (given rows)",
                           lambda: forecast(rows, stored_swaps, now=NOW), args.runs)
            del rows
            service = BatteryService(storage.locks, storage.battery, clock=lambda: NOW)

            def cold_history() -> object:
                service.cache.clear()
                return service.history(lock)

            history_made = timed("BatteryService.history (cache cleared)", cold_history, args.runs)
            timed("BatteryService.history (forecast kept)", lambda: service.history(lock), args.runs)
            service.cache.clear()
            timed("BatteryService.fleet (cache cleared, current set)", service.fleet, 1)
            timed("BatteryService.fleet (forecast kept)", service.fleet, args.runs)
            report = history_made.report  # type: ignore[union-attr]
            print(f"  -> {getattr(result, 'status', '?')}, replace by {getattr(result, 'replace_by', None)}")

            print("chart (offscreen, 1000 x 500)")
            chart = BatteryChart()
            chart.resize(1000, 500)
            chart.show()
            app.processEvents()
            data = timed("chart_data (in the pool)", lambda: chart_data(columns, stored_swaps, report.forecast, NOW),
                         args.runs)
            timed("set_data (GUI thread)", lambda: chart.set_data(data), args.runs)  # type: ignore[arg-type]
            print(f"  points handed to pyqtgraph: {chart.readings_curve.xData.size:,}")
            timed("first frame, recent view: grab()", chart.grab, 1)
            timed("frame, recent view: grab()", chart.grab, args.runs)
            chart.show_all()
            timed("first frame, all 10 years: grab()", chart.grab, 1)
            timed("frame, all 10 years: grab()", chart.grab, args.runs)
            chart.show_recent()
            (left, right), _ = chart.plot_item.getViewBox().viewRange()

            def pan() -> object:
                shift = (right - left) * 0.1
                chart.plot_item.setXRange(left - shift, right - shift, padding=0)
                return chart.grab()

            timed("pan by 10 % + frame", pan, args.runs)
            chart.close()
        finally:
            storage.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
