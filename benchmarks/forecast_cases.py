"""What a forecast benchmark case is: what the forecaster is told, and the truth.

Both simulators (``benchmarks/traces.py``, "A", and the independent one, "B") produce
``Case`` objects, so the calibration script and the accuracy benchmark treat them alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

POINTS = (25, 50, 75)
"""Points in a set's life (percent of the true days to 20 %) at which it is forecast."""


@dataclass
class Case:
    """One forecast to make and score.

    Attributes:
        sim: Which simulator made it ("A" or "B").
        battery: Battery type id of the current set.
        readings: Readings of the current set up to ``now`` (what a service would pass).
        swaps: Recorded swaps up to ``now``; the last starts the current set.
        now: When the forecast is made.
        voice: Voice prompts on.
        unlocks: Known unlocks per day, or None.
        previous_set_days: Earlier set lengths given outside ``swaps``, or None.
        swap_at: When the current set really went in.
        truth: When the true level reaches 20 %.
        style: Reporting style: "1", "5", "10" (percent steps) or "enum".
        point: Share of the true life elapsed at ``now``, in % (25, 50 or 75).
        earlier: Earlier sets of this lock the forecaster is told about.
    """

    sim: str
    battery: str
    readings: list[Any]
    swaps: list[Any]
    now: datetime
    voice: bool
    unlocks: float | None
    previous_set_days: list[float] | None
    swap_at: datetime
    truth: datetime
    style: str
    point: int
    earlier: int

    @property
    def true_days(self) -> float:
        """Days from the swap to the true 20 % crossing."""
        return (self.truth - self.swap_at).total_seconds() / 86400.0

    def days(self, moment: datetime) -> float:
        """Days from the swap to ``moment``."""
        return (moment - self.swap_at).total_seconds() / 86400.0


def earlier_group(count: int) -> str:
    """The report's group for a number of earlier sets."""
    return "0" if count == 0 else "1" if count == 1 else "2-3" if count <= 3 else "4+"
