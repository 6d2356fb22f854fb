"""Test-only guard: no socket may reach an address outside this machine's loopback.

Installed as a Python audit hook (PEP 578), so it sees every ``socket.connect`` /
``connect_ex``, ``sendto`` and ``sendmsg`` and every host-name lookup, whichever thread
makes them: the test's own, a worker thread of the code under test, tinytuya's, a Qt task
runner's. Plain ``send``/``sendall`` need a connected socket, and connecting is checked.
Only 127.0.0.0/8, ``::1`` (also as ``::ffff:127.x.y.z``), ``localhost`` and Unix sockets
are allowed; broadcasts (255.255.255.255, a LAN broadcast address, ``<broadcast>``) and the
wildcard address are refused like any other host.

A refused call raises :class:`NetworkGuardError` (an ``OSError``, so no packet leaves and
the code under test sees what it would see on a dead network) **and** is recorded, so the
test fails at teardown even when the code under test swallows the error. Python
subprocesses get the same hook through ``tests/support/netguard_site/sitecustomize.py``
(put on ``PYTHONPATH`` by ``tests/conftest.py``); they append what they refused to the file
named by :data:`LOG_ENV`, which the test's teardown reads.

Audit hooks cannot be removed, so :func:`install` is idempotent and the hook stays for the
life of the process.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
from pathlib import Path

LOG_ENV = "LOCKCARE_TEST_NETGUARD_LOG"
"""Environment variable naming the file a guarded subprocess appends its refusals to."""

SITE_DIR = Path(__file__).resolve().parent / "netguard_site"
"""Folder holding the ``sitecustomize`` shim that installs the guard in subprocesses."""

_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_LOOKUP_EVENTS = frozenset({"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"})

_violations: list[str] = []
_violations_lock = threading.Lock()
_installed = False
_log_path: str | None = None


class NetworkGuardError(OSError):
    """A test tried to talk to a host outside this machine."""


def install(log_path: str | None = None) -> None:
    """Install the audit hook once per process.

    Args:
        log_path: A file to append refusals to (subprocesses); None keeps them in memory.
    """
    global _installed, _log_path
    _log_path = log_path
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True


def take_violations() -> list[str]:
    """Return and forget what was refused in this process so far."""
    with _violations_lock:
        taken = list(_violations)
        _violations.clear()
    return taken


def is_loopback_host(host: object) -> bool:
    """True for a loopback IP literal (127.0.0.0/8, ::1, ::ffff:127.x.y.z) or ``localhost``.

    Args:
        host: The host part of a socket address (str, bytes or anything else).
    """
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip().lower().split("%", 1)[0]  # drop an IPv6 zone id
    if name in _LOCAL_NAMES or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return bool((mapped or address).is_loopback)


class GuardRecord:
    """What the guard refused during one test: in this process and in its subprocesses.

    Args:
        log_path: The file guarded subprocesses append to (set in :data:`LOG_ENV`).
    """

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path

    def take(self) -> list[str]:
        """Return and forget the refusals so far; a test that provokes them on purpose calls this."""
        lines = take_violations()
        if self.log_path.exists():
            lines += self.log_path.read_text(encoding="utf-8").splitlines()
            self.log_path.unlink()
        return lines


def _audit(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[1]
        if address is None:  # sendmsg on a connected socket: its connect was checked
            return
        family = getattr(sock, "family", None)
        if family == getattr(socket, "AF_UNIX", object()):
            return
        if family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple) and address:
            if is_loopback_host(address[0]):
                return
        _refuse(event, address)
    elif event in _LOOKUP_EVENTS:
        host = args[0] if args else None
        if host is None or _is_literal_or_local(host):
            return  # no lookup traffic: a passive bind, an IP literal or localhost
        _refuse(event, host)


def _is_literal_or_local(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host == "" or is_loopback_host(host):
        return True
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True  # a numeric address resolves without asking anyone; connect is checked


def _refuse(event: str, target: object) -> None:
    line = f"{event} to {target!r} in thread {threading.current_thread().name!r} (pid {os.getpid()})"
    with _violations_lock:
        _violations.append(line)
    if _log_path:
        try:
            with open(_log_path, "a", encoding="utf-8") as log:
                log.write(line + "\n")
        except OSError:
            pass
    raise NetworkGuardError(f"test network guard: refused {event} to {target!r} (tests stay on loopback)")
