"""Passive discovery of Tuya devices from their UDP broadcasts.

Tuya devices announce themselves on UDP 6666 (3.1, plain), 6667 (3.3+, encrypted) and
7000 (3.5 / app). lockcare only **listens**: nothing here sends a packet. Two tools:

* :class:`DiscoveryScan` / :func:`discover`: a time-bounded, cancellable scan with a
  progress callback, for the "Scan" button and pairing.
* :class:`BroadcastWatcher`: a background listener that calls back whenever a watched
  lock broadcasts (debounced per device), so a waking Wi-Fi lock can be read at once.

Ports are configurable; tests bind ephemeral ports (``0``) on 127.0.0.1.
"""

from __future__ import annotations

import json
import logging
import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
import tinytuya

log = logging.getLogger(__name__)

from lockcare.devices.ports import DEFAULT_PORTS  # noqa: E402 - re-exported, defined apart to stay light
MAX_DURATION = 300.0
_TICK = 0.1  # how often loops look at the cancel flag
_PROGRESS_EVERY = 0.25

ProgressCallback = Callable[[float, "tuple[DiscoveredDevice, ...]"], None]
WakeCallback = Callable[[str, str, str], None]


class DiscoveryError(RuntimeError):
    """No discovery port could be opened (all taken or not permitted)."""


@dataclass(frozen=True, slots=True)
class DiscoveredDevice:
    """A device heard on the network.

    Attributes:
        device_id: Its Tuya id (``gwId``).
        address: The UDP source address (more trustworthy than the ``ip`` it announces).
        version: Protocol version it announces ("3.3", "3.5"...), "" if none.
        product_key: Its product id (``productKey``).
        paired: True when the id is in the ``paired_ids`` given to the scan.
    """

    device_id: str
    address: str
    version: str
    product_key: str
    paired: bool = False


@dataclass(frozen=True, slots=True)
class DiscoveryResult:
    """The outcome of a scan.

    Attributes:
        devices: What was heard, in order of first appearance.
        elapsed: Seconds the scan ran.
        cancelled: True when the cancel event stopped it early.
        unavailable_ports: ``(port, reason)`` for ports that could not be opened.
    """

    devices: tuple[DiscoveredDevice, ...]
    elapsed: float
    cancelled: bool
    unavailable_ports: tuple[tuple[int, str], ...] = ()


def decode_broadcast(packet: bytes) -> dict[str, object] | None:
    """Decodes one Tuya UDP broadcast with ``tinytuya.decrypt_udp``.

    Args:
        packet: The datagram.

    Returns:
        The announcement dict (with ``gwId``), or None for anything else (app
        broadcasts, garbage, packets that do not decrypt).
    """
    try:
        text = tinytuya.decrypt_udp(packet)
        info = json.loads(text)
    except Exception:  # noqa: BLE001 - any undecodable datagram is simply not ours
        return None
    if not isinstance(info, dict) or info.get("from") == "app" or not info.get("gwId"):
        return None
    return info


