"""How good is the battery forecast? Scores it on simulated traces against two baselines.

Methods:
    lockcare   ``lockcare.core.battery.forecast`` (median date and 80 % range).
    lsq        A plain least-squares line through the readings since the swap (enum
               readings at their midpoints), extended to 20 %; where the line does not
               fall, it falls back to the rule of thumb.
    rule       The rule of thumb: the type's usual life from the swap (9 months for AA
               alkaline, 3.5 with voice prompts; range 8-10 / 3-4), 6.5 months for 18650.

For each scenario and age of the set (1, 3 and 6 months after the swap; only sets still
above 20 % at that age) it prints the median absolute error in days and the share of true
dates inside the method's 80 % range. Then it times the forecaster on ten years of
15-minute readings. Deterministic: everything is seeded.

Run: ``python benchmarks/forecast_accuracy.py [--traces N]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.traces import MONTH, SCENARIOS, Trace, long_history, simulate  # noqa: E402
from lockcare.core.battery import Swap, detect_swaps, forecast  # noqa: E402
from lockcare.core.battery.data import LEVEL_ESTIMATES, clean_percent  # noqa: E402

AGES = (30, 91, 182)
RULE_MONTHS = {
    ("aa-alkaline", False): (8.0, 9.0, 10.0),
    ("aa-alkaline", True): (3.0, 3.5, 4.0),
    ("18650-li-ion", False): (5.0, 6.5, 8.0),
    ("18650-li-ion", True): (2.0, 2.5, 3.0),
}


def rule(trace: Trace) -> tuple[float, float, float]:
    """Rule-of-thumb (low, mid, high) in days after the swap."""
    low, mid, high = RULE_MONTHS[(trace.battery, trace.voice)]
    return low * MONTH, mid * MONTH, high * MONTH


def lsq(trace: Trace, age: float) -> float:
    """Least-squares line through the readings so far, days after the swap at 20 %."""
    xs, ys = [], []
    for r in trace.readings:
        days = (r.at - trace.swap_at).total_seconds() / 86400.0
        if days > age:
            break
        value = clean_percent(r.percent)
        if value is None and r.level in LEVEL_ESTIMATES:
            value = LEVEL_ESTIMATES[r.level]
        if value is not None:
            xs.append(days)
            ys.append(value)
    if len(xs) >= 2 and max(xs) > min(xs):
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        if slope < 0:
            return mx + (20.0 - my) / slope
    return rule(trace)[1]


def lockcare(trace: Trace, age: float) -> tuple[float, float, float]:
    """The forecaster's (earliest, replace_by, latest) in days after the swap."""
    now = trace.swap_at + timedelta(days=age)
    readings = [r for r in trace.readings if r.at <= now]
    f = forecast(
        readings, [Swap(trace.swap_at, trace.battery)], now=now, voice_prompts=trace.voice,
        unlocks_per_day=trace.unlocks_known, previous_set_days=trace.previous_set_days,
    )

    def days(moment):
        return (moment - trace.swap_at).total_seconds() / 86400.0

    return days(f.earliest), days(f.replace_by), days(f.latest)


def score(n_traces: int, seed: int) -> None:
    """Print the accuracy table."""
    rng = random.Random(seed)
    header = (f"{'scenario':<17}{'age':>5}{'sets':>6}  {'lockcare':>9}{'lsq':>7}{'rule':>7}"
              f"  {'cover lockcare':>14}{'cover rule':>11}  {'range width':>11}")
    print("Median absolute error (days) and share of true dates inside the 80 % range")
    print(header)
    totals: dict[str, list[float]] = {"lockcare": [], "lsq": [], "rule": []}
    cover_all: dict[str, list[bool]] = {"lockcare": [], "rule": []}
    for scenario in SCENARIOS:
        traces = [simulate(scenario, rng) for _ in range(n_traces)]
        for age in AGES:
            errs: dict[str, list[float]] = {"lockcare": [], "lsq": [], "rule": []}
            cover: dict[str, list[bool]] = {"lockcare": [], "rule": []}
            widths = []
            for trace in traces:
                if trace.true_days <= age:
                    continue
                truth = trace.true_days
                lo, mid, hi = lockcare(trace, age)
                r_lo, r_mid, r_hi = rule(trace)
                errs["lockcare"].append(abs(mid - truth))
                errs["lsq"].append(abs(lsq(trace, age) - truth))
                errs["rule"].append(abs(r_mid - truth))
                cover["lockcare"].append(lo <= truth <= hi)
                cover["rule"].append(r_lo <= truth <= r_hi)
                widths.append(hi - lo)
            if not widths:
                continue
            for key in errs:
                totals[key].extend(errs[key])
            for key in cover:
                cover_all[key].extend(cover[key])
            med = {k: statistics.median(v) for k, v in errs.items()}
            share = {k: 100 * sum(v) / len(v) for k, v in cover.items()}
            print(f"{scenario:<17}{age:>4}d{len(widths):>6}  {med['lockcare']:>9.1f}"
                  f"{med['lsq']:>7.1f}{med['rule']:>7.1f}  {share['lockcare']:>13.0f}%"
                  f"{share['rule']:>10.0f}%  {statistics.median(widths):>10.0f}d")
    med = {k: statistics.median(v) for k, v in totals.items()}
    share = {k: 100 * sum(v) / len(v) for k, v in cover_all.items()}
    print(f"{'all':<17}{'':>5}{len(totals['rule']):>6}  {med['lockcare']:>9.1f}"
          f"{med['lsq']:>7.1f}{med['rule']:>7.1f}  {share['lockcare']:>13.0f}%"
          f"{share['rule']:>10.0f}%")


def timing() -> None:
    """Time the forecaster on ten years of 15-minute readings."""
    swap_times, readings, end = long_history()
    swaps = [Swap(at) for at in swap_times]
    print(f"\nTiming: {len(readings):,} readings over 10 years, {len(swaps)} recorded swaps")
    for label, given in (("with swaps recorded", swaps), ("first swap only", swaps[:1])):
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            f = forecast(readings, given, now=end)
            best = min(best, time.perf_counter() - start)
        print(f"  forecast, {label:<20} {best * 1000:7.0f} ms  "
              f"({f.based_on_readings:,} readings used, status {f.status})")
    start = time.perf_counter()
    proposals = detect_swaps(readings, swaps[:1])
    print(f"  detect_swaps, first swap only      {(time.perf_counter() - start) * 1000:7.0f} ms"
          f"  ({len(proposals)} proposed)")


def main() -> None:
    """Parse arguments and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--traces", type=int, default=80, help="traces per scenario")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    score(args.traces, args.seed)
    if not args.no_timing:
        timing()


if __name__ == "__main__":
    main()
