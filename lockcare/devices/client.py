"""Read-only local client for Tuya locks: status reads, version probing, gateway queries.

Work functions take plain values and return plain values, so they can run on any worker
thread. Every call is bounded: short timeouts (at most 3 s), at most 2 retries and a
0.2 s retry delay, never tinytuya's 45-second defaults, and never ``address=None``
(which would make tinytuya scan the network for 18 s).

lockcare never changes a lock. The only commands it sends are status queries,
heartbeats and gateway sub-device queries (:data:`READ_ONLY_COMMANDS`); the device
class used here refuses to build anything else (:class:`ReadOnlyViolation`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple, TypeVar

import tinytuya
from tinytuya.core import command_types as CT

from lockcare.devices.errors import (
    ASLEEP,
    PROTOCOL,
    SILENT,
    WRONG_KEY,
    DeviceError,
    ReadOnlyViolation,
    child_offline,
    error_from_result,
)

log = logging.getLogger(__name__)

READ_ONLY_COMMANDS: frozenset[int] = frozenset(
    {CT.DP_QUERY, CT.DP_QUERY_NEW, CT.HEART_BEAT, CT.LAN_EXT_STREAM}
)
"""The only request commands lockcare builds (the 3.4/3.5 handshake comes on top)."""

SUBDEV_QUERY = "subdev_online_stat_query"
PROBE_ORDER: tuple[str, ...] = ("3.5", "3.4", "3.3")
MAX_TIMEOUT = 3.0
MAX_RETRIES = 2
RETRY_DELAY = 0.2
PROBE_TIMEOUT = 1.0

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class GatewayLink:
    """How to reach a gateway. The key is left out of the repr."""

    device_id: str
    address: str
    port: int = 6668
    version: str = "3.3"
    local_key: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class LockConnection:
    """How to reach one lock: directly, or through ``gateway`` with ``node_id``.

    For a gateway child, ``address``/``port``/``version``/``local_key`` are ignored: the
    gateway's are used (a child shares its gateway's key and protocol version).
    ``version`` may be ``"auto"`` to probe 3.5, 3.4, then 3.3.
    """

    device_id: str
    address: str = ""
    port: int = 6668
    version: str = "3.3"
    local_key: str = field(default="", repr=False)
    node_id: str = ""
    gateway: GatewayLink | None = None

    @property
    def via_gateway(self) -> bool:
        """True when the lock is read through a gateway."""
        return self.gateway is not None


@dataclass(frozen=True, slots=True)
class RawRead:
    """One successful status read.

    Attributes:
        device_id: The lock read.
        dps: DP id strings -> values as the lock (or its gateway) reported them.
        read_at: When the reply arrived (UTC).
        via_gateway: True when the values came from a gateway (possibly cached there).
        version: The protocol version that worked (useful after ``"auto"``).
    """

    device_id: str
    dps: dict[str, object]
    read_at: datetime
    via_gateway: bool
    version: str


class SubdevStatus(NamedTuple):
    """A gateway's answer to the sub-device query: node ids online and offline."""

    online: tuple[str, ...]
    offline: tuple[str, ...]


class _ReadOnlyDevice(tinytuya.Device):
    """A tinytuya Device that refuses to build any command that could change the lock."""

    def generate_payload(self, command, data=None, gwId=None, devId=None, uid=None, rawData=None, reqType=None):  # noqa: D102,N803
        check_read_only(command, req_type=reqType)
        message = super().generate_payload(command, data, gwId, devId, uid, rawData, reqType)
        check_read_only(message.cmd, payload=message.payload, req_type=reqType)
        return message

    def send(self, payload):  # noqa: D102
        raise ReadOnlyViolation("lockcare never sends raw payloads to a lock")


def check_read_only(cmd: int, *, payload: bytes | None = None, req_type: str | None = None) -> None:
    """Raises unless ``cmd`` is a read-only request.

    CONTROL_NEW (13) is accepted only as tinytuya's "device22" status query, whose
    requested DPs are all null.

    Args:
        cmd: The command number.
        payload: The JSON payload about to be sent, when known.
        req_type: The LAN_EXT_STREAM request type.

    Raises:
        ReadOnlyViolation: for anything that is not a query, heartbeat or sub-device query.
    """
    if cmd == CT.LAN_EXT_STREAM and req_type != SUBDEV_QUERY:
        raise ReadOnlyViolation(f"refusing gateway request {req_type!r}")
    if cmd in READ_ONLY_COMMANDS:
        return
    if cmd == CT.CONTROL_NEW and payload is not None and _is_null_query(payload):
        return
    raise ReadOnlyViolation(f"refusing to send command {cmd} to a lock: lockcare is read-only")


