"""Request handling shared by every emulated device: what to answer, and in which shape.

Kept apart from the socket loop in ``server.py``: this part decides replies (status,
acks, handshake, sub-device report, pushes); the loop owns the sockets and threads.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from dataclasses import dataclass, field
from typing import Any

from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
from tinytuya.core import command_types as CT

from lockcare.devices.sim.clock import SimClock
from lockcare.devices.sim.framing import (
    ClientFrame,
    FrameCodec,
    FrameSplitter,
    ProtocolError,
)
from lockcare.devices.sim.handshake import DeviceHandshake
from lockcare.devices.sim.records import (
    CommandRecord,
    command_name,
    decode_json,
    payload_cid,
    payload_dps,
)

log = logging.getLogger(__name__)
_CIDS_PER_REPORT = 20


@dataclass
class Connection:
    """One accepted client: its socket, codec (keys) and handshake state."""

    sock: socket.socket
    codec: FrameCodec
    handshake: DeviceHandshake | None
    splitter: FrameSplitter = field(default_factory=FrameSplitter)


class DeviceProtocol:
    """Answers client frames like a Tuya device; subclasses supply DPs and the sockets.

    Subclasses provide :meth:`push`, :meth:`_close_conn`, and the hooks :meth:`_status`,
    :meth:`_control`, :meth:`_subdev_report`, :meth:`_product_id`.
    """

    version: str
    device_id: str
    silent: bool
    clock: SimClock
    _seqno: int
    _records: list[CommandRecord]
    _records_lock: threading.Lock

    def push(self, dps: dict[str, Any], cid: str | None = None) -> None:
        """Send a STATUS (cmd 8) push of ``dps`` to every connected client."""
        raise NotImplementedError

    def _close_conn(self, conn: Connection) -> None:
        raise NotImplementedError

    def _next_seqno(self) -> int:
        self._seqno += 1
        return self._seqno

    def _send(self, conn: Connection, cmd: int, payload: bytes, seqno: int, *, push: bool = False) -> None:
        if self.version == "3.5" or push:
            seqno = self._next_seqno()  # 3.5 devices number frames with their own counter
        conn.sock.sendall(conn.codec.encode(cmd, payload, seqno, with_header=push))

    def _reply_json(self, conn: Connection, cmd: int, obj: dict[str, Any], seqno: int) -> None:
        self._send(conn, cmd, json.dumps(obj, separators=(",", ":")).encode("utf-8"), seqno)

    def _handle(self, conn: Connection, frame: ClientFrame) -> None:
        body = decode_json(frame.payload)
        with self._records_lock:
            self._records.append(
                CommandRecord(frame.cmd, command_name(frame.cmd), body, payload_cid(body), frame.seqno, self.clock.now())
            )
        if self.silent:
            return
        cmd, seqno = frame.cmd, frame.seqno
        if not conn.codec.session_ready:
            if cmd == CT.SESS_KEY_NEG_START:
                self._send(conn, CT.SESS_KEY_NEG_RESP, conn.handshake.start(frame.payload), seqno)
            elif cmd == CT.SESS_KEY_NEG_FINISH:
                conn.codec.use_session_key(conn.handshake.finish(frame.payload))
            else:
                raise ProtocolError(f"command {cmd} before the session key handshake")
            return
        if cmd in (CT.SESS_KEY_NEG_START, CT.SESS_KEY_NEG_FINISH):
            raise ProtocolError("handshake command on a version without (or after) a handshake")
        if body is None and frame.payload and cmd != CT.HEART_BEAT:
            raise ProtocolError("payload is not JSON")
        cid = payload_cid(body)
        requested = payload_dps(body)
        if cmd in (CT.DP_QUERY, CT.DP_QUERY_NEW) or (
            cmd == CT.CONTROL_NEW and requested and all(v is None for v in requested.values())
        ):
            dps = self._status(cid, list(requested) if cmd == CT.CONTROL_NEW else None)
            if dps is not None:
                self._reply_json(conn, cmd, self._status_message(dps, cid), seqno)
        elif cmd in (CT.CONTROL, CT.CONTROL_NEW):
            self._send(conn, cmd, b"", seqno)
            changed = self._control(cid, requested)
            if changed:
                self.push(changed, cid)
        elif cmd == CT.UPDATEDPS:
            self._send(conn, cmd, b"", seqno)
            wanted = body.get("dpId", []) if isinstance(body, dict) else []
            dps = self._status(cid, [str(d) for d in wanted] if isinstance(wanted, list) else None)
            if dps:
                self._push_one(conn, dps, cid)
        elif cmd == CT.LAN_EXT_STREAM and isinstance(body, dict) and body.get("reqType") == "subdev_online_stat_query":
            online, offline = self._subdev_report()
            # Large lists span several replies, as on real gateways, to stay under 1440 bytes.
            for start in range(0, max(len(online), len(offline), 1), _CIDS_PER_REPORT):
                part = {"online": online[start : start + _CIDS_PER_REPORT],
                        "offline": offline[start : start + _CIDS_PER_REPORT]}
                self._reply_json(conn, cmd, {"reqType": "subdev_online_stat_report", "data": part}, seqno)
        else:  # heartbeat and anything else: an empty ack with retcode 0
            self._send(conn, cmd, b"", seqno)

    # -- pushes -----------------------------------------------------------------------

    def _status_message(self, dps: dict[str, Any], cid: str | None) -> dict[str, Any]:
        if self.version == "3.3":
            msg: dict[str, Any] = {"devId": self._dev_id_for(cid), "dps": dps, "t": self.clock.timestamp()}
            if cid is not None:
                msg["cid"] = cid
            return msg
        data: dict[str, Any] = {"dps": dps}
        if cid is not None:
            data["cid"] = cid
        return {"protocol": 4, "t": self.clock.timestamp(), "data": data}

    def _push_one(self, conn: Connection, dps: dict[str, Any], cid: str | None) -> None:
        if not conn.codec.session_ready:
            return
        message = json.dumps(self._status_message(dps, cid), separators=(",", ":")).encode("utf-8")
        try:
            self._send(conn, CT.STATUS, message, 0, push=True)
        except OSError as exc:
            log.debug("push to a client failed: %s", exc)
            self._close_conn(conn)

    # -- subclass hooks -----------------------------------------------------------------

    def _status(self, cid: str | None, only: list[str] | None) -> dict[str, Any] | None:
        """DPs to report for ``cid`` (None = stay silent, e.g. an unknown child)."""
        raise NotImplementedError

    def _control(self, cid: str | None, dps: dict[str, Any]) -> dict[str, Any]:
        """Apply a control request and return the changed DPs to push."""
        raise NotImplementedError

    def _subdev_report(self) -> tuple[list[str], list[str]]:
        """Online and offline child cids (empty for a plain lock)."""
        return [], []

    def _dev_id_for(self, cid: str | None) -> str:
        return self.device_id

    def _product_id(self) -> str:
        raise NotImplementedError

    def _keep_alive(self) -> bool:
        return False
