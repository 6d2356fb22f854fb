"""What lockcare says to people about locks, batteries and reachability, in one place.

The states themselves are in :mod:`lockcare.core.vocabulary`; dates in words are in
:mod:`lockcare.core.dates_in_words`. The GUI, the CLI and printouts take their words from
here, so "Replace soon" or "check key" reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from lockcare.core.dates_in_words import ago, clock_or_day, day_month, range_ends, range_words
from lockcare.core.models import BatteryReading, Lock, LockKind, LockStatus, ReadingSource
from lockcare.core.vocabulary import BatteryLevel, FleetStatus, Reachability
from lockcare.core.i18n import translate, translate_noop

if TYPE_CHECKING:  # the battery package brings numpy: loaded by the forecasts, not by the words
    from lockcare.core.battery import Forecast

CHANGE_KEY_ADVICE = translate_noop("core.wording", "change the key (lockcare edit LOCK --key-stdin, or Settings > Change local key in the window)")
"""The way out when a key is missing or wrong (never "add the lock again": that would lose its history)."""

REACHABILITY_WORDS: dict[str, str] = {
    Reachability.OK: translate_noop("core.wording", "live"),
    Reachability.ASLEEP: translate_noop("core.wording", "asleep"),
    Reachability.WRONG_KEY: translate_noop("core.wording", "check key"),
    Reachability.SILENT: translate_noop("core.wording", "not answering"),
    Reachability.GATEWAY_CHILD_OFFLINE: translate_noop("core.wording", "offline"),
    Reachability.GARBLED: translate_noop("core.wording", "garbled replies"),
    Reachability.UNKNOWN: "",
}
"""A lock's reachability in one or two words (the lock list and the page header)."""

FLEET_STATUS_WORDS: dict[str, str] = {
    FleetStatus.OK: translate_noop("core.wording", "OK"),
    FleetStatus.REPLACE_SOON: translate_noop("core.wording", "Replace soon"),
    FleetStatus.OVERDUE: translate_noop("core.wording", "Replace now"),
    FleetStatus.ASLEEP: translate_noop("core.wording", "Asleep"),
    FleetStatus.NO_DATA: translate_noop("core.wording", "No readings yet"),
}
"""Plain words for a fleet status (``asleep`` gets its time added by :func:`asleep_words`)."""

LOCK_KIND_WORDS: dict[LockKind, str] = {
    LockKind.WIFI: translate_noop("core.wording", "Wi-Fi lock (sleeps to save battery)"),
    LockKind.KEEP_ALIVE: translate_noop("core.wording", "Wi-Fi lock (always connected)"),
    LockKind.GATEWAY_CHILD: translate_noop("core.wording", "Bluetooth/Zigbee lock via a gateway"),
    LockKind.GATEWAY: translate_noop("core.wording", "Gateway"),
}
"""How lockcare reaches a lock, in words (the part before " (" is the short form)."""

LEVEL_WORDS: dict[str, str] = {
    BatteryLevel.HIGH: translate_noop("core.wording", "high"),
    BatteryLevel.MEDIUM: translate_noop("core.wording", "medium"),
    BatteryLevel.LOW: translate_noop("core.wording", "low"),
    BatteryLevel.POWEROFF: translate_noop("core.wording", "power off"),
}
"""Tuya's battery levels in words."""


def level_word(level: str) -> str:
    """A battery level in words ("power off" for ``poweroff``; unknown words as they are)."""
    return translate("core.wording", LEVEL_WORDS[level]) if level in LEVEL_WORDS else level


def reachability_word(state: str) -> str:
    """A lock's reachability in one or two words ("live", "asleep"; "" when unknown)."""
    word = REACHABILITY_WORDS.get(state, "")
    return translate("core.wording", word) if word else ""


def fleet_status_word(status: str) -> str:
    """A fleet status in plain words ("Replace soon"; unknown statuses as they are)."""
    return translate("core.wording", FLEET_STATUS_WORDS[status]) if status in FLEET_STATUS_WORDS else status


def lock_kind_words(kind: LockKind | str) -> str:
    """How lockcare reaches a lock, in words ("Wi-Fi lock (sleeps to save battery)")."""
    words = LOCK_KIND_WORDS.get(kind)  # type: ignore[call-overload]
    return translate("core.wording", words) if words else str(kind)


def change_key_advice() -> str:
    """:data:`CHANGE_KEY_ADVICE` in the user's language."""
    return translate("core.wording", CHANGE_KEY_ADVICE)


def level_text(latest: BatteryReading | None) -> str:
    """A latest reading as "64 %", "medium", "power off", or "—" when there is none."""
    if latest is None:
        return "—"
    if latest.percent is not None:
        return f"{latest.percent} %"
    return level_word(str(latest.level))


def battery_label(battery_type: str) -> str:
    """Short words for a battery type, e.g. "AA alkaline"."""
    from lockcare.core.battery.priors import CHEMISTRIES, chemistry

    return chemistry(battery_type).words if battery_type in CHEMISTRIES else battery_type