class _Listener:
    """UDP sockets bound to the discovery ports, read through one selector."""

    def __init__(self, ports: Iterable[int], bind_address: str) -> None:
        self._wanted = tuple(ports)
        self._bind_address = bind_address
        self._selector: selectors.DefaultSelector | None = None
        self.ports: tuple[int, ...] = ()
        self.unavailable: tuple[tuple[int, str], ...] = ()

    def open(self) -> tuple[int, ...]:
        if self._selector is not None:
            return self.ports
        selector = selectors.DefaultSelector()
        bound: list[int] = []
        failed: list[tuple[int, str]] = []
        for port in self._wanted:
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if hasattr(socket, "SO_REUSEPORT"):
                    # tinytuya's scanner and other tools share these ports the same way.
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                sock.bind((self._bind_address, port))
                sock.setblocking(False)
            except OSError as exc:
                sock.close()
                failed.append((port, exc.strerror or str(exc)))
                continue
            selector.register(sock, selectors.EVENT_READ)
            bound.append(sock.getsockname()[1])
        self.unavailable = tuple(failed)
        if not bound:
            selector.close()
            detail = "; ".join(f"{p}: {why}" for p, why in failed)
            raise DiscoveryError(f"could not listen on any discovery port ({detail})")
        self._selector = selector
        self.ports = tuple(bound)
        return self.ports

    def read(self, timeout: float) -> list[tuple[dict[str, object], str]]:
        """Waits up to ``timeout`` and returns decoded announcements with source addresses."""
        assert self._selector is not None, "open() first"
        found: list[tuple[dict[str, object], str]] = []
        for key, _ in self._selector.select(timeout):
            sock: socket.socket = key.fileobj  # type: ignore[assignment]
            while True:
                try:
                    packet, (address, _port) = sock.recvfrom(4096)
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:
                    break  # e.g. ICMP errors surfacing on Windows; not ours to handle
                info = decode_broadcast(packet)
                if info is not None:
                    found.append((info, address))
        return found

    def close(self) -> None:
        if self._selector is None:
            return
        for key in list(self._selector.get_map().values()):
            self._selector.unregister(key.fileobj)
            key.fileobj.close()  # type: ignore[union-attr]
        self._selector.close()
        self._selector = None


class DiscoveryScan:
    """A passive, time-bounded scan. Open it, start what should broadcast, then run it.

    Args:
        ports: UDP ports to listen on; ``0`` picks an ephemeral port (tests).
        bind_address: Interface to bind; ``""`` for all, ``"127.0.0.1"`` in tests.
        paired_ids: Ids already paired, marked ``paired=True`` in the results.

    Example:
        >>> with DiscoveryScan(ports=(0,), bind_address="127.0.0.1") as scan:  # doctest: +SKIP
        ...     result = scan.run(duration=5.0, cancel=stop_event)
    """

    def __init__(
        self,
        *,
        ports: Iterable[int] = DEFAULT_PORTS,
        bind_address: str = "",
        paired_ids: Iterable[str] = (),
    ) -> None:
        self._listener = _Listener(ports, bind_address)
        self._paired = frozenset(paired_ids)

    @property
    def ports(self) -> tuple[int, ...]:
        """The ports actually bound (after :meth:`open`)."""
        return self._listener.ports

    def open(self) -> tuple[int, ...]:
        """Binds the sockets; ports that are taken are skipped and reported.

        Returns:
            The bound port numbers.

        Raises:
            DiscoveryError: when no port could be bound.
        """
        return self._listener.open()

    def run(
        self,
        duration: float = 10.0,
        *,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
        want_ids: Iterable[str] | None = None,
    ) -> DiscoveryResult:
        """Listens for ``duration`` seconds (or until cancelled, or all ``want_ids`` heard).

        Args:
            duration: Upper bound in seconds (at most :data:`MAX_DURATION`).
            cancel: Set it to stop early; checked every 0.1 s.
            progress: Called with (elapsed fraction 0-1, devices so far) about four
                times a second, when a device is found, and once at the end.
            want_ids: Stop as soon as every one of these ids has been heard.

        Returns:
            What was heard.
        """
        if not 0 < duration <= MAX_DURATION:
            raise ValueError(f"duration must be between 0 and {MAX_DURATION} s, got {duration}")
        self.open()
        wanted = frozenset(want_ids or ())
        devices: dict[str, DiscoveredDevice] = {}
        start = time.monotonic()
        deadline = start + duration
        last_progress = start
        cancelled = False
        while True:
            now = time.monotonic()
            if cancel is not None and cancel.is_set():
                cancelled = True
                break
            if now >= deadline or (wanted and wanted <= devices.keys()):
                break
            new = False
            for info, address in self._listener.read(min(_TICK, deadline - now)):
                device = self._device(info, address)
                if devices.get(device.device_id) != device:
                    new = new or device.device_id not in devices
                    devices[device.device_id] = device
            now = time.monotonic()
            if progress is not None and (new or now - last_progress >= _PROGRESS_EVERY):
                last_progress = now
                progress(min(1.0, (now - start) / duration), tuple(devices.values()))
        elapsed = time.monotonic() - start
        if progress is not None:
            progress(1.0, tuple(devices.values()))
        return DiscoveryResult(
            devices=tuple(devices.values()),
            elapsed=elapsed,
            cancelled=cancelled,
            unavailable_ports=self._listener.unavailable,
        )

    def close(self) -> None:
        """Closes the sockets (safe to call twice)."""
        self._listener.close()

    def __enter__(self) -> DiscoveryScan:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _device(self, info: dict[str, object], address: str) -> DiscoveredDevice:
        device_id = str(info["gwId"])
        return DiscoveredDevice(
            device_id=device_id,
            address=address,
            version=str(info.get("version") or ""),
            product_key=str(info.get("productKey") or ""),
            paired=device_id in self._paired,
        )


