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

    Attributes:
        key: Battery type id (as in ``models.BATTERY_TYPES``).
        label: Words shown to the user.
        months: Typical life in months with standard use, as a (low, high) range.
        voice_months: The same with voice prompts enabled, for wording only: the forecast
            derives the voice-prompt life from ``months`` through the drain model.
        shapes: Discharge curves as ``(top, sag, slope, knee)`` in % of the lock's scale,
            for ``level = top - sag*(1 - exp(-x/0.05)) - slope*x - rest*x**knee``
            (``rest`` makes the level reach 0 at ``x = 1``), where ``x`` is the share of
            the set's life used. ``top`` above 100 means the lock shows 100 % for the first
            weeks; ``sag`` is the quick early drop of a fresh alkaline cell; ``slope`` the
            steady decline; ``knee`` how sharp the end-of-life drop is. Lithium and NiMH
            have no slope: flat, then a cliff. The forecaster weighs these shapes by how
            well they fit the readings.
        fresh_level: What the lock shows on a fresh set, in %.
        spread: Logistic scale of log-life across households (how far real sets stray
            from the typical figure).
        estimated: True when the life figures are lockcare's estimate, not the guide's.
    """

    key: str
    label: str
    months: tuple[float, float]
    voice_months: tuple[float, float]
    shapes: tuple[tuple[float, float, float, float], ...]
    fresh_level: float
    spread: float
    estimated: bool

    @property
    def cliff(self) -> bool:
        """True for chemistries that hold a flat level and then fall off a cliff."""
        return max(shape[2] for shape in self.shapes) <= 10.0


ALKALINE_SHAPES = (
    (100.0, 0.0, 100.0, 1.0),
    (100.0, 0.0, 70.0, 3.0),
    (100.0, 0.0, 50.0, 7.0),
    (100.0, 14.0, 45.0, 7.0),
    (118.0, 0.0, 60.0, 6.0),
    (118.0, 16.0, 55.0, 8.0),
)
"""Alkaline voltage sags early, declines steadily, then drops at a knee near the end;
some locks map it to an almost straight line, hence the first (linear) curve."""
FLAT_SHAPES = ((100.0, 0.0, 0.0, 2.5), (100.0, 0.0, 0.0, 4.0), (100.0, 0.0, 0.0, 6.5))
"""Lithium chemistries (and NiMH) hold a flat voltage until a cliff."""

CHEMISTRIES: dict[str, Chemistry] = {
    # Field guide figures. Alkaline voltage sags steadily, so the level falls steadily.
    "aa-alkaline": Chemistry(
        "aa-alkaline", "AA alkaline", (8.0, 10.0), (3.0, 4.0), ALKALINE_SHAPES, 100.0, 0.15, False
    ),
    # Estimate: ~1.4x the usable energy of alkaline at motor current; very flat voltage.
    "aa-lithium": Chemistry(
        "aa-lithium", "AA lithium", (11.0, 15.0), (4.0, 6.0), FLAT_SHAPES, 100.0, 0.2, True
    ),
    # Estimate: one 3.7 V 2600 mAh cell holds ~9.6 Wh against ~12-15 Wh for 4 x AA.
    "18650-li-ion": Chemistry(
        "18650-li-ion", "18650 Li-ion", (5.0, 8.0), (2.0, 3.0), FLAT_SHAPES, 100.0, 0.17, True
    ),
    # Estimate: NiMH sits at 1.2 V, which the lock reads as a part-empty alkaline set, so
    # the "20 %" warning comes early although the cells still hold charge.
    "aa-nimh": Chemistry(
        "aa-nimh", "AA NiMH", (3.0, 5.0), (1.0, 2.0), FLAT_SHAPES, 60.0, 0.22, True
    ),
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
HISTORY_SD = 0.25
"""Spread of one previous set around this lock's own typical life (log scale)."""
SET_TO_SET_SD = 0.15
"""Spread between sets of the same lock even when its typical life is known exactly."""


def life_prior(
    chem: Chemistry,
    *,
    voice_prompts: bool,
    unlocks_per_day: float | None,
    previous_set_days: Sequence[float] = (),
) -> LifePrior:
    """Blend the type's typical life with this lock's previous sets.

    The blend is a normal-normal update on log-life: each previous set counts as one noisy
    observation, so one set nudges the prior and five sets mostly replace it.

    Args:
        chem: The chemistry of the set being forecast.
        voice_prompts: Whether voice prompts are on.
        unlocks_per_day: Known unlocks per day, or None.
        previous_set_days: Days each previous set of the same type lasted.

    Returns:
        The blended prior.
    """
    low, high = chem.voice_months if voice_prompts else chem.months
    # One drain model for every setting: with voice prompts at standard use it gives the
    # guide's 3-4 months for alkaline, and it can never make voice prompts last longer.
    usage = usage_factor(unlocks_per_day, voice_prompts)
    type_median = math.sqrt(chem.months[0] * chem.months[1]) * DAYS_PER_MONTH * usage
    standard = usage_factor(None, voice_prompts)
    spread = chem.spread * (0.8 if unlocks_per_day is not None else 1.0)
    history = tuple(
        float(d) for d in previous_set_days if math.isfinite(d) and d >= MIN_SET_DAYS
    )
    if not history:
        return LifePrior(type_median, spread, (low, high), (), usage / standard)
    # Logistic scale -> standard deviation: sd = s * pi / sqrt(3).
    var0 = (spread * math.pi / math.sqrt(3.0)) ** 2
    precision = 1.0 / var0 + len(history) / HISTORY_SD**2
    mean = (
        math.log(type_median) / var0 + sum(math.log(d) for d in history) / HISTORY_SD**2
    ) / precision
    sd = math.sqrt(1.0 / precision + SET_TO_SET_SD**2)
    sd = min(sd, math.sqrt(var0))
    return LifePrior(
        math.exp(mean), sd * math.sqrt(3.0) / math.pi, (low, high), history, usage / standard
    )
