"""How good is the battery forecast on sets it was not tuned on? And how fast is it?

Each simulator's sets are forecast at 25, 50 and 75 % of their true life. The range
calibration is measured on one simulator and the forecasts are scored on the *other*,
both ways, so neither report has seen its own simulator's sets (different seeds too).
Then the shipped table (measured on both simulators, see ``calibrate_forecast.py``) is
scored on fresh sets of each. The forecaster is timed first, in a small heap as in the app.

Printed per group (battery type, reporting style, point in the set's life, number of
earlier sets of the same lock, voice prompts): median absolute error in days, median
signed error (bias; + is late), share of true dates inside the 80 % range, median range
width, next to the rule of thumb (8-10 months for alkaline; its range's coverage) and a
least-squares line (see ``forecast_eval``). Deterministic: everything is seeded.

Run: ``python benchmarks/forecast_accuracy.py [--sets N] [--no-timing]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.calibrate_forecast import CALIBRATION_SEED  # noqa: E402
from benchmarks.forecast_eval import Fitted, build_table, fit, report  # noqa: E402
from benchmarks.simulators import SIMULATORS  # noqa: E402
from benchmarks.traces import long_history  # noqa: E402
from lockcare.core.battery import Reading, Swap, detect_swaps, forecast  # noqa: E402
from lockcare.core.battery.calibration import shipped  # noqa: E402

SCORING_SEED = 20240601


def _fitted(name: str, sets: int, seed: int) -> list[Fitted]:
    return [fit(case) for case in SIMULATORS[name](sets, seed)]


def accuracy(sets: int) -> None:
    """Print the held-out reports both ways and the shipped table's."""
    names = list(SIMULATORS)
    tuning = {name: _fitted(name, sets, CALIBRATION_SEED) for name in names}
    scoring = {name: _fitted(name, sets, SCORING_SEED) for name in names}
    for scored in names:
        others = [n for n in names if n != scored] or [scored]
        tuned = [f for n in others for f in tuning[n]]
        table = build_table(tuned, "+".join(others))
        held_out = "held out" if scored not in others else "NOT held out: only one simulator"
        report(f"Simulator {scored}, range calibrated on simulator {'+'.join(others)} ({held_out})",
               scoring[scored], table)
    table = shipped()
    for scored in names:
        report(f"Simulator {scored}, shipped table ({table.source})", scoring[scored], table)
    fits = [f for each in scoring.values() for f in each]
    per_fit = sorted(f.seconds * 1000 for f in fits)
    print(f"\nFitting the sets above: median {statistics.median(per_fit):.1f} ms, 95th percentile "
          f"{per_fit[int(0.95 * len(per_fit))]:.1f} ms (wall clock; median "
          f"{statistics.median(len(f.case.readings) for f in fits):.0f} readings per set)")


def _best_ms(call, repeat: int = 7) -> tuple[float, float, object]:
    """Best CPU and best wall-clock milliseconds of ``repeat`` calls, and the result."""
    cpu = wall = float("inf")
    result = None
    for _ in range(repeat):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        result = call()
        cpu = min(cpu, time.process_time() - start_cpu)
        wall = min(wall, time.perf_counter() - start_wall)
    return cpu * 1000, wall * 1000, result


def timing() -> None:
    """Print ms per ``forecast`` call for typical and very long histories."""
    print("Timing: ms per call, best of 7, CPU time and wall clock (the machine is shared:")
    print("CPU time is the steadier figure)")
    swap = datetime(2024, 1, 1, tzinfo=UTC)
    two_k = [Reading(swap + timedelta(hours=3 * i), percent=int(100 - 80 * i / 2160)) for i in range(2000)]
    now = two_k[-1].at
    for label, call in (
        ("2,000 readings, swap recorded", lambda: forecast(two_k, [Swap(swap)], now=now)),
        ("2,000 readings, no swap recorded", lambda: forecast(two_k, [], now=now)),
        ("no readings (type prior only)", lambda: forecast([], [Swap(swap)], now=now)),
    ):
        cpu, wall, f = _best_ms(call)
        print(f"  forecast, {label:<40} {cpu:6.1f} CPU {wall:6.1f} wall  (status {f.status})")
    swap_times, readings, end = long_history()
    swaps = [Swap(at) for at in swap_times]
    for label, given in (("all swaps recorded", swaps), ("first swap only", swaps[:1])):
        cpu, wall, f = _best_ms(lambda g=given: forecast(readings, g, now=end))
        print(f"  forecast, {len(readings):,} readings, {label:<19} {cpu:6.1f} CPU {wall:6.1f} wall  "
              f"({f.based_on_readings:,} used, status {f.status})")
    cpu, wall, proposals = _best_ms(lambda: detect_swaps(readings, swaps[:1]), repeat=2)
    print(f"  detect_swaps, {len(readings):,} readings{'':<21} {cpu:6.1f} CPU {wall:6.1f} wall  "
          f"({len(proposals)} proposed)")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=600, help="simulated sets per simulator")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    if not args.no_timing:  # first, while the heap is small (as in the app)
        timing()
    accuracy(args.sets)


if __name__ == "__main__":
    main()
