"""Whole lock histories: the public ``generate`` and the records it returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import numpy as np

from lockcare.core.battery import Reading, Swap

from .climate import box_temperatures
from .household import SECONDS_PER_DAY, away_days, daily_rates, usage_events
from .profile import LockProfile, sample_profile
from .reporting import app_sessions, collect, enum_word
from .sets import LockWorld, SetRun, horizons, run_set, truncate
from .swapping import decide_swap, new_pack, next_chemistry

TIMELINE_DAYS = 8 * 365
FIRST_ORIGIN = date(2018, 1, 1)
ORIGIN_SPAN_DAYS = 5 * 365


@dataclass(frozen=True)
class SetTruth:
    """What really happened to one battery set.

    Attributes:
        start: When the set went in.
        crossing: When the level the lock shows first held at or below 20 % (24-hour
            median of its own level, before any 5 %/10 % rounding or enum); None if not
            reached while the set was in and the data lasted.
        reported_crossing: The same for the value as reported, after rounding to the
            lock's 5 % or 10 % step (equal to ``crossing`` up to 1 % rounding for 1 %
            locks); None for enum locks.
        end: When the set came out, or the end of the data for the last set.
        battery_type: The set's battery type (of most cells when mixed).
        dead: When the lock stopped working on this set, if it did.
        ended_by: ``notice`` (swapped after the app or the lock warned), ``dead``
            (swapped after the lock stopped working), ``early`` (fresh cells before a trip)
            or ``data`` (the data ends with this set in the lock).
        swap_logged: Whether the user recorded this swap in the app.
        partial: Some cells were carried over from the previous set.
        mixed: A cell from another batch was mixed in.
    """

    start: datetime
    crossing: datetime | None
    reported_crossing: datetime | None
    end: datetime
    battery_type: str
    dead: datetime | None
    ended_by: str
    swap_logged: bool
    partial: bool
    mixed: bool


@dataclass(frozen=True)
class LockHistory:
    """One simulated lock as lockcare would have seen it, plus the truth.

    Attributes:
        lock_id: ``sim-<seed>-<index>``.
        battery_type: Battery type of the current (last) set.
        voice_prompts: Voice prompts enabled.
        unlocks_per_day: Operations per day the user told the app, or None.
        reporting: ``1%``, ``5%``, ``10%`` or ``enum``.
        sets: The sets in order.
        readings: Readings in the order lockcare stored them (timestamps may go back).
        arrivals: When each reading reached lockcare (cloud logs arrive at the next sync).
        swaps: Swaps the user recorded.
        swap_recorded: When each swap was entered in the app.
        data_start: When lockcare first knew the lock.
        data_end: End of the data.
        profile: The simulated lock's parameters (for diagnostics, not for forecasting).
    """

    lock_id: str
    battery_type: str
    voice_prompts: bool
    unlocks_per_day: float | None
    reporting: str
    sets: list[SetTruth]
    readings: list[Reading]
    arrivals: list[datetime]
    swaps: list[Swap]
    swap_recorded: list[datetime]
    data_start: datetime
    data_end: datetime
    profile: LockProfile


def _world(
    rng: np.random.Generator, profile: LockProfile, origin: date
) -> tuple[LockWorld, np.ndarray]:
    origin_doy = float(origin.timetuple().tm_yday - 1)
    box, daily_outdoor = box_temperatures(rng, profile.climate, origin_doy, TIMELINE_DAYS * 24 + 48)
    away = away_days(rng, profile.household, origin_doy, TIMELINE_DAYS)
    rates = daily_rates(rng, profile.household, origin.weekday(), away)
    event_t, jams = usage_events(rng, profile.household, rates, daily_outdoor)
    end = TIMELINE_DAYS * SECONDS_PER_DAY
    world = LockWorld(box_temps=box, event_t=event_t, event_jam=jams, end=end)
    return world, away


def _run_sets(rng: np.random.Generator, profile: LockProfile, world: LockWorld) -> list[SetRun]:
    runs: list[SetRun] = []
    start, chem, previous = 0.0, profile.first_chemistry, None
    for index in range(profile.n_sets):
        pack, partial, mixed = new_pack(rng, profile, chem, index, previous)
        likely, longest = horizons(profile, world, pack, start)
        run = run_set(rng, profile, world, pack, chem, start, likely)
        swap = decide_swap(rng, profile, run)
        if swap is None and likely < longest:
            run = run_set(rng, profile, world, pack, chem, start, longest)
            swap = decide_swap(rng, profile, run)
        run.partial, run.mixed = partial, mixed
        if index == profile.n_sets - 1 or swap is None:
            horizon = swap if swap is not None else run.end
            reference = swap if swap is not None else (run.dead or run.crossing or run.end)
            reference = max(reference, start + 30 * SECONDS_PER_DAY)
            truncate(run, min(start + rng.uniform(0.2, 1.3) * (reference - start), horizon))
            runs.append(run)
            break
        assert run.discharge is not None
        previous = (pack, run.discharge.soc(np.array([swap]))[0])
        truncate(run, swap)
        runs.append(run)
        chem, start = next_chemistry(rng, profile, run), swap
    for run in runs:
        run.discharge = None  # the hourly grids are large and no longer needed
    return runs


def _swap_record(rng: np.random.Generator, start: float) -> tuple[float, float] | None:
    """(claimed time, time entered in the app) of a swap, or None if never recorded."""
    draw = rng.random()
    if draw < 0.85:
        claimed = start + rng.uniform(0.0, 2.0) * 3600.0
        return claimed, claimed
    if draw < 0.92:  # entered days later with the right date
        return start, start + rng.uniform(1.0, 4.0) * SECONDS_PER_DAY
    if draw < 0.96:  # entered days later, dated the day it was entered
        late = start + rng.uniform(1.0, 10.0) * SECONDS_PER_DAY
        return late, late
    return None


def _timestamps(origin: datetime, seconds: np.ndarray) -> list[datetime]:
    micros = np.round(np.asarray(seconds) * 1e6).astype(np.int64)
    return [origin + timedelta(microseconds=int(value)) for value in micros]


def _stamp(origin: datetime, seconds: float | None) -> datetime | None:
    return None if seconds is None else _timestamps(origin, [seconds])[0]


def simulate_lock(seed: int, index: int) -> LockHistory:
    """Simulate lock ``index`` of ``seed`` (independent of how many locks are generated)."""
    rng = np.random.default_rng([seed, index])
    profile = sample_profile(rng)
    day = FIRST_ORIGIN + timedelta(days=int(rng.integers(0, ORIGIN_SPAN_DAYS)))
    # Seconds count from local midnight of the origin day, stamped in UTC.
    origin = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(hours=profile.tz_hours)
    world, away = _world(rng, profile, day)
    runs = _run_sets(rng, profile, world)
    data_start = rng.uniform(0.05, 0.6) * runs[0].end if profile.late_start else 0.0
    data_end = runs[-1].end

    sets, swaps, recorded = [], [], []
    for position, run in enumerate(runs):
        record = None
        if position > 0 or not profile.late_start:
            record = _swap_record(rng, run.start)
        if record is not None and record[1] <= data_end:
            swaps.append(Swap(at=_timestamps(origin, [record[0]])[0], battery=run.chemistry))
            recorded.append(_timestamps(origin, [record[1]])[0])
        sets.append(
            SetTruth(
                start=_timestamps(origin, [run.start])[0],
                crossing=_stamp(origin, run.crossing),
                reported_crossing=_stamp(origin, run.reported_crossing),
                end=_timestamps(origin, [run.end])[0],
                battery_type=run.chemistry,
                dead=_stamp(origin, run.dead),
                ended_by=run.ended_by if position < len(runs) - 1 else "data",
                swap_logged=record is not None and record[1] <= data_end,
                partial=run.partial,
                mixed=run.mixed,
            )
        )

    dp_t = np.concatenate([run.times for run in runs])
    dp_level = np.concatenate([run.levels for run in runs])
    sessions = app_sessions(rng, profile, away, day.weekday(), data_start, data_end)
    raw = collect(rng, profile, dp_t, dp_level, world.event_t, sessions, data_start, data_end)
    stamps = _timestamps(origin, raw.at)
    if profile.firmware.style == "enum":
        readings = [Reading(at=at, level=enum_word(int(v))) for at, v in zip(stamps, raw.value)]
    else:
        readings = [Reading(at=at, percent=int(v)) for at, v in zip(stamps, raw.value)]
    return LockHistory(
        lock_id=f"sim-{seed}-{index}",
        battery_type=runs[-1].chemistry,
        voice_prompts=profile.load.voice,
        unlocks_per_day=profile.household.stated_rate,
        reporting=profile.firmware.style,
        sets=sets,
        readings=readings,
        arrivals=_timestamps(origin, raw.arrival),
        swaps=swaps,
        swap_recorded=recorded,
        data_start=_timestamps(origin, [data_start])[0],
        data_end=_timestamps(origin, [data_end])[0],
        profile=profile,
    )


def generate(seed: int, n_locks: int) -> list[LockHistory]:
    """Simulate ``n_locks`` lock histories, deterministically for ``seed``.

    Lock ``i`` depends only on ``(seed, i)``, so ``generate(s, 10)`` is a prefix of
    ``generate(s, 100)``.
    """
    return [simulate_lock(seed, index) for index in range(n_locks)]