def read_lock(conn: LockConnection, *, timeout: float = 2.0, retries: int = 1) -> RawRead:
    """Reads a lock's current data points.

    Args:
        conn: How to reach the lock.
        timeout: Seconds per connect/receive attempt (0 < timeout <= 3).
        retries: Extra attempts after the first (0-2).

    Returns:
        The read, with ``dps`` stripped of tinytuya's ``device`` object.

    Raises:
        DeviceError: asleep/unreachable, wrong key or version, silent, gateway child
            offline, or a protocol problem.
        ValueError: on an empty address or out-of-bounds timeout/retries.
    """
    _check_bounds(timeout, retries)
    _check_address(conn)
    version = conn.gateway.version if conn.gateway else conn.version
    if version == "auto":
        return _probe(conn, lambda v, t, r: _read_once(conn, v, t, r), min(timeout, PROBE_TIMEOUT))
    return _read_once(conn, version, timeout, retries)


def probe_version(conn: LockConnection, *, timeout: float = PROBE_TIMEOUT) -> str:
    """Finds the protocol version a lock (or its gateway) answers to: 3.5, 3.4, then 3.3.

    Args:
        conn: How to reach the lock; its ``version`` is ignored.
        timeout: Seconds per attempt; each version gets one attempt.

    Returns:
        The version that answered a status query.

    Raises:
        DeviceError: ``asleep`` as soon as nothing accepts a connection; ``wrong-key``
            when no version worked.
    """
    _check_bounds(timeout, 0)
    _check_address(conn)
    return _probe(conn, lambda v, t, r: _read_once(conn, v, t, r), timeout).version


def subdev_status(gateway: GatewayLink, *, timeout: float = 2.0, retries: int = 1) -> SubdevStatus:
    """Asks a gateway which sub-devices are online.

    Args:
        gateway: How to reach the gateway (``version`` may be ``"auto"``).
        timeout: Seconds per attempt (0 < timeout <= 3).
        retries: Extra attempts (0-2).

    Returns:
        ``(online node ids, offline node ids)``; both empty if the gateway gave no list.

    Raises:
        DeviceError: when the gateway cannot be reached or read.
    """
    _check_bounds(timeout, retries)
    conn = LockConnection(device_id=gateway.device_id, gateway=gateway)
    _check_address(conn)

    def once(version: str, t: float, r: int) -> SubdevStatus:
        gw = _open(gateway.device_id, gateway.address, gateway.port, version, gateway.local_key, t, r, persist=False)
        try:
            return _subdev_report(gw.subdev_query(), version, gateway.device_id)
        finally:
            gw.close()

    if gateway.version == "auto":
        return _probe(conn, once, min(timeout, PROBE_TIMEOUT))
    return once(gateway.version, timeout, retries)


def _read_once(conn: LockConnection, version: str, timeout: float, retries: int) -> RawRead:
    if conn.gateway is None:
        _check_key(conn.local_key, conn.device_id)
        device = _open(conn.device_id, conn.address, conn.port, version, conn.local_key, timeout, retries, persist=False)
        try:
            result = device.status()
        finally:
            device.close()
        return _to_read(conn, result, version)

    gw_link = conn.gateway
    _check_key(gw_link.local_key, gw_link.device_id)
    gw = _open(gw_link.device_id, gw_link.address, gw_link.port, version, gw_link.local_key, timeout, retries, persist=True)
    try:
        child = _ReadOnlyDevice(conn.device_id, cid=conn.node_id or conn.device_id, parent=gw)
        try:
            report = _subdev_report(gw.subdev_query(), version, conn.device_id)
        except DeviceError as exc:
            if exc.kind not in (SILENT, PROTOCOL):
                raise
            report = SubdevStatus((), ())  # some gateways do not answer this query
        if conn.node_id and conn.node_id in report.offline:
            raise child_offline(conn.device_id)
        result = child.status()
    finally:
        gw.close()
    return _to_read(conn, result, version)


