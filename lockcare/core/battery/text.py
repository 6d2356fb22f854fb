"""The battery forecaster's words: plain, short sentences a homeowner can act on.

Dates here use a fixed English form ("3 Jul 2025") so the core stays locale-free; the UI
formats the datetimes in the user's locale wherever it shows them on their own.
"""

from __future__ import annotations

from datetime import datetime

from lockcare.core.battery.priors import DAYS_PER_MONTH, Chemistry, LifePrior
from lockcare.core.dates_in_words import day_text

NIMH_WARNING = (
    "NiMH cells run at 1.2 V instead of 1.5 V and trigger early low-battery warnings; "
    "the lock will say “low” while they still hold charge. Use the battery type the lock "
    "was made for."
)


def _months(value: float) -> str:
    return f"{value:g}"


def prior_words(prior: LifePrior, chem: Chemistry, voice_prompts: bool) -> str:
    """Describe the prior: "about 8-10 months" or "about 7 months" with its basis."""
    low, high = prior.typical_months
    voice = " with voice prompts" if voice_prompts else ""
    if prior.history_days:
        months = max(1, round(prior.median_days / DAYS_PER_MONTH))
        sets = len(prior.history_days)
        basis = "this lock's last set" if sets == 1 else f"this lock's last {sets} sets"
        return f"about {months} months ({chem.label}{voice} and {basis})"
    if abs(prior.usage - 1.0) > 0.05:
        months = max(1, round(prior.median_days / DAYS_PER_MONTH))
        return f"about {months} months ({chem.label}{voice} at this door's use)"
    return f"about {_months(low)}-{_months(high)} months (usual for {chem.label}{voice})"


def explain_prior_only(
    swap_at: datetime, prior: LifePrior, chem: Chemistry, voice_prompts: bool
) -> str:
    """Sentence for a known swap without readings."""
    return (
        f"Not enough readings yet — expect {prior_words(prior, chem, voice_prompts)} "
        f"from the swap on {day_text(swap_at)}."
    )


def explain_data(
    count: int,
    swap_at: datetime | None,
    first_at: datetime,
    prior: LifePrior,
    chem: Chemistry,
    voice_prompts: bool,
    *,
    overdue: bool,
    threshold: int,
) -> str:
    """Sentence for a forecast drawn from readings (with or without a known swap)."""
    readings = "1 reading" if count == 1 else f"{count} readings"
    if swap_at is not None:
        basis = f"{readings} since the swap on {day_text(swap_at)}"
    else:
        basis = (
            f"{readings} since {day_text(first_at)} (no battery change recorded, so the "
            "start of this set is estimated from the trend)"
        )
    typical = prior_words(prior, chem, voice_prompts)
    if overdue:
        return (
            f"The batteries have probably reached {threshold} % already — replace them now "
            f"(based on {basis} and {typical})."
        )
    return f"Based on {basis} and a typical life of {typical}."


def explain_insufficient(reason: str, count: int, span_days: float) -> str:
    """Sentence for a refusal to forecast."""
    readings = "1 reading" if count == 1 else f"{count} readings"
    if reason == "no-swap-no-decline":
        return (
            f"Not enough data yet: no battery change is recorded and the {readings} so far "
            "show no drop — record when the batteries were last changed to get a forecast."
        )
    days = "less than a day" if span_days < 1 else f"{span_days:.0f} days"
    if count == 0:
        return (
            "Not enough data yet: no battery change is recorded and there are no readings — "
            "record when the batteries were last changed to get a forecast."
        )
    return (
        f"Not enough data yet: no battery change is recorded and only {readings} over "
        f"{days} — record when the batteries were last changed to get a forecast."
    )
