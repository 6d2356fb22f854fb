"""Simulated battery discharge traces for benchmarking the forecaster.

The simulator is deliberately *not* the forecaster's own model, so the benchmark measures
how it copes with curves, usage and reporting it does not assume:

* Alkaline: a per-cell voltage curve (quick early sag, long slope, end-of-life knee) read
  through each lock's own linear voltage-to-percent map.
* Li-ion: flat, then a cliff of random steepness.
* Life: capacity over (standby + cost per unlock x unlocks), each lock drawing its own
  standby share, unlocks per day and cell quality; voice prompts triple the unlock cost.
* Reporting: 5 % or 10 % steps (rounded or truncated), noise, rare garbage values
  (-1, 255), or Tuya's enum only with each lock's own thresholds; irregular sampling,
  optional long gaps; optional cold dips (outdoor locks in winter read low).

Everything is driven by a seeded ``random.Random``.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from lockcare.core.battery import Reading

DAY = 86400.0
MONTH = 30.4375
SCENARIOS = ("alkaline-percent", "alkaline-enum", "alkaline-gaps", "alkaline-cold", "li-ion")


@dataclass
class Trace:
    """One simulated set, with what the forecaster is told and the truth."""

    scenario: str
    battery: str
    swap_at: datetime
    voice: bool
    unlocks_known: float | None
    previous_set_days: list[float]
    readings: list[Reading]
    true_days: float  # days from the swap until the true level reaches 20 %
    level: object = field(repr=False, default=None)  # callable: days -> true level


def _alkaline_curve(rng: random.Random):
    sag = rng.uniform(0.05, 0.12)
    slope = rng.uniform(0.18, 0.32)
    knee = rng.uniform(0.25, 0.4)
    knee_power = rng.uniform(5, 10)
    v_max = rng.uniform(1.45, 1.56)
    v_min = rng.uniform(1.0, 1.12)

    def level(f: float) -> float:
        volts = 1.6 - slope * f - sag * (1 - math.exp(-f / 0.05)) - knee * f**knee_power
        return max(0.0, min(100.0, 100 * (volts - v_min) / (v_max - v_min)))

    return level


def _li_ion_curve(rng: random.Random):
    k = rng.uniform(2.5, 7.0)
    top = rng.uniform(96, 100)
    return lambda f: max(0.0, top * (1 - f**k))


def _crossing(level, target: float) -> float:
    lo, hi = 0.0, 1.0
    for _ in range(50):
        mid = (lo + hi) / 2
        if level(mid) > target:
            lo = mid
        else:
            hi = mid
    return hi


def _life_days(rng: random.Random, battery: str, voice: bool, unlocks: float) -> float:
    typical = 9.0 if battery == "aa-alkaline" else 6.5  # months at standard use, no voice
    standby_share = rng.uniform(0.3, 0.55)
    cost = 3.2 if voice else 1.0
    drain = standby_share + (1 - standby_share) * cost * unlocks / 8.0
    quality = math.exp(rng.gauss(0, 0.12))
    return typical * MONTH / drain * quality


def _temperature(day_of_year: float, rng: random.Random) -> float:
    return 11 - 13 * math.cos(2 * math.pi * (day_of_year - 15) / 365) + rng.gauss(0, 3)


def _report(rng: random.Random, true_level: float, style: dict) -> Reading | None:
    if rng.random() < 0.005:
        return Reading(style["at"], percent=rng.choice([-1, 255]))
    noisy = true_level + rng.gauss(0, 2.0)
    if style["enum"]:
        cuts = style["cuts"]
        level = ("high" if noisy >= cuts[0] else "medium" if noisy >= cuts[1]
                 else "low" if noisy >= cuts[2] else "poweroff")
        return Reading(style["at"], level=level)
    step = style["step"]
    value = (math.floor if style["floor"] else round)(noisy / step) * step
    return Reading(style["at"], percent=int(max(0, min(100, value))))


def simulate(scenario: str, rng: random.Random, horizon_days: float = 240.0) -> Trace:
    """Simulate one set of one lock up to ``horizon_days`` after its swap."""
    battery = "18650-li-ion" if scenario == "li-ion" else "aa-alkaline"
    voice = rng.random() < 0.25
    unlocks = min(40.0, max(0.5, 8.0 * math.exp(rng.gauss(0, 0.5))))
    life20 = _life_days(rng, battery, voice, unlocks)
    curve = _li_ion_curve(rng) if battery == "18650-li-ion" else _alkaline_curve(rng)
    full_days = life20 / _crossing(curve, 20.0)
    swap_at = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=rng.uniform(0, 730))
    previous = []
    if rng.random() < 0.4:
        previous = [life20 * math.exp(rng.gauss(0, 0.12)) * rng.uniform(0.95, 1.1)
                    for _ in range(rng.randint(1, 4))]
    style = {
        "enum": scenario == "alkaline-enum",
        "cuts": (60 + rng.uniform(-6, 6), 30 + rng.uniform(-5, 5), 10 + rng.uniform(-3, 3)),
        "step": rng.choice((5, 10)),
        "floor": rng.random() < 0.5,
    }
    cold = scenario == "alkaline-cold" or (battery == "aa-alkaline" and rng.random() < 0.15)
    gaps = []
    if scenario == "alkaline-gaps":
        gaps = [(g, g + rng.uniform(14, 60)) for g in
                (rng.uniform(0, horizon_days) for _ in range(rng.randint(2, 5)))]
    mean_gap = math.exp(rng.uniform(math.log(0.25), math.log(3.0)))
    readings, t = [], rng.uniform(0, 0.5)
    while t < min(horizon_days, full_days * 1.05):
        if not any(a <= t < b for a, b in gaps):
            at = swap_at + timedelta(days=t)
            level = curve(t / full_days)
            if cold:
                doy = at.timetuple().tm_yday + t % 1
                level -= max(0.0, 8 - _temperature(doy, rng)) * rng.uniform(0.8, 1.6)
            style["at"] = at
            readings.append(_report(rng, max(0.0, level), style))
        t += rng.expovariate(1 / mean_gap)
    known = unlocks if rng.random() < 0.5 else None
    return Trace(scenario, battery, swap_at, voice, known, previous, readings, life20,
                 lambda d, c=curve, f=full_days: c(d / f))


def long_history(years: float = 10.0, minutes: int = 15, seed: int = 7):
    """Ten years of 15-minute readings with a swap every 8-10 months (for timing)."""
    rng = random.Random(seed)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    end = start + timedelta(days=365.25 * years)
    swaps, readings = [], []
    t, swap_at = start, start
    life = rng.uniform(240, 300)
    step = timedelta(minutes=minutes)
    while t < end:
        days = (t - swap_at).total_seconds() / DAY
        if days >= life:
            swap_at, life = t, rng.uniform(240, 300)
            swaps.append(swap_at)
            days = 0.0
        readings.append(Reading(t, percent=int(max(0, 100 - 80 * days / life)) // 5 * 5))
        t += step
    return [start, *swaps], readings, end
