"""The words lockcare's layers share: reachability, fleet status, error kinds, battery levels.

Each is a :class:`~enum.StrEnum`, so its members are the same strings that storage, the
JSON output and tinytuya-facing code always used (``"wrong-key"``, ``"replace-soon"``): a
member compares equal to its text and serialises as it. What these mean *to people* is in
:mod:`lockcare.core.wording`; what the battery levels mean *as numbers* is defined here,
once.
"""

from __future__ import annotations

from enum import StrEnum


class Reachability(StrEnum):
    """What lockcare last learned when it tried to reach a lock (``LockStatus.state``)."""

    OK = "ok"
    ASLEEP = "asleep"
    WRONG_KEY = "wrong-key"
    SILENT = "silent"
    GATEWAY_CHILD_OFFLINE = "gateway-child-offline"
    GARBLED = "garbled"
    UNKNOWN = "unknown"


class ErrorKind(StrEnum):
    """Why a read failed (``DeviceError.kind``, ``read --json``'s ``error.kind``)."""

    ASLEEP = "asleep"
    WRONG_KEY = "wrong-key"
    SILENT = "silent"
    GATEWAY_CHILD_OFFLINE = "gateway-child-offline"
    GARBLED = "garbled"
    """The device answered with nonsense (junk, corrupt or oversized frames, no status)."""
    SETUP = "setup"
    """lockcare could not even try (no key stored, no address yet); never raised by a device."""


REACHABILITY_AFTER: dict[ErrorKind, Reachability] = {
    ErrorKind.ASLEEP: Reachability.ASLEEP,
    ErrorKind.WRONG_KEY: Reachability.WRONG_KEY,
    ErrorKind.SILENT: Reachability.SILENT,
    ErrorKind.GATEWAY_CHILD_OFFLINE: Reachability.GATEWAY_CHILD_OFFLINE,
    ErrorKind.GARBLED: Reachability.GARBLED,
}
"""The reachability a failed read leaves behind (an unknown kind counts as silent)."""


def reachability_after(kind: str) -> Reachability:
    """The reachability a read that failed with ``kind`` leaves behind."""
    try:
        return REACHABILITY_AFTER.get(ErrorKind(kind), Reachability.SILENT)
    except ValueError:
        return Reachability.SILENT


class CommandFailure(StrEnum):
    """Why a command failed, as ``--json`` output says it: ``{"error": {"kind": ..., "message": ...}}``."""

    USAGE = "usage"
    """The command line itself is wrong (exit 2)."""
    INVALID = "invalid"
    """A value that cannot be right: a percentage of 140, an address like 192.168.1.300."""
    NOT_FOUND = "not-found"
    """No lock (or record) by that name."""
    STORAGE = "storage"
    """The database or key store could not save (a full disk, a damaged file)."""
    FILE = "file"
    """A file could not be read or written (the path says which)."""
    REFUSED = "refused"
    """Anything else lockcare refused with a reason (a damaged backup, a gateway still in use)."""
    UNEXPECTED = "unexpected"
    """A bug: the details are in the log."""


class FleetStatus(StrEnum):
    """How urgently a lock needs batteries (the home page, ``forecast --json``'s ``status``)."""

    OVERDUE = "overdue"
    REPLACE_SOON = "replace-soon"
    ASLEEP = "asleep"
    NO_DATA = "no-data"
    OK = "ok"


class BatteryLevel(StrEnum):
    """Tuya's ``battery_state`` enum, best to worst."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    POWEROFF = "poweroff"


LEVEL_PERCENT_RANGES: dict[BatteryLevel, tuple[float, float]] = {
    BatteryLevel.HIGH: (60.0, 100.0),
    BatteryLevel.MEDIUM: (30.0, 60.0),
    BatteryLevel.LOW: (10.0, 30.0),
    BatteryLevel.POWEROFF: (0.0, 10.0),
}
"""The charge (%) each level stands for; locks differ, so the edges are soft in the forecaster."""

LEVEL_ESTIMATES: dict[BatteryLevel, float] = {
    BatteryLevel.HIGH: 80.0,
    BatteryLevel.MEDIUM: 45.0,
    BatteryLevel.LOW: 20.0,
    BatteryLevel.POWEROFF: 5.0,
}
"""The single best guess (%) for a level-only reading."""

LEVEL_RANKS: dict[BatteryLevel, int] = {level: 3 - index for index, level in enumerate(BatteryLevel)}
"""Levels as numbers for comparing: poweroff 0, low 1, medium 2, high 3."""

LOW_LEVELS: frozenset[BatteryLevel] = frozenset({BatteryLevel.LOW, BatteryLevel.POWEROFF})
"""Levels that mean "change the batteries now"."""
