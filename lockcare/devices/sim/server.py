"""The threaded TCP/UDP engine shared by :class:`SimLock` and :class:`SimGateway`.

One thread per instance runs a ``selectors`` loop; every socket is created, used and
closed on that thread. Public methods called from other threads hand their work to the
loop and wait for it, so ``sleep()`` has closed the listener when it returns and
``set_dps(push=True)`` has sent the push.

Asleep means "no listener": the port stays reserved by a bound socket that never
listens, so a client gets connection refused (tinytuya Err 901) and ``wake()`` reopens
the same port.
"""

from __future__ import annotations

import logging
import queue
import secrets
import selectors
import socket
import string
import threading
import time
from typing import Any, Callable, Iterable, TypeVar

from lockcare.devices.sim.broadcast import (
    Broadcaster,
    announcement,
    check_loopback,
    check_ports,
)
from lockcare.devices.sim.clock import SimClock
from lockcare.devices.sim.framing import FrameCodec, ProtocolError, normalize_version
from lockcare.devices.sim.handshake import DeviceHandshake, HandshakeError
from lockcare.devices.sim.protocol import Connection, DeviceProtocol
from lockcare.devices.sim.records import CommandRecord

log = logging.getLogger(__name__)
T = TypeVar("T")
_CALL_TIMEOUT = 10.0
_SEND_TIMEOUT = 2.0
_KEY_ALPHABET = string.ascii_letters + string.digits


def random_device_id(prefix: str = "bf") -> str:
    """Return a fresh 20-character Tuya-style device id."""
    return prefix + secrets.token_hex(9)


def random_local_key() -> str:
    """Return a fresh 16-character local key."""
    return "".join(secrets.choice(_KEY_ALPHABET) for _ in range(16))


