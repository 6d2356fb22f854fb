"""``lockcare sim`` command: options, printed details, and a client reading what it serves."""

from __future__ import annotations

import argparse
import io
import re
import threading

import pytest
import tinytuya

from lockcare.devices.sim import SimGateway, SimLock, cli

pytestmark = pytest.mark.integration


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lockcare sim")
    cli.add_arguments(parser)
    return parser.parse_args(argv)


def test_build_follows_the_options():
    args = _parse("--profile", "keep_alive", "--version", "3.5", "--key", "abcdefghijklmnop", "--device-id", "bf0011223344556677aa")
    sim = cli.build(args)
    assert isinstance(sim, SimLock)
    assert (sim.profile.id, sim.version, sim.local_key, sim.device_id) == ("keep_alive", "3.5", "abcdefghijklmnop", "bf0011223344556677aa")
    gateway = cli.build(_parse("--child", "ble_gateway_child", "--child", "battery_state_only"))
    assert isinstance(gateway, SimGateway)
    assert [c.profile.id for c in gateway.children] == ["ble_gateway_child", "battery_state_only"]


def test_bad_options_are_reported():
    with pytest.raises(ValueError):
        cli.build(_parse("--asleep-seconds", "5"))
    assert cli.run(_parse("--key", "short")) == 2
    with pytest.raises(SystemExit):
        _parse("--version", "3.1")


def test_serve_prints_what_lockcare_add_needs_and_answers_tinytuya():
    args = _parse("--profile", "wifi_pro", "--version", "3.4")
    sim = cli.build(args)
    out = io.StringIO()
    stop = threading.Event()
    thread = threading.Thread(target=cli.serve, args=(sim, args, stop, out))
    thread.start()
    try:
        assert sim.wait_for_wake(5.0)
        device = tinytuya.Device(
            sim.device_id, "127.0.0.1", sim.local_key, version=3.4, port=sim.port,
            connection_timeout=1, connection_retry_limit=1, connection_retry_delay=0,
        )
        result = device.status()
        device.close()
    finally:
        stop.set()
        thread.join(5.0)
    assert not thread.is_alive()
    assert result["dps"] == sim.dps
    text = out.getvalue()
    assert re.search(rf"127\.0\.0\.1:{sim.port}\b", text)
    assert sim.device_id in text and sim.local_key in text
    assert sim.profile.wake_hint in text
