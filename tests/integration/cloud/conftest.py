"""Fixtures for the cloud tests: lockcare's fake Tuya cloud on 127.0.0.1 over TLS.

The real tinytuya ``Cloud`` (through lockcare's client) talks to it; the client finds it the
way a user's proxy would be found: ``LOCKCARE_TUYA_API_HOST`` and ``REQUESTS_CA_BUNDLE``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from lockcare.devices.cloud import CloudClient
from lockcare.devices.fakecloud import PLUG, FakeDevice, FakeTuyaCloud


@pytest.fixture
def fake_cloud(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTuyaCloud]:
    """A running fake cloud with an empty project; the client environment points at it."""
    with FakeTuyaCloud() as cloud:
        for name, value in cloud.client_env().items():
            monkeypatch.setenv(name, value)
        yield cloud


@dataclass
class Home:
    """The standard household: two Wi-Fi locks, a hub with a BLE lock child, a plug."""

    front: FakeDevice
    garage: FakeDevice
    hub: FakeDevice
    back: FakeDevice
    plug: FakeDevice


@pytest.fixture
def home(fake_cloud: FakeTuyaCloud) -> Home:
    """Seeds the fake cloud's project with the standard household."""
    project = fake_cloud.project
    front = project.add_lock("Front door")
    garage = project.add_lock("Garage", category="jtmsbh", product_name="Keep-alive lock")
    hub = project.add_gateway("Hallway hub")
    back = project.add_lock("Back door", gateway=hub)
    plug = project.add_device("Desk plug", category="cz", spec=PLUG, product_name="Smart plug")
    plug.status["switch_1"] = True
    return Home(front=front, garage=garage, hub=hub, back=back, plug=plug)


@pytest.fixture
def make_client(fake_cloud: FakeTuyaCloud) -> Iterator[Callable[..., CloudClient]]:
    """Makes cloud clients for the fake's project (right credentials unless told); all closed."""
    made: list[CloudClient] = []

    def make(*, secret: str | None = None, access_id: str | None = None, region: str = "eu", timeout: float = 5.0) -> CloudClient:
        client = CloudClient(
            region,
            fake_cloud.project.access_id if access_id is None else access_id,
            fake_cloud.project.access_secret if secret is None else secret,
            timeout=timeout,
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def now_ms() -> int:
    """The real clock in epoch milliseconds (the fake cloud's clock too)."""
    return int(time.time() * 1000)


refused_links = pytest.mark.parametrize(
    ("setup", "kind", "words"),
    [
        (lambda cloud: None, "credentials", "access id or secret"),
        (lambda cloud: setattr(cloud.project, "wrong_data_centre", True), "region", "data centre"),
        (lambda cloud: setattr(cloud.project, "plan_expired", True), "subscription", "Extend trial period"),
    ],
    ids=["wrong-secret", "wrong-region", "lapsed-plan"],
)
"""Link refusals: how the fake is set up, the error kind, words the message must hold (the
wrong-secret case passes a secret of its own)."""
