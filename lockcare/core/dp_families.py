"""Tuya lock product families (how each numbers its DPs) and which one a lock belongs to.

DP numbering is not portable between families (reference sections 0.5 and 3.3): the battery
is DP 12 on Wi-Fi "lock pro" locks, DP 8 on BLE-numbered locks and DP 10 on Zigbee ones.
Neither the radio nor the category settles it (a lock added by hand is "Wi-Fi" yet may
number its DPs like a BLE lock), so :func:`infer_family` weighs the whole set of DPs a lock
reports, and their value shapes, against each family; the lock's kind only breaks ties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lockcare.core.dp_values import (
    IMPLAUSIBLE,
    WEAK,
    battery_percent,
    evidence,
    is_distinctive,
    shape_fits,
)
from lockcare.core.models import LockKind

WIFI_PRO = "wifi_pro"
BLE = "ble"
ZIGBEE = "zigbee"

_FIXED_MATCH = 2.0
_PRIOR = 0.5


@dataclass(frozen=True, slots=True)
class Family:
    """How one product family numbers its data points.

    Attributes:
        id: ``"wifi_pro"``, ``"ble"`` or ``"zigbee"``.
        roles: Role -> DP id for the roles lockcare reads.
        others: DP id -> value shape (``"int"``, ``"bool"``, ``"str"``) of DPs the family
            uses for something lockcare does not read (volume, language, auto-lock...):
            evidence for the family, and never mistaken for a battery level.
    """

    id: str
    roles: Mapping[str, int]
    others: Mapping[int, str] = field(default_factory=dict)


FAMILIES: dict[str, Family] = {
    WIFI_PRO: Family(
        WIFI_PRO,
        roles={
            "battery_percent": 12, "battery_level": 11, "alarm": 8,
            "unlock_fingerprint": 1, "unlock_password": 2, "unlock_temporary": 3, "unlock_dynamic": 4,
            "unlock_card": 5, "unlock_face": 6, "unlock_key": 7, "unlock_app": 15, "hijack": 16, "doorbell": 19,
        },
        others={9: "int"},  # unlock_request countdown
    ),
    BLE: Family(
        BLE,
        roles={
            "battery_percent": 8, "battery_level": 9, "alarm": 21, "motor_state": 47,
            "unlock_fingerprint": 12, "unlock_password": 13, "unlock_dynamic": 14, "unlock_card": 15,
            "unlock_key": 16, "unlock_ble": 19, "hijack": 22, "doorbell": 24,
        },
        # language, beep volume, automatic lock, auto-lock delay, manual lock
        others={28: "str", 31: "str", 33: "bool", 36: "int", 46: "bool"},
    ),
    ZIGBEE: Family(ZIGBEE, roles={"battery_percent": 10, "alarm": 9, "door_state": 8}),
}  # fmt: skip
"""Typical DP numbering per product family (reference section 3.3)."""


def prior_family(kind: LockKind | str | None, *, hint: str = "") -> str:
    """The family a lock's kind suggests before it reports anything.

    Args:
        kind: The lock's kind; gateway children are BLE-numbered unless ``hint`` says Zigbee.
        hint: Free text such as product name or model; "zigbee" in it selects Zigbee.

    Returns:
        One of ``"wifi_pro"``, ``"ble"``, ``"zigbee"``.
    """
    if kind is not None and str(kind) == LockKind.GATEWAY_CHILD.value:
        return ZIGBEE if "zigbee" in hint.lower() else BLE
    return WIFI_PRO


def infer_family(observed: Mapping[int, object], fixed: Mapping[str, int], *, prior: str) -> str:
    """Picks the family that best explains a lock's DPs.

    Args:
        observed: DP id -> value from a status read (may be empty).
        fixed: Roles already settled (from the mapping, the user or earlier reads).
        prior: The family the lock's kind suggests; it wins ties.

    Returns:
        The id of the family with the highest :func:`score`.
    """
    ranked = sorted(
        FAMILIES.values(),
        key=lambda family: (score(family, observed, fixed) + (_PRIOR if family.id == prior else 0.0), family.id == prior),
        reverse=True,
    )
    return ranked[0].id


def score(family: Family, observed: Mapping[int, object], fixed: Mapping[str, int]) -> float:
    """How well ``family`` explains the settled roles and the reported values.

    Settled roles at the family's own DP count for it; a settled role sitting on a DP the
    family uses for something else counts against it. Each reported value counts with its
    :func:`~lockcare.core.dp_values.evidence` for the role the family gives its DP; a
    battery word or alarm name at a DP the family knows nothing about counts against it.
    """
    role_at = {dp: role for role, dp in family.roles.items()}
    total = 0.0
    for role, dp in fixed.items():
        if family.roles.get(role) == dp:
            total += _FIXED_MATCH
        elif dp in role_at or dp in family.others:
            total += IMPLAUSIBLE
    settled = set(fixed.values())
    for dp, value in observed.items():
        if dp in settled:
            continue
        role = role_at.get(dp)
        if role is not None:
            if role not in fixed:
                total += evidence(role, value, battery_elsewhere=battery_elsewhere(family, dp, observed, fixed))
        elif dp in family.others:
            total += WEAK if shape_fits(family.others[dp], value) else IMPLAUSIBLE
        elif is_distinctive(value):
            total += IMPLAUSIBLE
    return total


def battery_elsewhere(family: Family, dp: int, observed: Mapping[int, object], fixed: Mapping[str, int]) -> bool:
    """True when a DP other than ``dp`` holds the battery percentage (settled or reported)."""
    where = fixed.get("battery_percent", family.roles.get("battery_percent"))
    if where is None or where == dp:
        return False
    return "battery_percent" in fixed or battery_percent(observed.get(where)) is not None


__all__ = ["BLE", "FAMILIES", "Family", "WIFI_PRO", "ZIGBEE", "infer_family", "prior_family", "score"]
