"""Households: how often the door is used, when they are away, how they treat batteries.

Usage is built day by day from a household's typical rate, a weekday/weekend pattern,
a slow drift (a month-to-month AR(1) on the log rate), an occasional lasting change (a
new flatmate, a child, a dog), over-dispersed daily counts (a gamma-Poisson mixture: some
days the door is busy) and days away (holidays, long winters elsewhere, a vacant spell)
with no use at all. Each operation happens at a time of day drawn from the household's
own peaks (leaving in the morning, coming home in the evening). A small share of
operations jam the bolt (a misaligned strike, a swollen door in a cold wet spell) and make
the motor stall and retry.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SECONDS_PER_DAY = 86400.0


@dataclass(frozen=True)
class Household:
    """What a household does with its lock.

    Attributes:
        door: ``main`` or ``secondary`` (a back door used a few times a week).
        rate: Typical operations (unlock and relock) per day.
        weekend_factor: Weekend use relative to weekdays.
        peaks: Time-of-day peaks as (hour, spread in hours, weight).
        jam_rate: Share of operations that jam at mild temperatures.
        cold_jams: How much more often the bolt jams on freezing days.
        stated_rate: Operations per day the user told the app, or None.
        watches_app: Whether the user acts on the app's battery level.
        notice_percent: Reported level (%) at which such a user plans a swap.
        swap_delay_days: Median delay between noticing and swapping.
        app_habit: ``always`` (a computer left on), ``daily`` or ``sporadic`` use of the app.
        snowbird: Away for the winter months every year.
    """

    door: str
    rate: float
    weekend_factor: float
    peaks: tuple[tuple[float, float, float], ...]
    jam_rate: float
    cold_jams: float
    stated_rate: float | None
    watches_app: bool
    notice_percent: int
    swap_delay_days: float
    app_habit: str
    snowbird: bool


def sample_household(rng: np.random.Generator) -> Household:
    """Draw one household."""
    door = "secondary" if rng.random() < 0.12 else "main"
    if door == "main":
        rate = float(np.exp(rng.normal(np.log(8.0), 0.55)))
    else:
        rate = float(np.exp(rng.normal(np.log(0.8), 0.6)))
    peaks = (
        (rng.normal(7.8, 0.8), rng.uniform(0.5, 1.2), rng.uniform(0.8, 1.2)),
        (rng.normal(13.0, 1.5), rng.uniform(1.5, 3.0), rng.uniform(0.2, 0.6)),
        (rng.normal(18.3, 1.0), rng.uniform(0.8, 1.8), rng.uniform(0.9, 1.4)),
        (rng.normal(22.0, 0.8), rng.uniform(0.5, 1.2), rng.uniform(0.05, 0.3)),
    )
    stated: float | None = None
    if rng.random() < 0.55:
        # People round and misjudge their own habits.
        guess = rate * float(np.exp(rng.normal(0.0, 0.35)))
        stated = float(max(1, round(guess))) if guess < 12 else float(5 * round(guess / 5))
    return Household(
        door=door,
        rate=rate,
        weekend_factor=float(np.clip(np.exp(rng.normal(0.0, 0.3)), 0.4, 2.0)),
        peaks=peaks,
        jam_rate=float(np.exp(rng.normal(np.log(0.006), 0.9))),
        cold_jams=rng.uniform(0.0, 3.0),
        stated_rate=stated,
        watches_app=bool(rng.random() < 0.6),
        notice_percent=int(rng.choice([20, 15, 15, 10, 10, 5])),
        swap_delay_days=float(np.exp(rng.normal(np.log(5.0), 0.9))),
        app_habit=str(rng.choice(["always", "daily", "sporadic"], p=[0.25, 0.5, 0.25])),
        snowbird=bool(rng.random() < 0.04),
    )


def away_days(
    rng: np.random.Generator, household: Household, origin_day_of_year: float, n_days: int
) -> np.ndarray:
    """Days nobody uses the door: trips, winters away, a vacant spell (True = away)."""
    away = np.zeros(n_days, dtype=bool)
    years = n_days / 365.25
    for _ in range(rng.poisson(2.0 * years)):
        start = int(rng.integers(0, n_days))
        length = int(round(2 + np.exp(rng.normal(1.6, 0.6))))
        away[start : start + length] = True
    if household.snowbird:
        # Away from about 15 November to 15 March (north) every year.
        day_of_year = (origin_day_of_year + np.arange(n_days)) % 365.25
        away |= (day_of_year >= 319 + rng.integers(-10, 10)) | (day_of_year < 74)
    if rng.random() < 0.06:
        start = int(rng.integers(0, n_days))
        away[start : start + int(rng.integers(30, 150))] = True
    return away


def daily_rates(
    rng: np.random.Generator,
    household: Household,
    origin_weekday: int,
    away: np.ndarray,
) -> np.ndarray:
    """Expected operations on each day (before the day's own randomness)."""
    n_days = away.size
    weekday = (origin_weekday + np.arange(n_days)) % 7
    pattern = np.where(weekday >= 5, household.weekend_factor, 1.0)
    n_months = n_days // 30 + 1
    drift = np.empty(n_months)
    level = 0.0
    for month in range(n_months):
        level = 0.8 * level + rng.normal(0.0, 0.12 * np.sqrt(1 - 0.64))
        drift[month] = level
    rates = household.rate * pattern * np.exp(drift[np.arange(n_days) // 30])
    if rng.random() < 0.2:
        rates[int(rng.integers(0, n_days)) :] *= float(np.exp(rng.normal(0.0, 0.35)))
    return np.where(away, 0.0, rates)


def usage_events(
    rng: np.random.Generator,
    household: Household,
    rates: np.ndarray,
    daily_outdoor_c: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Operation times (seconds from the origin, local-midnight based) and jam flags.

    Args:
        rng: Random source.
        household: The household.
        rates: Expected operations on each day.
        daily_outdoor_c: Daily mean outdoor temperature (for cold-weather jams).

    Returns:
        (sorted event times in seconds, boolean jam flag per event).
    """
    n_days = rates.size
    busy = rng.gamma(3.0, 1.0 / 3.0, n_days)  # over-dispersion: busy and quiet days
    counts = rng.poisson(rates * busy)
    day = np.repeat(np.arange(n_days), counts)
    hours_, spreads, weights = (np.array(column) for column in zip(*household.peaks))
    which = rng.choice(len(weights), size=day.size, p=weights / weights.sum())
    hour = rng.normal(hours_[which], spreads[which])
    background = rng.random(day.size) < 0.08
    hour = np.where(background, rng.uniform(0.0, 24.0, day.size), hour) % 24.0
    times = np.sort(day * SECONDS_PER_DAY + hour * 3600.0)
    day = (times // SECONDS_PER_DAY).astype(int)
    freezing = np.clip((5.0 - daily_outdoor_c[day]) / 15.0, 0.0, 2.0)
    jam_p = np.minimum(household.jam_rate * (1.0 + household.cold_jams * freezing), 0.5)
    jams = rng.random(times.size) < jam_p
    return times, jams
