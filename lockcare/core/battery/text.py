"""The battery forecaster's words: plain, short sentences a homeowner can act on.

Dates here use a fixed English form ("3 Jul 2025") so the core stays locale-free; the UI
formats the datetimes in the user's locale wherever it shows them on their own.
"""

from __future__ import annotations

from datetime import datetime

from lockcare.core.battery.priors import DAYS_PER_MONTH, Chemistry, LifePrior
from lockcare.core.dates_in_words import day_text
from lockcare.core.i18n import translate

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
    kind = (translate("core.battery", "{battery} with voice prompts") if voice_prompts else "{battery}").format(
        battery=chem.words)
    if prior.history_days:
        months = max(1, round(prior.median_days / DAYS_PER_MONTH))
        basis = translate("core.battery", "this lock's last %n set(s)", None, len(prior.history_days))
        return translate("core.battery", "about {months} months ({kind} and {basis})").format(
            months=months, kind=kind, basis=basis)
    if abs(prior.usage - 1.0) > 0.05:
        months = max(1, round(prior.median_days / DAYS_PER_MONTH))
        return translate("core.battery", "about {months} months ({kind} at this door's use)").format(months=months, kind=kind)
    return translate("core.battery", "about {low}-{high} months (usual for {kind})").format(
        low=_months(low), high=_months(high), kind=kind)


def explain_prior_only(
    swap_at: datetime, prior: LifePrior, chem: Chemistry, voice_prompts: bool
) -> str:
    """Sentence for a known swap without readings."""
    return translate("core.battery", "Not enough readings yet — expect {typical} from the swap on {day}.").format(
        typical=prior_words(prior, chem, voice_prompts), day=day_text(swap_at))


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
    readings = translate("core.battery", "%n reading(s)", None, count)
    if swap_at is not None:
        basis = translate("core.battery", "{readings} since the swap on {day}").format(
            readings=readings, day=day_text(swap_at))
    else:
        basis = translate("core.battery", "{readings} since {day} (no battery change recorded, so the start of this set "
                          "is estimated from the trend)").format(readings=readings, day=day_text(first_at))
    typical = prior_words(prior, chem, voice_prompts)
    if overdue:
        return translate("core.battery", "The batteries have probably reached {threshold} % already — replace them now "
                         "(based on {basis} and {typical}).").format(threshold=threshold, basis=basis, typical=typical)
    return translate("core.battery", "Based on {basis} and a typical life of {typical}.").format(basis=basis, typical=typical)


def explain_insufficient(reason: str, count: int, span_days: float) -> str:
    """Sentence for a refusal to forecast."""
    readings = translate("core.battery", "%n reading(s)", None, count)
    if reason == "no-swap-no-decline":
        return translate("core.battery", "Not enough data yet: no battery change is recorded and the {readings} so far "
                         "show no drop — record when the batteries were last changed to get a forecast.").format(
            readings=readings)
    days = (translate("core.battery", "less than a day") if span_days < 1
            else translate("core.battery", "%n day(s)", None, round(span_days)))
    if count == 0:
        return translate("core.battery", "Not enough data yet: no battery change is recorded and there are no readings — "
                         "record when the batteries were last changed to get a forecast.")
    return translate("core.battery", "Not enough data yet: no battery change is recorded and only {readings} over "
                     "{days} — record when the batteries were last changed to get a forecast.").format(
        readings=readings, days=days)
