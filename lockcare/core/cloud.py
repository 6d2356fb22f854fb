"""What lockcare learns from Tuya's cloud, as plain dataclasses.

The cloud client (:mod:`lockcare.devices.cloud`) turns Tuya's JSON into these; services
store them. Nothing here talks to the network.

* :class:`CloudDevice`: one entry of the project's device list (locks, gateways, the rest).
* :class:`BatteryReport`, :class:`AlarmReport`, :class:`UnlockReport`: typed data-point
  reports from a device's log, each at the event's own time.
* :class:`ReportLog`: the records of one log harvest and how far they are complete.

The cloud's ``ip`` field is the *home's public address*, never a LAN address, so it is
deliberately not carried: LAN addresses come from a scan, the user or devices.json.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from lockcare.core.alarms import decode_alarm
from lockcare.core.devices_json import LOCK_CATEGORIES
from lockcare.core.dpmap import UNLOCK_CODES, battery_level, battery_percent

REGIONS: tuple[str, ...] = ("cn", "us", "us-e", "eu", "eu-w", "in", "sg")
"""Tuya's data centres, as tinytuya names them."""

REGION_NAMES: dict[str, str] = {
    "cn": "China",
    "us": "Western America",
    "us-e": "Eastern America",
    "eu": "Central Europe",
    "eu-w": "Western Europe",
    "in": "India",
    "sg": "Singapore",
}
"""Plain names of the data centres, for choices shown to the user."""

LOG_HORIZON_DAYS = 7
"""How far back the free plan keeps device logs."""

DP_REPORT_EVENT = 7
"""Tuya's event type for a data-point report in device logs."""

BATTERY_PERCENT_CODES: frozenset[str] = frozenset({"residual_electricity", "battery_percentage"})
BATTERY_LEVEL_CODES: frozenset[str] = frozenset({"battery_state"})
_NOT_UNLOCKS: frozenset[str] = frozenset({"unlock_request", "unlock_switch"})
"""``unlock_*`` codes that are not unlock records (a remote-unlock countdown, a setting)."""


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def to_ms(value: datetime) -> int:
    """Exact epoch milliseconds (Tuya's time format) of an aware datetime, floored."""
    return (value - _EPOCH) // _MS


def from_ms(value: int) -> datetime:
    """The aware UTC datetime of epoch milliseconds, exactly."""
    return _EPOCH + value * _MS


def parse_ms(value: object) -> int | None:
    """Reads a Tuya epoch-milliseconds value (a number or digits), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    text = str(value).strip()
    return int(text) if text.isdigit() and int(text) > 0 else None


@dataclass(frozen=True, slots=True)
class CloudDevice:
    """One device of the user's Tuya cloud project.

    Attributes:
        device_id: Tuya's device id.
        name: The name the user gave it in the app.
        local_key: The LAN key (a gateway child's equals its gateway's); never logged.
        category: Tuya category, e.g. ``jtmspro`` (lock) or ``cz`` (plug).
        product_id: Tuya product id.
        product_name: Tuya product name.
        sub: True for a gateway child (BLE or Zigbee lock behind a hub).
        node_id: The child's node id (``cid``) to use through its gateway.
        parent_id: The gateway's device id for a child, when known.
        uuid: Hardware uuid from the factory info.
        mac: MAC address from the factory info.
        model: Model string, when the cloud gives one.
    """

    device_id: str
    name: str
    local_key: str = field(default="", repr=False)
    category: str = ""
    product_id: str = ""
    product_name: str = ""
    sub: bool = False
    node_id: str = ""
    parent_id: str = ""
    uuid: str = ""
    mac: str = ""
    model: str = ""

    @property
    def is_lock(self) -> bool:
        """True for Tuya's lock categories (reference section 3.1)."""
        return self.category in LOCK_CATEGORIES

    @classmethod
    def from_tinytuya(cls, entry: Mapping[str, object]) -> CloudDevice:
        """Builds a device from one entry of tinytuya's ``Cloud.getdevices()`` list.

        Args:
            entry: tinytuya's filtered entry (``key`` holds the local key,
                ``gateway_id`` the parent when the cloud gives one). Its ``ip`` is ignored.
        """

        def text(name: str) -> str:
            value = entry.get(name)
            return "" if value is None else str(value).strip()

        return cls(
            device_id=text("id"),
            name=text("name") or text("id"),
            local_key=text("key") or text("local_key"),
            category=text("category").lower(),
            product_id=text("product_id"),
            product_name=text("product_name"),
            sub=entry.get("sub") is True or text("sub").lower() == "true",
            node_id=text("node_id"),
            parent_id=text("gateway_id") or text("parent"),
            uuid=text("uuid"),
            mac=text("mac"),
            model=text("model"),
        )


def with_parents(devices: Sequence[CloudDevice]) -> list[CloudDevice]:
    """Fills in a gateway child's missing parent from the gateway sharing its local key.

    A child's local key equals its gateway's (the wizard uses the same rule); a parent is
    set only when exactly one non-child device shares the key.

    Args:
        devices: The project's devices.

    Returns:
        The devices, children completed where the key names one gateway.
    """
    hubs: dict[str, list[str]] = {}
    for device in devices:
        if not device.sub and device.local_key:
            hubs.setdefault(device.local_key, []).append(device.device_id)
    completed = []
    for device in devices:
        candidates = hubs.get(device.local_key, []) if device.sub and not device.parent_id else []
        completed.append(replace(device, parent_id=candidates[0]) if len(candidates) == 1 else device)
    return completed


def gateway_ids(devices: Iterable[CloudDevice]) -> frozenset[str]:
    """The ids of devices that serve at least one lock child."""
    return frozenset(d.parent_id for d in devices if d.sub and d.is_lock and d.parent_id)


