"""A hostile "Tuya device" on loopback: it accepts a connection like a lock, then misbehaves.

Used by the tests and by ``benchmarks/hostile_reads.py`` to show that one lockcare read is
bounded and that nonsense is reported as nonsense. Built on the emulator's own framing and
handshake (``lockcare.devices.sim``), so everything up to the misbehaviour is a proper
Tuya exchange: on 3.4/3.5 the session handshake succeeds and only the reply is hostile.

Modes (:data:`MODES`):

* ``trickle``: answers the status query with a valid reply, one byte every ``interval`` s;
* ``flood``: sends random bytes, never a frame prefix, as fast as the client takes them;
* ``oversized``: answers with a frame header claiming a 100 000-byte payload;
* ``bad-crc``: answers a properly encrypted 3.3 status reply whose CRC is wrong;
* ``deep-json``: answers a valid frame whose JSON nests ``depth`` levels;
* ``not-json``: answers a valid frame whose (decrypted) text is not JSON;
* ``mute``: completes the handshake, then never answers (an awake but silent lock: the
  one case here that is *not* nonsense).
"""

from __future__ import annotations

import json
import os
import socket
import struct
import threading

from tinytuya.core import command_types as CT

from lockcare.devices.sim.framing import FrameCodec, FrameSplitter, ProtocolError, normalize_version
from lockcare.devices.sim.handshake import DeviceHandshake, HandshakeError
from lockcare.devices.sim.server import random_device_id, random_local_key

MODES: tuple[str, ...] = ("trickle", "flood", "oversized", "bad-crc", "deep-json", "not-json", "mute")
_QUERIES = frozenset({CT.DP_QUERY, CT.DP_QUERY_NEW, CT.CONTROL_NEW})
_JOIN_TIMEOUT = 10.0


def _junk(size: int) -> bytes:
    """Random bytes without a Tuya frame prefix in them (so no frame ever starts)."""
    data = bytearray(os.urandom(size))
    for i in range(len(data)):
        if data[i] == 0:
            data[i] = 1  # both prefixes start with two zero bytes
    return bytes(data)


class HostileDevice:
    """A loopback TCP server that speaks Tuya until it is asked for a status, then misbehaves.

    Args:
        mode: One of :data:`MODES`.
        version: "3.3", "3.4" or "3.5".
        interval: Seconds between bytes in ``trickle`` mode.
        padding: Extra characters in the trickled reply (to make it as slow as wanted).
        depth: Nesting depth in ``deep-json`` mode.

    Attributes:
        host, port, device_id, local_key: What a client needs to read it.
        connections: How many connections it accepted so far.
    """

    def __init__(self, mode: str, *, version: str = "3.3", interval: float = 0.7, padding: int = 0,
                 depth: int = 500) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
        self.mode = mode
        self.version = normalize_version(version)
        self.interval = interval
        self.padding = padding
        self.depth = depth
        self.host = "127.0.0.1"
        self.device_id = random_device_id()
        self.local_key = random_local_key()
        self.connections = 0
        self._key = self.local_key.encode("latin1")
        self._stop = threading.Event()
        self._listener = socket.socket()
        self._listener.bind((self.host, 0))
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> HostileDevice:
        """Listen and serve in a background thread."""
        self._listener.listen(4)
        self._listener.settimeout(0.1)
        self._spawn(self._serve, "hostile-accept")
        return self

    def stop(self) -> None:
        """Close every socket and wait for the threads."""
        self._stop.set()
        with self._lock:
            for sock in self._socks:
                _close(sock)
            threads = list(self._threads)
        for thread in threads:
            thread.join(_JOIN_TIMEOUT)
        self._listener.close()
        if any(t.is_alive() for t in threads):
            raise RuntimeError("hostile device threads did not stop")

    def __enter__(self) -> HostileDevice:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving ------------------------------------------------------------------------

    def _spawn(self, target, name: str, *args: object) -> None:  # noqa: ANN001
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._socks.append(sock)
            self._spawn(self._handle, "hostile-conn", sock)

    def _handle(self, sock: socket.socket) -> None:
        sock.settimeout(0.2)
        try:
            if self.mode == "flood":
                self._flood(sock)
                return
            codec = FrameCodec(self.version, self._key)
            query = self._await_query(sock, codec)
            if query is not None:
                self._misbehave(sock, codec, query)
                self._stop.wait()  # hold the connection open; a real device might
        except (OSError, ProtocolError, HandshakeError):
            pass
        finally:
            _close(sock)

    def _await_query(self, sock: socket.socket, codec: FrameCodec) -> tuple[int, int] | None:
        """Do the 3.4/3.5 handshake properly; return (cmd, seqno) of the first status query."""
        splitter = FrameSplitter()
        handshake = DeviceHandshake(self.version, self._key) if self.version != "3.3" else None
        while not self._stop.is_set():
            try:
                data = sock.recv(4096)
            except (TimeoutError, socket.timeout):
                continue
            if not data:
                return None
            for raw in splitter.feed(data):
                frame = codec.decode(raw)
                if frame.cmd == CT.SESS_KEY_NEG_START and handshake is not None:
                    sock.sendall(codec.encode(CT.SESS_KEY_NEG_RESP, handshake.start(frame.payload), frame.seqno))
                elif frame.cmd == CT.SESS_KEY_NEG_FINISH and handshake is not None:
                    codec.use_session_key(handshake.finish(frame.payload))
                elif frame.cmd in _QUERIES:
                    return frame.cmd, frame.seqno
                else:
                    sock.sendall(codec.encode(frame.cmd, b"", frame.seqno))
        return None

    def _misbehave(self, sock: socket.socket, codec: FrameCodec, query: tuple[int, int]) -> None:
        cmd, seqno = query
        if self.mode == "oversized":
            sock.sendall(struct.pack(">IIII", 0x000055AA, seqno, cmd, 100_000) + _junk(64))
        elif self.mode == "bad-crc":
            frame = bytearray(codec.encode(cmd, self._status(), seqno))
            frame[-5] ^= 0xFF  # the last CRC byte, just before the suffix
            sock.sendall(bytes(frame))
        elif self.mode == "deep-json":
            nested = b"[" * self.depth + b"]" * self.depth
            sock.sendall(codec.encode(cmd, b'{"dps":{"1":' + nested + b"}}", seqno))
        elif self.mode == "not-json":
            sock.sendall(codec.encode(cmd, b"this is not JSON, it is a hostile device", seqno))
        elif self.mode == "trickle":
            for byte in codec.encode(cmd, self._status(padding=self.padding), seqno):
                if self._stop.wait(self.interval):
                    return
                sock.sendall(bytes([byte]))

    def _flood(self, sock: socket.socket) -> None:
        chunk = _junk(64 * 1024)
        while not self._stop.is_set():
            try:
                sock.sendall(chunk)
            except (TimeoutError, socket.timeout):
                continue  # the client is not reading right now

    def _status(self, padding: int = 0) -> bytes:
        dps: dict[str, object] = {"1": 0, "11": "high", "12": 87, "16": False}
        if padding:
            dps["101"] = "x" * padding
        body = {"devId": self.device_id, "dps": dps, "t": 1_700_000_000}
        if self.version != "3.3":
            body = {"protocol": 4, "t": 1_700_000_000, "data": {"dps": dps}}
        return json.dumps(body, separators=(",", ":")).encode()


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


__all__ = ["MODES", "HostileDevice"]
