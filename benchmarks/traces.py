"""Simulator A: battery discharge traces for tuning and scoring the forecaster.

Deliberately *not* the forecaster's own model (curves come from per-cell voltages read
through each lock's own voltage-to-percent map, not from the model's curve family):

* Alkaline: quick early sag, long slope, end-of-life knee. 18650 Li-ion: 4.2 V start,
  early drop, a long gentle slope and a knee (a steady decline on a linear map). AA
  lithium: ~1.7 V held until a cliff. NiMH: 1.2-1.3 V, which an alkaline map reads as a
  part-empty set, then a cliff.
* Life: the type's typical months over (standby + cost per unlock x unlocks), with each
  lock's own standby share, unlocks per day and a lock factor; every set strays from the
  lock's typical life by a set-to-set factor. Voice prompts triple the unlock cost.
* History: 0-6 earlier sets of the same lock, recorded as swaps (sometimes of another
  battery type) or given as set lengths; users swap a little after the warning. One set
  in ten has its swap unrecorded: the forecaster then sees the old set's last weeks, a
  jump to full and the new set.
* Reporting: 1 %, 5 % or 10 % steps (rounded or truncated) or Tuya's enum only with the
  lock's own thresholds; reading noise; glitches (-1, 0, 100, 255); duplicates; irregular
  sampling from hourly to every few days; long gaps; outdoor locks read low in the cold;
  a rested cell rebounds for a day after a gap.

Everything is driven by a seeded ``random.Random``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from benchmarks.forecast_cases import POINTS, Case
from lockcare.core.battery import Reading, Swap

DAY = 86400.0
MONTH = 30.4375
TYPICAL_MONTHS = {"aa-alkaline": 9.0, "aa-lithium": 12.0, "18650-li-ion": 6.5, "aa-nimh": 4.0}
"""Simulator A's own belief about typical lives (standard use, no voice prompts)."""
BATTERIES = (("aa-alkaline", 0.55), ("18650-li-ion", 0.2), ("aa-lithium", 0.15), ("aa-nimh", 0.1))

Curve = Callable[[float], float]


def _alkaline_map(rng: random.Random) -> Callable[[float], float]:
    v_max, v_min = rng.uniform(1.45, 1.56), rng.uniform(1.0, 1.12)
    return lambda volts: max(0.0, min(100.0, 100 * (volts - v_min) / (v_max - v_min)))


def _curve(battery: str, rng: random.Random) -> Curve:
    """True level (0-100) after a share ``f`` of the set's life to empty."""
    if battery == "18650-li-ion":
        v_max, v_min = rng.uniform(4.0, 4.2), rng.uniform(3.2, 3.45)
        drop, slope, knee, power = rng.uniform(0.05, 0.2), rng.uniform(0.35, 0.6), rng.uniform(0.3, 0.6), rng.uniform(4, 9)

        def volts(f: float) -> float:
            return 4.2 - drop * (1 - math.exp(-f / 0.04)) - slope * f - knee * f**power

        return lambda f: max(0.0, min(100.0, 100 * (volts(f) - v_min) / (v_max - v_min)))
    read = _alkaline_map(rng)
    if battery == "aa-lithium":
        start, slope, power = rng.uniform(1.62, 1.78), rng.uniform(0.05, 0.15), rng.uniform(6, 16)
        return lambda f: read(start - slope * f - 0.8 * f**power)
    if battery == "aa-nimh":
        start, power = rng.uniform(1.28, 1.36), rng.uniform(6, 12)
        return lambda f: read(start - 0.06 * (1 - math.exp(-f / 0.05)) - 0.06 * f - 0.4 * f**power)
    sag, slope = rng.uniform(0.05, 0.12), rng.uniform(0.18, 0.32)
    knee, knee_power = rng.uniform(0.25, 0.4), rng.uniform(5, 10)
    return lambda f: read(1.6 - slope * f - sag * (1 - math.exp(-f / 0.05)) - knee * f**knee_power)


def crossing(level: Curve, target: float) -> float:
    """Share of the life at which ``level`` first falls to ``target`` (bisection)."""
    lo, hi = 0.0, 1.0
    for _ in range(50):
        mid = (lo + hi) / 2
        if level(mid) > target:
            lo = mid
        else:
            hi = mid
    return hi


def _temperature(day_of_year: float, rng: random.Random) -> float:
    return 11 - 13 * math.cos(2 * math.pi * (day_of_year - 15) / 365) + rng.gauss(0, 3)


