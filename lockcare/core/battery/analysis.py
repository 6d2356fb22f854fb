"""From readings and swaps to a posterior: the part of a forecast that costs time.

``analyse`` picks the current set's readings, blends the priors, fits the model and
describes the data situation for calibration. ``forecast.forecast`` then turns the result
into dates and words. Keeping the two apart lets the calibration script and the accuracy
benchmark fit each simulated set once and try several calibration tables on it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from lockcare.core.battery import model
from lockcare.core.battery.binning import observations
from lockcare.core.battery.calibration import Situation
from lockcare.core.battery.data import (
    SECONDS_PER_DAY,
    Cleaned,
    jump_indices,
    require_aware,
    select,
    sort_readings,
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
from lockcare.core.battery.text import NIMH_WARNING, explain_insufficient
from lockcare.core.dates_in_words import day_text

MIN_READINGS_NO_SWAP = 3
MIN_SPAN_DAYS_NO_SWAP = 14.0
MIN_DECLINE_NO_SWAP = 10.0
SWAP_TOLERANCE = timedelta(days=2)
"""How far a recorded swap may sit from a level jump and still explain it."""
NIMH_CALIBRATION_DAYS = 10.0


@dataclass(slots=True)
class Analysis:
    """Everything a forecast needs besides the calibration table.

    Attributes:
        battery: Battery type id of the current set.
        chem: Its chemistry.
        prior: The blended life prior.
        warnings: Plain-language notes gathered so far.
        refusal: ``(reason, explanation)`` when the data are too thin to forecast.
        count: Readings of the current set that were used.
        anchor: Time the posterior's days count from (the swap, else the first reading).
        start: The recorded swap that starts the set, or None.
        first_at: Time of the first reading used, or None.
        now_days: Days from the anchor to now.
        posterior: The fitted model, or None on refusal.
        situation: The data situation, for calibration.
    """

    battery: str
    chem: Chemistry
    prior: LifePrior
    warnings: list[str] = field(default_factory=list)
    refusal: tuple[str, str] | None = None
    count: int = 0
    anchor: datetime | None = None
    start: datetime | None = None
    first_at: datetime | None = None
    now_days: float = 0.0
    posterior: model.Posterior | None = None
    situation: Situation | None = None


def sorted_swaps(swaps: Iterable[Any], now: datetime | None) -> list[Any]:
    """Swaps up to ``now`` (all when None), oldest first; naive times raise ``ValueError``."""
    kept = []
    for swap in swaps:
        at = require_aware(swap.at, "swap time")
        if now is None or at <= now:
            kept.append(swap)
    return sorted(kept, key=lambda s: s.at)


def explained(before: datetime, after: datetime, swaps: Sequence[Any]) -> bool:
    """True if a recorded swap lies at (or within two days of) a level jump."""
    return any(before - SWAP_TOLERANCE <= s.at <= after + SWAP_TOLERANCE for s in swaps)


def previous_sets(swaps: Sequence[Any], extra: Sequence[float] | None, battery: str) -> list[tuple[float, str]]:
    """(days, battery type) of the earlier sets: between recorded swaps, plus ``extra``."""
    found = [
        ((b.at - a.at).total_seconds() / SECONDS_PER_DAY, swap_battery(a) or "aa-alkaline")
        for a, b in zip(swaps, swaps[1:])
    ]
    return [(d, kind) for d, kind in found if d >= MIN_SET_DAYS] + [(float(d), battery) for d in extra or ()]


def _style(cleaned: Cleaned, step: float) -> str:
    if not len(cleaned):
        return "none"
    if np.isnan(cleaned.percent).all():
        return "enum"
    return f"{step:g}"


def _nimh_fresh(cleaned: Cleaned, anchor: datetime, chem: Chemistry) -> float:
    early = bisect_right(cleaned.times, anchor + timedelta(days=NIMH_CALIBRATION_DAYS))
    if not early:
        return chem.fresh_level
    return float(min(100.0, max(30.0, cleaned.estimate()[:early].max())))


def _current_set(items: list[Any], times: list[datetime], start: datetime | None, now: datetime,
                 last: Any, analysis: Analysis) -> tuple[Cleaned, datetime | None]:
    """The readings after the last swap and after the last unexplained level jump."""
    window = select(items, times, start=start, now=now)
    cleaned = window.cleaned
    if cleaned.ignored:
        about = "About " if window.thinned else ""
        count = round(cleaned.ignored * (1 + window.thinned / max(1, len(cleaned) + cleaned.ignored)))
        analysis.warnings.append(f"{about}{count} readings with impossible values were ignored.")
    if window.future:
        analysis.warnings.append(
            f"{window.future} readings dated after now were ignored (check the clock)."
        )
    jumps = jump_indices(cleaned)
    if not jumps:
        return cleaned, start
    j = jumps[-1]  # readings before the last jump belong to an older set
    if window.thinned:  # find the exact jump among the readings thinning left out
        between = select(items, times, start=cleaned.times[j - 1], now=cleaned.times[j]).cleaned
        exact = jump_indices(between)
        after = between.times[exact[-1]] if exact else cleaned.times[j]
        cleaned = select(items, times, start=after, now=now).cleaned
    else:
        after = cleaned.times[j]
        cleaned = cleaned.tail(j)
    if last is not None and after - last.at <= SWAP_TOLERANCE:
        return cleaned, start  # the swap was logged a little early
    analysis.warnings.append(
        f"The level jumped from low to full on {day_text(after)}: if new batteries "
        "went in then, record the change to improve the forecast."
    )
    return cleaned, None


def analyse(
    readings: Iterable[Any],
    swaps: Iterable[Any],
    *,
    now: datetime,
    voice_prompts: bool = False,
    unlocks_per_day: float | None = None,
    previous_set_days: Sequence[float] | None = None,
) -> Analysis:
    """Fit the model to the current set (arguments as for ``forecast.forecast``)."""
    require_aware(now, "now")
    recorded = sorted_swaps(swaps, now)
    last = recorded[-1] if recorded else None
    battery = (swap_battery(last) if last else "") or "aa-alkaline"
    chem = chemistry(battery)
    history = previous_sets(recorded, previous_set_days, chem.key)
    prior = life_prior(chem, voice_prompts=voice_prompts, unlocks_per_day=unlocks_per_day,
                       previous_sets=history)
    analysis = Analysis(battery, chem, prior)
    if battery not in CHEMISTRIES:
        analysis.warnings.append(
            f"Unknown battery type “{battery}”; the forecast treats it as AA alkaline."
        )
    if chem.key == "aa-nimh":
        analysis.warnings.append(NIMH_WARNING)
    items, times = sort_readings(readings)
    cleaned, start = _current_set(items, times, last.at if last else None, now, last, analysis)
    n = analysis.count = len(cleaned)
    if start is None:
        span = cleaned.span_days()
        if n < MIN_READINGS_NO_SWAP or span < MIN_SPAN_DAYS_NO_SWAP:
            return _refuse(analysis, "no-swap-few-readings", span)
        levels = cleaned.estimate()
        if np.median(levels[:3]) - np.median(levels[-3:]) < MIN_DECLINE_NO_SWAP:
            return _refuse(analysis, "no-swap-no-decline", span)
        anchor = cleaned.times[0]
    else:
        anchor = start
    fresh = _nimh_fresh(cleaned, anchor, chem) if chem.key == "aa-nimh" else chem.fresh_level
    obs = observations(cleaned, anchor)
    analysis.anchor, analysis.start = anchor, start
    analysis.first_at = cleaned.times[0] if n else None
    analysis.now_days = (now - anchor).total_seconds() / SECONDS_PER_DAY
    analysis.posterior = model.fit(obs, prior, fresh=fresh, known_start=start is not None)
    posterior = analysis.posterior
    median = posterior.quantiles(posterior.crossing(model.REPLACE_LEVEL), (0.5,))[0]
    analysis.situation = Situation(
        start is not None, analysis.now_days / max(median, 1.0), len(prior.history_days),
        _style(cleaned, obs.step), chem.key,
    )
    return analysis


def _refuse(analysis: Analysis, reason: str, span: float) -> Analysis:
    analysis.refusal = (reason, explain_insufficient(reason, analysis.count, span))
    return analysis
