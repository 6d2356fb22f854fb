"""The fake cloud's world: one project, its linked app account and its devices.

Easy to seed::

    project = FakeProject()
    front = project.add_lock("Front door")                      # a Wi-Fi lock
    hub = project.add_gateway("Hallway hub")
    back = project.add_lock("Back door", gateway=hub)           # a BLE child of the hub
    project.add_device("Desk plug", category="cz", spec=PLUG)   # not a lock
    front.report("residual_electricity", 80, at=now_ms)         # one log entry
    seed_week(front, now_ms=now_ms)                             # a week of reports

Device logs hold what Tuya logs: data-point reports (event type 7) with string values and
millisecond event times, plus online/offline events so a type filter matters.
"""

from __future__ import annotations

import itertools
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import timedelta

from lockcare.devices.sim.server import random_device_id, random_local_key

DAY_MS = 86_400_000


@dataclass(frozen=True, slots=True)
class SpecPoint:
    """One data point of a product's specification."""

    dp_id: int
    code: str
    type: str
    values: dict[str, object] = field(default_factory=dict)
    settable: bool = False

    def to_json(self) -> dict[str, object]:
        """The entry as Tuya sends it (``values`` as a JSON string)."""
        return {"code": self.code, "dp_id": self.dp_id, "type": self.type, "values": json.dumps(self.values)}


_PERCENT = {"min": 0, "max": 100, "scale": 0, "step": 1, "unit": "%"}
_CREDENTIAL = {"min": 0, "max": 999, "scale": 0, "step": 1}
_LEVELS = {"range": ["high", "medium", "low", "poweroff"]}
_ALARMS = {"range": ["wrong_finger", "wrong_password", "wrong_card", "wrong_face", "tongue_bad", "too_hot",
                     "unclosed_time", "tongue_not_out", "pry", "key_in", "low_battery", "power_off", "shock",
                     "defense"]}  # fmt: skip

WIFI_LOCK: tuple[SpecPoint, ...] = (
    SpecPoint(1, "unlock_fingerprint", "Integer", _CREDENTIAL),
    SpecPoint(2, "unlock_password", "Integer", _CREDENTIAL),
    SpecPoint(3, "unlock_temporary", "Integer", _CREDENTIAL),
    SpecPoint(5, "unlock_card", "Integer", _CREDENTIAL),
    SpecPoint(8, "alarm_lock", "Enum", _ALARMS),
    SpecPoint(9, "unlock_request", "Integer", {"min": 0, "max": 90, "unit": "s"}),
    SpecPoint(11, "battery_state", "Enum", _LEVELS),
    SpecPoint(12, "residual_electricity", "Integer", _PERCENT),
    SpecPoint(15, "unlock_app", "Integer", _CREDENTIAL),
    SpecPoint(16, "hijack", "Boolean"),
    SpecPoint(19, "doorbell", "Boolean"),
)
"""A Wi-Fi "lock pro" (reference section 3.3)."""

BLE_LOCK: tuple[SpecPoint, ...] = (
    SpecPoint(8, "residual_electricity", "Integer", _PERCENT),
    SpecPoint(9, "battery_state", "Enum", _LEVELS),
    SpecPoint(12, "unlock_fingerprint", "Integer", _CREDENTIAL),
    SpecPoint(13, "unlock_password", "Integer", _CREDENTIAL),
    SpecPoint(15, "unlock_card", "Integer", _CREDENTIAL),
    SpecPoint(21, "alarm_lock", "Enum", _ALARMS),
    SpecPoint(22, "hijack", "Boolean"),
    SpecPoint(24, "doorbell", "Boolean"),
    SpecPoint(33, "automatic_lock", "Boolean", settable=True),
    SpecPoint(47, "lock_motor_state", "Boolean"),
)
"""A BLE lock behind a gateway (reference section 3.3)."""

PLUG: tuple[SpecPoint, ...] = (
    SpecPoint(1, "switch_1", "Boolean", settable=True),
    SpecPoint(9, "countdown_1", "Integer", {"min": 0, "max": 86400, "unit": "s"}, settable=True),
    SpecPoint(18, "cur_current", "Integer", {"min": 0, "max": 30000, "unit": "mA"}),
)
"""A smart plug (not a lock: import skips it)."""