class Lock:
    """One simulated lock: its usage, its reporting and its own typical life."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.battery = rng.choices([b for b, _ in BATTERIES], [w for _, w in BATTERIES])[0]
        self.voice = self.battery != "aa-nimh" and rng.random() < 0.25
        self.unlocks = min(40.0, max(0.5, 8.0 * math.exp(rng.gauss(0, 0.5))))
        self.unlocks_known = self.unlocks if rng.random() < 0.5 else None
        self.standby = rng.uniform(0.3, 0.55)
        self.factor = math.exp(rng.gauss(0, 0.15))
        style = rng.random()
        self.style = "enum" if style < 0.2 else "1" if style < 0.45 else "5" if style < 0.72 else "10"
        self.floor = rng.random() < 0.5
        self.cuts = (60 + rng.uniform(-6, 6), 30 + rng.uniform(-5, 5), 10 + rng.uniform(-3, 3))
        self.noise = rng.uniform(0.3, 2.5)
        self.mean_gap = math.exp(rng.uniform(math.log(0.05), math.log(3.0)))
        self.outdoor = rng.random() < 0.3
        self.rebounds = rng.random() < 0.3
        self.gappy = rng.random() < 0.3

    def life(self, battery: str) -> float:
        """Days to 20 % of one set of ``battery`` in this lock."""
        cost = 3.2 if self.voice else 1.0
        drain = self.standby + (1 - self.standby) * cost * self.unlocks / 8.0
        set_to_set = math.exp(self.rng.gauss(0, 0.1))
        return TYPICAL_MONTHS[battery] * MONTH / drain * self.factor * set_to_set

    def report(self, at: datetime, level: float) -> Reading:
        """What the lock says when the true level is ``level``."""
        rng = self.rng
        if rng.random() < 0.005:
            return Reading(at, percent=rng.choice([-1, 0, 100, 255]))
        noisy = level + rng.gauss(0, self.noise)
        if self.style == "enum":
            cuts = self.cuts
            word = ("high" if noisy >= cuts[0] else "medium" if noisy >= cuts[1]
                    else "low" if noisy >= cuts[2] else "poweroff")
            return Reading(at, level=word)
        step = int(self.style)
        value = (math.floor if self.floor else round)(noisy / step) * step
        return Reading(at, percent=int(max(0, min(100, value))))


def simulate_set(rng: random.Random) -> list[Case]:
    """One lock with its history and current set, forecast at 25, 50 and 75 % of its life."""
    lock = Lock(rng)
    battery = lock.battery
    life20 = lock.life(battery)
    curve = _curve(battery, rng)
    full = life20 / crossing(curve, 20.0)
    swap_at = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(days=rng.uniform(0, 1100))
    n_earlier = rng.choices((0, 1, 2, 3, 4, 5, 6), (40, 20, 13, 12, 6, 5, 4))[0]
    swaps, lengths, at = [Swap(swap_at, battery)], [], swap_at
    for _ in range(n_earlier):
        kind = battery
        if rng.random() < 0.1 and battery in ("aa-alkaline", "aa-lithium"):
            kind = "aa-lithium" if battery == "aa-alkaline" else "aa-alkaline"
        length = lock.life(kind) * rng.uniform(0.97, 1.12)
        at -= timedelta(days=length)
        swaps.insert(0, Swap(at, kind))
        lengths.insert(0, length)
    as_days = n_earlier > 0 and rng.random() < 0.2
    gaps = []
    if lock.gappy:
        gaps = [(g, g + rng.uniform(7, 40)) for g in
                (rng.uniform(0, life20) for _ in range(rng.randint(1, 4)))]
    readings, t, last_t = [], rng.uniform(0, 0.3), 0.0
    horizon = 0.75 * life20 + 1
    while t < horizon:
        if not any(a <= t < b for a, b in gaps):
            at = swap_at + timedelta(days=t)
            level = curve(t / full)
            if lock.outdoor:
                doy = at.timetuple().tm_yday
                level -= max(0.0, 8 - _temperature(doy, rng)) * rng.uniform(0.5, 1.5)
            if lock.rebounds and t - last_t > 5:
                level += rng.uniform(3, 8)
            reading = lock.report(at, max(0.0, min(100.0, level)))
            readings.append(reading)
            if rng.random() < 0.05:
                readings.append(reading)
            last_t = t
        t += rng.expovariate(1 / lock.mean_gap)
    truth = swap_at + timedelta(days=life20)
    recorded = [Swap(swap_at, battery)] if as_days else swaps
    if rng.random() < 0.1:  # the swap was never entered: the old set's end is visible
        recorded = recorded[:-1]
        tail = [lock.report(swap_at - timedelta(days=d), 12 + d) for d in range(20, 0, -1)]
        readings = tail + readings
    cases = []
    for point in POINTS:
        now = swap_at + timedelta(days=life20 * point / 100)
        cases.append(Case(
            "A", battery, [r for r in readings if r.at <= now], recorded, now, lock.voice,
            lock.unlocks_known, lengths if as_days else None, swap_at, truth, lock.style,
            point, n_earlier,
        ))
    return cases


def cases(n_sets: int, seed: int) -> list[Case]:
    """Cases of ``n_sets`` simulated sets (three per set)."""
    rng = random.Random(seed)
    return [case for _ in range(n_sets) for case in simulate_set(rng)]


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
