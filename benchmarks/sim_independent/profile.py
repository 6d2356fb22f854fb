"""A simulated lock: its hardware, firmware, home, household and how lockcare reads it.

Everything here is fixed for the lock's whole history, so its successive battery sets
share the same drain, gauge and habits (the lock's own past predicts its future); the
sets still differ through the weather, the household's drift, the cells themselves and
the odd partial swap.

Hardware currents are calibrated to the field guide: four alkaline AA cells last 8-10
months with standard use and 3-4 months with voice prompts on. That takes ~0.45 mAh per
operation (wake, identify, motor out and back, radio report) plus ~0.1 mA idle, and for voice
prompts ~0.55 mAh more per operation plus an amplifier kept biased (~0.25 mA).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .climate import Climate, sample_climate
from .firmware import Firmware, sample_firmware
from .household import Household, sample_household
from .pack import Load

SET_COUNT_WEIGHTS = (0.2, 0.25, 0.25, 0.17, 0.13)  # 1..5 consecutive sets


@dataclass(frozen=True)
class Reporting:
    """How lockcare gets this lock's battery readings.

    Attributes:
        channel: ``poll`` (a keep-alive lock polled on the LAN), ``wake`` (a sleeping Wi-Fi
            lock read only when it wakes for an operation) or ``cloud`` (the vendor
            cloud's report-on-change log, fetched when the app syncs).
        poll_minutes: Poll period of ``poll``.
        poll_fail: Share of polls that time out.
        catch_p: Share of wakes the app catches (``wake``, app running).
        retention_days: How long the cloud keeps its log.
        newest_first: The cloud returns each page newest first.
        resend_p: Share of unchanged wake reports the cloud logs anyway (duplicates).
        unknown_p: Share of readings that come back as Tuya's -1 "unknown".
        zero_p: Share of readings with a 0 (or ``poweroff``) glitch.
        duplicate_p: Share of readings stored twice.
        clock_step_p: Share of readings stamped minutes early (host clock correction).
    """

    channel: str
    poll_minutes: float
    poll_fail: float
    catch_p: float
    retention_days: float
    newest_first: bool
    resend_p: float
    unknown_p: float
    zero_p: float
    duplicate_p: float
    clock_step_p: float


@dataclass(frozen=True)
class LockProfile:
    """Everything fixed about one simulated lock."""

    design: str
    n_series: int
    n_parallel: int
    first_chemistry: str
    classic_nimh: bool
    nimh_capacity: float
    cell_health: float
    load: Load
    firmware: Firmware
    household: Household
    climate: Climate
    reporting: Reporting
    keep_alive: bool
    tz_hours: int
    n_sets: int
    late_start: bool


def _load(rng: np.random.Generator, design: str, n_series: int, keep_alive: bool) -> Load:
    """Current draw; figures are for a 6 V (4 x AA) lock, scaled for Li-ion packs."""
    if design == "aa":
        scale = 1.0
        standby = rng.uniform(0.06, 0.16) if keep_alive else rng.uniform(0.04, 0.12)
        run, stall = rng.uniform(8.0, 14.0), rng.uniform(3.0, 5.0)
    else:
        # 18650 locks carry power-hungry features (always-on Wi-Fi, face recognition).
        scale = 1.45 if n_series == 1 else 0.73
        standby = rng.uniform(0.3, 0.9) if keep_alive else rng.uniform(0.12, 0.35)
        standby *= 1.0 if n_series == 1 else 0.5
        run, stall = (
            (rng.uniform(4.0, 7.0), rng.uniform(1.5, 2.5))
            if n_series == 1
            else (rng.uniform(10.0, 18.0), rng.uniform(4.0, 6.5))
        )
    return Load(
        standby_ma=standby,
        event_mah=float(np.exp(rng.normal(np.log(0.45), 0.3))) * scale,
        jam_mah=rng.uniform(1.5, 4.0) * scale,
        voice_event_mah=rng.uniform(0.4, 0.7) * scale,
        voice_standby_ma=rng.uniform(0.2, 0.3) * scale,
        voice=bool(rng.random() < 0.35),
        run_ohm=run,
        stall_ohm=stall,
    )


def _reporting(rng: np.random.Generator, keep_alive: bool) -> Reporting:
    if keep_alive:
        channel = "poll" if rng.random() < 0.7 else "cloud"
    else:
        channel = "wake" if rng.random() < 0.55 else "cloud"
    return Reporting(
        channel=channel,
        poll_minutes=float(rng.choice([15.0, 30.0, 60.0], p=[0.4, 0.3, 0.3])),
        poll_fail=rng.uniform(0.0, 0.1),
        catch_p=float(np.exp(rng.normal(np.log(0.1), 0.8))),
        retention_days=float(rng.choice([7.0, 30.0])),
        newest_first=bool(rng.random() < 0.5),
        resend_p=rng.uniform(0.0, 0.3) if rng.random() < 0.3 else 0.0,
        unknown_p=rng.uniform(0.0, 0.01),
        zero_p=rng.uniform(0.0, 0.004),
        duplicate_p=rng.uniform(0.0, 0.03),
        clock_step_p=rng.uniform(0.0, 0.003),
    )


def sample_profile(rng: np.random.Generator) -> LockProfile:
    """Draw one lock."""
    design = "li-ion" if rng.random() < 0.22 else "aa"
    if design == "aa":
        n_series, n_parallel = 4, (2 if rng.random() < 0.12 else 1)
        first = str(rng.choice(["aa-alkaline", "aa-lithium", "aa-nimh"], p=[0.6, 0.21, 0.19]))
        keep_alive = bool(rng.random() < 0.15)
    else:
        n_series, n_parallel = (1 if rng.random() < 0.55 else 2), 1
        first = "18650-li-ion"
        keep_alive = bool(rng.random() < 0.6)
    return LockProfile(
        design=design,
        n_series=n_series,
        n_parallel=n_parallel,
        first_chemistry=first,
        classic_nimh=bool(rng.random() < 0.25),
        nimh_capacity=rng.uniform(0.95, 1.25),
        cell_health=rng.uniform(0.85, 1.0),
        load=_load(rng, design, n_series, keep_alive),
        firmware=sample_firmware(rng, design, keep_alive),
        household=sample_household(rng),
        climate=sample_climate(rng),
        reporting=_reporting(rng, keep_alive),
        keep_alive=keep_alive,
        tz_hours=int(rng.choice([-8, -6, -5, 0, 1, 2, 3, 8, 9, 10])),
        n_sets=int(rng.choice(5, p=SET_COUNT_WEIGHTS)) + 1,
        late_start=bool(rng.random() < 0.3),
    )