GATEWAY: tuple[SpecPoint, ...] = ()


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One device-log entry; ``seq`` orders entries with the same time."""

    event_time: int
    seq: int
    event_id: int = 7
    code: str = ""
    value: str = ""
    event_from: str = "1"

    def to_json(self) -> dict[str, object]:
        """The entry as Tuya sends it."""
        entry: dict[str, object] = {"event_from": self.event_from, "event_id": self.event_id, "event_time": self.event_time}
        if self.event_id == 7:
            entry.update(code=self.code, value=self.value, status="1")
        return entry


_sequence = itertools.count(1)


@dataclass(eq=False)
class FakeDevice:
    """One device of the project."""

    device_id: str
    name: str
    category: str
    spec: tuple[SpecPoint, ...] = ()
    local_key: str = field(default_factory=random_local_key, repr=False)
    product_id: str = field(default_factory=lambda: secrets.token_hex(8))
    product_name: str = ""
    sub: bool = False
    node_id: str = ""
    gateway_id: str = ""
    uuid: str = field(default_factory=lambda: secrets.token_hex(8))
    mac: str = field(default_factory=lambda: ":".join(secrets.token_hex(1) for _ in range(6)))
    public_ip: str = "203.0.113.7"
    online: bool = True
    status: dict[str, object] = field(default_factory=dict)
    log: list[LogEntry] = field(default_factory=list)

    def report(self, code: str, value: object, *, at: int) -> LogEntry:
        """Logs a data-point report at ``at`` (epoch ms) and makes it the current value."""
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        entry = LogEntry(event_time=at, seq=next(_sequence), code=code, value=text)
        self.log.append(entry)
        self.status[code] = value
        return entry

    def event(self, event_id: int, *, at: int) -> LogEntry:
        """Logs a non-report event (1 online, 2 offline...) at ``at``."""
        entry = LogEntry(event_time=at, seq=next(_sequence), event_id=event_id)
        self.log.append(entry)
        return entry

    def reports(self) -> list[LogEntry]:
        """The data-point reports, oldest first."""
        return sorted((e for e in self.log if e.event_id == 7), key=lambda e: (e.event_time, e.seq))


@dataclass(eq=False)
class FakeProject:
    """A cloud project: credentials, the linked app account, its devices and its state.

    Attributes:
        plan_expired: The free IoT Core plan has lapsed (every business call: 28841002).
        wrong_data_centre: This host plays a data centre where the project's app account
            is not linked (token works; device calls: 1106 permission deny).
        token_ttl: Seconds an access token lives.
        token_expired_message: The ``msg`` sent with code 1010.
    """

    access_id: str = field(default_factory=lambda: secrets.token_hex(10))
    access_secret: str = field(default_factory=lambda: secrets.token_hex(16), repr=False)
    uid: str = field(default_factory=lambda: "az" + secrets.token_hex(9))
    devices: dict[str, FakeDevice] = field(default_factory=dict)
    plan_expired: bool = False
    wrong_data_centre: bool = False
    token_ttl: int = 7200
    token_expired_message: str = "token invalid"
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def add_device(self, name: str, *, category: str, spec: tuple[SpecPoint, ...] = (), **fields: object) -> FakeDevice:
        """Adds any device (a plug, a sensor...)."""
        device = FakeDevice(device_id=str(fields.pop("device_id", "") or random_device_id()), name=name,
                            category=category, spec=spec, **fields)  # type: ignore[arg-type]
        with self.lock:
            self.devices[device.device_id] = device
        return device

    def add_gateway(self, name: str, **fields: object) -> FakeDevice:
        """Adds a gateway (hub) that lock children can hang from."""
        fields.setdefault("product_name", "Multi-mode gateway")
        return self.add_device(name, category="wg2", spec=GATEWAY, **fields)

    def add_lock(self, name: str, *, gateway: FakeDevice | None = None, category: str = "jtmspro", **fields: object) -> FakeDevice:
        """Adds a lock: a Wi-Fi lock, or a BLE child of ``gateway`` (same key, node id)."""
        if gateway is None:
            fields.setdefault("product_name", "Wi-Fi smart lock")
            return self.add_device(name, category=category, spec=WIFI_LOCK, **fields)
        fields.setdefault("product_name", "Bluetooth smart lock")
        fields.setdefault("node_id", secrets.token_hex(8))
        return self.add_device(
            name, category=category, spec=BLE_LOCK, sub=True, gateway_id=gateway.device_id,
            local_key=gateway.local_key, **fields,
        )


def seed_week(
    device: FakeDevice,
    *,
    now_ms: int,
    days: float = 7,
    battery_every: timedelta = timedelta(hours=1),
    start_percent: float = 92.0,
    drain_per_day: float = 1.2,
    unlocks_per_day: int = 8,
    alarms: tuple[tuple[float, str], ...] = ((2.5, "wrong_finger"), (5.2, "low_battery")),
) -> dict[str, int]:
    """Fills ``days`` of a lock's history up to ``now_ms``: battery, unlocks, alarms, online events.

    Returns:
        How many entries of each kind were added (``battery``, ``unlock``, ``alarm``, ``other``).
    """
    start = now_ms - int(days * DAY_MS)
    counts = {"battery": 0, "unlock": 0, "alarm": 0, "other": 0}
    step = int(battery_every.total_seconds() * 1000)
    for at in range(start + 60_000, now_ms - 5 * 60_000, step):
        percent = max(0, round(start_percent - drain_per_day * (at - start) / DAY_MS))
        device.report("residual_electricity", percent, at=at)
        counts["battery"] += 1
    codes = [p.code for p in device.spec if p.code.startswith("unlock_") and p.code != "unlock_request"]
    total_unlocks = int(unlocks_per_day * days)
    for n in range(total_unlocks):
        at = start + (n + 1) * (now_ms - start - 10 * 60_000) // (total_unlocks + 1) + 7
        device.report(codes[n % len(codes)] if codes else "unlock_fingerprint", n % 5 + 1, at=at)
        counts["unlock"] += 1
    for day, alarm in alarms:
        device.report("alarm_lock", alarm, at=start + int(day * DAY_MS) + 13)
        counts["alarm"] += 1
    for day in range(int(days)):
        device.event(1, at=start + day * DAY_MS + 1_000)
        device.report("lock_motor_state", day % 2 == 0, at=start + day * DAY_MS + 2_000)
        counts["other"] += 1
    return counts


__all__ = [
    "BLE_LOCK",
    "DAY_MS",
    "FakeDevice",
    "FakeProject",
    "GATEWAY",
    "LogEntry",
    "PLUG",
    "SpecPoint",
    "WIFI_LOCK",
    "seed_week",
]
