"""One lock's battery sets, one after another, and what its firmware said during each.

For every set the pack discharges (``pack.Discharge``) under the household's operations;
the firmware measures the pack when it boots, at each operation (just after or during the
motor run) and, on keep-alive locks, periodically; it turns each measurement into a level
and smooths it. A jam on a weak cold pack can brown the electronics out, and firmwares
crash now and then (watchdog, radio stack): the lock reboots, shows its power-on default
until its next measurement and forgets its smoothing. A lock whose motor run browns out
has stopped working (as has one with an exhausted cell).

The truth of a set is the first moment the level the lock shows, looked at hour by hour,
has a 24-hour median at or below 20 %. The median keeps a single post-jam dip from counting
while a cold week that really holds the level down does count. The level is the firmware's
own (what it would report in 1 % steps); 5 %/10 % rounding and the enum are only how it is
reported, so a set's truth does not depend on its reporting style.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .pack import Discharge, Pack
from .profile import LockProfile

DAY = 86400.0
REPLACE_AT = 20.0
MAX_SET_DAYS = 3.5 * 365
YEAR = 365.25 * DAY


@dataclass(frozen=True)
class LockWorld:
    """The lock's environment over its whole timeline (seconds from its origin)."""

    box_temps: np.ndarray
    event_t: np.ndarray
    event_jam: np.ndarray
    end: float


@dataclass
class SetRun:
    """One simulated set.

    Attributes:
        start: When the set went in.
        end: When it came out (or the data ended).
        chemistry: Battery type of the set (of most of its cells when mixed).
        crossing: Truth: first time the shown level's 24-hour median was <= 20 %.
        reported_crossing: The same for the value as reported (after 5 %/10 % rounding);
            None for enum locks.
        dead: When the lock stopped working (None if it did not within the set).
        times: Firmware output times, including reboot defaults.
        levels: Firmware level at each time (NaN where the lock shows its reboot default).
        partial: Some cells were carried over from the previous set.
        mixed: A cell from another batch was mixed in.
        notice: When the household noticed the set was low (app or the lock's beeps).
        early_low: The set read low from its first days, so the household ignored it.
        ended_by: ``notice``, ``dead``, ``early`` or ``data`` (set by the swap decision).
        discharge: The pack's discharge while the set is being simulated.
    """

    start: float
    end: float
    chemistry: str
    crossing: float | None
    reported_crossing: float | None
    dead: float | None
    times: np.ndarray
    levels: np.ndarray
    partial: bool
    mixed: bool
    notice: float | None = None
    early_low: bool = False
    ended_by: str = "data"
    discharge: Discharge | None = None


def _first(mask: np.ndarray, times: np.ndarray) -> float | None:
    hits = np.flatnonzero(mask)
    return float(times[hits[0]]) if hits.size else None


def horizons(
    profile: LockProfile, world: LockWorld, pack: Pack, start: float
) -> tuple[float, float]:
    """(likely, longest) stop for simulating a set that starts at ``start``.

    The likely stop is comfortably past the day the weakest cell would run flat at the
    household's recent pace; a set still in the lock then is simulated to the longest.
    """
    longest = min(start + MAX_SET_DAYS * DAY, world.end)
    year = world.event_t[np.searchsorted(world.event_t, start) :][:5000]
    year = year[year < start + 365 * DAY]
    per_day = year.size / 365.0
    load = profile.load
    pulse = float(load.pulse_mah(np.zeros(1, bool))[0])
    days = np.inf
    for i, chem in enumerate(pack.chems):
        drain = (load.idle_ma() * 24.0 + per_day * pulse * float(chem.pulse_factor(20.0))) / (
            pack.n_parallel
        ) + float(chem.self_discharge_per_day(20.0)) * pack.sd_mult * pack.capacity_mah[i]
        days = min(days, pack.capacity_mah[i] * pack.soc0[i] / drain)
    return min(start + (1.5 * days + 60.0) * DAY, longest), longest


