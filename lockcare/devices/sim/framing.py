"""Device-side framing and payload encryption for Tuya LAN protocols 3.3, 3.4 and 3.5.

Built on tinytuya's own frame helpers (``pack_message``, ``unpack_message``,
``parse_header``, ``AESCipher``); the policy is ours: every device frame carries
retcode 0 (in front of the payload on 55AA, inside the GCM plaintext on 6699), replies
omit the version header and pushes carry it, and nothing over 1440 bytes is sent.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
import tinytuya
from tinytuya.core import header as tuya_header
from tinytuya.core.message_helper import parse_header

SUPPORTED_VERSIONS = ("3.3", "3.4", "3.5")
MAX_PAYLOAD = 1440
_RETCODE_OK = struct.pack(">I", 0)
_VERSION_HEADER_PAD = b"\x00" * 12
_PREFIXES = (tuya_header.PREFIX_55AA_BIN, tuya_header.PREFIX_6699_BIN)


class ProtocolError(Exception):
    """The client sent something this device cannot accept; the connection is dropped."""


def normalize_version(version: str | float) -> str:
    """Return "3.3", "3.4" or "3.5" for a string or float version.

    Raises:
        ValueError: for any other version.
    """
    text = f"{float(version):.1f}"
    if text not in SUPPORTED_VERSIONS:
        raise ValueError(f"protocol {version} not emulated; choose one of {', '.join(SUPPORTED_VERSIONS)}")
    return text


@dataclass(frozen=True)
class ClientFrame:
    """One decoded client->device frame.

    Attributes:
        seqno: The client's sequence number.
        cmd: Command number.
        payload: Decrypted payload with any version header removed.
    """

    seqno: int
    cmd: int
    payload: bytes


class FrameSplitter:
    """Cut a TCP byte stream into whole Tuya frames (junk before a prefix is skipped)."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        """Add received bytes and return every complete frame now available.

        Raises:
            ProtocolError: if a frame header is corrupt or claims an oversized payload.
        """
        self._buf += data
        frames: list[bytes] = []
        while True:
            starts = [i for i in (self._buf.find(p) for p in _PREFIXES) if i >= 0]
            if not starts:
                del self._buf[: max(0, len(self._buf) - 3)]
                return frames
            del self._buf[: min(starts)]
            try:
                header = parse_header(bytes(self._buf[:18]))
            except Exception as exc:  # tinytuya raises DecodeError or struct.error
                if len(self._buf) < 18:
                    return frames
                raise ProtocolError(f"bad frame header: {exc}") from exc
            if len(self._buf) < header.total_length:
                return frames
            frames.append(bytes(self._buf[: header.total_length]))
            del self._buf[: header.total_length]


class FrameCodec:
    """Encrypt device frames and decrypt client frames for one connection.

    Starts with the real local key; on 3.4/3.5 :meth:`use_session_key` switches to the
    negotiated key once the handshake finishes.

    Args:
        version: "3.3", "3.4" or "3.5".
        local_key: The 16-byte local key.
    """

    def __init__(self, version: str, local_key: bytes) -> None:
        self.version = normalize_version(version)
        self._key = local_key
        self._version_header = self.version.encode("ascii") + _VERSION_HEADER_PAD
        self.session_ready = self.version == "3.3"

    def use_session_key(self, key: bytes) -> None:
        """Switch to the session key negotiated by the 3.4/3.5 handshake."""
        self._key = key
        self.session_ready = True

    # -- client -> device -----------------------------------------------------------

    def decode(self, frame: bytes) -> ClientFrame:
        """Check and decrypt one client frame.

        Raises:
            ProtocolError: wrong framing for this version, bad checksum/tag, or a payload
                that does not decrypt with this key.
        """
        is_6699 = frame.startswith(tuya_header.PREFIX_6699_BIN)
        if is_6699 != (self.version == "3.5"):
            raise ProtocolError("frame format does not match the device protocol version")
        hmac_key = self._key if self.version != "3.3" else None
        try:
            msg = tinytuya.unpack_message(frame, hmac_key=hmac_key, no_retcode=True)
        except Exception as exc:
            raise ProtocolError(f"cannot unpack frame: {exc}") from exc
        if not msg.crc_good:
            raise ProtocolError("frame checksum, HMAC or GCM tag is wrong (wrong key?)")
        payload = msg.payload
        if self.version == "3.5":
            return ClientFrame(msg.seqno, msg.cmd, self._strip_header(payload))
        if self.version == "3.3":
            payload = self._strip_header(payload)
        if payload:
            try:
                payload = tinytuya.AESCipher(self._key).decrypt(
                    payload, use_base64=False, decode_text=False, verify_padding=True
                )
            except Exception as exc:
                raise ProtocolError("payload does not decrypt with this key") from exc
        if self.version == "3.4":
            payload = self._strip_header(payload)
        return ClientFrame(msg.seqno, msg.cmd, payload)

    def _strip_header(self, payload: bytes) -> bytes:
        if payload.startswith(self.version.encode("ascii")) and len(payload) >= len(self._version_header):
            return payload[len(self._version_header) :]
        return payload

    # -- device -> client -----------------------------------------------------------

    def encode(self, cmd: int, payload: bytes, seqno: int, *, with_header: bool = False) -> bytes:
        """Build one device frame with retcode 0.

        Args:
            cmd: Command number.
            payload: Plaintext payload (JSON bytes, handshake bytes, or b"" for an ack).
            seqno: Sequence number to put in the frame.
            with_header: Prefix the 15-byte version header (pushes do, replies need not).

        Raises:
            ValueError: if the frame would exceed the 1440-byte payload limit.
        """
        body = (self._version_header + payload) if (with_header and payload) else payload
        if self.version == "3.5":
            msg = tinytuya.TuyaMessage(
                seqno, cmd, 0, body, 0, True, tuya_header.PREFIX_6699_VALUE, os.urandom(12)
            )
            frame = tinytuya.pack_message(msg, hmac_key=self._key)
        else:
            if self.version == "3.3":
                enc = tinytuya.AESCipher(self._key).encrypt(payload, use_base64=False) if payload else b""
                body = (self._version_header + enc) if (with_header and payload) else enc
            else:
                body = tinytuya.AESCipher(self._key).encrypt(body, use_base64=False) if body else b""
            msg = tinytuya.TuyaMessage(seqno, cmd, 0, _RETCODE_OK + body, 0, True, tuya_header.PREFIX_55AA_VALUE, None)
            frame = tinytuya.pack_message(msg, hmac_key=self._key if self.version == "3.4" else None)
        if len(frame) > MAX_PAYLOAD:
            raise ValueError(f"frame of {len(frame)} bytes exceeds the {MAX_PAYLOAD}-byte limit")
        return frame
