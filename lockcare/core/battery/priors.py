"""What lockcare knows about battery chemistries before it has seen any readings.

The forecaster blends two kinds of knowledge:

* the typical life of a battery type (the *type prior*), adjusted for voice prompts and,
  when the lock reports unlocks, for how busy the door is;
* this lock's own previous sets (how many days each set lasted between swaps).

Figures for 4 x AA alkaline come from the field guide (docs: troubleshooting-facts.md,
"Batteries": 8-10 months with standard use, 3-4 months with voice prompts). The other
chemistries are lockcare's own estimates, scaled from the alkaline figure by usable energy
at a lock's motor current; they are marked as estimates here and may be refined.

All lives are "days from a fresh set until the lock reports 20 %" (the guide's replace
point). Life uncertainty is modelled on the log scale with a logistic distribution: its
tails are heavier than a normal's (a lock that eats batteries in six weeks is not
impossible), yet it stays log-concave, which keeps the forecast monotone in usage.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from lockcare.core.i18n import translate, translate_noop

DAYS_PER_MONTH = 30.4375
STANDARD_UNLOCKS_PER_DAY = 8.0
"""Unlocks per day assumed behind the "standard use" figures (a household front door)."""
UNLOCK_SHARE = 0.6
"""Share of a lock's drain spent on unlocks at standard use; the rest is standby/Wi-Fi."""
LOGISTIC_Q90 = math.log(9.0)
"""A logistic variable with scale s has its 10 % and 90 % quantiles at -/+ s * ln 9."""


@dataclass(frozen=True, slots=True)
class Chemistry:
    """How one battery type behaves in a lock.

    The forecaster assumes no curve shape per type: every type may decline steadily or
    hold and then drop, and the readings decide (see ``model``). A type brings only its
    typical life and how far real sets stray from it.

    Attributes:
        key: Battery type id (as in ``models.BATTERY_TYPES``).
        label: Words shown to the user.
        months: Typical life in months with standard use, as a (low, high) range.
        voice_months: The same with voice prompts enabled, for wording only: the forecast
            derives the voice-prompt life from ``months`` through the drain model.
        fresh_level: What the lock shows on a fresh set, in %.
        spread: Logistic scale of log-life across households (how far real sets stray
            from the typical figure); wider for lockcare's own estimates. Households
            differ a lot (a back door opened twice a week, a busy front door, a weak
            Wi-Fi signal), so this is wider than the guide's "8-10 months" suggests: on
            simulated populations a narrower prior made the early range too confident.
        estimated: True when the life figures are lockcare's estimate, not the guide's.
    """

    key: str
    label: str
    months: tuple[float, float]
    voice_months: tuple[float, float]
    fresh_level: float
    spread: float
    estimated: bool

    @property
    def words(self) -> str:
        """The label in the user's language ("AA alkaline", "AA-Alkali")."""
        return translate("core.battery", self.label)

    @property
    def typical_days(self) -> float:
        """Median life to 20 % with standard use and no voice prompts, in days."""
        return math.sqrt(self.months[0] * self.months[1]) * DAYS_PER_MONTH


CHEMISTRIES: dict[str, Chemistry] = {
    # Field guide figures.
    "aa-alkaline": Chemistry("aa-alkaline", translate_noop("core.battery", "AA alkaline"), (8.0, 10.0), (3.0, 4.0), 100.0, 0.22, False),
    # Estimate: ~1.4x the usable energy of alkaline at motor current.
    "aa-lithium": Chemistry("aa-lithium", translate_noop("core.battery", "AA lithium"), (11.0, 15.0), (4.0, 6.0), 100.0, 0.33, True),
    # Estimate: one 3.7 V 2600 mAh cell holds ~9.6 Wh against ~12-15 Wh for 4 x AA.
    "18650-li-ion": Chemistry("18650-li-ion", translate_noop("core.battery", "18650 Li-ion"), (5.0, 8.0), (2.0, 3.0), 100.0, 0.33, True),
    # Estimate: NiMH sits at 1.2 V, which the lock reads as a part-empty alkaline set, so
    # the "20 %" warning comes early although the cells still hold charge.
    "aa-nimh": Chemistry("aa-nimh", translate_noop("core.battery", "AA NiMH"), (3.0, 5.0), (1.0, 2.0), 60.0, 0.37, True),
}
DEFAULT_CHEMISTRY = "aa-alkaline"
VOICE_DRAIN_RATIO = (
    (1.0 / (sum(CHEMISTRIES["aa-alkaline"].voice_months) / sum(CHEMISTRIES["aa-alkaline"].months)))
    - (1.0 - UNLOCK_SHARE)
) / UNLOCK_SHARE
"""How many times more an unlock costs with voice prompts, fitted so that standard use
gives the guide's 3-4 months instead of 8-10."""


def chemistry(key: str) -> Chemistry:
    """Return the chemistry for a battery type id, alkaline when the id is unknown."""
    return CHEMISTRIES.get(key, CHEMISTRIES[DEFAULT_CHEMISTRY])


