"""Battery forecast: when should this lock get fresh batteries?

Public API (other tools call it; keep it stable)::

    from lockcare.core.battery import Reading, Swap, Forecast, forecast, detect_swaps

``forecast`` lets the readings since the last swap speak, with this lock's earlier sets
and then the battery type's typical life as the prior (see ``priors``), fits a model that
assumes no curve shape per battery type (see ``model``) and stretches the posterior's range
so that its stated 80 % holds on simulated sets it was not fitted on (see ``calibration``).
It never guesses silently: with no known swap and too little data it answers
``status="insufficient-data"``. It is pure and cheap (a few milliseconds for a set of
thousands of readings), so callers may cache it by its inputs.

Choices:
    * Datetimes must be timezone-aware; a naive one raises ``ValueError``.
    * ``replace_by`` is the posterior median of when the level reaches ``threshold`` %;
      ``earliest``/``latest`` bound the calibrated 80 % range around it.
    * ``unreliable_from`` and ``emergency_by`` are the medians for 15 % and 5 % (capped at
      ``threshold`` so the three dates always come in order).
    * A level jump from low to full after the last recorded swap is never taken as a
      swap; the forecast then uses only the readings after the jump, estimates the start
      from the trend, and asks the user to record the change.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from lockcare.core.battery import calibration
from lockcare.core.battery.analysis import Analysis, analyse, explained, sorted_swaps
from lockcare.core.battery.data import Reading, Swap, clean, jump_indices, sort_readings
from lockcare.core.battery.text import explain_data, explain_prior_only
from lockcare.core.dates_in_words import day_text

__all__ = ["Forecast", "ProposedSwap", "Reading", "Swap", "detect_swaps", "forecast"]

UNRELIABLE_LEVEL = 15.0
EMERGENCY_LEVEL = 5.0
CURVE_POINTS = 24
CURVE_SAMPLE = 255
HOLDING_POWER = 4.0
"""Shapes from this exponent on hold their level and then drop."""


@dataclass(frozen=True, slots=True)
class Forecast:
    """The answer of ``forecast``.

    Attributes:
        status: ``"ok"`` or ``"insufficient-data"``.
        replace_by: When the level is expected to reach the threshold.
        earliest: Start of the 80 % range around ``replace_by``.
        latest: End of the 80 % range.
        unreliable_from: Expected 15 % crossing (the lock becomes unreliable).
        emergency_by: Expected 5 % crossing (emergency unlocks stop working).
        explanation: One plain sentence: what the forecast is based on.
        reason: Machine-readable basis: ``"readings"``, ``"readings-no-swap"``,
            ``"prior-only"``, ``"no-swap-few-readings"`` or ``"no-swap-no-decline"``.
        based_on_readings: Readings of the current set that were used.
        warnings: Plain-language notes for the user.
        current_estimate: Estimated level now, in %.
        curve: (time, level) points of the expected level from now on, for drawing.
        prior_days: Median life to 20 % before looking at the readings.
        battery: Battery type the forecast assumed.
    """

    status: str
    replace_by: datetime | None
    earliest: datetime | None
    latest: datetime | None
    unreliable_from: datetime | None
    emergency_by: datetime | None
    explanation: str
    reason: str = ""
    based_on_readings: int = 0
    warnings: tuple[str, ...] = ()
    current_estimate: float | None = None
    curve: tuple[tuple[datetime, float], ...] = ()
    prior_days: float | None = None
    battery: str = "aa-alkaline"


@dataclass(frozen=True, slots=True)
class ProposedSwap:
    """A battery change the readings suggest, for the user to confirm or dismiss.

    Attributes:
        at: First reading that looked full: the latest the change can have happened.
        not_before: Last low reading before it: the earliest the change can have happened.
        level_before: Estimated level of the low reading, in %.
        level_after: Estimated level of the full reading, in %.
        message: A question for the user, in plain words.
    """

    at: datetime
    not_before: datetime
    level_before: float
    level_after: float
    message: str


def detect_swaps(readings: Iterable[Any], swaps: Iterable[Any]) -> list[ProposedSwap]:
    """Propose battery changes where the level jumped from low to (nearly) full.

    Nothing is recorded: the caller asks the user. Jumps that a recorded swap explains
    (within two days) are not proposed.

    Args:
        readings: ``Reading`` or ``models.BatteryReading`` objects, any order.
        swaps: Recorded ``Swap`` or ``models.BatterySwap`` objects.

    Returns:
        Proposals, oldest first.

    Raises:
        ValueError: If a datetime is naive.
    """
    recorded = sorted_swaps(swaps, None)
    cleaned = clean(sort_readings(readings)[0])
    levels = cleaned.estimate()
    proposals = []
    for i in jump_indices(cleaned):
        before, after = cleaned.times[i - 1], cleaned.times[i]
        if explained(before, after, recorded):
            continue
        message = (
            f"Were new batteries put in between {day_text(before)} and "
            f"{day_text(after)}? The level went from about {levels[i - 1]:.0f} % "
            f"to {levels[i]:.0f} %."
        )
        proposals.append(ProposedSwap(after, before, float(levels[i - 1]), float(levels[i]), message))
    return proposals


def forecast(
    readings: Iterable[Any],
    swaps: Iterable[Any],
    *,
    now: datetime,
    voice_prompts: bool = False,
    unlocks_per_day: float | None = None,
    threshold: int = 20,
    previous_set_days: Sequence[float] | None = None,
) -> Forecast:
    """Forecast when the batteries will reach ``threshold`` %.

    Args:
        readings: ``Reading`` or ``models.BatteryReading`` objects, any order, any age
            (sorted oldest first is fastest).
        swaps: ``Swap`` or ``models.BatterySwap`` objects; the latest one up to ``now``
            starts the current set, earlier ones give this lock's previous set lengths
            (of any battery type: other types count after scaling by typical life).
        now: The present, timezone-aware.
        voice_prompts: Whether the lock speaks (3-4 months instead of 8-10 for alkaline).
        unlocks_per_day: Known unlocks per day, or None.
        threshold: Replace-at level in % (the guide says 20).
        previous_set_days: Extra previous set lengths (days) of the current battery type
            not visible in ``swaps``.

    Returns:
        The forecast; ``status`` is ``"insufficient-data"`` when it would be a guess.

    Raises:
        ValueError: If a datetime is naive or ``threshold`` is outside 1-99.
    """
    require_threshold(threshold)
    result = analyse(
        readings, swaps, now=now, voice_prompts=voice_prompts,
        unlocks_per_day=unlocks_per_day, previous_set_days=previous_set_days,
    )
    return assemble(result, now, threshold, voice_prompts, calibration.shipped())


def require_threshold(threshold: int) -> None:
    """Raise ``ValueError`` unless ``threshold`` is a usable level (1-99 %)."""
    if not 1 <= threshold <= 99:
        raise ValueError(f"threshold must be between 1 and 99 %, got {threshold}")


def _log_days(days: float) -> float:
    return math.log(max(days, 1.0))


def calibrated_range(
    analysis: Analysis, threshold: float, table: calibration.Table
) -> tuple[float, float, float]:
    """(earliest, median, latest) days after the anchor for reaching ``threshold``."""
    posterior = analysis.posterior
    assert posterior is not None and analysis.situation is not None
    low, median, high = posterior.quantiles(posterior.crossing(threshold), (0.1, 0.5, 0.9))
    lo, hi = calibration.stretch(
        _log_days(median), _log_days(low), _log_days(high), table.factor(analysis.situation)
    )
    return min(math.exp(lo), median), median, max(math.exp(hi), median)


def assemble(
    analysis: Analysis, now: datetime, threshold: int, voice_prompts: bool, table: calibration.Table
) -> Forecast:
    """Turn an analysis into dates, a curve and words, with ``table``'s range widths."""
    warnings = analysis.warnings
    if analysis.refusal is not None:
        reason, explanation = analysis.refusal
        return Forecast(
            "insufficient-data", None, None, None, None, None, explanation, reason,
            analysis.count, tuple(warnings), battery=analysis.chem.key,
        )
    posterior, anchor, prior, chem = analysis.posterior, analysis.anchor, analysis.prior, analysis.chem
    assert posterior is not None and anchor is not None

    def when(days: float) -> datetime:
        return anchor + timedelta(days=days)

    early, median, late = calibrated_range(analysis, float(threshold), table)
    unreliable_level = min(UNRELIABLE_LEVEL, float(threshold))
    emergency_level = min(EMERGENCY_LEVEL, unreliable_level)
    later = posterior.quantiles(posterior.crossing(unreliable_level), (0.5,))[0]
    latest = posterior.quantiles(posterior.crossing(emergency_level), (0.5,))[0]
    unreliable = max(median, later)
    emergency = max(unreliable, latest)
    now_days = analysis.now_days
    end_days = max(emergency, late, now_days)
    times = now_days + (end_days - now_days) * np.arange(CURVE_POINTS + 1) / CURVE_POINTS
    levels = np.minimum.accumulate(_median_levels(posterior, times))
    curve = tuple((when(float(t)), round(float(v), 1)) for t, v in zip(times, levels))
    if end_days == now_days:
        curve = curve[:1]
    current = float(levels[0])
    holding = float(posterior.weight[posterior.power >= HOLDING_POWER].sum())
    if analysis.count and current > 50 and holding > 0.5:
        warnings.append(
            "The level has hardly fallen yet; some cells hold their level and then drop "
            "quickly, so the range stays wide until the decline shows."
        )
    if analysis.count:
        assert analysis.first_at is not None
        explanation = explain_data(
            analysis.count, analysis.start, analysis.first_at, prior, chem, voice_prompts,
            overdue=median <= now_days, threshold=threshold,
        )
        reason = "readings" if analysis.start is not None else "readings-no-swap"
    else:
        explanation = explain_prior_only(anchor, prior, chem, voice_prompts)
        reason = "prior-only"
    return Forecast(
        "ok", when(median), when(early), when(late), when(unreliable), when(emergency),
        explanation, reason, analysis.count, tuple(warnings), round(current, 1), curve,
        prior.median_days, chem.key,
    )


def _median_levels(posterior: Any, times: np.ndarray) -> np.ndarray:
    """Posterior median level at each of ``times`` (days after the anchor).

    Drawn, not dated: the posterior is represented by ``CURVE_SAMPLE`` equally weighted
    nodes picked systematically along its cumulative weight, which keeps this cheap and
    deterministic without moving a median visibly.
    """
    cumulative = np.cumsum(posterior.weight)
    picks = (np.arange(CURVE_SAMPLE) + 0.5) / CURVE_SAMPLE * cumulative[-1]
    nodes = np.minimum(np.searchsorted(cumulative, picks), cumulative.size - 1)
    return np.median(posterior.levels(times, nodes), axis=1)
