"""Shared by ``calibrate_forecast.py`` and ``forecast_accuracy.py``: fit each case once,
then score it with any calibration table, next to two baselines.

Baselines:
    rule   The rule of thumb: the type's usual life from the swap (8-10 months for AA
           alkaline, 3-4 with voice prompts; the other types' usual ranges likewise),
           midpoint as the date, the range as the range.
    lsq    A least-squares line through the readings since the swap (enum readings at
           their midpoints), extended to 20 %; where it does not fall, the rule.
"""

from __future__ import annotations

import math
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from benchmarks.forecast_cases import Case, earlier_group
from lockcare.core.battery import calibration
from lockcare.core.battery.analysis import Analysis, analyse
from lockcare.core.battery.data import LEVEL_ESTIMATES, clean_percent
from lockcare.core.battery.forecast import calibrated_range
from lockcare.core.battery.priors import DAYS_PER_MONTH, chemistry

THRESHOLD = 20.0


@dataclass
class Fitted:
    """One case fitted once: the analysis, the raw posterior range and the baselines."""

    case: Case
    analysis: Analysis
    offset: float  # days from the true swap to the analysis anchor
    rule: tuple[float, float, float]
    lsq: float
    seconds: float

    @property
    def ok(self) -> bool:
        """False when the forecaster refused (insufficient data)."""
        return self.analysis.refusal is None

    def log_range(self) -> tuple[float, float, float, float]:
        """(low, median, high, truth) in log-days since the anchor, before calibration."""
        posterior = self.analysis.posterior
        assert posterior is not None
        low, median, high = posterior.quantiles(posterior.crossing(THRESHOLD), (0.1, 0.5, 0.9))
        truth = self.case.true_days - self.offset

        def log(days: float) -> float:
            return math.log(max(days, 1.0))

        return log(low), log(median), log(high), log(truth)

    def predicted(self, table: calibration.Table) -> tuple[float, float, float]:
        """(earliest, replace_by, latest) in days after the true swap, with ``table``."""
        early, median, late = calibrated_range(self.analysis, THRESHOLD, table)
        return early + self.offset, median + self.offset, late + self.offset


def rule(case: Case) -> tuple[float, float, float]:
    """Rule-of-thumb (low, mid, high) in days after the swap."""
    chem = chemistry(case.battery)
    low, high = chem.voice_months if case.voice else chem.months
    return low * DAYS_PER_MONTH, (low + high) / 2 * DAYS_PER_MONTH, high * DAYS_PER_MONTH


def lsq(case: Case) -> float:
    """Least-squares line through the readings so far, days after the swap at 20 %."""
    xs, ys = [], []
    for r in case.readings:
        value = clean_percent(r.percent)
        if value is None and r.level in LEVEL_ESTIMATES:
            value = LEVEL_ESTIMATES[r.level]
        if value is not None:
            xs.append(case.days(r.at))
            ys.append(value)
    if len(xs) >= 2 and max(xs) > min(xs):
        slope, intercept = np.polyfit(xs, ys, 1)
        if slope < 0:
            return (THRESHOLD - intercept) / slope
    return rule(case)[1]


def fit(case: Case) -> Fitted:
    """Fit one case (timed)."""
    start = time.perf_counter()
    analysis = analyse(
        case.readings, case.swaps, now=case.now, voice_prompts=case.voice,
        unlocks_per_day=case.unlocks, previous_set_days=case.previous_set_days,
    )
    seconds = time.perf_counter() - start
    offset = case.days(analysis.anchor) if analysis.anchor is not None else 0.0
    return Fitted(case, analysis, offset, rule(case), lsq(case), seconds)


def build_table(fitted: Iterable[Fitted], source: str) -> calibration.Table:
    """Conformal stretch factors for every situation prefix with enough cases."""
    groups: dict[str, list[float]] = defaultdict(list)
    for f in fitted:
        if not f.ok:
            continue
        assert f.analysis.situation is not None
        low, median, high, truth = f.log_range()
        score = calibration.score(median, low, high, truth)
        parts = f.analysis.situation.path()
        for depth in range(len(parts) + 1):
            groups[calibration.key(parts[:depth])].append(score)
    cells = {
        key: (len(scores), round(calibration.conformal_factor(scores), 3))
        for key, scores in groups.items()
        if len(scores) >= calibration.MIN_CASES
    }
    return calibration.Table(cells, source)


GROUPINGS: dict[str, Callable[[Case], str]] = {
    "chemistry": lambda c: c.battery,
    "reporting": lambda c: "enum" if c.style == "enum" else f"{c.style} % steps",
    "life point": lambda c: f"{c.point} %",
    "earlier sets": lambda c: earlier_group(c.earlier),
    "voice prompts": lambda c: "voice" if c.voice else "no voice",
}


def _row(label: str, fitted: list[Fitted], table: calibration.Table) -> str:
    ok = [f for f in fitted if f.ok]
    if not ok:
        return f"  {label:<22}{len(fitted):>6}   (all refused)"
    errors, signed, inside, widths = [], [], [], []
    rule_err, rule_in, lsq_err = [], [], []
    for f in ok:
        truth = f.case.true_days
        early, median, late = f.predicted(table)
        errors.append(abs(median - truth))
        signed.append(median - truth)
        inside.append(early <= truth <= late)
        widths.append(late - early)
        rule_err.append(abs(f.rule[1] - truth))
        rule_in.append(f.rule[0] <= truth <= f.rule[2])
        lsq_err.append(abs(f.lsq - truth))
    refused = len(fitted) - len(ok)
    return (
        f"  {label:<22}{len(ok):>6}{refused:>5}  {statistics.median(errors):>7.1f}"
        f"{statistics.median(signed):>+8.1f}{100 * sum(inside) / len(inside):>8.0f}%"
        f"{statistics.median(widths):>8.0f}  {statistics.median(rule_err):>7.1f}"
        f"{100 * sum(rule_in) / len(rule_in):>7.0f}%{statistics.median(lsq_err):>8.1f}"
    )


HEADER = (f"  {'group':<22}{'cases':>6}{'ref.':>5}  {'error':>7}{'bias':>8}{'cover':>9}"
          f"{'width':>8}  {'rule':>7}{'cover':>8}{'lsq':>8}")


def report(title: str, fitted: list[Fitted], table: calibration.Table) -> None:
    """Print the accuracy table: overall and by group."""
    print(f"\n{title}")
    print("  days; error = median |replace_by - truth|, bias = median signed error (+ late),")
    print("  cover = truth inside earliest..latest (goal 80 %), width = median range width")
    print(HEADER)
    print(_row("all", fitted, table))
    for name, group in GROUPINGS.items():
        print(f"  {name}:")
        buckets: dict[str, list[Fitted]] = defaultdict(list)
        for f in fitted:
            buckets[group(f.case)].append(f)
        for label in sorted(buckets):
            print(_row(label, buckets[label], table))
