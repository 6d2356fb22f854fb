"""Battery results in plain words: dates ("3 Jul"), ranges ("12 Mar – 2 Apr"), headlines.

Dates are shown in the user's local time zone, with the year only when it is not this year.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from lockcare.core.battery import Forecast
from lockcare.core.battery.priors import CHEMISTRIES, chemistry
from lockcare.core.models import BatteryReading, LockStatus

STATUS_WORDS = {
    "ok": "OK",
    "replace-soon": "Replace soon",
    "overdue": "Replace now",
    "asleep": "Asleep",
    "no-data": "No readings yet",
}
"""Plain words for a fleet status (``asleep`` gets its time added)."""


def day_month(moment: datetime, now: datetime) -> str:
    """A local date as "3 Jul", with the year when it is not this year ("3 Jul 2027")."""
    local = moment.astimezone()
    text = f"{local.day} {local:%b}"
    return text if local.year == now.astimezone().year else f"{text} {local.year}"


def range_words(start: datetime, end: datetime, now: datetime) -> str:
    """A date range as "12 Mar – 2 Apr" (one date when both fall on the same day)."""
    first, last = day_month(start, now), day_month(end, now)
    return first if first == last else f"{first} – {last}"


def battery_label(battery_type: str) -> str:
    """Short words for a battery type, e.g. "AA alkaline"."""
    return chemistry(battery_type).label if battery_type in CHEMISTRIES else battery_type


def join_names(names: Sequence[str]) -> str:
    """"Front door", "Front door and Shed", "Front door, Shed and Garage gate"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def asleep_words(status: LockStatus, now: datetime) -> str:
    """ "Asleep since 09:12" (today), "Asleep since 3 Jul", or just "Asleep"."""
    seen = status.last_seen_at
    if seen is None:
        return "Asleep"
    local = seen.astimezone()
    if local.date() == now.astimezone().date():
        return f"Asleep since {local:%H:%M}"
    return f"Asleep since {day_month(seen, now)}"


def headline(result: Forecast, now: datetime) -> str:
    """One short line: what to do about the batteries and when."""
    if result.status != "ok" or result.earliest is None or result.latest is None:
        return "Not enough readings yet for a forecast"
    if result.replace_by is not None and result.replace_by <= now:
        if result.reason == "prior-only":
            return "New batteries are probably due (no readings yet to confirm it)"
        return "Replace the batteries now"
    first, last = day_month(max(result.earliest, now), now), day_month(result.latest, now)
    if result.reason == "prior-only":
        return f"Expect to replace the batteries between {first} and {last}"
    if first == last:
        return f"Replace batteries by {last}"
    return f"Replace batteries between {first} and {last}"


def level_text(latest: BatteryReading | None) -> str:
    """A latest reading as "64 %", "medium", "power off", or "—" when there is none."""
    if latest is None:
        return "—"
    if latest.percent is not None:
        return f"{latest.percent} %"
    return "power off" if latest.level == "poweroff" else str(latest.level)


def range_text(result: Forecast, now: datetime) -> str:
    """The replace-by range for a table cell: "27 Nov – 30 Dec", "Now", or why there is none."""
    if result.status != "ok" or result.earliest is None or result.latest is None:
        return "Not enough readings yet"
    if result.replace_by is not None and result.replace_by <= now:
        return "Now"
    return range_words(max(result.earliest, now), result.latest, now)
