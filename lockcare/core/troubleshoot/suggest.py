"""Suggest where the troubleshooter should start, from what lockcare last heard from a lock.

The suggestion is a hint for the symptom picker ("This looks like ...: start here?"), never
a diagnosis: the user can always pick another failure mode.

Rules, checked in this order (the first that matches wins):

1. **Jammed bolt** (a ``tongue_bad`` alarm in the last 7 days) -> ``handle-depressed``.
   First because it is a mechanical fault that can shut someone out, and the alarm is
   specific: nothing else explains it.
2. **No power** (battery level ``low`` or ``poweroff``, a percentage of 15 % or less, or a
   ``low_battery`` / ``power_off`` alarm in the last 7 days) -> ``keypad-dark``. Second
   because flat batteries are the most common failure and also make a lock go offline or
   read fingerprints badly, so they explain the rules below too. A battery alarm is
   ignored when the latest reading says the battery is fine (level ``high`` / ``medium``
   or above 15 %): the batteries have most likely been changed since.
3. **Unreachable** (last heard from 2 days ago or more) -> ``app-offline``.
4. **Rejected fingerprints** (3 or more ``wrong_finger`` alarms in the last 24 hours)
   -> ``fingerprint-red``. Last, because it can also be someone else trying their luck.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from lockcare.core.dates_in_words import rough_ago

OFFLINE_AFTER = timedelta(days=2)
"""Unheard-from for this long suggests the app-offline path."""

ALARM_WINDOW = timedelta(days=7)
"""How far back a jammed-bolt or battery alarm still counts."""

FINGER_WINDOW = timedelta(hours=24)
"""The window in which rejected fingerprints are counted."""

FINGER_STREAK = 3
"""How many rejected fingerprints in :data:`FINGER_WINDOW` suggest the fingerprint path."""

LOW_PERCENT = 15
"""At or below this percentage the lock becomes unreliable (the guide's 15 %)."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Where to start, and why in one plain sentence.

    Attributes:
        mode_id: A failure mode id, e.g. ``"keypad-dark"``.
        reason: Why it is suggested, in words for the user.
    """

    mode_id: str
    reason: str


def suggest_symptom(
    *,
    now: datetime,
    last_seen_at: datetime | None,
    battery_level: str | None,
    battery_percent: int | None,
    alarms: Sequence[tuple[datetime, str]],
) -> Suggestion | None:
    """Suggests a failure mode from a lock's recent state, or None when nothing stands out.

    Args:
        now: The current time (same awareness as the other datetimes).
        last_seen_at: When lockcare last heard from the lock; None if never.
        battery_level: The latest ``battery_state`` (``high`` / ``medium`` / ``low`` /
            ``poweroff``), or None.
        battery_percent: The latest battery percentage, or None.
        alarms: Recent alarms as (when, alarm code), in any order.

    Returns:
        The suggestion, following the rules in the module docstring.
    """
    recent = [(at, code) for at, code in alarms if now - ALARM_WINDOW <= at <= now]

    jams = [at for at, code in recent if code == "tongue_bad"]
    if jams:
        return Suggestion(
            "handle-depressed",
            f"The lock reported a jammed bolt {rough_ago(now - max(jams))}. The mechanism may be binding.",
        )

    power = _power_reason(battery_level, battery_percent, recent, now)
    if power:
        return Suggestion("keypad-dark", power)

    if last_seen_at is not None and now - last_seen_at >= OFFLINE_AFTER:
        return Suggestion(
            "app-offline",
            f"lockcare has not heard from the lock for {(now - last_seen_at).days} days. "
            "If the Tuya app shows it offline too, start here.",
        )

    fingers = [at for at, code in recent if code == "wrong_finger" and now - at <= FINGER_WINDOW]
    if len(fingers) >= FINGER_STREAK:
        return Suggestion(
            "fingerprint-red",
            f"The lock rejected a fingerprint {len(fingers)} times in the last 24 hours.",
        )
    return None


def _power_reason(
    level: str | None, percent: int | None, recent: Sequence[tuple[datetime, str]], now: datetime
) -> str | None:
    if level == "poweroff":
        return "The lock reports its battery as empty."
    if percent is not None and percent <= LOW_PERCENT:
        return f"The battery is at {percent} %: at 15 % or less the lock becomes unreliable and can go dark."
    if level == "low":
        return "The lock reports a low battery: it can go dark or act up until the batteries are changed."
    battery_fine = level in ("high", "medium") or (percent is not None and percent > LOW_PERCENT)
    battery_alarms = [(at, code) for at, code in recent if code in ("low_battery", "power_off")]
    if battery_alarms and not battery_fine:
        at, code = max(battery_alarms)
        words = "an empty battery" if code == "power_off" else "a low battery"
        return f"The lock warned of {words} {rough_ago(now - at)}."
    return None
