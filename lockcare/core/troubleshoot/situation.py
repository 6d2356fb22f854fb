"""What lockcare knows about a lock's batteries when someone starts troubleshooting it.

A walk adapts to this (:attr:`lockcare.core.troubleshoot.content.Mode.entries`): with a
fresh reading that says the batteries are fine, a dark keypad does not start with "put in
fresh batteries"; with a low reading, getting in starts with emergency power.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from lockcare.core.dates_in_words import ago
from lockcare.core.models import BatteryReading
from lockcare.core.vocabulary import LOW_LEVELS, BatteryLevel
from lockcare.core.wording import level_text

LOW_PERCENT = 20
"""At or below this the guide says to replace the batteries (its 20 %)."""

FRESH = timedelta(hours=24)
"""A reading this recent says the lock had power a moment ago: charged cells do not go flat overnight."""


class Situation(StrEnum):
    """The battery situation a walk can adapt to."""

    LOW = "battery-low"
    """The latest reading (since the last battery change) is at or below 20 %, or low / power off."""
    FINE = "battery-fine"
    """A reading from the last 24 hours above 20 % (or high / medium): the lock has power."""
    UNKNOWN = "battery-unknown"
    """No reading since the last battery change, or only an old one."""


@dataclass(frozen=True, slots=True)
class Known:
    """The battery situation and the reading behind it.

    Attributes:
        situation: What the reading means for a walk.
        reading: The reading in words ("39 %, read 3 min ago"), or "" without one.
    """

    situation: Situation
    reading: str = ""

    def fill(self, template: str) -> str:
        """``template`` with ``{reading}`` replaced by the reading in words."""
        return template.replace("{reading}", self.reading)


UNKNOWN = Known(Situation.UNKNOWN)
"""Nothing known (no lock, or no reading)."""


def battery_situation(latest: BatteryReading | None, now: datetime, *, swapped_at: datetime | None = None) -> Known:
    """What the latest reading says about the batteries now.

    Args:
        latest: The lock's latest reading, or None.
        now: The current time.
        swapped_at: The last recorded battery change: an older reading describes batteries
            that are no longer in the lock, so it says nothing.
    """
    if latest is None or (swapped_at is not None and latest.at < swapped_at):
        return UNKNOWN
    words = f"{level_text(latest)}, read {ago(latest.at, now)}"
    low = (latest.percent is not None and latest.percent <= LOW_PERCENT) or (
        latest.percent is None and latest.level in LOW_LEVELS
    )
    if low:
        return Known(Situation.LOW, words)
    fine = (latest.percent is not None and latest.percent > LOW_PERCENT) or latest.level in (
        BatteryLevel.HIGH, BatteryLevel.MEDIUM,
    )
    if fine and now - latest.at <= FRESH:
        return Known(Situation.FINE, words)
    return Known(Situation.UNKNOWN, words)