def discover(
    duration: float = 10.0,
    *,
    ports: Iterable[int] = DEFAULT_PORTS,
    bind_address: str = "",
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    paired_ids: Iterable[str] = (),
    want_ids: Iterable[str] | None = None,
) -> DiscoveryResult:
    """Opens a :class:`DiscoveryScan`, runs it and closes it. See :meth:`DiscoveryScan.run`."""
    with DiscoveryScan(ports=ports, bind_address=bind_address, paired_ids=paired_ids) as scan:
        return scan.run(duration, cancel=cancel, progress=progress, want_ids=want_ids)


class BroadcastWatcher:
    """Calls back when a watched device broadcasts: the cue for an opportunistic read.

    The callback runs on the watcher's own thread as ``callback(device_id, address,
    version)``; forward it to the GUI thread with a queued signal. A device fires at
    most once per ``debounce`` seconds (devices repeat their broadcast every few seconds).

    Args:
        callback: Called for each (debounced) broadcast from a watched id.
        watched_ids: Ids to watch; change later with :meth:`watch`.
        ports: UDP ports to listen on; ``0`` picks an ephemeral port (tests).
        bind_address: Interface to bind; ``""`` for all.
        debounce: Seconds during which repeated broadcasts from one id are ignored.
    """

    def __init__(
        self,
        callback: WakeCallback,
        *,
        watched_ids: Iterable[str] = (),
        ports: Iterable[int] = DEFAULT_PORTS,
        bind_address: str = "",
        debounce: float = 30.0,
    ) -> None:
        self._callback = callback
        self._watched = frozenset(watched_ids)
        self._listener = _Listener(ports, bind_address)
        self._debounce = debounce
        self._last_fired: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._guard = threading.Lock()

    @property
    def ports(self) -> tuple[int, ...]:
        """The ports actually bound (after :meth:`start`)."""
        return self._listener.ports

    @property
    def running(self) -> bool:
        """True while the listening thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def watch(self, device_ids: Iterable[str]) -> None:
        """Replaces the set of watched ids (thread-safe)."""
        with self._guard:
            self._watched = frozenset(device_ids)

    def start(self) -> tuple[int, ...]:
        """Binds the ports and starts the listening thread.

        Returns:
            The bound port numbers.

        Raises:
            DiscoveryError: when no port could be bound.
        """
        if self.running:
            return self.ports
        ports = self._listener.open()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="lockcare-broadcast-watcher", daemon=True)
        self._thread.start()
        return ports

    def stop(self, timeout: float = 2.0) -> None:
        """Stops the thread and closes the sockets."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._listener.close()

    def __enter__(self) -> BroadcastWatcher:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _run(self) -> None:
        while not self._stop.is_set():
            for info, address in self._listener.read(_TICK):
                device_id = str(info["gwId"])
                with self._guard:
                    if device_id not in self._watched:
                        continue
                    now = time.monotonic()
                    last = self._last_fired.get(device_id)
                    if last is not None and now - last < self._debounce:
                        continue
                    self._last_fired[device_id] = now
                try:
                    self._callback(device_id, address, str(info.get("version") or ""))
                except Exception:
                    log.exception("broadcast watcher callback failed for %s", device_id)
