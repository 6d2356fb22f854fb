"""How the lock's battery level reaches lockcare, and what goes wrong on the way.

The lock shows one value at a time (its data point): the last level its firmware produced,
rounded to its reporting step or turned into its enum, or its power-on default (100 % or
``high``) after a reboot. lockcare is a desktop app, so it only sees that value
while it runs (always, daily for some hours, or now and then), once when the lock is
paired (the lock is awake for that), then through one channel:

* ``poll``: a keep-alive lock answers a LAN poll every 15-60 minutes (some time out);
* ``wake``: a sleeping Wi-Fi lock is reachable only just after an operation wakes it, and
  the app catches a few of those (a few readings a week, none while the house is away);
* ``cloud``: the vendor cloud logs each change of the value (some firmwares resend unchanged
  values), the app fetches the log when it runs, pages come newest first for some vendors,
  and entries older than the cloud's retention are gone when the app was off too long.

On top: Tuya's ``-1`` "unknown", 0 (or ``poweroff``) glitches, readings stored twice and
timestamps a few minutes early after a host clock correction.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .firmware import ENUM_LEVELS
from .household import SECONDS_PER_DAY
from .profile import LockProfile

SYNC_EVERY_S = 3 * 3600.0
DEFAULT_RANK = 3  # "high": what an enum lock shows after a reboot


@dataclass(frozen=True)
class RawReadings:
    """Readings in the order lockcare stored them (seconds from the lock's origin)."""

    at: np.ndarray
    arrival: np.ndarray
    value: np.ndarray  # percent, or enum rank for enum locks


def displayed(profile: LockProfile, levels: np.ndarray) -> np.ndarray:
    """The value the lock shows for firmware levels (NaN = reboot default)."""
    fw = profile.firmware
    default = np.isnan(levels)
    safe = np.nan_to_num(levels, nan=100.0)
    if fw.style == "enum":
        return np.where(default, DEFAULT_RANK, fw.enum(safe))
    return np.where(default, 100, fw.quantize(safe))


def app_sessions(
    rng: np.random.Generator,
    profile: LockProfile,
    away: np.ndarray,
    origin_weekday: int,
    start: float,
    end: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Times the app runs, as (starts, ends) in seconds, clipped to [start, end]."""
    days = np.arange(int(start // SECONDS_PER_DAY), int(end // SECONDS_PER_DAY) + 1)
    habit = profile.household.app_habit
    home = ~away[np.minimum(days, away.size - 1)]
    weekend = (origin_weekday + days) % 7 >= 5
    if habit == "always":
        on = rng.random(days.size) > 0.02  # the odd update or power cut
        opens, hours = np.zeros(days.size), np.full(days.size, 24.0)
    elif habit == "daily":
        on = home & (rng.random(days.size) < np.where(weekend, 0.6, 0.85))
        opens, hours = rng.uniform(7.0, 10.0, days.size), rng.uniform(6.0, 14.0, days.size)
    else:
        on = home & (rng.random(days.size) < 0.3)
        opens, hours = rng.uniform(8.0, 20.0, days.size), rng.uniform(0.5, 4.0, days.size)
    starts = (days + opens / 24.0) * SECONDS_PER_DAY
    ends = starts + hours * 3600.0
    starts, ends = np.clip(starts[on], start, end), np.clip(ends[on], start, end)
    keep = ends > starts
    return starts[keep], ends[keep]


def _within(times: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    index = np.searchsorted(starts, times, side="right") - 1
    return (index >= 0) & (times < ends[np.maximum(index, 0)])


def _lookup(dp_t: np.ndarray, dp_value: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    index = np.searchsorted(dp_t, t, side="right") - 1
    return dp_value[np.maximum(index, 0)], index >= 0


def _poll(rng, profile, sessions) -> tuple[np.ndarray, np.ndarray]:
    period = profile.reporting.poll_minutes * 60.0
    chunks = [
        np.arange(begin + rng.uniform(0.0, period), finish, period)
        for begin, finish in zip(*sessions)
    ]
    at = np.concatenate(chunks) if chunks else np.empty(0)
    at = at[rng.random(at.size) >= profile.reporting.poll_fail]
    return at, at.copy()


def _wake(rng, profile, sessions, event_t) -> tuple[np.ndarray, np.ndarray]:
    awake = event_t[_within(event_t, *sessions)]
    caught = awake[rng.random(awake.size) < profile.reporting.catch_p]
    at = np.sort(caught + 12.0 + rng.uniform(0.0, 30.0, caught.size))  # after it measured
    return at, at.copy()


def _cloud(rng, profile, sessions, dp_t, dp_value, start, end) -> tuple[np.ndarray, np.ndarray]:
    changed = np.r_[True, np.diff(dp_value) != 0]
    resent = rng.random(dp_t.size) < profile.reporting.resend_p
    logged = (changed | resent) & (dp_t >= start) & (dp_t <= end)
    entry_t = dp_t[logged]
    syncs = np.sort(
        np.concatenate(
            [np.arange(begin, finish, SYNC_EVERY_S) for begin, finish in zip(*sessions)]
            + [np.empty(0)]
        )
    )
    index = np.searchsorted(syncs, entry_t, side="left")
    fetched = index < syncs.size
    arrival = syncs[np.minimum(index, max(syncs.size - 1, 0))] if syncs.size else entry_t
    fresh = fetched & (arrival - entry_t <= profile.reporting.retention_days * SECONDS_PER_DAY)
    entry_t, arrival = entry_t[fresh], arrival[fresh]
    # Each fetch is stored in the order the cloud returns its page.
    direction = -1.0 if profile.reporting.newest_first else 1.0
    order = np.lexsort((direction * entry_t, arrival))
    return entry_t[order], arrival[order]


def collect(
    rng: np.random.Generator,
    profile: LockProfile,
    dp_t: np.ndarray,
    dp_level: np.ndarray,
    event_t: np.ndarray,
    sessions: tuple[np.ndarray, np.ndarray],
    start: float,
    end: float,
) -> RawReadings:
    """The readings lockcare stores for one lock between ``start`` and ``end``.

    Args:
        rng: Random source.
        profile: The lock.
        dp_t: Times the lock's shown value was (re)set, ascending.
        dp_level: Firmware level at each of those times (NaN: reboot default).
        event_t: Operation times (wakes).
        sessions: When the app runs.
        start: First moment lockcare knows the lock.
        end: End of the data.
    """
    rep = profile.reporting
    dp_value = displayed(profile, dp_level)
    if rep.channel == "poll":
        at, arrival = _poll(rng, profile, sessions)
    elif rep.channel == "wake":
        at, arrival = _wake(rng, profile, sessions, event_t)
    else:
        at, arrival = _cloud(rng, profile, sessions, dp_t, dp_value, start, end)
    # Pairing needs the lock awake, so lockcare reads it once when it first learns of it.
    pairing = start + 60.0
    at, arrival = np.r_[pairing, at[at > pairing]], np.r_[pairing, arrival[at > pairing]]
    value, known = _lookup(dp_t, dp_value, at)
    keep = known & (at >= start) & (arrival <= end)
    at, arrival, value = at[keep], arrival[keep], value[keep].astype(int)

    enum = profile.firmware.style == "enum"
    if not enum:
        value = np.where(rng.random(value.size) < rep.unknown_p, -1, value)
    value = np.where(rng.random(value.size) < rep.zero_p, 0, value)
    if rep.channel != "cloud":
        stepped = rng.random(at.size) < rep.clock_step_p
        at = np.where(stepped, at - rng.uniform(60.0, 900.0, at.size), at)
    twice = np.flatnonzero(rng.random(at.size) < rep.duplicate_p)
    if twice.size:
        position = np.sort(np.r_[np.arange(at.size), twice])
        at, arrival, value = at[position], arrival[position], value[position]
    return RawReadings(at=at, arrival=arrival, value=value)


def enum_word(rank: int) -> str:
    """Tuya ``battery_state`` word for an enum rank."""
    return ENUM_LEVELS[rank]
