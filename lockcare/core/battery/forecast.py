"""Battery forecast: when should this lock get fresh batteries?

Public API (other tools call it; keep it stable)::

    from lockcare.core.battery import Reading, Swap, Forecast, forecast, detect_swaps

``forecast`` blends the battery type's typical life (and this lock's previous sets) with
the readings since the last swap; see ``battery_model`` for the model and
``battery_data`` for how readings become intervals. It never guesses silently: with no
known swap and too little data it answers ``status="insufficient-data"``.

Choices:
    * Datetimes must be timezone-aware; a naive one raises ``ValueError``.
    * ``replace_by`` is the posterior median of when the lock reports ``threshold`` %;
      ``earliest``/``latest`` are its 10 % and 90 % quantiles (an 80 % range).
    * ``unreliable_from`` and ``emergency_by`` are the medians for 15 % and 5 % (capped at
      ``threshold`` so the three dates always come in order).
    * A level jump from low to full after the last recorded swap is never taken as a
      swap; the forecast then uses only the readings after the jump, estimates the start
      from the trend, and asks the user to record the change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from lockcare.core.battery import model
from lockcare.core.battery.data import (
    Point,
    Reading,
    Swap,
    find_jumps,
    observations,
    require_aware,
    select_points,
    swap_battery,
)
from lockcare.core.battery.priors import (
    CHEMISTRIES,
    MIN_SET_DAYS,
    Chemistry,
    LifePrior,
    chemistry,
    life_prior,
)
from lockcare.core.battery.text import (
    NIMH_WARNING,
    day_text,
    explain_data,
    explain_insufficient,
    explain_prior_only,
)

__all__ = ["Forecast", "ProposedSwap", "Reading", "Swap", "detect_swaps", "forecast"]

UNRELIABLE_LEVEL = 15.0
EMERGENCY_LEVEL = 5.0
MIN_READINGS_NO_SWAP = 3
MIN_SPAN_DAYS_NO_SWAP = 14.0
MIN_DECLINE_NO_SWAP = 10.0
SWAP_TOLERANCE = timedelta(days=2)
"""How far a recorded swap may sit from a level jump and still explain it."""
NIMH_CALIBRATION_DAYS = 10.0
CURVE_POINTS = 24


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


def _sorted_swaps(swaps: Iterable[Any], now: datetime | None) -> list[Any]:
    kept = []
    for swap in swaps:
        at = require_aware(swap.at, "swap time")
        if now is None or at <= now:
            kept.append(swap)
    return sorted(kept, key=lambda s: s.at)


def _explained(before: Point, after: Point, swaps: Sequence[Any]) -> bool:
    return any(
        before.at - SWAP_TOLERANCE <= s.at <= after.at + SWAP_TOLERANCE for s in swaps
    )


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
    recorded = _sorted_swaps(swaps, None)
    points = select_points(readings, start=None, now=None).points
    proposals = []
    for before, after in find_jumps(points):
        if _explained(before, after, recorded):
            continue
        message = (
            f"Were new batteries put in between {day_text(before.at)} and "
            f"{day_text(after.at)}? The level went from about {before.estimate:.0f} % "
            f"to {after.estimate:.0f} %."
        )
        proposals.append(ProposedSwap(after.at, before.at, before.estimate, after.estimate, message))
    return proposals


def _previous_sets(swaps: Sequence[Any], battery: str, extra: Sequence[float] | None) -> list[float]:
    days = [
        (b.at - a.at).total_seconds() / 86400.0
        for a, b in zip(swaps, swaps[1:])
        if (swap_battery(a) or "aa-alkaline") == battery
    ]
    return [d for d in days if d >= MIN_SET_DAYS] + [float(d) for d in (extra or ())]


def _insufficient(explanation: str, reason: str, n: int, warnings: list[str], battery: str) -> Forecast:
    return Forecast(
        "insufficient-data", None, None, None, None, None, explanation, reason, n,
        tuple(warnings), battery=battery,
    )


def _nimh_fresh(points: Sequence[Point], anchor: datetime, chem: Chemistry) -> float:
    early = [
        p.estimate for p in points
        if (p.at - anchor).total_seconds() <= NIMH_CALIBRATION_DAYS * 86400.0
    ]
    return min(100.0, max(30.0, max(early))) if early else chem.fresh_level


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
        readings: ``Reading`` or ``models.BatteryReading`` objects, any order, any age.
        swaps: ``Swap`` or ``models.BatterySwap`` objects; the latest one up to ``now``
            starts the current set, earlier ones give this lock's previous set lengths.
        now: The present, timezone-aware.
        voice_prompts: Whether the lock speaks (3-4 months instead of 8-10 for alkaline).
        unlocks_per_day: Known unlocks per day, or None.
        threshold: Replace-at level in % (the guide says 20).
        previous_set_days: Extra previous set lengths (days) not visible in ``swaps``.

    Returns:
        The forecast; ``status`` is ``"insufficient-data"`` when it would be a guess.

    Raises:
        ValueError: If a datetime is naive or ``threshold`` is outside 1-99.
    """
    require_aware(now, "now")
    if not 1 <= threshold <= 99:
        raise ValueError(f"threshold must be between 1 and 99 %, got {threshold}")
    recorded = _sorted_swaps(swaps, now)
    last = recorded[-1] if recorded else None
    battery = (swap_battery(last) if last else "") or "aa-alkaline"
    warnings: list[str] = []
    if battery not in CHEMISTRIES:
        warnings.append(f"Unknown battery type “{battery}”; the forecast treats it as AA alkaline.")
    chem = chemistry(battery)
    if chem.key == "aa-nimh":
        warnings.append(NIMH_WARNING)
    prior = life_prior(
        chem, voice_prompts=voice_prompts, unlocks_per_day=unlocks_per_day,
        previous_set_days=_previous_sets(recorded, battery, previous_set_days),
    )
    selection = select_points(readings, start=last.at if last else None, now=now)
    if selection.ignored:
        warnings.append(f"{selection.ignored} readings with impossible values were ignored.")
    if selection.future:
        warnings.append(
            f"{selection.future} readings dated after now were ignored (check the clock)."
        )
    points = selection.points
    start = last.at if last else None
    cut, unrecorded = None, None
    for _, after in find_jumps(points):
        cut = after.at  # readings before a jump belong to an older set
        logged_early = last is not None and after.at - last.at <= SWAP_TOLERANCE
        unrecorded = None if logged_early else after.at
    if unrecorded is not None:
        warnings.append(
            f"The level jumped from low to full on {day_text(unrecorded)}: if new batteries "
            "went in then, record the change to improve the forecast."
        )
        start = None
    if cut is not None:
        points = points[bisect_left([p.at for p in points], cut):]
    n = len(points)
    if start is None:
        span = (points[-1].at - points[0].at).total_seconds() / 86400.0 if points else 0.0
        if n < MIN_READINGS_NO_SWAP or span < MIN_SPAN_DAYS_NO_SWAP:
            reason = "no-swap-few-readings"
            return _insufficient(explain_insufficient(reason, n, span), reason, n, warnings, battery)
        head = sorted(p.estimate for p in points[:3])[1]
        tail = sorted(p.estimate for p in points[-3:])[1]
        if head - tail < MIN_DECLINE_NO_SWAP:
            reason = "no-swap-no-decline"
            return _insufficient(explain_insufficient(reason, n, span), reason, n, warnings, battery)
        anchor = points[0].at
    else:
        anchor = start
    fresh = _nimh_fresh(points, anchor, chem) if chem.key == "aa-nimh" else chem.fresh_level
    nodes = model.fit(
        observations(points, anchor), prior, shapes=chem.shapes, fresh=fresh,
        known_start=start is not None,
    )
    return _result(nodes, anchor, now, threshold, prior, chem, points, start, warnings, voice_prompts)


