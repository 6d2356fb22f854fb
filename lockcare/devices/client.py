"""Read-only local client for Tuya locks: status reads, version probing, gateway queries.

Work functions take plain values and return plain values, so they can run on any worker
thread. Every call is bounded: short timeouts (at most 3 s), at most 2 retries and a
0.2 s retry delay, never tinytuya's 45-second defaults, and never ``address=None``
(which would make tinytuya scan the network for 18 s). On top of that each whole call
(connect, handshake, every reply, every protocol version tried) has one deadline of a
few seconds (:data:`~lockcare.devices.bounded.DEFAULT_DEADLINE`), whatever the device
does, and a device that talks nonsense is reported as ``garbled``, not as a wrong key.

lockcare never changes a lock. The only commands it sends are status queries,
heartbeats and gateway sub-device queries (:mod:`lockcare.devices.read_only`); the device
class used here refuses to build anything else (:class:`ReadOnlyViolation`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple, TypeVar

from lockcare.devices.bounded import DEFAULT_DEADLINE, BoundedDevice, ReadGuard
from lockcare.devices.errors import (
    ASLEEP,
    GARBLED,
    SILENT,
    WRONG_KEY,
    DeviceError,
    child_offline,
    error_from_result,
    garbled,
)

log = logging.getLogger(__name__)

PROBE_ORDER: tuple[str, ...] = ("3.5", "3.4", "3.3")
MAX_TIMEOUT = 3.0
MAX_RETRIES = 2
RETRY_DELAY = 0.2
PROBE_TIMEOUT = 1.0
MAX_DEADLINE = 10.0

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


def read_lock(
    conn: LockConnection, *, timeout: float = 2.0, retries: int = 1, deadline: float = DEFAULT_DEADLINE
) -> RawRead:
    """Reads a lock's current data points.

    Args:
        conn: How to reach the lock.
        timeout: Seconds per connect/receive attempt (0 < timeout <= 3).
        retries: Extra attempts after the first (0-2).
        deadline: Seconds the whole read may take, whatever the device does.

    Returns:
        The read, with ``dps`` stripped of tinytuya's ``device`` object.

    Raises:
        DeviceError: asleep/unreachable, wrong key or version, silent, gateway child
            offline, or garbled (the device talks nonsense).
        ValueError: on an empty address or out-of-bounds timeout/retries/deadline.
    """
    _check_bounds(timeout, retries, deadline)
    _check_address(conn)
    guard = ReadGuard(deadline)
    version = conn.gateway.version if conn.gateway else conn.version
    if version == "auto":
        return _probe(conn, lambda v, t, r: _read_once(conn, v, t, r, guard), min(timeout, PROBE_TIMEOUT), guard)
    return _read_once(conn, version, timeout, retries, guard)


def probe_version(conn: LockConnection, *, timeout: float = PROBE_TIMEOUT, deadline: float = DEFAULT_DEADLINE) -> str:
    """Finds the protocol version a lock (or its gateway) answers to: 3.5, 3.4, then 3.3.

    Args:
        conn: How to reach the lock; its ``version`` is ignored.
        timeout: Seconds per attempt; each version gets one attempt.
        deadline: Seconds all attempts together may take.

    Returns:
        The version that answered a status query.

    Raises:
        DeviceError: ``asleep`` as soon as nothing accepts a connection, ``garbled`` as
            soon as the device talks nonsense; ``wrong-key`` when no version worked.
    """
    _check_bounds(timeout, 0, deadline)
    _check_address(conn)
    guard = ReadGuard(deadline)
    return _probe(conn, lambda v, t, r: _read_once(conn, v, t, r, guard), timeout, guard).version


def subdev_status(
    gateway: GatewayLink, *, timeout: float = 2.0, retries: int = 1, deadline: float = DEFAULT_DEADLINE
) -> SubdevStatus:
    """Asks a gateway which sub-devices are online.

    Args:
        gateway: How to reach the gateway (``version`` may be ``"auto"``).
        timeout: Seconds per attempt (0 < timeout <= 3).
        retries: Extra attempts (0-2).
        deadline: Seconds the whole query may take.

    Returns:
        ``(online node ids, offline node ids)``; both empty if the gateway gave no list.

    Raises:
        DeviceError: when the gateway cannot be reached or read.
    """
    _check_bounds(timeout, retries, deadline)
    conn = LockConnection(device_id=gateway.device_id, gateway=gateway)
    _check_address(conn)
    guard = ReadGuard(deadline)

    def once(version: str, t: float, r: int) -> SubdevStatus:
        gw = _open(gateway.device_id, gateway.address, gateway.port, version, gateway.local_key, t, r,
                   persist=False, guard=guard)
        try:
            return _subdev_report(gw.subdev_query(), version, gateway.device_id, guard)
        finally:
            gw.close()

    if gateway.version == "auto":
        return _probe(conn, once, min(timeout, PROBE_TIMEOUT), guard)
    return once(gateway.version, timeout, retries)


def _read_once(conn: LockConnection, version: str, timeout: float, retries: int, guard: ReadGuard) -> RawRead:
    if conn.gateway is None:
        _check_key(conn.local_key, conn.device_id)
        device = _open(conn.device_id, conn.address, conn.port, version, conn.local_key, timeout, retries,
                       persist=False, guard=guard)
        try:
            result = device.status()
        finally:
            device.close()
        return _to_read(conn, result, version, guard)

    gw_link = conn.gateway
    _check_key(gw_link.local_key, gw_link.device_id)
    gw = _open(gw_link.device_id, gw_link.address, gw_link.port, version, gw_link.local_key, timeout, retries,
               persist=True, guard=guard)
    try:
        child = BoundedDevice(conn.device_id, cid=conn.node_id or conn.device_id, parent=gw)
        try:
            report = _subdev_report(gw.subdev_query(), version, conn.device_id, guard)
        except DeviceError as exc:
            if exc.kind not in (SILENT, GARBLED) or not guard.connected:
                raise
            report = SubdevStatus((), ())  # some gateways do not answer this query (or not sensibly)
            guard.next_attempt()
        if conn.node_id and conn.node_id in report.offline:
            raise child_offline(conn.device_id)
        result = child.status()
    finally:
        gw.close()
    return _to_read(conn, result, version, guard)


def _probe(conn: LockConnection, attempt: Callable[[str, float, int], _T], timeout: float, guard: ReadGuard) -> _T:
    last: DeviceError | None = None
    for version in PROBE_ORDER:
        guard.next_attempt()
        try:
            return attempt(version, timeout, 0)
        except DeviceError as exc:
            if exc.kind in (ASLEEP, GARBLED):
                raise  # nothing accepts a connection, or the device talks nonsense: no version helps
            log.debug("version %s did not work for %s (%s)", version, conn.device_id, exc.kind)
            last = exc
        if guard.remaining() <= 0:
            break
    tried = ", ".join(PROBE_ORDER)
    raise DeviceError(
        WRONG_KEY,
        f"The lock answered none of the protocol versions lockcare knows ({tried}). "
        "Check its local key; if the key is right, wake the lock and try again.",
        code=last.code if last else "",
        device_id=conn.device_id,
    )


def _open(
    device_id: str, address: str, port: int, version: str, key: str, timeout: float, retries: int, *,
    persist: bool, guard: ReadGuard,
) -> BoundedDevice:
    try:
        number = float(version)
    except ValueError:
        raise ValueError(f"unknown protocol version {version!r}") from None
    device = BoundedDevice(
        device_id,
        address=address,
        local_key=key,
        version=number,
        port=port,
        persist=persist,
        connection_timeout=timeout,
        connection_retry_limit=retries + 1,
        connection_retry_delay=RETRY_DELAY,
        guard=guard,
    )
    return device


def _to_read(conn: LockConnection, result: object, version: str, guard: ReadGuard) -> RawRead:
    via_gateway = conn.gateway is not None
    failure = _failure(result, version, conn.device_id, guard, gateway=via_gateway)
    if failure is not None:
        raise failure
    if result is None:
        raise DeviceError(
            SILENT,
            "The lock answered without any values. Try again in a moment.",
            device_id=conn.device_id,
        )
    assert isinstance(result, dict)
    result = {k: v for k, v in result.items() if k != "device"}  # tinytuya's child object
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


def _failure(result: object, version: str, device_id: str, guard: ReadGuard, *, gateway: bool) -> DeviceError | None:
    """What went wrong, if anything: what the guard saw first, then tinytuya's error code."""
    code = str(result.get("Err", "")) if isinstance(result, dict) else ""
    if guard.garbled is not None:
        return garbled(guard.garbled, code=code, device_id=device_id, gateway=gateway)
    if guard.expired and guard.partial:
        reason = f"sent its reply too slowly: it was still incomplete after {guard.total:g} s"
        return garbled(reason, code=code, device_id=device_id, gateway=gateway)
    if code:
        return error_from_result(result, version=version, device_id=device_id, gateway=gateway)  # type: ignore[arg-type]
    if result is not None and not isinstance(result, dict):
        return garbled("sent a reply that is not a JSON object", device_id=device_id, gateway=gateway)
    return None


def _subdev_report(result: object, version: str, device_id: str, guard: ReadGuard) -> SubdevStatus:
    failure = _failure(result, version, device_id, guard, gateway=True)
    if failure is not None:
        raise failure
    data = result.get("data") if isinstance(result, dict) else None
    if not isinstance(data, dict):
        return SubdevStatus((), ())
    return SubdevStatus(_ids(data.get("online")), _ids(data.get("offline")))


def _ids(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _check_bounds(timeout: float, retries: int, deadline: float) -> None:
    if not 0 < timeout <= MAX_TIMEOUT:
        raise ValueError(f"timeout must be between 0 and {MAX_TIMEOUT} s, got {timeout}")
    if not 0 <= retries <= MAX_RETRIES:
        raise ValueError(f"retries must be between 0 and {MAX_RETRIES}, got {retries}")
    if not 0 < deadline <= MAX_DEADLINE:
        raise ValueError(f"deadline must be between 0 and {MAX_DEADLINE} s, got {deadline}")


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
    "RawRead",
    "SubdevStatus",
    "probe_version",
    "read_lock",
    "subdev_status",
)
