"""One answer to "how full is it now?", shared by the lock's header, the forecast sentence and the chart.

A fresh reading is the answer (the lock said so a moment ago). Without one, a confident
forecast's estimate is, worded "about 38 %". Without either, the latest reading in words
(with no value on the chart: it says nothing about *now*).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from lockcare.core.battery.forecast import Forecast
from lockcare.core.models import BatteryReading, BatterySwap
from lockcare.core.wording import level_text

FRESH_FOR = timedelta(days=2)
"""A percentage read this recently is today's level (cells lose well under 1 % a day)."""


@dataclass(frozen=True, slots=True)
class NowLevel:
    """The battery level now.

    Attributes:
        percent: The level the chart marks at "now", or None when nothing says it.
        words: The level in words: "40 %", "about 38 %", "medium", or "—".
        estimated: True when it comes from the forecast rather than a reading.
    """

    percent: float | None
    words: str
    estimated: bool = False


def now_level(
    latest: BatteryReading | None, result: Forecast | None, now: datetime, swaps: Sequence[BatterySwap] = ()
) -> NowLevel:
    """The level now, from the latest reading and the forecast (see the module docstring).

    A reading from before the latest battery change describes cells that are gone: it
    counts for nothing.
    """
    swapped = max((s.at for s in swaps if s.at <= now), default=None)
    if latest is not None and swapped is not None and latest.at < swapped:
        latest = None
    if latest is not None and latest.percent is not None and now - latest.at <= FRESH_FOR:
        return NowLevel(float(latest.percent), f"{latest.percent} %")
    confident = (result is not None and result.status == "ok" and result.reason != "prior-only"
                 and result.current_estimate is not None)
    if confident and result is not None and result.current_estimate is not None:
        value = round(result.current_estimate)
        if latest is not None and latest.percent is not None:
            value = min(value, latest.percent)  # cells do not recharge: never above what the lock last said
        return NowLevel(float(value), f"about {value} %", estimated=True)
    return NowLevel(None, level_text(latest))
