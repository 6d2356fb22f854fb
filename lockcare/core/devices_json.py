"""Read the tinytuya wizard's ``devices.json`` into an import plan, all or nothing.

:func:`parse_devices_json` either returns a complete :class:`ImportPlan` or raises
:class:`DevicesJsonError` naming the line/column (JSON syntax) or the device and field
that is wrong. Local keys are carried in the plan (for the keyring) but never appear
in a message or a repr.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from lockcare.core.dpmap import UNLOCK_CODES, resolve_dp_map
from lockcare.core.errors import ValidationError
from lockcare.core.models import PROTOCOL_VERSIONS, Lock, LockKind
from lockcare.core.safe_text import one_line
from lockcare.core.validation import validate_address

LOCK_CATEGORIES: frozenset[str] = frozenset(
    {"ms", "jtmspro", "jtmsbh", "mk", "videolock", "photolock", "gyms", "hotelms", "bxx"}
)
"""Tuya categories that are locks (reference section 3.1)."""

KEEP_ALIVE_CATEGORIES: frozenset[str] = frozenset({"jtmsbh", "mk", "videolock"})
"""Lock categories that stay on the network (keep-alive or mains-powered)."""

GATEWAY_CATEGORIES: frozenset[str] = frozenset({"wg2", "wfcon", "wg"})
"""Tuya categories of hubs that serve Zigbee/BLE sub-devices (only used to report unused hubs;
a gateway is recognised by a lock naming it as ``parent`` or sharing its key)."""

LOCK_CODES: frozenset[str] = frozenset(
    {"alarm_lock", "lock_motor_state", "unlock_request", "hijack", *UNLOCK_CODES}
)
"""Mapping codes that only locks have; any of them marks a device as a lock."""

KEY_LENGTH = 16


class DevicesJsonError(ValueError):
    """The file cannot be imported; the message says where and what is wrong."""


@dataclass(frozen=True, slots=True)
class ImportedDevice:
    """One lock or gateway ready to be stored.

    Attributes:
        lock: The lock (or gateway, ``kind`` GATEWAY) with its DP map resolved.
        local_key: The 16-character LAN key; goes to the keyring, never to logs.
        alarm_order: The product's alarm enum order from its mapping, if any.
        mapping: The devices.json mapping, kept for later re-resolution.
        problems: Plain-words notes about this device (e.g. its gateway is unknown).
    """

    lock: Lock
    local_key: str = field(default="", repr=False)
    alarm_order: tuple[str, ...] | None = None
    mapping: dict[str, object] = field(default_factory=dict, repr=False)
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Everything a devices.json file would import.

    Attributes:
        source: The file name, for messages.
        locks: Locks (Wi-Fi, keep-alive and gateway children).
        gateways: Gateways that serve at least one of ``locks``.
        skipped: ``(name, category)`` of devices that are not locks.
        notes: Plain-words remarks for the user (e.g. gateway matched by shared key).
    """

    source: str
    locks: tuple[ImportedDevice, ...] = ()
    gateways: tuple[ImportedDevice, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def skipped_count(self) -> int:
        """How many devices in the file are not locks (nor gateways serving locks)."""
        return len(self.skipped)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_devices_json(text: str, filename: str = "devices.json") -> ImportPlan:
    """Parses the wizard's devices.json.

    Args:
        text: The file's content.
        filename: Shown in error messages.

    Returns:
        The complete import plan.

    Raises:
        DevicesJsonError: On a JSON syntax error (with line and column), a wrong shape,
            a missing or mistyped field, a duplicate id, or a lock key of the wrong length.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DevicesJsonError(
            f"{filename}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise DevicesJsonError(f"{filename}: nested far too deeply to be a device list") from None
    if isinstance(data, dict) and "devices" in data:
        data = data["devices"]
    if not isinstance(data, list):
        raise DevicesJsonError(f"{filename}: expected a list of devices (or {{\"devices\": [...]}})")

    entries = [_Entry.read(raw, number, filename) for number, raw in enumerate(data, start=1)]
    _check_duplicates(entries, filename)
    by_id = {e.id: e for e in entries}
    # The links decide what serves what: whatever a device names as its parent is a gateway,
    # whatever its own flags (real wizard files mark some gateways "sub": true).
    named_parents = {e.parent for e in entries if e.parent in by_id and e.parent != e.id}

    locks = [e for e in entries if e.is_lock and e.id not in named_parents]
    notes: list[str] = []
    parents: dict[str, str] = {}  # child id -> gateway id
    problems: dict[str, list[str]] = {}
    candidates_named: set[str] = set()
    for child in (e for e in locks if e.is_child):
        link = _find_gateway(child, entries, by_id, named_parents)
        if link.gateway_id:
            parents[child.id] = link.gateway_id
        if link.problem:
            problems.setdefault(child.id, []).append(link.problem)
            notes.append(link.problem)
        if link.note:
            notes.append(link.note)
        candidates_named |= link.candidates

    gateway_ids = set(parents.values())
    for entry in entries:
        if (entry.is_lock and not entry.is_child and entry.id not in named_parents) or entry.id in gateway_ids:
            entry.check_key(filename)

    for entry in entries:
        if (entry in locks and not entry.is_child or entry.id in gateway_ids) and entry.ip and not _address(entry.ip):
            notes.append(f"{entry.name}: its address “{one_line(entry.ip)}” is not an IP address or host name, so "
                         "it was left empty; lockcare learns it when the lock wakes (or edit it).")
    imported_locks = tuple(
        _imported(e, by_id.get(parents.get(e.id, "")), tuple(problems.get(e.id, ()))) for e in locks
    )
    imported_gateways = tuple(_imported_gateway(by_id[g]) for g in sorted(gateway_ids, key=_order(entries)))
    skipped = tuple(
        (e.name, e.category) for e in entries if e not in locks and e.id not in gateway_ids
    )
    unused = [
        e.name for e in entries
        if (e.category in GATEWAY_CATEGORIES or e.id in named_parents)
        and e.id not in gateway_ids and e.id not in candidates_named
    ]
    if unused:
        notes.append(f"{len(unused)} gateway(s) serve no lock in this file and were skipped: {', '.join(unused)}.")
    return ImportPlan(
        source=filename,
        locks=imported_locks,
        gateways=imported_gateways,
        skipped=skipped,
        notes=tuple(notes),
    )


@dataclass(slots=True)
class _Entry:
    """One validated device object from the file."""

    number: int
    name: str
    id: str
    key: str = field(repr=False)
    category: str
    product_id: str
    product_name: str
    mapping: dict[str, object]
    sub: bool
    node_id: str
    parent: str
    ip: str
    version: str
    label: str

    @classmethod
    def read(cls, raw: object, number: int, filename: str) -> _Entry:
        if not isinstance(raw, dict):
            raise DevicesJsonError(f"{filename}: device #{number}: expected an object, found {_kind(raw)}")
        label = f"{filename}: device #{number}"
        if isinstance(raw.get("name"), str) and raw["name"].strip():
            label += f" ({json.dumps(raw['name'].strip(), ensure_ascii=False)})"

        def text(name: str, *, required: bool = False) -> str:
            if name not in raw or raw[name] is None:
                if required:
                    raise DevicesJsonError(f"{label}: missing field '{name}'")
                return ""
            value = raw[name]
            if isinstance(value, (int, float)) and not isinstance(value, bool) and name == "version":
                return str(value)
            if not isinstance(value, str):
                raise DevicesJsonError(f"{label}: field '{name}' must be text, found {_kind(value)}")
            # "\ud800" is valid JSON but no text: it cannot be stored, so it becomes U+FFFD.
            return _LONE_SURROGATE.sub("\ufffd", value).strip()

        device_id = text("id", required=True)
        if not device_id:
            raise DevicesJsonError(f"{label}: field 'id' is empty")
        mapping = raw.get("mapping")
        mapping = {} if mapping is None else mapping
        if not isinstance(mapping, dict):
            raise DevicesJsonError(f"{label}: field 'mapping' must be an object, found {_kind(mapping)}")
        sub = raw.get("sub", False)
        if not isinstance(sub, bool):
            raise DevicesJsonError(f"{label}: field 'sub' must be true or false, found {_kind(sub)}")
        return cls(
            number=number,
            name=text("name") or device_id,
            id=device_id,
            key=text("key"),
            category=text("category").lower(),
            product_id=text("product_id"),
            product_name=text("product_name"),
            mapping=mapping,
            sub=sub,
            node_id=text("node_id") or text("cid"),
            parent=text("parent"),
            ip=text("ip"),
            version=text("version"),
            label=label,
        )

    @property
    def is_child(self) -> bool:
        """Read through a gateway: it names one, has a node id, or is flagged sub with no address."""
        return bool(self.parent or self.node_id or (self.sub and not self.ip))

    @property
    def is_lock(self) -> bool:
        if self.category in LOCK_CATEGORIES:
            return True
        codes = {str(e.get("code", "")) for e in self.mapping.values() if isinstance(e, Mapping)}
        return bool(codes & LOCK_CODES)

    def check_key(self, filename: str) -> None:
        if len(self.key) != KEY_LENGTH:
            raise DevicesJsonError(
                f"{self.label}: field 'key' must be {KEY_LENGTH} characters long "
                f"(it has {len(self.key)}); copy the local key again from the wizard or the cloud"
            )


@dataclass(frozen=True, slots=True)
class _GatewayLink:
    """How a gateway child was linked: the gateway found, or why none was."""

    gateway_id: str = ""
    problem: str = ""
    note: str = ""
    candidates: frozenset[str] = frozenset()


def _find_gateway(child: _Entry, entries: list[_Entry], by_id: dict[str, _Entry], named_parents: set[str]) -> _GatewayLink:
    """Links a gateway child to its gateway: by its ``parent``, else by the shared local key.

    A ``parent`` in the file decides. A ``parent`` that is not in the file is reported as
    such (another gateway that happens to share the key is not the one the file names).
    Without a ``parent``, the gateway is the device sharing the child's key, looking first
    at devices other entries name as their parent, then at hub categories, then at any
    device that is not itself a child.
    """
    if child.parent and child.parent in by_id and child.parent != child.id:
        return _GatewayLink(gateway_id=child.parent)
    if child.parent:
        return _GatewayLink(problem=f"{child.name}: its gateway ({child.parent}) is not in this file; "
                                    "lockcare can't read it until its gateway is added.")
    sharing = [e for e in entries if e is not child and not (e.is_lock and e.id not in named_parents)
               and e.key and e.key == child.key]
    for tier in (
        [e for e in sharing if e.id in named_parents],
        [e for e in sharing if e.category in GATEWAY_CATEGORIES],
        [e for e in sharing if not e.is_child],
    ):
        if len(tier) == 1:
            gateway = tier[0]
            return _GatewayLink(gateway_id=gateway.id,
                                note=f"{child.name}: gateway {gateway.name!r} matched by its shared local key.")
        if tier:
            names = ", ".join(repr(c.name) for c in tier)
            return _GatewayLink(
                problem=f"{child.name}: the file does not say which gateway serves it, and several could be it "
                        f"({names}); lockcare can't read it until you pick one.",
                candidates=frozenset(c.id for c in tier),
            )
    return _GatewayLink(problem=f"{child.name}: the file does not say which gateway serves it; "
                                "lockcare can't read it until its gateway is added.")


def _address(text: str) -> str:
    """The address as lockcare keeps it, or "" when it is none (checked like every address)."""
    try:
        return validate_address(text) if text else ""
    except ValidationError:
        return ""


def _imported(entry: _Entry, gateway: _Entry | None, problems: tuple[str, ...]) -> ImportedDevice:
    if entry.is_child:
        kind = LockKind.GATEWAY_CHILD
    elif entry.category in KEEP_ALIVE_CATEGORIES:
        kind = LockKind.KEEP_ALIVE
    else:
        kind = LockKind.WIFI
    resolved = resolve_dp_map(mapping=entry.mapping, kind=kind, hint=f"{entry.product_name} {entry.name}")
    # A gateway child speaks through its gateway's connection, key and protocol version.
    version = gateway.version if entry.is_child and gateway is not None and gateway.version else entry.version
    lock = Lock(
        name=entry.name,
        device_id=entry.id,
        address="" if entry.is_child else _address(entry.ip),
        version=_version(version),
        kind=kind,
        category=entry.category,
        product_id=entry.product_id,
        product_name=entry.product_name,
        dp_map=resolved.established(),  # what the mapping says; guesses wait for a real read
        parent_device_id=gateway.id if entry.is_child and gateway is not None else "",
        node_id=entry.node_id if entry.is_child else "",
    )
    key = "" if entry.is_child else entry.key
    return ImportedDevice(lock=lock, local_key=key, alarm_order=resolved.alarm_order, mapping=entry.mapping, problems=problems)


def _imported_gateway(entry: _Entry) -> ImportedDevice:
    lock = Lock(
        name=entry.name,
        device_id=entry.id,
        address=_address(entry.ip),
        version=_version(entry.version),
        kind=LockKind.GATEWAY,
        category=entry.category,
        product_id=entry.product_id,
        product_name=entry.product_name,
    )
    return ImportedDevice(lock=lock, local_key=entry.key)


def _version(text: str) -> str:
    """devices.json versions lockcare can use as-is; anything else is probed ("auto")."""
    return text if text in PROTOCOL_VERSIONS else "auto"


def _check_duplicates(entries: list[_Entry], filename: str) -> None:
    seen: dict[str, int] = {}
    for entry in entries:
        if entry.id in seen:
            raise DevicesJsonError(f"{entry.label}: field 'id' repeats device #{seen[entry.id]}")
        seen[entry.id] = entry.number


def _order(entries: list[_Entry]):
    index = {e.id: e.number for e in entries}
    return lambda device_id: index[device_id]


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null" if value is None else type(value).__name__


__all__ = [
    "DevicesJsonError",
    "GATEWAY_CATEGORIES",
    "ImportPlan",
    "ImportedDevice",
    "KEEP_ALIVE_CATEGORIES",
    "LOCK_CATEGORIES",
    "LOCK_CODES",
    "parse_devices_json",
]