@dataclass(frozen=True, slots=True)
class _Report:
    """Fields every log record has; (device, code, time, raw value) is its identity."""

    device_id: str
    at: datetime
    code: str
    raw_value: str

    @property
    def identity(self) -> tuple[str, str, int, str]:
        """The same lock, code, time and value is the same record."""
        return (self.device_id, self.code, to_ms(self.at), self.raw_value)


@dataclass(frozen=True, slots=True)
class BatteryReport(_Report):
    """A battery percentage (``residual_electricity``) or level (``battery_state``)."""

    percent: int | None = None
    level: str | None = None


@dataclass(frozen=True, slots=True)
class AlarmReport(_Report):
    """An ``alarm_lock`` report (decoded to alarm codes), a duress unlock or a doorbell."""

    alarms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UnlockReport(_Report):
    """An unlock record: the method (code without ``unlock_``) and the credential's id."""

    method: str = ""
    credential_id: int = 0


CloudRecord = BatteryReport | AlarmReport | UnlockReport


def record_from_log(
    device_id: str, entry: Mapping[str, object], *, alarm_order: Sequence[str] | None = None
) -> CloudRecord | None:
    """Turns one device-log entry into a typed record, or None for anything else.

    Args:
        device_id: The device the log belongs to.
        entry: ``{"code", "value", "event_time", ...}`` (values arrive as strings).
        alarm_order: The product's ``alarm_lock`` enum order, when its specification gives one.

    Returns:
        A battery, alarm or unlock record at the event's own time; None for other codes,
        a missing time, an unknown battery value (such as -1) or a false hijack/doorbell.
    """
    event = parse_ms(entry.get("event_time"))
    code = str(entry.get("code") or "")
    raw = entry.get("value")
    if event is None or not code or raw is None:
        return None
    at = from_ms(event)
    text = _as_text(raw)
    base = {"device_id": device_id, "at": at, "code": code, "raw_value": text}
    if code in BATTERY_PERCENT_CODES:
        percent = battery_percent(_as_int(text))
        return BatteryReport(**base, percent=percent) if percent is not None else None
    if code in BATTERY_LEVEL_CODES:
        level = battery_level(text)
        return BatteryReport(**base, level=level) if level is not None else None
    if code == "alarm_lock":
        alarms = decode_alarm(text, alarm_order)
        return AlarmReport(**base, alarms=alarms) if alarms else None
    if code in ("hijack", "doorbell"):
        return AlarmReport(**base, alarms=(code,)) if text.lower() == "true" else None
    if _is_unlock_code(code):
        credential = _as_int(text)
        if credential is None or credential < 0:
            return None
        return UnlockReport(**base, method=code.removeprefix("unlock_"), credential_id=credential)
    return None


def _is_unlock_code(code: str) -> bool:
    if code in UNLOCK_CODES:
        return True
    return code.startswith("unlock_") and code not in _NOT_UNLOCKS and not code.startswith("unlock_method")


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def _as_int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class ReportLog:
    """The records of one device-log harvest, and how far they are complete.

    Every DP report with ``since < event time <= complete_through`` is in ``records``,
    and none outside that range, so ``complete_through`` is the next ``since``: a cursor
    that never skips and never repeats a record. Unpacks as ``records, complete_through``.

    Attributes:
        device_id: The device harvested.
        records: Battery, alarm and unlock records, oldest first.
        complete_through: The time up to which the log was read completely; the
            ``since`` passed in (possibly None) when nothing new was completed.
        window_start: The oldest time asked for (``since``, or the 7-day horizon).
        missed_before: Set when ``since`` was older than the cloud keeps: reports
            between ``since`` and this time are gone for good.
        pages: How many log pages were read.
        skipped: Log entries that were neither battery, alarm nor unlock records.
    """

    device_id: str
    records: tuple[CloudRecord, ...] = ()
    complete_through: datetime | None = None
    window_start: datetime | None = None
    missed_before: datetime | None = None
    pages: int = 0
    skipped: int = 0

    def __iter__(self) -> Iterator[object]:
        yield self.records
        yield self.complete_through

    def of_type(self, kind: type[CloudRecord]) -> list[CloudRecord]:
        """The records of one kind (e.g. ``BatteryReport``), oldest first."""
        return [r for r in self.records if isinstance(r, kind)]


@dataclass(frozen=True, slots=True)
class CloudStatus:
    """A device's current values by code (``getstatus``); the cloud gives no time per value.

    Attributes:
        device_id: The device.
        values: Code -> current value, typed as the cloud sends it.
    """

    device_id: str
    values: dict[str, object] = field(default_factory=dict)

    @property
    def battery_percent(self) -> int | None:
        """The current battery percentage, if the device reports a valid one."""
        for code in sorted(BATTERY_PERCENT_CODES):
            value = self.values.get(code)
            if isinstance(value, str):
                value = _as_int(value)
            percent = battery_percent(value)
            if percent is not None:
                return percent
        return None

    @property
    def battery_level(self) -> str | None:
        """The current ``battery_state`` level, if any."""
        return battery_level(self.values.get("battery_state"))


__all__ = [
    "AlarmReport",
    "BatteryReport",
    "CloudDevice",
    "CloudRecord",
    "CloudStatus",
    "DP_REPORT_EVENT",
    "from_ms",
    "LOG_HORIZON_DAYS",
    "REGIONS",
    "REGION_NAMES",
    "ReportLog",
    "UnlockReport",
    "gateway_ids",
    "parse_ms",
    "record_from_log",
    "to_ms",
    "with_parents",
]
