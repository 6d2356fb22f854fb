"""Lock profiles for the emulated lock, loaded from ``resources/profiles/*.json``.

A profile is data, not code: which data points (DPs) a lock family reports, their
tinytuya-style ``mapping`` (``{"12": {"code": "residual_electricity", "type": "Integer",
"values": {...}}}``), the default values, the battery it runs on and how fast it drains.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

from lockcare.resources import resource_path

#: Report ``alarm_lock`` as the index of the enum value, as a string ("10" for low_battery).
QUIRK_ALARM_INDEX = "alarm_index"
#: Report ``alarm_lock`` as an integer bitfield (``1 << index``), as some Wi-Fi locks do locally.
QUIRK_ALARM_BITFIELD = "alarm_bitfield"
#: Report ``residual_electricity`` as -1 ("unknown"), as some products declare.
QUIRK_BATTERY_UNKNOWN = "battery_unknown"

KNOWN_QUIRKS = frozenset({QUIRK_ALARM_INDEX, QUIRK_ALARM_BITFIELD, QUIRK_BATTERY_UNKNOWN})

BATTERY_PERCENT_CODE = "residual_electricity"
BATTERY_STATE_CODE = "battery_state"
ALARM_CODE = "alarm_lock"


@dataclass(frozen=True)
class BatterySpec:
    """The battery of a lock family and how the emulator drains it.

    Attributes:
        kind: Battery type shown to users, e.g. "AA alkaline".
        count: Number of cells.
        initial_level: Charge in percent when an emulated lock is created.
        drain_per_day: Percent lost per simulated day of standby.
        drain_per_unlock: Percent lost per unlock.
        low_alarm_below: Below this percent the lock raises ``alarm_lock = low_battery`` once.
        state_thresholds: Lowest percent for each ``battery_state`` word ("high",
            "medium", "low"); anything lower reads "poweroff".
    """

    kind: str
    count: int
    initial_level: float
    drain_per_day: float
    drain_per_unlock: float
    low_alarm_below: float
    state_thresholds: Mapping[str, float]

    def state_for(self, level: float) -> str:
        """Return the ``battery_state`` word for a charge level in percent."""
        for word in ("high", "medium", "low"):
            if level >= self.state_thresholds[word]:
                return word
        return "poweroff"


@dataclass(frozen=True)
class LockProfile:
    """One emulated lock family.

    Attributes:
        id: Profile id, the JSON file name without ``.json``.
        name: Display name.
        category: Tuya category, e.g. "jtmspro" or "jtmsbh".
        product_id: A fake but realistic-looking Tuya product id.
        radio: "wifi" or "ble".
        keep_alive: True when the lock never sleeps (timed wake windows do not apply).
        battery: Battery description and drain model.
        unlocks_per_day: Typical use, applied by ``advance()``.
        wake_hint: What a user does to wake the lock.
        default_dps: DP id (string) to initial value.
        mapping: tinytuya devices.json-style mapping, DP id to code/type/values.
    """

    id: str
    name: str
    category: str
    product_id: str
    radio: str
    keep_alive: bool
    battery: BatterySpec
    unlocks_per_day: float
    wake_hint: str
    default_dps: Mapping[str, Any]
    mapping: Mapping[str, Mapping[str, Any]] = field(repr=False)

    def dp_for(self, code: str) -> str | None:
        """Return the DP id (string) carrying ``code``, or None if this family lacks it."""
        for dp_id, spec in self.mapping.items():
            if spec.get("code") == code:
                return dp_id
        return None

    def enum_range(self, dp_id: str) -> list[str]:
        """Return the allowed values of an Enum DP (empty for other types)."""
        values = self.mapping.get(dp_id, {}).get("values", {})
        return list(values.get("range", []))

    def unlock_methods(self) -> list[str]:
        """Return the unlock methods with a record DP, e.g. ``["fingerprint", "card"]``."""
        return [
            spec["code"].removeprefix("unlock_")
            for spec in self.mapping.values()
            if spec.get("code", "").startswith("unlock_") and spec.get("type") == "Integer"
        ]


def list_profiles() -> list[str]:
    """Return the ids of all bundled profiles, sorted."""
    folder = resource_path("profiles")
    return sorted(p.stem for p in folder.glob("*.json"))


def load_profile(profile_id: str) -> LockProfile:
    """Load a bundled profile by id.

    Args:
        profile_id: e.g. "wifi_pro", "ble_gateway_child", "battery_state_only", "keep_alive".

    Raises:
        ValueError: if no such profile exists or its data is inconsistent.
    """
    path = resource_path("profiles", f"{profile_id}.json")
    if not path.is_file():
        raise ValueError(f"unknown lock profile {profile_id!r}; known: {', '.join(list_profiles())}")
    return parse_profile(json.loads(path.read_text(encoding="utf-8")))


def parse_profile(data: Mapping[str, Any]) -> LockProfile:
    """Build a :class:`LockProfile` from its JSON form, checking it.

    Raises:
        ValueError: on missing keys or default DPs that the mapping does not declare.
    """
    try:
        bat = data["battery"]
        battery = BatterySpec(
            kind=str(bat["type"]),
            count=int(bat["count"]),
            initial_level=float(bat["initial_level"]),
            drain_per_day=float(bat["drain_per_day"]),
            drain_per_unlock=float(bat["drain_per_unlock"]),
            low_alarm_below=float(bat["low_alarm_below"]),
            state_thresholds=MappingProxyType({k: float(v) for k, v in bat["state_thresholds"].items()}),
        )
        profile = LockProfile(
            id=str(data["id"]),
            name=str(data["name"]),
            category=str(data["category"]),
            product_id=str(data["product_id"]),
            radio=str(data["radio"]),
            keep_alive=bool(data.get("keep_alive", False)),
            battery=battery,
            unlocks_per_day=float(data.get("usage", {}).get("unlocks_per_day", 0)),
            wake_hint=str(data["wake_hint"]),
            default_dps=MappingProxyType(dict(data["default_dps"])),
            mapping=MappingProxyType({str(k): dict(v) for k, v in data["mapping"].items()}),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed lock profile: {exc!r}") from exc
    undeclared = set(profile.default_dps) - set(profile.mapping)
    if undeclared:
        raise ValueError(f"profile {profile.id}: default DPs {sorted(undeclared)} missing from mapping")
    if not {"high", "medium", "low"} <= set(battery.state_thresholds):
        raise ValueError(f"profile {profile.id}: state_thresholds needs high, medium and low")
    return profile
