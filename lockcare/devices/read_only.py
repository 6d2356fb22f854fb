"""lockcare never changes a lock: the only requests it may build, and the check that says so.

The only commands lockcare sends are status queries, heartbeats and gateway sub-device
queries (:data:`READ_ONLY_COMMANDS`; the 3.4/3.5 session handshake comes on top).
"""

from __future__ import annotations

import json

from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
from tinytuya.core import command_types as CT

from lockcare.devices.errors import ReadOnlyViolation

READ_ONLY_COMMANDS: frozenset[int] = frozenset(
    {CT.DP_QUERY, CT.DP_QUERY_NEW, CT.HEART_BEAT, CT.LAN_EXT_STREAM}
)
"""The only request commands lockcare builds (the 3.4/3.5 handshake comes on top)."""

SUBDEV_QUERY = "subdev_online_stat_query"


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


def _is_null_query(payload: bytes) -> bool:
    try:
        body = json.loads(payload)
    except (ValueError, TypeError):
        return False
    dps = body.get("dps") if isinstance(body, dict) else None
    return isinstance(dps, dict) and bool(dps) and all(v is None for v in dps.values())
