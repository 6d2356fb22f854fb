"""Separate processes, nothing in between: the fake cloud as a program, the client found by its environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.integration

CLIENT = """
import json, sys
from lockcare.devices.cloud import CloudClient, CloudError
region, access_id, secret = sys.argv[1:4]
try:
    with CloudClient(region, access_id, secret) as client:
        devices = client.devices()
        locks = [d for d in devices if d.is_lock]
        log = client.report_log(locks[0].device_id)
        print(json.dumps({"locks": len(locks), "devices": len(devices), "records": len(log.records)}))
except CloudError as exc:
    print(json.dumps({"error": exc.to_dict()}))
"""


@pytest.fixture
def fake_cloud_process() -> Iterator[dict[str, object]]:
    """``python -m lockcare.devices.fakecloud`` running; its announcement line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "lockcare.devices.fakecloud", "--locks", "1"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = process.stdout.readline()
        assert line, process.stderr.read()
        yield json.loads(line)
    finally:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()


def run_client(info: dict[str, object], *, secret: str | None = None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k not in ("LOCKCARE_TUYA_API_HOST", "REQUESTS_CA_BUNDLE")}
    env.update(LOCKCARE_TUYA_API_HOST=str(info["host"]), REQUESTS_CA_BUNDLE=str(info["ca"]))
    result = subprocess.run(
        [sys.executable, "-c", CLIENT, str(info["region"]), str(info["access_id"]), secret or str(info["access_secret"])],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_fresh_process_finds_the_cloud_through_its_environment(fake_cloud_process: dict[str, object]) -> None:
    answer = run_client(fake_cloud_process)

    assert answer["locks"] == fake_cloud_process["locks"] == 2
    assert answer["devices"] == 4  # and the hub and the plug
    assert answer["records"] > 150  # a week of hourly battery readings, unlocks and alarms


def test_a_wrong_secret_in_a_fresh_process_is_a_plain_error(fake_cloud_process: dict[str, object]) -> None:
    answer = run_client(fake_cloud_process, secret="f" * 32)

    assert answer["error"]["kind"] == "credentials"
    assert "f" * 32 not in json.dumps(answer)
