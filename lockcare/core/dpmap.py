"""Which data point (DP) means what on a lock, and what a status read says.

DP numbering is not portable between product families (reference sections 0.5 and 3.3),
so a lock's map is resolved in three steps, each filling only the roles still missing:

1. **by code** from the devices.json ``mapping`` (the cloud's own word for the product);
2. **by product family** defaults: Wi-Fi "lock pro" (also used for keep-alive locks),
   BLE gateway children, Zigbee gateway children;
3. **by value shape** from an observed ``dps`` dict (e.g. a ``"medium"`` battery enum
   next to an int 0-100), which also overrides a family default whose DP is absent
   from the observed status.

The result is a plain ``dict[str, int]`` (role -> DP id) that fits ``Lock.dp_map``.
Unlock-record roles use the Tuya code as the key (``"unlock_fingerprint": 12``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from lockcare.core.alarms import ALARM_CODES, alarm_order_from_values, decode_alarm
from lockcare.core.models import BATTERY_LEVELS, LockKind

ROLES: tuple[str, ...] = (
    "battery_percent",
    "battery_level",
    "alarm",
    "door_state",
    "motor_state",
    "hijack",
    "doorbell",
)
"""Single-DP roles. Unlock records come on top, keyed by their Tuya code."""

UNLOCK_CODES: tuple[str, ...] = (
    "unlock_fingerprint",
    "unlock_password",
    "unlock_card",
    "unlock_face",
    "unlock_key",
    "unlock_temporary",
    "unlock_dynamic",
    "unlock_app",
    "unlock_ble",
    "unlock_hand",
    "unlock_finger_vein",
    "unlock_voice_remote",
    "unlock_phone_remote",
)
"""Record-type DPs whose value is the id of the credential used to unlock."""

CODE_ROLES: dict[str, str] = {
    "residual_electricity": "battery_percent",
    "battery_percentage": "battery_percent",
    "battery_state": "battery_level",
    "alarm_lock": "alarm",
    "closed_opened": "door_state",
    "closed_opened_kit": "door_state",
    "open_close": "door_state",
    "door_opened": "door_state",
    "lock_motor_state": "motor_state",
    "hijack": "hijack",
    "doorbell": "doorbell",
    **{code: code for code in UNLOCK_CODES},
}
"""Tuya cloud codes (devices.json ``mapping``) and the role each one fills."""

WIFI_PRO = "wifi_pro"
BLE = "ble"
ZIGBEE = "zigbee"

FAMILY_DEFAULTS: dict[str, dict[str, int]] = {
    WIFI_PRO: {
        "battery_percent": 12, "battery_level": 11, "alarm": 8,
        "unlock_fingerprint": 1, "unlock_password": 2, "unlock_temporary": 3, "unlock_card": 5,
        "unlock_app": 15, "hijack": 16, "doorbell": 19,
    },
    BLE: {
        "battery_percent": 8, "battery_level": 9, "alarm": 21, "motor_state": 47,
        "unlock_fingerprint": 12, "unlock_password": 13, "unlock_card": 15, "hijack": 22, "doorbell": 24,
    },
    ZIGBEE: {"battery_percent": 10, "alarm": 9, "door_state": 8},
}  # fmt: skip
"""Typical DP numbering per product family (reference section 3.3)."""

_DOOR_WORDS = {"open": "open", "opened": "open", "closed": "closed", "close": "closed"}


@dataclass(frozen=True, slots=True)
class DpMap:
    """A resolved DP map plus where each role came from.

    Attributes:
        dps: Role -> DP id; store ``dict(dps)`` in ``Lock.dp_map``.
        sources: Role -> ``"mapping"``, ``"family"`` or ``"shape"``.
        alarm_order: The product's alarm enum order when the mapping gives one.
        family: The family whose defaults were used.
    """

    dps: dict[str, int] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    alarm_order: tuple[str, ...] | None = None
    family: str = WIFI_PRO

    def to_dict(self) -> dict[str, int]:
        """Returns the serialisable role -> DP id form."""
        return dict(self.dps)


@dataclass(frozen=True, slots=True)
class UnlockEvent:
    """One unlock record: how the door was opened and with which credential."""

    method: str  # e.g. "fingerprint" (the code without "unlock_")
    credential_id: int
    dp: int


@dataclass(frozen=True, slots=True)
class Observation:
    """What one status read says, in lockcare's words.

    Attributes:
        battery_percent: 0-100, or None when absent or not a valid reading (-1,
            out of range, not an integer).
        battery_level: One of ``BATTERY_LEVELS`` or None.
        alarms: Alarm codes (see ``lockcare.core.alarms``).
        unlocks: Unlock records in DP order.
        door_state: ``"open"``, ``"closed"`` or None (absent or "unknown").
        motor_raw: The raw ``lock_motor_state`` boolean, or None.
        motor_state: ``"unlocked"`` / ``"locked"`` using the convention seen on several
            BLE locks (true = unlocked); check ``motor_raw`` for products that differ.
        hijack: Duress unlock flag, or None.
        doorbell: Doorbell flag, or None.
        raw: The dps as reported (DP ids as strings).
    """

    battery_percent: int | None = None
    battery_level: str | None = None
    alarms: tuple[str, ...] = ()
    unlocks: tuple[UnlockEvent, ...] = ()
    door_state: str | None = None
    motor_raw: bool | None = None
    motor_state: str | None = None
    hijack: bool | None = None
    doorbell: bool | None = None
    raw: dict[str, object] = field(default_factory=dict)


def family_for(kind: LockKind | str | None, *, hint: str = "") -> str:
    """Picks the product family whose DP defaults apply.

    Args:
        kind: The lock's kind; gateway children are BLE-numbered unless ``hint`` says Zigbee.
        hint: Free text such as product name or model; "zigbee" in it selects Zigbee.

    Returns:
        One of ``"wifi_pro"``, ``"ble"``, ``"zigbee"``.
    """
    if kind is not None and str(kind) == LockKind.GATEWAY_CHILD.value:
        return ZIGBEE if "zigbee" in hint.lower() else BLE
    return WIFI_PRO


def parse_mapping(mapping: Mapping[str, object] | None) -> tuple[dict[str, int], tuple[str, ...] | None]:
    """Reads role -> DP id from a devices.json ``mapping`` by code.

    Args:
        mapping: ``{"<dp id>": {"code": ..., "type": ..., "values": {...}}}``.

    Returns:
        The roles found and the alarm enum order if the mapping lists one.
    """
    roles: dict[str, int] = {}
    alarm_order: tuple[str, ...] | None = None
    for dp_key, entry in (mapping or {}).items():
        if not isinstance(entry, Mapping) or not str(dp_key).isdigit():
            continue
        role = CODE_ROLES.get(str(entry.get("code", "")))
        if role is None or role in roles:
            continue
        roles[role] = int(dp_key)
        if role == "alarm":
            values = entry.get("values")
            if isinstance(values, str):
                try:
                    values = json.loads(values)
                except ValueError:
                    values = None
            alarm_order = alarm_order_from_values(values)
    return roles, alarm_order


def resolve_dp_map(
    *,
    mapping: Mapping[str, object] | None = None,
    kind: LockKind | str | None = None,
    hint: str = "",
    dps: Mapping[str, object] | None = None,
) -> DpMap:
    """Resolves a lock's DP map: mapping by code, then family defaults, then value shape.

    Args:
        mapping: The devices.json ``mapping`` for the product, if known.
        kind: The lock's kind (selects the family defaults).
        hint: Product name or model, used to tell Zigbee children from BLE ones.
        dps: An observed status (DP id strings -> values) to check defaults against
            and to find DPs by the shape of their values.

    Returns:
        The resolved map.
    """
    family = family_for(kind, hint=hint)
    roles, alarm_order = parse_mapping(mapping)
    sources = dict.fromkeys(roles, "mapping")
    observed = {str(k): v for k, v in (dps or {}).items()}
    used = set(roles.values())

    for role, dp in FAMILY_DEFAULTS[family].items():
        if role in roles or dp in used:
            continue
        if str(dp) in observed and not _fits(role, observed[str(dp)]):
            continue  # the value there is clearly something else
        roles[role] = dp
        sources[role] = "family"
        used.add(dp)

    for role, dp in _by_shape(observed, roles, sources).items():
        roles[role] = dp
        sources[role] = "shape"
    return DpMap(dps=roles, sources=sources, alarm_order=alarm_order, family=family)


def interpret(
    dps: Mapping[str, object],
    dp_map: Mapping[str, int] | DpMap,
    *,
    alarm_order: tuple[str, ...] | None = None,
) -> Observation:
    """Interprets one status read with a lock's DP map.

    Args:
        dps: DP id strings -> values, as tinytuya returns them.
        dp_map: Role -> DP id (``Lock.dp_map``) or a :class:`DpMap`.
        alarm_order: The product's alarm enum order (defaults to the map's, then Tuya's).

    Returns:
        The observation; roles whose DP is absent from ``dps`` stay None/empty.
    """
    if isinstance(dp_map, DpMap):
        alarm_order = alarm_order or dp_map.alarm_order
        roles: Mapping[str, int] = dp_map.dps
    else:
        roles = dp_map
    raw = {str(k): v for k, v in dps.items()}

    def value(role: str) -> object:
        dp = roles.get(role)
        return None if dp is None else raw.get(str(dp))

    unlocks = []
    for code, dp in sorted(((c, d) for c, d in roles.items() if c in UNLOCK_CODES), key=lambda i: i[1]):
        credential = _credential_id(raw.get(str(dp)))
        if credential is not None:
            unlocks.append(UnlockEvent(method=code.removeprefix("unlock_"), credential_id=credential, dp=dp))

    motor_raw = _as_bool(value("motor_state"))
    return Observation(
        battery_percent=battery_percent(value("battery_percent")),
        battery_level=battery_level(value("battery_level")),
        alarms=decode_alarm(value("alarm"), alarm_order),
        unlocks=tuple(unlocks),
        door_state=door_state(value("door_state")),
        motor_raw=motor_raw,
        motor_state=None if motor_raw is None else ("unlocked" if motor_raw else "locked"),
        hijack=_as_bool(value("hijack")),
        doorbell=_as_bool(value("doorbell")),
        raw=raw,
    )


def battery_percent(value: object) -> int | None:
    """Returns a battery percentage, or None unless ``value`` is an int from 0 to 100.

    Args:
        value: The raw ``residual_electricity`` value (-1 means unknown on some products).
    """
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100:
        return value
    return None


def battery_level(value: object) -> str | None:
    """Returns a ``battery_state`` level from its name or index string, else None.

    Args:
        value: ``"high"``/``"medium"``/``"low"``/``"poweroff"`` or ``"0"``..``"3"``.
    """
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if text in BATTERY_LEVELS:
        return text
    if text.isdigit() and int(text) < len(BATTERY_LEVELS):
        return BATTERY_LEVELS[int(text)]
    return None


def door_state(value: object) -> str | None:
    """Returns ``"open"``/``"closed"`` from an enum word, a boolean or 0/1, else None."""
    if isinstance(value, bool):
        return "open" if value else "closed"
    if isinstance(value, int):
        return {0: "closed", 1: "open"}.get(value)
    if isinstance(value, str):
        return _DOOR_WORDS.get(value.strip().lower())
    return None


def _as_bool(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def _credential_id(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _is_percent_shape(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -1 <= value <= 100


def _fits(role: str, value: object) -> bool:
    """Whether an observed value could belong to ``role`` (used to reject defaults)."""
    if value is None:
        return True
    if role == "battery_percent":
        return _is_percent_shape(value)
    if role == "battery_level":
        return battery_level(value) is not None
    if role == "alarm":
        return isinstance(value, (int, str)) and not isinstance(value, bool)
    if role in ("motor_state", "hijack", "doorbell"):
        return isinstance(value, bool)
    if role == "door_state":
        return door_state(value) is not None or value == "unknown"
    if role in UNLOCK_CODES:
        return _credential_id(value) is not None
    return True


def _by_shape(observed: dict[str, object], roles: dict[str, int], sources: dict[str, str]) -> dict[str, int]:
    """Finds roles by value shape in an observed status.

    A role is (re)assigned here when it is missing, or when it only has a family default
    whose DP is absent from ``observed`` while another DP has the right shape.
    """

    def open_for(role: str) -> bool:
        if role not in roles:
            return True
        return sources.get(role) == "family" and str(roles[role]) not in observed

    taken = {str(dp) for role, dp in roles.items() if not open_for(role)}
    free = {k: v for k, v in observed.items() if k.isdigit() and k not in taken}
    found: dict[str, int] = {}

    if open_for("battery_level"):
        level_dp = _find_level(free)
        if level_dp is not None:
            found["battery_level"] = level_dp
    level_dp = found.get("battery_level", roles.get("battery_level"))
    if open_for("battery_percent") and level_dp is not None and str(level_dp) in observed:
        for dp in (level_dp - 1, level_dp + 1):
            if str(dp) in free and _is_percent_shape(free[str(dp)]):
                found["battery_percent"] = dp
                break
    if open_for("alarm"):
        names = [k for k, v in free.items() if isinstance(v, str) and v in ALARM_CODES]
        if len(names) == 1:
            found["alarm"] = int(names[0])
    if open_for("door_state"):
        doors = [k for k, v in free.items() if isinstance(v, str) and v.lower() in ("open", "closed")]
        if len(doors) == 1:
            found["door_state"] = int(doors[0])
    return found


def _find_level(free: dict[str, object]) -> int | None:
    """A battery enum DP: "medium"/"poweroff" alone, "high"/"low" only next to an int 0-100."""
    distinctive = [k for k, v in free.items() if isinstance(v, str) and v in ("medium", "poweroff")]
    if len(distinctive) == 1:
        return int(distinctive[0])
    paired = [
        k
        for k, v in free.items()
        if isinstance(v, str)
        and v in ("high", "low")
        and any(_is_percent_shape(free.get(str(int(k) + d))) for d in (-1, 1))
    ]
    return int(paired[0]) if len(paired) == 1 else None
