"""The tinytuya device lockcare reads with: read-only, bounded in time, suspicious of replies.

tinytuya bounds each socket call, not a whole read: a device that trickles one byte every
0.7 s never trips a 2 s receive timeout, and one that floods garbage keeps tinytuya looking
for a frame prefix forever. :class:`BoundedDevice` hands every receive the time left of one
:class:`ReadGuard` deadline (connect, handshake and reply together), and checks what
arrives: junk where a frame should start, a header claiming an oversized frame, a 3.3
frame whose CRC is wrong, a reply that decrypts but is not a sane JSON status, an endless
stream of frames. The guard records what it saw so the caller can tell a device that talks
nonsense ("garbled") from a wrong key, a sleeping lock or a silent one.

The overrides follow tinytuya's own ``_get_socket``/``_recv_all``/``_receive``/
``_decode_payload`` contracts (1.15 to 1.20): they raise the same ``DecodeError`` and
``socket.timeout`` tinytuya's retry logic expects, and return its error codes.
"""

from __future__ import annotations

import socket
import struct
import time
from collections.abc import Callable

from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
import tinytuya
from tinytuya.core import header as H
from tinytuya.core.error_helper import ERR_JSON, ERR_KEY_OR_VER, ERR_OFFLINE, ERR_TIMEOUT
from tinytuya.core.exceptions import DecodeError
from tinytuya.core.message_helper import parse_header, unpack_message

from lockcare.devices.errors import ReadOnlyViolation
from lockcare.devices.read_only import check_read_only

DEFAULT_DEADLINE = 5.0
"""Seconds one whole read (connect, handshake, every reply) may take, whatever the device does."""

JUNK_LIMIT = 4096
"""Bytes of non-frame data tolerated in one read before the device is called garbled."""

MAX_FRAMES = 64
"""Frames one read may receive; more means a device (or gateway) pushing without end."""

MAX_JSON_DEPTH = 10
"""A Tuya status nests 3-4 levels; deeper is not a status."""

_MIN_FRAME = min(
    struct.calcsize(H.MESSAGE_HEADER_FMT_55AA) + 4 + 4 + len(H.SUFFIX_BIN),
    struct.calcsize(H.MESSAGE_HEADER_FMT_6699) + 12 + 4 + 16 + len(H.SUFFIX_BIN),
)
_PREFIXES = (H.PREFIX_55AA_BIN, H.PREFIX_6699_BIN)