def _schedule(
    rng: np.random.Generator, profile: LockProfile, start: float, stop: float, ev_t, ev_jam
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """When the firmware measures: at boot, periodically, at each operation.

    Also returns spontaneous resets (watchdog, radio-stack crash): moments the lock
    reboots without a measurement. Arrays: times, at-operation, jammed, reset.
    """
    fw = profile.firmware
    periodic = np.empty(0)
    if fw.periodic_h:
        step = fw.periodic_h * 3600.0
        periodic = np.arange(start + rng.uniform(0.0, step), stop, step)
    crashes = rng.uniform(start, stop, rng.poisson(fw.resets_per_year * (stop - start) / YEAR))
    at_event = ev_t + (0.3 if fw.under_load else fw.settle_s)
    times = np.concatenate([[start + 10.0], periodic, crashes, at_event])
    quiet = np.zeros(1 + periodic.size + crashes.size, bool)
    is_event = np.r_[quiet, np.ones(ev_t.size, bool)]
    jam = np.r_[quiet, ev_jam]
    reset = np.zeros(times.size, bool)
    reset[1 + periodic.size : 1 + periodic.size + crashes.size] = True
    order = np.argsort(times, kind="stable")
    return times[order], is_event[order], jam[order], reset[order]


def run_set(
    rng: np.random.Generator,
    profile: LockProfile,
    world: LockWorld,
    pack: Pack,
    chem_name: str,
    start: float,
    stop: float,
) -> SetRun:
    """Simulate one set from ``start`` to ``stop`` (the swap is decided later)."""
    fw, load = profile.firmware, profile.load
    lo, hi = np.searchsorted(world.event_t, [start, stop])
    ev_t, ev_jam = world.event_t[lo:hi], world.event_jam[lo:hi]
    discharge = Discharge(pack, load, world.box_temps, start, stop, ev_t, load.pulse_mah(ev_jam))
    times, is_event, jam, reset = _schedule(rng, profile, start, stop, ev_t, ev_jam)

    open_v, ohms, temps = discharge.electrical(times)
    lingering = discharge.polarization(times, ohms, temps, open_v, ev_t, ev_jam, 1.0)
    motor_v = discharge.motor_volts(open_v, ohms, jam) - lingering
    browned = is_event & (motor_v < fw.brownout_v)
    if fw.under_load:
        measured = np.where(is_event, motor_v, open_v - fw.rest_current_a * ohms - lingering)
    else:
        own = discharge.polarization(times, ohms, temps, open_v, ev_t, ev_jam, 0.0)
        measured = open_v - fw.rest_current_a * ohms - own
    measured = measured + rng.normal(0.0, fw.adc_sd_v, times.size)
    raw = fw.level(measured / pack.n_series)
    # A rebooted lock shows its power-on default until it next measures, and its
    # smoothing starts over.
    reset |= browned
    segment = np.cumsum(reset)
    levels = np.full(times.size, np.nan)
    levels[~reset] = fw.smooth(raw[~reset], segment[~reset])

    crossing, reported, dead, notice = _milestones(profile, discharge, times, levels, is_event)
    failed = _first(browned & ~jam, times)
    if failed is not None and (dead is None or failed < dead):
        dead = failed
    return SetRun(
        start=start,
        end=stop,
        chemistry=chem_name,
        crossing=crossing,
        reported_crossing=reported,
        dead=dead,
        times=times,
        levels=levels,
        partial=False,
        mixed=False,
        notice=notice,
        discharge=discharge,
    )


def _first_daily_at_most(hourly: np.ndarray, grid: np.ndarray, threshold: float) -> float | None:
    """First grid time whose trailing 24-hour median of ``hourly`` is <= ``threshold``."""
    below = np.flatnonzero(hourly <= threshold)
    if below.size == 0:
        return None
    padded = np.r_[np.full(23, hourly[0]), hourly]  # padded[k + 23] is hour k
    days = sliding_window_view(padded, 24)  # days[k]: the 24 hours ending at hour k
    # No day can qualify before its last hour does; look a month at a time from there.
    for begin in range(int(below[0]), days.shape[0], 720):
        hits = np.flatnonzero(np.median(days[begin : begin + 720], axis=1) <= threshold)
        if hits.size:
            return float(grid[begin + hits[0]])
    return None


def _milestones(
    profile: LockProfile,
    discharge: Discharge,
    times: np.ndarray,
    levels: np.ndarray,
    is_event: np.ndarray,
) -> tuple[float | None, float | None, float | None, float | None]:
    """Truth crossing, reported crossing, end of life and when the household notices."""
    fw, household = profile.firmware, profile.household
    real = ~np.isnan(levels)
    real_t, real_level = times[real], levels[real]
    grid = discharge.grid
    index = np.clip(np.searchsorted(real_t, grid, side="right") - 1, 0, None)
    shown = real_level[index]
    crossing = _first_daily_at_most(shown, grid, REPLACE_AT)
    reported = None
    if fw.style != "enum":
        reported = _first_daily_at_most(fw.quantize(shown).astype(float), grid, REPLACE_AT)
    dead = _first(discharge.soc_grid.min(axis=1) <= 0.0, grid)
    seen = None
    if household.watches_app:
        # The user acts once the app has shown their trigger level for about a day.
        if fw.style == "enum":
            app_value, trigger = fw.enum(shown).astype(float), 1.0  # "low" or worse
        else:
            app_value, trigger = fw.quantize(shown).astype(float), household.notice_percent
        seen = _first_daily_at_most(app_value, grid, trigger)
    # A single beep after a jam is shrugged off; the third low-battery beep is not.
    beeps = np.flatnonzero(is_event & real & (np.nan_to_num(levels, nan=100.0) <= fw.low_alarm))
    alarm = float(times[beeps[2]]) if beeps.size > 2 else None
    notices = [t for t in (seen, alarm) if t is not None]
    return crossing, reported, dead, (min(notices) if notices else None)


def truncate(run: SetRun, end: float) -> None:
    """End the set at ``end``: drop later firmware outputs and a crossing not yet reached."""
    keep = run.times < end
    run.times, run.levels, run.end = run.times[keep], run.levels[keep], end
    if run.crossing is not None and run.crossing >= end:
        run.crossing = None
    if run.reported_crossing is not None and run.reported_crossing >= end:
        run.reported_crossing = None
    if run.dead is not None and run.dead >= end:
        run.dead = None
