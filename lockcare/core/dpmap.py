"""Which data point (DP) means what on a lock, and what a status read says.

DP numbering is not portable between product families (reference sections 0.5 and 3.3),
so a lock's map is resolved in steps, each filling only the roles still missing:

1. **by code** from the devices.json ``mapping`` (the cloud's own word for the product);
   every DP the mapping names is spoken for, even with a code lockcare does not read;
2. **known** roles stored from before (mapping, user, earlier reads), unless the value now
   reported has the wrong type for them;
3. **by product family**, the family being inferred from the whole set of DPs reported and
   their value shapes (:mod:`lockcare.core.dp_families`); a family default is kept only
   where the value reported there fits it (an integer 0-100 is not an alarm enum);
4. **by value shape**: a battery word (high/medium/low/poweroff) is a battery level wherever
   it appears (except on the family's volume/language DPs), the int next to it is the
   percentage, a lone alarm name is the alarm, a lone open/closed is the door.

Only what a mapping, a user or a reported value established is worth storing
(:meth:`DpMap.established`): unconfirmed family defaults are guesses, re-made at each read.
The result is a plain ``dict[str, int]`` (role -> DP id) that fits ``Lock.dp_map``.
Unlock-record roles use the Tuya code as the key (``"unlock_fingerprint": 12``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from lockcare.core.alarms import alarm_order_from_values, decode_alarm
from lockcare.core.dp_families import FAMILIES, WIFI_PRO, infer_family, prior_family
from lockcare.core.dp_values import (
    UNLOCK_CODES,
    as_bool,
    battery_level,
    battery_percent,
    credential_id,
    door_state,
    dp_number,
    evidence,
    is_alarm_name,
    is_distinct_level_word,
    is_level_word,
    is_percent_shape,
    type_fits,
)
from lockcare.core.models import LockKind

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

MAPPING = "mapping"
KNOWN = "known"
OBSERVED = "observed"
SHAPE = "shape"
FAMILY = "family"


@dataclass(frozen=True, slots=True)
class DpMap:
    """A resolved DP map plus where each role came from.

    Attributes:
        dps: Role -> DP id, guesses included; use it to interpret a read.
        sources: Role -> ``"mapping"``, ``"known"`` (stored before), ``"observed"`` (a
            family default the reported value confirmed), ``"shape"`` (found by value
            shape) or ``"family"`` (an unconfirmed family default).
        alarm_order: The product's alarm enum order when the mapping gives one.
        family: The product family used for the defaults.
    """

    dps: dict[str, int] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    alarm_order: tuple[str, ...] | None = None
    family: str = WIFI_PRO

    def to_dict(self) -> dict[str, int]:
        """Returns the whole role -> DP id map, unconfirmed family defaults included."""
        return dict(self.dps)

    def established(self) -> dict[str, int]:
        """Returns the roles worth storing in ``Lock.dp_map``: all but unconfirmed defaults."""
        return {role: dp for role, dp in self.dps.items() if self.sources.get(role) != FAMILY}


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


@dataclass(frozen=True, slots=True)
class MappingRoles:
    """What a devices.json ``mapping`` says.

    Attributes:
        roles: Role -> DP id for the codes lockcare reads.
        claimed: Every DP id the mapping names, whatever its code.
        alarm_order: The alarm enum (or bitmap label) order, if the mapping lists one.
    """

    roles: dict[str, int]
    claimed: frozenset[int]
    alarm_order: tuple[str, ...] | None


def parse_mapping(mapping: Mapping[str, object] | None) -> MappingRoles:
    """Reads role -> DP id from a devices.json ``mapping`` by code.

    Args:
        mapping: ``{"<dp id>": {"code": ..., "type": ..., "values": {...}}}``; keys that are
            not DP ids (``"²"``, 5000 digits) and entries that are not objects are ignored.
    """
    roles: dict[str, int] = {}
    claimed: set[int] = set()
    alarm_order: tuple[str, ...] | None = None
    for dp_key, entry in (mapping or {}).items():
        dp = dp_number(dp_key)
        if not isinstance(entry, Mapping) or dp is None:
            continue
        claimed.add(dp)
        role = CODE_ROLES.get(str(entry.get("code", "")))
        if role is None or role in roles:
            continue
        roles[role] = dp
        if role == "alarm":
            alarm_order = alarm_order_from_values(_values(entry.get("values")))
    return MappingRoles(roles, frozenset(claimed), alarm_order)


def resolve_dp_map(
    *,
    mapping: Mapping[str, object] | None = None,
    kind: LockKind | str | None = None,
    hint: str = "",
    dps: Mapping[object, object] | None = None,
    known: Mapping[str, int] | None = None,
) -> DpMap:
    """Resolves a lock's DP map: mapping, known roles, the inferred family, value shapes.

    Args:
        mapping: The devices.json ``mapping`` for the product, if known.
        kind: The lock's kind (its family breaks ties when the values do not decide).
        hint: Product name or model, used to tell Zigbee children from BLE ones.
        dps: An observed status (DP id -> value) to infer the family from, to check
            defaults against and to find DPs by the shape of their values.
        known: Roles stored for the lock (``Lock.dp_map``): kept unless the reported value
            has the wrong type for them.

    Returns:
        The resolved map.
    """
    from_mapping = parse_mapping(mapping)
    roles = dict(from_mapping.roles)
    sources = dict.fromkeys(roles, MAPPING)
    observed = {dp: value for key, value in (dps or {}).items() if (dp := dp_number(key)) is not None}
    used = set(roles.values())
    for role, dp in _valid_roles(known).items():
        if role in roles or dp in used or not type_fits(role, observed.get(dp)):
            continue
        roles[role], sources[role] = dp, KNOWN
        used.add(dp)

    family = FAMILIES[infer_family(observed, roles, prior=prior_family(kind, hint=hint))]
    blocked = used | from_mapping.claimed
    for role, dp in family.roles.items():
        if role in roles or dp in blocked:
            continue
        if dp in observed:
            elsewhere = _battery_elsewhere(roles, sources, observed, dp)
            if evidence(role, observed[dp], battery_elsewhere=elsewhere) <= 0:
                continue  # the value there is something else: never keep a contradicted default
            sources[role] = OBSERVED
        else:
            sources[role] = FAMILY
        roles[role] = dp
        blocked.add(dp)

    not_levels = from_mapping.claimed | {dp for dp, shape in family.others.items() if shape == "str"}
    for role, dp in _by_shape(observed, roles, sources, not_levels).items():
        roles[role], sources[role] = dp, SHAPE
    return DpMap(dps=roles, sources=sources, alarm_order=from_mapping.alarm_order, family=family.id)


def interpret(
    dps: Mapping[object, object],
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
        credential = credential_id(raw.get(str(dp)))
        if credential is not None:
            unlocks.append(UnlockEvent(method=code.removeprefix("unlock_"), credential_id=credential, dp=dp))

    motor_raw = as_bool(value("motor_state"))
    return Observation(
        battery_percent=battery_percent(value("battery_percent")),
        battery_level=battery_level(value("battery_level")),
        alarms=decode_alarm(value("alarm"), alarm_order),
        unlocks=tuple(unlocks),
        door_state=door_state(value("door_state")),
        motor_raw=motor_raw,
        motor_state=None if motor_raw is None else ("unlocked" if motor_raw else "locked"),
        hijack=as_bool(value("hijack")),
        doorbell=as_bool(value("doorbell")),
        raw=raw,
    )


def _values(values: object) -> object:
    if isinstance(values, str):  # some wizard versions keep "values" as JSON text
        try:
            return json.loads(values)
        except (ValueError, RecursionError):
            return None
    return values


def _valid_roles(known: Mapping[str, int] | None) -> dict[str, int]:
    """Stored roles that name a real role and a DP id (a hand-edited database may not)."""
    valid: dict[str, int] = {}
    for role, dp in (known or {}).items():
        number = dp_number(dp)
        if (role in ROLES or role in UNLOCK_CODES) and number is not None:
            valid[role] = number
    return valid


def _battery_elsewhere(roles: dict[str, int], sources: dict[str, str], observed: dict[int, object], dp: int) -> bool:
    where = roles.get("battery_percent")
    if where is None or where == dp:
        return False
    return sources.get("battery_percent") in (MAPPING, KNOWN) or battery_percent(observed.get(where)) is not None


def _by_shape(
    observed: dict[int, object], roles: dict[str, int], sources: dict[str, str], not_levels: set[int] | frozenset[int]
) -> dict[str, int]:
    """Finds roles by value shape among the DPs no settled role holds.

    A role is (re)assigned here when it is missing, or when it only has a family default
    whose DP is absent from ``observed`` while another DP has the right shape.
    """

    def open_for(role: str) -> bool:
        return role not in roles or (sources.get(role) == FAMILY and roles[role] not in observed)

    taken = {dp for role, dp in roles.items() if not open_for(role)}
    free = {dp: value for dp, value in observed.items() if dp not in taken}
    found: dict[str, int] = {}

    if open_for("battery_level"):
        level_dp = _find_level({dp: v for dp, v in free.items() if dp not in not_levels})
        if level_dp is not None:
            found["battery_level"] = level_dp
    level_dp = found.get("battery_level", roles.get("battery_level"))
    if open_for("battery_percent") and level_dp is not None and level_dp in observed:
        for dp in (level_dp - 1, level_dp + 1):  # BLE 8/9, Positivo 40/41; Wi-Fi pro 12/11
            if dp in free and is_percent_shape(free[dp]):
                found["battery_percent"] = dp
                break
    if open_for("alarm"):
        names = [dp for dp, v in free.items() if is_alarm_name(v)]
        if len(names) == 1:
            found["alarm"] = names[0]
    if open_for("door_state"):
        doors = [dp for dp, v in free.items() if isinstance(v, str) and v.strip().lower() in ("open", "closed")]
        if len(doors) == 1:
            found["door_state"] = doors[0]
    return found


def _find_level(free: dict[int, object]) -> int | None:
    """A battery word is a battery level wherever it appears; a single one decides.

    With several, "medium"/"poweroff" (no volume enum uses them) beat "high"/"low", and a
    word next to an int 0-100 (the percentage) beats one that stands alone.
    """
    words = [dp for dp, v in free.items() if is_level_word(v)]
    for narrowed in (
        words,
        [dp for dp in words if is_distinct_level_word(free[dp])],
        [dp for dp in words if any(is_percent_shape(free.get(dp + d)) for d in (-1, 1))],
    ):
        if len(narrowed) == 1:
            return narrowed[0]
    return None