def _result(
    nodes: list[model.Node],
    anchor: datetime,
    now: datetime,
    threshold: int,
    prior: LifePrior,
    chem: Chemistry,
    points: Sequence[Point],
    start: datetime | None,
    warnings: list[str],
    voice_prompts: bool,
) -> Forecast:
    """Turn the posterior into dates, a curve and words."""

    def when(days: float) -> datetime:
        return anchor + timedelta(days=days)

    unreliable_level = min(UNRELIABLE_LEVEL, float(threshold))
    early, median, late = model.crossing_quantiles(nodes, float(threshold), (0.1, 0.5, 0.9))
    unreliable = max(median, model.crossing_quantiles(nodes, unreliable_level, (0.5,))[0])
    emergency = max(
        unreliable,
        model.crossing_quantiles(nodes, min(EMERGENCY_LEVEL, unreliable_level), (0.5,))[0],
    )
    now_days = (now - anchor).total_seconds() / 86400.0
    current = model.level_median(nodes, now_days)
    end_days = max(emergency, late, now_days)
    curve = []
    previous = 100.0
    for i in range(CURVE_POINTS + 1):
        days = now_days + (end_days - now_days) * i / CURVE_POINTS
        previous = min(previous, model.level_median(nodes, days))
        curve.append((when(days), round(previous, 1)))
        if days == end_days:
            break
    if chem.cliff and points and current > 50:
        warnings.append(
            f"{chem.label} cells hold their level and then drop quickly, so the range "
            "stays wide until the drop starts."
        )
    if points:
        explanation = explain_data(
            len(points), start, points[0].at, prior, chem, voice_prompts,
            overdue=median <= now_days, threshold=threshold,
        )
        reason = "readings" if start is not None else "readings-no-swap"
    else:
        explanation = explain_prior_only(anchor, prior, chem, voice_prompts)
        reason = "prior-only"
    return Forecast(
        "ok", when(median), when(early), when(late), when(unreliable), when(emergency),
        explanation, reason, len(points), tuple(warnings), round(current, 1), tuple(curve),
        prior.median_days, chem.key,
    )

