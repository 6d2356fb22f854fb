"""The record of every command an emulated lock received (so tests can prove we never control)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
from tinytuya.core import command_types as CT

#: Command numbers to their tinytuya names.
COMMAND_NAMES: dict[int, str] = {
    getattr(CT, name): name for name in dir(CT) if name.isupper() and isinstance(getattr(CT, name), int)
}

#: Commands that change a device (or its pairing) whatever their payload.
_ALWAYS_CONTROL = frozenset(
    {CT.AP_CONFIG, CT.ACTIVE, CT.UNBIND, CT.CONTROL, CT.TOKEN_BIND, CT.ENABLE_WIFI,
     CT.WIFI_INFO, CT.SCENE_EXECUTE, CT.AP_CONFIG_NEW}
)


def command_name(cmd: int) -> str:
    """Return tinytuya's name for a command number, or ``CMD_<n>``."""
    return COMMAND_NAMES.get(cmd, f"CMD_{cmd}")


def decode_json(payload: bytes) -> Any:
    """Return the JSON value in a payload, or None when it is empty or not JSON."""
    if not payload or payload[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def payload_dps(payload: Any) -> dict[str, Any]:
    """Return the ``dps`` a request carries (top level or inside ``data``), else {}."""
    if not isinstance(payload, dict):
        return {}
    dps = payload.get("dps")
    if dps is None and isinstance(payload.get("data"), dict):
        dps = payload["data"].get("dps")
    return dict(dps) if isinstance(dps, dict) else {}


def payload_cid(payload: Any) -> str | None:
    """Return the sub-device id a request addresses (top level or inside ``data``)."""
    if not isinstance(payload, dict):
        return None
    cid = payload.get("cid")
    if cid is None and isinstance(payload.get("data"), dict):
        cid = payload["data"].get("cid")
    return str(cid) if cid is not None else None


@dataclass(frozen=True)
class CommandRecord:
    """One command received by an emulated lock.

    Attributes:
        cmd: Command number.
        name: tinytuya's name for it, e.g. "DP_QUERY".
        payload: Decoded JSON payload, or None (handshake bytes, empty payloads).
        cid: Sub-device id addressed through a gateway, if any.
        seqno: The client's sequence number.
        received_at: Simulated time of arrival.
    """

    cmd: int
    name: str
    payload: Any
    cid: str | None
    seqno: int
    received_at: datetime

    @property
    def is_control(self) -> bool:
        """True if this command would change the lock.

        That is CONTROL (7) and the other state-changing commands, and CONTROL_NEW (13)
        unless every requested DP is null (the device22 style status query).
        """
        if self.cmd in _ALWAYS_CONTROL:
            return True
        if self.cmd == CT.CONTROL_NEW:
            dps = payload_dps(self.payload)
            return not dps or any(v is not None for v in dps.values())
        return False
