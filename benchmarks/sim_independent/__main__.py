"""Print what a simulated population looks like: ``python -m benchmarks.sim_independent``.

Shows generation time, counts, the evaluation groups' sizes and, per battery type and
voice setting, how long sets took to reach 20 % (to compare with the field guide: 8-10
months on 4 x AA alkaline with standard use, 3-4 months with voice prompts).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

import numpy as np

from .evaluation import evaluation_cases, months_to_crossing
from .history import generate


def main(argv: list[str] | None = None) -> None:
    """Generate a population and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--locks", type=int, default=300)
    args = parser.parse_args(argv)

    began = time.perf_counter()
    histories = generate(args.seed, args.locks)
    elapsed = time.perf_counter() - began
    sets = [s for h in histories for s in h.sets]
    readings = sum(len(h.readings) for h in histories)
    print(f"seed {args.seed}: {len(histories)} locks, {len(sets)} sets, {readings} readings")
    print(f"generated in {elapsed:.1f} s")
    print(f"sets with a truth: {sum(s.crossing is not None for s in sets)}")
    print("sets by end:", dict(Counter(s.ended_by for s in sets)))

    cases = list(evaluation_cases(histories))
    print(f"\nevaluation cases: {len(cases)}")
    for field in ("chemistry", "reporting", "fraction", "earlier_sets"):
        sizes = Counter(getattr(case.groups, field) for case in cases)
        print(f"  {field}: " + ", ".join(f"{k}={sizes[k]}" for k in sorted(sizes)))

    print("\nreadings per week by channel (median over locks; median longest gap, days):")
    by_channel: dict[str, list[tuple[float, float]]] = {}
    for lock in histories:
        weeks = max((lock.data_end - lock.data_start).total_seconds() / (7 * 86400), 1.0)
        stamps = sorted(r.at.timestamp() for r in lock.readings)
        gap = max(np.diff(stamps), default=0.0) / 86400
        by_channel.setdefault(lock.profile.reporting.channel, []).append(
            (len(stamps) / weeks, gap)
        )
    for channel, rows in sorted(by_channel.items()):
        rate, gap = np.median(np.array(rows), axis=0)
        print(f"  {channel:6} locks={len(rows):4}  per week {rate:7.1f}  longest gap {gap:5.1f}")

    print("\nmonths to 20 % (main doors), 10th / 50th / 90th percentile:")
    for (chem, voice), values in sorted(months_to_crossing(histories).items()):
        p10, p50, p90 = np.percentile(values, [10, 50, 90])
        label = f"{chem}{' + voice' if voice else ''}"
        print(f"  {label:24} n={len(values):4}  {p10:5.1f} {p50:5.1f} {p90:5.1f}")


if __name__ == "__main__":
    main()
