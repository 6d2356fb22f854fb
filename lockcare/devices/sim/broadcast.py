"""UDP discovery announcements of an emulated lock (loopback unicast only).

3.3 and 3.4 devices send a 55AA frame whose body is retcode 0 followed by
AES-ECB(udpkey, JSON); 3.5 devices send a 6699 frame, AES-GCM under udpkey, with
retcode 0 inside. ``tinytuya.decrypt_udp`` reads all of them.
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import struct
from typing import Any, Iterable

from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
import tinytuya
from tinytuya.core import command_types as CT
from tinytuya.core import header as tuya_header
from tinytuya.core.udp_helper import udpkey

#: The ports tinytuya's scanner listens on; a test sending there would hit real listeners.
STANDARD_DISCOVERY_PORTS = frozenset({6666, 6667, 7000})


def check_loopback(host: str) -> str:
    """Return ``host`` if it is a loopback IPv4 address (127.0.0.0/8).

    Raises:
        ValueError: for anything else; the emulator never touches a real network.
    """
    try:
        address = ipaddress.IPv4Address(host)
    except ValueError as exc:
        raise ValueError(f"{host!r} is not an IPv4 address") from exc
    if not address.is_loopback:
        raise ValueError(f"{host} is not a loopback address; the emulated lock only uses 127.0.0.0/8")
    return host


def check_ports(ports: Iterable[int], allow_standard: bool = False) -> tuple[int, ...]:
    """Validate broadcast destination ports.

    Raises:
        ValueError: on ports out of range, or on 6666/6667/7000 unless ``allow_standard``.
    """
    chosen = tuple(int(p) for p in ports)
    for port in chosen:
        if not 0 < port < 65536:
            raise ValueError(f"bad UDP port {port}")
        if port in STANDARD_DISCOVERY_PORTS and not allow_standard:
            raise ValueError(
                f"port {port} is a real Tuya discovery port; pass allow_standard_ports=True to use it"
            )
    return chosen


def announcement(device_id: str, ip: str, product_id: str, version: str) -> dict[str, Any]:
    """Return the JSON a device broadcasts (field names as real firmware spells them)."""
    return {
        "ip": ip,
        "gwId": device_id,
        "active": 2,
        "ablilty": 0,
        "encrypt": True,
        "productKey": product_id,
        "version": version,
        "token": True,
        "wf_cfg": True,
    }


def build_packet(info: dict[str, Any], version: str, seqno: int = 0) -> bytes:
    """Encode an announcement as the UDP packet a device of ``version`` sends."""
    body = json.dumps(info, separators=(",", ":")).encode("utf-8")
    if version == "3.5":
        msg = tinytuya.TuyaMessage(
            seqno, CT.UDP_NEW, 0, body, 0, True, tuya_header.PREFIX_6699_VALUE, os.urandom(12)
        )
        return tinytuya.pack_message(msg, hmac_key=udpkey)
    cmd = CT.BOARDCAST_LPV34 if version == "3.4" else CT.UDP_NEW
    encrypted = tinytuya.AESCipher(udpkey).encrypt(body, use_base64=False)
    msg = tinytuya.TuyaMessage(
        seqno, cmd, 0, struct.pack(">I", 0) + encrypted, 0, True, tuya_header.PREFIX_55AA_VALUE, None
    )
    return tinytuya.pack_message(msg)


class Broadcaster:
    """A UDP socket bound to the device's own address that sends announcements.

    Args:
        source_host: The device address (a 127.0.0.x alias) packets come from.
        ports: Destination ports on ``dest_host``.
        dest_host: Loopback destination, 127.0.0.1 by default.
    """

    def __init__(self, source_host: str, ports: Iterable[int], dest_host: str = "127.0.0.1") -> None:
        self.ports = tuple(ports)
        self.dest_host = check_loopback(dest_host)
        self._sock: socket.socket | None = None
        self._source = check_loopback(source_host)
        self._seqno = 0

    def send(self, info: dict[str, Any], version: str) -> None:
        """Send one announcement to every destination port (errors are ignored)."""
        if not self.ports:
            return
        if self._sock is None:
            self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            self._sock.bind((self._source, 0))
        self._seqno += 1
        packet = build_packet(info, version, self._seqno)
        for port in self.ports:
            try:
                self._sock.sendto(packet, (self.dest_host, port))
            except OSError:
                # Nobody listening yields ECONNREFUSED on later sends; a device does not care.
                pass

    def close(self) -> None:
        """Close the socket."""
        if self._sock is not None:
            self._sock.close()
            self._sock = None
