"""Fixtures for integration tests: the real tinytuya client against the emulated lock."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator

import pytest
import tinytuya

from lockcare.devices.sim.server import SimServer


def _sim_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name.startswith("sim-")}


@pytest.fixture(autouse=True)
def no_leaked_sim_threads() -> Iterator[None]:
    """Fail a test that leaves an emulated device thread running."""
    before = _sim_threads()
    yield
    leaked = _sim_threads() - before
    assert not leaked, f"emulated device threads left running: {leaked}"


@pytest.fixture
def tuya_client() -> Iterator[Callable[..., tinytuya.Device]]:
    """Make tinytuya Devices aimed at an emulated device, with short timeouts; all closed afterwards.

    Call as ``tuya_client(sim, key=None, version=None, persist=False, timeout=1.0)``.
    """
    made: list[tinytuya.Device] = []

    def make(
        sim: SimServer,
        *,
        key: str | None = None,
        version: str | None = None,
        persist: bool = False,
        timeout: float = 1.0,
    ) -> tinytuya.Device:
        device = tinytuya.Device(
            sim.device_id,
            sim.host,
            key if key is not None else sim.local_key,
            version=float(version or sim.version),
            port=sim.port,
            persist=persist,
            connection_timeout=timeout,
            connection_retry_limit=1,
            connection_retry_delay=0,
        )
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


@pytest.fixture
def udp_listener() -> Iterator[socket.socket]:
    """A UDP socket on 127.0.0.1 at an ephemeral port, with a 3 s receive timeout."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(3.0)
    yield sock
    sock.close()