class SimServer(DeviceProtocol):
    """Base of the emulated devices: listener, wake/sleep, broadcasts, command log.

    Subclasses answer with :meth:`_status`, :meth:`_control` and :meth:`_subdev_report`.
    See :class:`lockcare.devices.sim.SimLock` for the constructor arguments.
    """

    def __init__(
        self,
        *,
        version: str | float,
        device_id: str | None,
        local_key: str | None,
        host: str,
        port: int,
        broadcast_ports: Iterable[int],
        broadcast_interval: float,
        broadcast_host: str,
        allow_standard_ports: bool,
        awake: bool,
        silent: bool,
        clock: SimClock | None,
    ) -> None:
        self.version = normalize_version(version)
        self.device_id = device_id or random_device_id()
        self.local_key = local_key or random_local_key()
        if len(self.local_key.encode("latin1")) != 16:
            raise ValueError("a local key has exactly 16 characters")
        self.host = check_loopback(host)
        self.silent = silent
        self.clock = clock or SimClock()
        self.broadcast_interval = float(broadcast_interval)
        self._requested_port = int(port)
        self._ports = check_ports(broadcast_ports, allow_standard_ports)
        self._broadcast_host = check_loopback(broadcast_host)
        self._start_awake = awake
        self._key = self.local_key.encode("latin1")
        self._records: list[CommandRecord] = []
        self._records_lock = threading.Lock()
        self._calls: queue.Queue[tuple[Callable[[], Any], list[Any], threading.Event]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._port: int | None = None
        self._reserve: socket.socket | None = None
        self._listener: socket.socket | None = None
        self._conns: dict[socket.socket, Connection] = {}
        self._selector: selectors.BaseSelector | None = None
        self._poke_r: socket.socket | None = None
        self._poke_w: socket.socket | None = None
        self._broadcaster: Broadcaster | None = None
        self._awake = False
        self._awake_event = threading.Event()
        self._asleep_event = threading.Event()
        self._asleep_event.set()
        self._wake_deadline: float | None = None
        self._next_wake: float | None = None
        self._cycle: tuple[float, float] | None = None
        self._next_broadcast = 0.0
        self._seqno = 0

    # -- lifecycle --------------------------------------------------------------------

    def start(self) -> "SimServer":
        """Bind the port, start the thread, and wake if constructed ``awake=True``."""
        if self._thread is not None:
            raise RuntimeError("emulated device already started")
        self._stopping = False
        self._selector = selectors.DefaultSelector()
        self._broadcaster = Broadcaster(self.host, self._ports, self._broadcast_host)
        try:
            self._poke_r, self._poke_w = socket.socketpair()
            self._poke_r.setblocking(False)
            self._selector.register(self._poke_r, selectors.EVENT_READ, "poke")
            self._reserve = self._bound_socket(self._requested_port)
            self._port = self._reserve.getsockname()[1]
            if self._start_awake:
                self._do_wake(None)
        except BaseException:
            self._shutdown()
            raise
        self._thread = threading.Thread(target=self._run, name=f"sim-{self.device_id[-6:]}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop the thread and close every socket. Safe to call twice."""
        thread = self._thread
        if thread is None:
            return
        self._stopping = True
        self._poke()
        thread.join(_CALL_TIMEOUT)
        if thread.is_alive():
            raise RuntimeError("emulated device thread did not stop")
        self._thread = None

    def __enter__(self) -> "SimServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The TCP port served (the real one when constructed with port 0)."""
        if self._port is None:
            raise RuntimeError("start() the emulated device first")
        return self._port

    @property
    def is_awake(self) -> bool:
        """True while the listener accepts connections."""
        return self._awake

    @property
    def commands(self) -> list[CommandRecord]:
        """A copy of every command received so far, oldest first."""
        with self._records_lock:
            return list(self._records)

    def control_commands(self) -> list[CommandRecord]:
        """The received commands that would change the device (see ``CommandRecord.is_control``)."""
        return [r for r in self.commands if r.is_control]

    def clear_commands(self) -> None:
        """Forget the command record."""
        with self._records_lock:
            self._records.clear()

    # -- wake / sleep -----------------------------------------------------------------

    def wait_for_sleep(self, timeout: float) -> bool:
        """Block until the device is asleep (or stopped); False if ``timeout`` passed first."""
        return self._asleep_event.wait(timeout)

    def wait_for_wake(self, timeout: float) -> bool:
        """Block until the device is awake; False if ``timeout`` passed first."""
        return self._awake_event.wait(timeout)

    def wake(self, seconds: float | None = None) -> None:
        """Open the listener (and start broadcasting) for ``seconds``, or until ``sleep()``.

        Keep-alive devices ignore ``seconds`` and stay awake.
        """
        self._in_loop(lambda: self._do_wake(seconds))

    def sleep(self) -> None:
        """Close the listener and every connection, as a lock dropping off Wi-Fi."""
        self._in_loop(self._do_sleep)

    def start_cycle(self, awake_seconds: float, asleep_seconds: float) -> None:
        """Alternate awake and asleep windows forever, starting with an awake one."""
        if awake_seconds <= 0 or asleep_seconds <= 0:
            raise ValueError("cycle windows must be positive")

        def begin() -> None:
            self._cycle = (float(awake_seconds), float(asleep_seconds))
            self._do_wake(awake_seconds)

        self._in_loop(begin)

    def _do_wake(self, seconds: float | None) -> None:
        if self._listener is None:
            self._listener = self._bound_socket(self.port)
            self._listener.listen(8)
            self._listener.setblocking(False)
            self._selector.register(self._listener, selectors.EVENT_READ, "listener")
        self._awake = True
        self._asleep_event.clear()
        self._awake_event.set()
        self._next_wake = None
        keep = self._keep_alive() or seconds is None
        self._wake_deadline = None if keep else time.monotonic() + float(seconds)
        self._next_broadcast = time.monotonic()

    def _do_sleep(self) -> None:
        for conn in list(self._conns.values()):
            self._close_conn(conn)
        if self._listener is not None:
            self._selector.unregister(self._listener)
            self._listener.close()
            self._listener = None
        self._awake = False
        self._awake_event.clear()
        self._asleep_event.set()
        self._wake_deadline = None
        if self._cycle is not None:
            self._next_wake = time.monotonic() + self._cycle[1]

    def _bound_socket(self, port: int) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            if port == 0:
                # Let the kernel pick a port nobody holds, then allow our listener to share it.
                sock.bind((self.host, 0))
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            else:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                sock.bind((self.host, port))
        except OSError:
            sock.close()
            raise
        return sock

    # -- loop plumbing ----------------------------------------------------------------

    def _in_loop(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the loop thread (or directly when not running) and return its result."""
        if self._thread is None or threading.current_thread() is self._thread:
            return fn()
        if self._stopping:
            raise RuntimeError("emulated device is stopping")
        result: list[Any] = []
        done = threading.Event()
        self._calls.put((fn, result, done))
        self._poke()
        if not done.wait(_CALL_TIMEOUT):
            raise RuntimeError("emulated device loop did not answer")
        if result and isinstance(result[0], BaseException):
            raise result[0]
        return result[1] if len(result) > 1 else None  # type: ignore[return-value]

    def _poke(self) -> None:
        if self._poke_w is not None:
            try:
                self._poke_w.send(b"\0")
            except OSError:
                pass

    def _run(self) -> None:
        try:
            while not self._stopping:
                for key, _mask in self._selector.select(self._select_timeout()):
                    if key.data == "poke":
                        self._poke_r.recv(4096)
                    elif key.data == "listener":
                        self._accept()
                    else:
                        self._read(key.data)
                self._run_calls()
                self._run_timers()
        finally:
            self._shutdown()

    def _run_calls(self) -> None:
        while True:
            try:
                fn, result, done = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                result[:] = [None, fn()]
            except BaseException as exc:  # handed back to the calling thread
                result[:] = [exc]
            done.set()

    def _select_timeout(self) -> float:
        now = time.monotonic()
        moments = [m for m in (self._wake_deadline, self._next_wake) if m is not None]
        if self._awake and self._ports:
            moments.append(self._next_broadcast)
        return max(0.0, min(moments) - now) if moments else 1.0

    def _run_timers(self) -> None:
        now = time.monotonic()
        if self._wake_deadline is not None and now >= self._wake_deadline:
            self._do_sleep()
        if self._next_wake is not None and now >= self._next_wake and self._cycle is not None:
            self._do_wake(self._cycle[0])
        if self._awake and self._ports and now >= self._next_broadcast:
            self._next_broadcast = now + self.broadcast_interval
            if not self._conns:  # real devices go quiet while a client is connected
                info = announcement(self.device_id, self.host, self._product_id(), self.version)
                self._broadcaster.send(info, self.version)

    def _shutdown(self) -> None:
        while not self._calls.empty():
            _fn, result, done = self._calls.get_nowait()
            result[:] = [RuntimeError("emulated device stopped")]
            done.set()
        for conn in list(self._conns.values()):
            self._close_conn(conn)
        for sock in (self._listener, self._reserve, self._poke_r, self._poke_w):
            if sock is not None:
                sock.close()
        self._listener = self._reserve = self._poke_r = self._poke_w = None
        if self._broadcaster is not None:
            self._broadcaster.close()
        self._selector.close()
        self._awake = False
        self._awake_event.clear()
        self._asleep_event.set()

    # -- connections ------------------------------------------------------------------

    def _accept(self) -> None:
        try:
            sock, _addr = self._listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        sock.setblocking(True)
        sock.settimeout(_SEND_TIMEOUT)
        handshake = DeviceHandshake(self.version, self._key) if self.version != "3.3" else None
        conn = Connection(sock, FrameCodec(self.version, self._key), handshake)
        self._conns[sock] = conn
        self._selector.register(sock, selectors.EVENT_READ, conn)

    def _close_conn(self, conn: Connection) -> None:
        if self._conns.pop(conn.sock, None) is not None:
            self._selector.unregister(conn.sock)
        conn.sock.close()

    def _read(self, conn: Connection) -> None:
        try:
            data = conn.sock.recv(4096)
            if not data:
                self._close_conn(conn)
                return
            for raw in conn.splitter.feed(data):
                self._handle(conn, conn.codec.decode(raw))
        except (ProtocolError, HandshakeError) as exc:
            log.debug("emulated device %s drops a client: %s", self.device_id, exc)
            self._close_conn(conn)
        except OSError as exc:
            log.debug("emulated device %s lost a client: %s", self.device_id, exc)
            self._close_conn(conn)
        except Exception:  # a bug in the emulator: say so loudly, keep serving others
            log.exception("emulated device %s failed on a client frame", self.device_id)
            self._close_conn(conn)

    def push(self, dps: dict[str, Any], cid: str | None = None) -> None:
        """Send a STATUS (cmd 8) push of ``dps`` to every connected client."""

        def send_all() -> None:
            for conn in list(self._conns.values()):
                self._push_one(conn, dps, cid)

        self._in_loop(send_all)
