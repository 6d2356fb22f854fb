"""Linking a cloud project: the real tinytuya Cloud, through lockcare's client, against the fake."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from lockcare.devices.cloud import CloudClient, CloudError, link
from lockcare.devices.fakecloud import FakeTuyaCloud, faults
from lockcare.logsetup import configure_logging, shutdown_logging
from tests.integration.cloud.conftest import Home

pytestmark = pytest.mark.integration

MakeClient = Callable[..., CloudClient]


def test_link_counts_the_locks_and_skips_the_rest(home: Home, fake_cloud: FakeTuyaCloud) -> None:
    project = fake_cloud.project

    count = link("eu", project.access_id, project.access_secret)

    assert count == 3  # front, garage and the hub's BLE child; the hub and the plug are not locks
    assert fake_cloud.paths()[0] == "/v1.0/token"
    assert "/v1.0/iot-01/associated-users/devices" in fake_cloud.paths()


def test_a_wrong_secret_is_a_credentials_problem_that_never_shows_the_secret(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    wrong = "0123456789abcdef0123456789abcdef"
    client = make_client(secret=wrong)

    with pytest.raises(CloudError) as caught:
        client.link()

    assert caught.value.kind == "credentials"
    assert caught.value.code == "1004"
    assert "access id or secret" in caught.value.message
    assert wrong not in str(caught.value) and wrong not in repr(caught.value)
    assert fake_cloud.paths() == ["/v1.0/token"]  # nothing else was tried without a token


def test_an_unknown_access_id_is_a_credentials_problem(home: Home, make_client: MakeClient) -> None:
    with pytest.raises(CloudError) as caught:
        make_client(access_id="not-our-project-id").link()

    assert (caught.value.kind, caught.value.code) == ("credentials", "1005")


def test_the_wrong_data_centre_is_a_region_problem_that_names_it(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    fake_cloud.project.wrong_data_centre = True

    with pytest.raises(CloudError) as caught:
        make_client(region="us-e").link()

    assert (caught.value.kind, caught.value.code) == ("region", "1106")
    assert "Eastern America" in caught.value.message
    assert "Link App Account" in caught.value.message


def test_a_lapsed_plan_is_a_subscription_problem_that_says_how_to_renew(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    fake_cloud.project.plan_expired = True

    with pytest.raises(CloudError) as caught:
        make_client().link()

    assert (caught.value.kind, caught.value.code) == ("subscription", "28841002")
    assert 'Cloud -> Project Management -> Open Project -> Service API -> "Extend trial period"' in caught.value.message
    assert caught.value.to_dict() == {"kind": "subscription", "message": caught.value.message}


@pytest.mark.parametrize(
    ("fault", "kind", "code"),
    [
        (faults.TOO_FREQUENT, "rate-limit", "1199"),
        (faults.HTTP_429, "rate-limit", "429"),
        (faults.QUOTA_USED_UP, "rate-limit", "28841004"),
        (faults.HTTP_502, "server", "502"),
        (faults.SYSTEM_ERROR, "server", "500"),
        (faults.BAD_JSON, "server", "200"),
    ],
)
def test_failures_of_the_device_list_become_plain_kinds(
    home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient, fault: faults.Fault, kind: str, code: str
) -> None:
    fake_cloud.inject(r"/devices$", fault)

    with pytest.raises(CloudError) as caught:
        make_client().link()

    assert (caught.value.kind, caught.value.code) == (kind, code)


def test_a_failed_second_page_of_the_device_list_fails_the_link_instead_of_a_short_list(
    fake_cloud: FakeTuyaCloud, make_client: MakeClient
) -> None:
    # tinytuya would merge the error dict into a short list; lockcare must not count that.
    for n in range(60):
        fake_cloud.project.add_lock(f"Lock {n}")
    fake_cloud.inject(r"associated-users/devices$", faults.HTTP_500, after=1)

    with pytest.raises(CloudError) as caught:
        make_client().link()

    assert caught.value.kind == "server"
    assert fake_cloud.count(r"associated-users/devices$") == 2


def test_an_unreachable_cloud_is_a_network_problem(home: Home, fake_cloud: FakeTuyaCloud) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        host = f"127.0.0.1:{probe.getsockname()[1]}"
    project = fake_cloud.project

    with pytest.raises(CloudError) as caught, CloudClient("eu", project.access_id, project.access_secret, api_host=host, timeout=2) as client:
        client.link()

    assert caught.value.kind == "network"
    assert host in caught.value.message


def test_a_missing_ca_bundle_is_a_network_problem_not_a_crash(monkeypatch: pytest.MonkeyPatch, home: Home, make_client: MakeClient, tmp_path: Path) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "missing.pem"))

    with pytest.raises(CloudError) as caught:
        make_client().link()

    assert caught.value.kind == "network"
    assert "missing.pem" in caught.value.message


def test_a_cloud_that_does_not_answer_in_time_is_a_network_problem(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    fake_cloud.inject(r"/token$", faults.stall(30))

    with pytest.raises(CloudError) as caught:
        make_client(timeout=0.5).link()

    assert caught.value.kind == "network"
    assert "did not answer within 0.5 s" in caught.value.message


def test_an_untrusted_certificate_stops_the_link_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch, home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient
) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE")  # the system's CAs do not know the throwaway CA

    with pytest.raises(CloudError) as caught:
        make_client().link()

    assert caught.value.kind == "network"
    assert "certificate" in caught.value.message
    fake_cloud.stop()  # joins the connection threads, so the refused handshake is counted
    assert fake_cloud.served() == []
    assert fake_cloud.tls_failures >= 1


def test_the_secret_never_travels_and_never_reaches_the_log(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient, data_dir: Path) -> None:
    configure_logging(verbose=False)
    logging.getLogger("lockcare").setLevel(logging.DEBUG)
    logging.getLogger("tinytuya").setLevel(logging.DEBUG)  # tinytuya logs headers and tokens at DEBUG
    try:
        client = make_client()
        fake_cloud.inject(r"/status$", faults.EXPIRE_TOKENS)
        client.link()
        client.status(home.front.device_id)  # forces a token renewal too
    finally:
        shutdown_logging()
        logging.getLogger("tinytuya").setLevel(logging.WARNING)

    text = (data_dir / "logs" / "lockcare.log").read_text(encoding="utf-8")
    assert "GET: URL=" in text  # tinytuya's request lines did reach the file
    assert "local_key" in text  # and so did the device list
    assert fake_cloud.project.access_secret not in text
    for device in (home.front, home.garage, home.hub, home.back, home.plug):
        assert device.local_key not in text
    assert len(fake_cloud.api.issued_tokens) == 2
    for token in fake_cloud.api.issued_tokens:
        assert token not in text
    assert not any(s.secret_header for s in fake_cloud.served())
    assert fake_cloud.project.access_secret not in repr(client)