def usage_factor(unlocks_per_day: float | None, voice_prompts: bool) -> float:
    """Life multiplier for a door's use, relative to the standard-use figure without voice.

    Drain per day is standby plus a cost per unlock (``VOICE_DRAIN_RATIO`` times more with
    voice prompts). At the standard 8 unlocks per day without voice the factor is 1; more
    unlocks or voice prompts always give a smaller factor (shorter life), never a larger.

    Args:
        unlocks_per_day: Known unlocks per day, or None when unknown (standard use).
        voice_prompts: Whether spoken prompts make each unlock cost more.

    Returns:
        A positive multiplier for the standard-use life.
    """
    if unlocks_per_day is None or not math.isfinite(unlocks_per_day) or unlocks_per_day < 0:
        unlocks_per_day = STANDARD_UNLOCKS_PER_DAY
    cost = VOICE_DRAIN_RATIO if voice_prompts else 1.0
    drain = (1.0 - UNLOCK_SHARE) + UNLOCK_SHARE * cost * unlocks_per_day / STANDARD_UNLOCKS_PER_DAY
    return 1.0 / drain


@dataclass(frozen=True, slots=True)
class LifePrior:
    """The forecaster's belief about a set's life before (or besides) its readings.

    Attributes:
        median_days: Median days from the swap until the lock reports 20 %.
        scale: Logistic scale of log-life.
        typical_months: The typical range for the type and voice setting (for wording).
        history_days: Previous sets of this lock that were blended in.
        usage: Life multiplier for this door's known unlocks, relative to standard use
            with the same voice setting (1 when unlocks are unknown).
    """

    median_days: float
    scale: float
    typical_months: tuple[float, float]
    history_days: tuple[float, ...]
    usage: float


MIN_SET_DAYS = 7.0
"""Sets shorter than this are treated as mistakes (a swap logged twice, a dud set)."""
SET_TO_SET_SD = 0.15
"""Typical spread of one lock's sets around its own typical life (log scale, sd)."""
SET_TO_SET_WEIGHT = 3.0
"""How many sets' worth of belief ``SET_TO_SET_SD`` carries against a lock's own spread."""
CONVERSION_SD = 0.2
"""Extra spread of a previous set of another battery type, converted by typical lives."""
LOGISTIC_SD = math.pi / math.sqrt(3.0)
"""Standard deviation of a logistic variable with scale 1."""


def _history_spread(logs: Sequence[float]) -> float:
    """Set-to-set spread for this lock: the default, moved toward its own sets' spread."""
    n = len(logs)
    if n < 2:
        return SET_TO_SET_SD
    mean = sum(logs) / n
    squares = sum((y - mean) ** 2 for y in logs)
    return math.sqrt(
        (SET_TO_SET_WEIGHT * SET_TO_SET_SD**2 + squares) / (SET_TO_SET_WEIGHT + n - 1)
    )


def life_prior(
    chem: Chemistry,
    *,
    voice_prompts: bool,
    unlocks_per_day: float | None,
    previous_sets: Sequence[tuple[float, str]] = (),
) -> LifePrior:
    """Blend the type's typical life with this lock's previous sets.

    A hierarchical normal model on log-life: the lock has its own typical life, drawn
    around the type's; each set strays from the lock's typical life by the set-to-set
    spread (learnt from the lock's own sets when it has several). Sets of another battery
    type count too, scaled by the two types' typical lives, with extra spread. One set
    nudges the type prior; three consistent sets mostly replace it, and the range then
    comes close to the spread of the lock's own sets.

    Args:
        chem: The chemistry of the set being forecast.
        voice_prompts: Whether voice prompts are on.
        unlocks_per_day: Known unlocks per day, or None.
        previous_sets: (days, battery type id) of this lock's earlier sets.

    Returns:
        The blended prior.
    """
    low, high = chem.voice_months if voice_prompts else chem.months
    # One drain model for every setting: with voice prompts at standard use it gives the
    # guide's 3-4 months for alkaline, and it can never make voice prompts last longer.
    usage = usage_factor(unlocks_per_day, voice_prompts)
    type_median = chem.typical_days * usage
    standard = usage_factor(None, voice_prompts)
    spread = chem.spread * (0.8 if unlocks_per_day is not None else 1.0)
    kept = [
        (float(d), chemistry(kind)) for d, kind in previous_sets
        if math.isfinite(d) and d >= MIN_SET_DAYS
    ]
    if not kept:
        return LifePrior(type_median, spread, (low, high), (), usage / standard)
    same = [math.log(d) for d, other in kept if other.key == chem.key]
    set_sd = _history_spread(same)
    var0 = (spread * LOGISTIC_SD) ** 2
    precision, weighted = 1.0 / var0, math.log(type_median) / var0
    for days, other in kept:
        converted = days * chem.typical_days / other.typical_days
        variance = set_sd**2 + (0.0 if other.key == chem.key else CONVERSION_SD**2)
        precision += 1.0 / variance
        weighted += math.log(converted) / variance
    sd = math.sqrt(1.0 / precision + set_sd**2)
    history = tuple(days for days, _ in kept)
    return LifePrior(
        math.exp(weighted / precision), sd / LOGISTIC_SD, (low, high), history, usage / standard
    )