def _probe(conn: LockConnection, attempt: Callable[[str, float, int], _T], timeout: float) -> _T:
    last: DeviceError | None = None
    for version in PROBE_ORDER:
        try:
            return attempt(version, timeout, 0)
        except DeviceError as exc:
            if exc.kind == ASLEEP:
                raise  # nothing accepts a connection: another version will not help
            log.debug("version %s did not work for %s (%s)", version, conn.device_id, exc.kind)
            last = exc
    tried = ", ".join(PROBE_ORDER)
    raise DeviceError(
        WRONG_KEY,
        f"The lock answered none of the protocol versions lockcare knows ({tried}). "
        "Check its local key; if the key is right, wake the lock and try again.",
        code=last.code if last else "",
        device_id=conn.device_id,
    )


def _open(
    device_id: str, address: str, port: int, version: str, key: str, timeout: float, retries: int, *, persist: bool
) -> _ReadOnlyDevice:
    try:
        number = float(version)
    except ValueError:
        raise ValueError(f"unknown protocol version {version!r}") from None
    device = _ReadOnlyDevice(
        device_id,
        address=address,
        local_key=key,
        version=number,
        port=port,
        persist=persist,
        connection_timeout=timeout,
        connection_retry_limit=retries + 1,
        connection_retry_delay=RETRY_DELAY,
    )
    return device


def _to_read(conn: LockConnection, result: object, version: str) -> RawRead:
    via_gateway = conn.gateway is not None
    if result is None:
        raise DeviceError(
            SILENT,
            "The lock answered without any values. Try again in a moment.",
            device_id=conn.device_id,
        )
    if not isinstance(result, dict):
        raise DeviceError("protocol", "The lock sent an unexpected reply.", device_id=conn.device_id)
    result = {k: v for k, v in result.items() if k != "device"}  # tinytuya's child object
    if "Err" in result:
        raise error_from_result(result, version=version, device_id=conn.device_id, gateway=via_gateway)
    dps = result.get("dps")
    if not isinstance(dps, dict) and isinstance(result.get("data"), dict):
        dps = result["data"].get("dps")
    dps = {str(k): v for k, v in dps.items()} if isinstance(dps, dict) else {}
    return RawRead(
        device_id=conn.device_id,
        dps=dps,
        read_at=datetime.now(UTC),
        via_gateway=via_gateway,
        version=version,
    )


def _subdev_report(result: object, version: str, device_id: str) -> SubdevStatus:
    if isinstance(result, dict) and "Err" in result:
        raise error_from_result(result, version=version, device_id=device_id, gateway=True)
    data = result.get("data") if isinstance(result, dict) else None
    if not isinstance(data, dict):
        return SubdevStatus((), ())
    return SubdevStatus(_ids(data.get("online")), _ids(data.get("offline")))


def _ids(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _is_null_query(payload: bytes) -> bool:
    try:
        body = json.loads(payload)
    except (ValueError, TypeError):
        return False
    dps = body.get("dps") if isinstance(body, dict) else None
    return isinstance(dps, dict) and bool(dps) and all(v is None for v in dps.values())


def _check_bounds(timeout: float, retries: int) -> None:
    if not 0 < timeout <= MAX_TIMEOUT:
        raise ValueError(f"timeout must be between 0 and {MAX_TIMEOUT} s, got {timeout}")
    if not 0 <= retries <= MAX_RETRIES:
        raise ValueError(f"retries must be between 0 and {MAX_RETRIES}, got {retries}")


def _check_address(conn: LockConnection) -> None:
    address = conn.gateway.address if conn.gateway else conn.address
    if not address or address in ("Auto", "0.0.0.0"):
        who = "its gateway" if conn.gateway else "the lock"
        raise ValueError(f"no network address for {who} ({conn.device_id}); tinytuya would scan for it")


def _check_key(key: str, device_id: str) -> None:
    # An empty key would make tinytuya look in ./devices.json; a short one fails anyway.
    if len(key) != 16:
        raise DeviceError(
            WRONG_KEY,
            "The local key for this device is missing or not 16 characters long. "
            "Copy it again from the tinytuya wizard or the Tuya cloud.",
            device_id=device_id,
        )


__all__: Sequence[str] = (
    "GatewayLink",
    "LockConnection",
    "PROBE_ORDER",
    "READ_ONLY_COMMANDS",
    "RawRead",
    "SubdevStatus",
    "check_read_only",
    "probe_version",
    "read_lock",
    "subdev_status",
)