class ReadGuard:
    """One read's deadline, and what the device sent that was not a proper reply.

    Args:
        total: Seconds the whole read may take.
        clock: Monotonic clock (tests may pass their own).

    Attributes:
        garbled: Why the device's replies are nonsense (plain words), or None.
        expired: True once the deadline passed.
        connected: True once a TCP connection (and 3.4/3.5 handshake) succeeded in this read.
        partial: Bytes of a frame still being received (0 between frames): when the deadline
            passes with a frame half-received, the device is sending too slowly.
    """

    def __init__(self, total: float = DEFAULT_DEADLINE, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.deadline = clock() + total
        self.total = total
        self.garbled: str | None = None
        self.expired = False
        self.connected = False
        self.partial = 0
        self.junk = 0
        self.frames = 0

    def remaining(self) -> float:
        """Seconds left before the deadline (negative once it passed)."""
        return self.deadline - self._clock()

    def next_attempt(self) -> None:
        """Forget what the previous attempt saw (another version, another step); keep the deadline."""
        self.garbled = None
        self.partial = self.junk = self.frames = 0

    def time_for(self, per_call: float) -> float:
        """The timeout for one socket call: ``per_call`` or what is left, whichever is shorter.

        Raises:
            socket.timeout: once the deadline has passed (tinytuya treats it as a timeout).
        """
        left = self.remaining()
        if left <= 0:
            self.expired = True
            raise socket.timeout(f"the read's {self.total:g} s deadline passed")
        return min(per_call, left)

    def mark_garbled(self, reason: str) -> DecodeError:
        """Record the first reason the device's replies are nonsense; returns an error to raise."""
        if self.garbled is None:
            self.garbled = reason
        return DecodeError(reason)

    def note_junk(self, count: int) -> None:
        """Count bytes that were not part of a frame.

        Raises:
            DecodeError: once more than :data:`JUNK_LIMIT` bytes of junk arrived.
        """
        self.junk += count
        if self.junk > JUNK_LIMIT:
            raise self.mark_garbled(f"sent more than {JUNK_LIMIT} bytes that are not Tuya frames")


class BoundedDevice(tinytuya.Device):
    """A tinytuya Device that refuses to build any command that could change the lock, and
    whose reads are bounded by a :class:`ReadGuard` and checked frame by frame.

    Args:
        *args: As for ``tinytuya.Device``.
        guard: The read's guard (shared by a gateway and its children); a fresh one with
            :data:`DEFAULT_DEADLINE` when omitted.
        **kwargs: As for ``tinytuya.Device``.
    """

    def __init__(self, *args: object, guard: ReadGuard | None = None, **kwargs: object) -> None:
        parent = kwargs.get("parent")
        self.guard = guard or (parent.guard if isinstance(parent, BoundedDevice) else ReadGuard())
        super().__init__(*args, **kwargs)
        self._per_call = float(self.connection_timeout)

    def generate_payload(self, command, data=None, gwId=None, devId=None, uid=None, rawData=None, reqType=None):  # noqa: D102,N803
        check_read_only(command, req_type=reqType)
        message = super().generate_payload(command, data, gwId, devId, uid, rawData, reqType)
        check_read_only(message.cmd, payload=message.payload, req_type=reqType)
        return message

    def send(self, payload):  # noqa: D102
        raise ReadOnlyViolation("lockcare never sends raw payloads to a lock")

    # -- bounded I/O ------------------------------------------------------------------

    def _get_socket(self, renew):  # noqa: D102
        if self.socket is not None and not renew:
            return True
        # tinytuya's own loop would give every connect attempt the full timeout; here each
        # attempt (connect plus the 3.4/3.5 handshake) gets at most what is left of the read.
        guard, limit = self.guard, self.socketRetryLimit
        error = ERR_TIMEOUT if guard.connected else ERR_OFFLINE
        for attempt in range(limit):
            if guard.garbled is not None:
                return ERR_TIMEOUT  # nothing more to learn from this device in this read
            if guard.remaining() <= 0:
                guard.expired = True
                return error
            self.connection_timeout = min(self._per_call, guard.remaining())
            self.socketRetryLimit = 1
            try:
                result = super()._get_socket(renew)
            finally:
                self.socketRetryLimit = limit
            if result is True:
                guard.connected = True
                return True
            error = result
            if result == ERR_KEY_OR_VER:
                return result  # tinytuya does not retry a failed handshake either
            if attempt + 1 < limit:
                time.sleep(max(0.0, min(self.socketRetryDelay, guard.remaining())))
        return error

    def _recv_all(self, length):  # noqa: D102
        guard = self.guard
        data = b""
        closed = 0
        while length > 0:
            if guard.garbled is not None:
                raise DecodeError(guard.garbled)
            self.socket.settimeout(guard.time_for(self._per_call))
            chunk = self.socket.recv(length)
            if not chunk:
                closed += 1
                if closed == 2:
                    raise DecodeError("no data received - connection closed?")
                continue
            guard.partial += len(chunk)
            data += chunk
            length -= len(chunk)
            closed = 0
        return data

    def _receive(self):  # noqa: D102
        if self.parent:
            return self.parent._receive()
        guard = self.guard
        guard.partial = 0
        data = self._recv_all(_MIN_FRAME)
        while True:
            found = [offset for offset in (data.find(p) for p in _PREFIXES) if offset >= 0]
            if found and min(found) == 0:
                break
            start = min(found) if found else max(0, len(data) - 3)  # keep a possible partial prefix
            guard.note_junk(start)
            data = data[start:]
            data += self._recv_all(max(1, _MIN_FRAME - len(data)))
        try:
            header = parse_header(data)
        except DecodeError as exc:
            raise guard.mark_garbled("sent a frame header that is corrupt or claims an oversized frame") from exc
        if header.prefix == H.PREFIX_6699_VALUE and self.version < 3.5:
            raise DecodeError("a protocol 3.5 frame on an older protocol's connection")  # a version mismatch
        remaining = header.total_length - len(data)
        if remaining > 0:
            data += self._recv_all(remaining)
        guard.frames += 1
        if guard.frames > MAX_FRAMES:
            raise guard.mark_garbled(f"sent more than {MAX_FRAMES} frames for one read")
        hmac_key = self.local_key if self.version >= 3.4 else None
        try:
            msg = unpack_message(data, header=header, hmac_key=hmac_key, no_retcode=False)
        except (DecodeError, ValueError, struct.error) as exc:
            raise guard.mark_garbled("sent a frame that does not unpack") from exc
        if not msg.crc_good:
            if self.version < 3.4:  # a plain CRC: no key involved, so the frame is simply corrupt
                raise guard.mark_garbled("sent a frame whose checksum is wrong")
            raise DecodeError("frame HMAC or tag does not match the key")  # wrong key (or version)
        guard.partial = 0
        return msg

    def _decode_payload(self, payload):  # noqa: D102
        try:
            result = super()._decode_payload(payload)
        except Exception as exc:  # tinytuya assumes a dict-shaped reply; RecursionError on deep JSON
            raise self.guard.mark_garbled("sent a reply that is not a Tuya status") from exc
        if isinstance(result, dict) and str(result.get("Err")) == str(ERR_JSON):
            # Text that decrypted cleanly (or any 3.4/3.5 payload, authenticated by its frame)
            # but is not JSON came from the device as is; undecodable 3.3 bytes mean a wrong key.
            if isinstance(result.get("Payload"), str) or self.version >= 3.4:
                self.guard.mark_garbled("sent a reply that is not valid JSON")
        elif result is not None and not isinstance(result, dict):
            self.guard.mark_garbled("sent a reply that is not a JSON object")
        elif isinstance(result, dict) and _depth(result) > MAX_JSON_DEPTH:
            self.guard.mark_garbled(f"sent a reply nested more than {MAX_JSON_DEPTH} levels deep")
        return result


def _depth(value: object) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if depth > MAX_JSON_DEPTH:
            return depth
        stack.extend((child, depth + 1) for child in children)
    return deepest
