"""Plain dataclasses for lockcare's domain. Repositories return these; the UI shows them.

All datetimes are timezone-aware (UTC when they come from storage).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from lockcare.core.i18n import translate, translate_noop
from lockcare.core.vocabulary import BatteryLevel, Reachability

BATTERY_LEVELS: tuple[str, ...] = tuple(BatteryLevel)
"""Tuya's ``battery_state`` enum, best to worst."""

PROTOCOL_VERSIONS: tuple[str, ...] = ("3.3", "3.4", "3.5")
"""Tuya LAN protocol versions lockcare can talk to (``auto`` tries them newest first)."""

BATTERY_TYPES: dict[str, str] = {
    "aa-alkaline": translate_noop("core.models", "AA alkaline (1.5 V)"),
    "aa-lithium": translate_noop("core.models", "AA lithium (1.5 V)"),
    "18650-li-ion": translate_noop("core.models", "18650 Li-ion (3.7 V, 2600 mAh)"),
    "aa-nimh": translate_noop("core.models", "AA NiMH rechargeable (1.2 V, not recommended)"),
}
"""Battery types lockcare knows, with the words shown to the user (in English: see :func:`battery_type_words`)."""


def battery_type_words(battery_type: str) -> str:
    """A battery type in the user's words ("AA alkaline (1.5 V)"); an unknown id as it is."""
    return translate("core.models", BATTERY_TYPES[battery_type]) if battery_type in BATTERY_TYPES else battery_type


class ReadingSource(StrEnum):
    """Where a battery reading came from."""

    LIVE = "live"
    MANUAL = "manual"
    CLOUD = "cloud"
    IMPORT = "import"


class LockKind(StrEnum):
    """How lockcare reaches a lock on the network."""

    WIFI = "wifi"  # battery Wi-Fi lock: asleep most of the time, read opportunistically
    KEEP_ALIVE = "keep-alive"  # stays on Wi-Fi (category jtmsbh, mains-powered mk/videolock)
    GATEWAY_CHILD = "gateway-child"  # BLE/Zigbee lock read through a gateway with its node id
    GATEWAY = "gateway"  # the always-on hub itself (stored so children can name it)


@dataclass(frozen=True, slots=True)
class Lock:
    """A paired lock (or the gateway that serves locks)."""

    name: str
    device_id: str
    address: str = ""
    port: int = 6668
    version: str = "3.3"
    kind: LockKind = LockKind.WIFI
    category: str = ""
    product_id: str = ""
    product_name: str = ""
    dp_map: dict[str, int] = field(default_factory=dict)
    battery_type: str = "aa-alkaline"
    battery_count: int = 4
    voice_prompts: bool = False
    parent_device_id: str = ""
    node_id: str = ""
    wake_hint: str = ""
    alarm_order: tuple[str, ...] = ()
    """The product's alarm enum order when its mapping gives one (else Tuya's standard order)."""
    created_at: datetime | None = None
    id: int | None = None

    @property
    def is_gateway_child(self) -> bool:
        """True when the lock is read through a gateway by its node id."""
        return self.kind is LockKind.GATEWAY_CHILD


@dataclass(frozen=True, slots=True)
class BatteryReading:
    """One battery observation: a percentage, a level, or both."""

    lock_id: int
    at: datetime
    percent: int | None = None
    level: str | None = None
    source: ReadingSource = ReadingSource.MANUAL
    via_gateway: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class BatterySwap:
    """A set of batteries put into a lock."""

    lock_id: int
    at: datetime
    battery_type: str = "aa-alkaline"
    brand: str = ""
    count: int = 4
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class LockEvent:
    """Something a live read reported: an alarm, an unlock, a door or motor state."""

    lock_id: int
    at: datetime
    kind: str  # "alarm" | "unlock" | "door" | "motor"
    code: str
    value: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class LockStatus:
    """What lockcare last learned when it tried to reach a lock."""

    lock_id: int
    last_attempt_at: datetime | None = None
    last_seen_at: datetime | None = None
    state: str = Reachability.UNKNOWN  # a Reachability
    message: str = ""


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One line of a lock's maintenance log."""

    lock_id: int
    at: datetime
    type: str
    notes: str = ""
    cost: float | None = None
    measured_value: float | None = None
    measured_unit: str = ""
    done_by: str = ""
    swap_id: int | None = None
    run_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class RecurringTask:
    """A maintenance task that comes back on a schedule, anchored on its last completion."""

    lock_id: int
    kind: str
    title: str
    interval_months: int = 0
    interval_days: int = 0
    enabled: bool = True
    last_done_at: datetime | None = None
    created_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TroubleshootRun:
    """A walk through the troubleshooter, kept so the maintenance log can show it."""

    lock_id: int | None
    started_at: datetime
    symptom: str
    steps: tuple[tuple[str, str], ...] = ()  # (step id, outcome)
    outcome: str = ""
    id: int | None = None