def join_names(names: Sequence[str]) -> str:
    """"Front door", "Front door and Shed", "Front door, Shed and Garage gate"."""
    if len(names) == 1:
        return names[0]
    return translate("core.wording", "{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


def asleep_words(status: LockStatus, now: datetime) -> str:
    """ "Asleep since 09:12" (today), "Asleep since 3 Jul", or just "Asleep"."""
    seen = status.last_seen_at
    if seen is None:
        return translate("core.wording", "Asleep")
    local = seen.astimezone()
    if local.date() == now.astimezone().date():
        return translate("core.wording", "Asleep since {time}").format(time=f"{local:%H:%M}")
    return translate("core.wording", "Asleep since {day_month}").format(day_month=day_month(seen, now))


CONNECTION_WORDS: dict[str, str] = {
    Reachability.OK: translate_noop("core.wording", "Live"),
    Reachability.WRONG_KEY: translate_noop("core.wording", "Check the key"),
    Reachability.SILENT: translate_noop("core.wording", "Not answering"),
    Reachability.GATEWAY_CHILD_OFFLINE: translate_noop("core.wording", "Out of the gateway's reach"),
    Reachability.GARBLED: translate_noop("core.wording", "Garbled replies"),
    Reachability.UNKNOWN: translate_noop("core.wording", "Not read yet"),
}
"""A lock's connection in a few words, beside its battery health (asleep gets its time)."""


def connection_words(status: LockStatus, now: datetime) -> str:
    """ "Live", "Asleep since 09:12", "Check the key", "Not read yet"... (never about the battery)."""
    if status.state == Reachability.ASLEEP:
        return asleep_words(status, now)
    return translate("core.wording", CONNECTION_WORDS.get(status.state, CONNECTION_WORDS[Reachability.UNKNOWN]))


def forecast_headline(result: Forecast, now: datetime) -> str:
    """One short line: what to do about the batteries and when."""
    if result.status != "ok" or result.earliest is None or result.latest is None:
        return translate("core.wording", "Not enough readings yet for a forecast")
    if result.replace_by is not None and result.replace_by <= now:
        if result.reason == "prior-only":
            return translate("core.wording", "New batteries are probably due (no readings yet to confirm it)")
        return translate("core.wording", "Replace the batteries now")
    first, last = range_ends(max(result.earliest, now), result.latest, now)
    if result.reason == "prior-only":
        return translate("core.wording", "Expect to replace the batteries between {first} and {last}").format(first=first, last=last)
    if first == last:
        return translate("core.wording", "Replace batteries by {last}").format(last=last)
    return translate("core.wording", "Replace batteries between {first} and {last}").format(first=first, last=last)


def forecast_range_text(result: Forecast, now: datetime) -> str:
    """The replace-by range for a table cell: "27 Nov – 30 Dec", "Now", or why there is none."""
    if result.status != "ok" or result.earliest is None or result.latest is None:
        return translate("core.wording", "Not enough readings yet")
    if result.replace_by is not None and result.replace_by <= now:
        return translate("core.wording", "Now")
    return range_words(max(result.earliest, now), result.latest, now)


def cloud_reported_words(latest: BatteryReading | None, status: LockStatus, now: datetime) -> str:
    """ "from the cloud, reported 3 h ago" for a lock only ever heard of through the cloud, else "".

    Args:
        latest: The lock's latest reading.
        status: What lockcare learned reaching it on the network (never seen: ``last_seen_at`` None).
        now: The current time.
    """
    if latest is None or latest.source != ReadingSource.CLOUD or status.last_seen_at is not None:
        return ""
    return translate("core.wording", "from the cloud, reported {ago}").format(ago=ago(latest.at, now))


def reachability_headline(lock: Lock, status: LockStatus, now: datetime) -> str:
    """One or two plain sentences about reaching a lock: calm for sleep, specific for problems.

    Empty when there is nothing to say.
    """
    seen = status.last_seen_at
    if status.state == Reachability.ASLEEP:
        since = translate("core.wording", " since {when}").format(when=clock_or_day(seen, now)) if seen else ""
        if lock.kind is LockKind.WIFI:
            return (translate("core.wording", "Asleep{since}. Battery locks sleep to save power; that is normal. Touch its keypad, then press Wake and read.").format(since=since))
        return translate("core.wording", "Not answering{since}. {message}").format(since=since, message=status.message).strip()
    if status.state == Reachability.WRONG_KEY:
        return (translate("core.wording", "The lock refused lockcare's key. Check the local key and protocol version: the key comes from "
                "the tinytuya wizard's devices.json and changes whenever the lock is paired again in the Tuya app. "
                "If it changed, {advice}.").format(advice=change_key_advice()))
    if status.state == Reachability.SILENT:
        return translate("core.wording", "The lock was awake but did not answer in time. Try Read now again in a moment.")
    if status.state == Reachability.GARBLED:
        return (translate("core.wording", "Something answered at this lock's address, but not like a Tuya lock (its replies were garbled). "
                "This is not a key problem: check the address and port, then try Read now again."))
    if status.state == Reachability.GATEWAY_CHILD_OFFLINE:
        return (translate("core.wording", "The gateway says this lock is out of reach. Check the lock's batteries and that it is within "
                "Bluetooth range of the gateway."))
    if status.state == Reachability.OK and status.message:
        return status.message
    return ""
