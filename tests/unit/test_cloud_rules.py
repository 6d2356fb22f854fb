"""The cloud client's rules: error kinds, the read-only allow-list, the host override, signing."""

from __future__ import annotations

import hashlib

import pytest

from lockcare.core.cloud import REGIONS
from lockcare.core.errors import LockcareError, ValidationError
from lockcare.devices.cloud import CloudClient, api_host_override, region_host
from lockcare.devices.cloud.endpoints import allowed
from lockcare.devices.cloud.errors import CloudError, Problem, error_for
from lockcare.devices.fakecloud.faults import HTTP_500, FaultPlan
from lockcare.devices.fakecloud.signing import sign, signature_matches, string_to_sign
from lockcare.redaction import register_secret

HOST = "openapi.tuyaeu.com"
DEV = "bf0123456789abcdef0123"


@pytest.mark.parametrize(
    ("problem", "kind"),
    [
        (Problem("/v1.0/token", 200, 1004, "sign invalid"), "credentials"),
        (Problem("/v1.0/token", 200, 1001, "secret invalid"), "credentials"),
        (Problem("/v1.0/token", 200, 1005, "clientId invalid"), "credentials"),
        (Problem("/v1.0/token", 200, 1013, "request time is invalid"), "credentials"),
        (Problem("/x", 200, 1106, "permission deny"), "region"),
        (Problem("/x", 200, 28841002, "No permissions. Your subscription..."), "subscription"),
        (Problem("/x", 200, 28841105, "No permissions. This project is not authorized"), "subscription"),
        (Problem("/x", 200, 28841004, "quota of Trial Edition is used up"), "rate-limit"),
        (Problem("/x", 200, 1199, "your requests are too frequent"), "rate-limit"),
        (Problem("/x", 429, None, "not JSON", unreadable=True), "rate-limit"),
        (Problem("/x", 503, None, "not JSON", unreadable=True), "server"),
        (Problem("/x", 200, None, "not JSON", unreadable=True), "server"),
        (Problem("/x", 200, 500, "system error"), "server"),
        (Problem("/x", 200, 1108, "uri path invalid"), "server"),
        (Problem("/x", 200, 1010, "token invalid"), "server"),  # only after a renewal failed too
    ],
)
def test_problems_become_kinds(problem: Problem, kind: str) -> None:
    error = error_for(problem, region="eu")
    assert error.kind == kind
    assert isinstance(error, LockcareError)
    assert error.message.endswith(".")


def test_messages_say_what_to_do() -> None:
    assert "Central Europe" in error_for(Problem("/x", 200, 1106, "permission deny"), region="eu").message
    assert "clock" not in error_for(Problem("/x", 200, 1004, "sign invalid"), region="eu").message
    assert "date, time and time zone" in error_for(Problem("/x", 200, 1013, "request time"), region="eu").message
    assert "Extend trial period" in error_for(Problem("/x", 200, 28841002, "expired"), region="eu").message


def test_an_error_message_never_carries_a_registered_secret() -> None:
    secret = "s3cr3t-0123456789abcdef"
    register_secret(secret)
    error = error_for(Problem("/x", 200, 1004, f"sign invalid for {secret}"), region="eu")
    assert secret not in error.message
    with pytest.raises(ValueError):
        CloudError("nonsense", "x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "path",
    [
        "/v1.0/token",
        "/v1.0/iot-01/associated-users/devices",
        "/v1.3/iot-03/devices",
        "/v1.0/devices/factory-infos",
        f"/v1.0/iot-03/devices/{DEV}/status",
        f"/v1.1/devices/{DEV}/specifications",
        f"/v1.0/devices/{DEV}/logs",
    ],
)
def test_the_reads_lockcare_needs_are_allowed(path: str) -> None:
    assert allowed("GET", f"https://{HOST}{path}?a=1", HOST)


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("POST", f"https://{HOST}/v1.0/iot-03/devices/{DEV}/commands"),
        ("POST", f"https://{HOST}/v1.0/devices/{DEV}/door-lock/password-ticket"),
        ("POST", f"https://{HOST}/v1.0/devices/{DEV}/door-lock/password-free/open-door"),
        ("GET", f"https://{HOST}/v1.0/devices/{DEV}/door-lock/temp-passwords"),
        ("GET", f"https://{HOST}/v1.0/devices/{DEV}"),
        ("GET", f"https://{HOST}/v1.0/iot-03/devices/{DEV}/functions"),
        ("PUT", f"https://{HOST}/v1.0/devices/{DEV}/logs"),
        ("DELETE", f"https://{HOST}/v1.0/devices/{DEV}/logs"),
        ("GET", f"http://{HOST}/v1.0/devices/{DEV}/logs"),
        ("GET", f"https://evil.example/v1.0/devices/{DEV}/logs"),
        ("GET", f"https://{HOST}/v1.0/devices/{DEV}/logs/../commands"),
        ("GET", f"https://{HOST}/v1.0/devices/a/b/logs"),
    ],
)
def test_everything_else_is_refused(method: str, url: str) -> None:
    assert not allowed(method, url, HOST)


def test_regions_map_to_tinytuyas_hosts_without_the_network() -> None:
    hosts = {region: region_host(region) for region in REGIONS}
    assert hosts["eu"] == "openapi.tuyaeu.com" and hosts["us-e"] == "openapi-ueaz.tuyaus.com"
    assert hosts["eu-w"] == "openapi-weaz.tuyaeu.com" and hosts["sg"] == "openapi-sg.iotbing.com"
    assert len(set(hosts.values())) == len(REGIONS)
    with pytest.raises(ValidationError, match="use one of cn, us"):
        region_host("mars")


@pytest.mark.parametrize(("value", "expected"), [("", None), ("127.0.0.1:8443", "127.0.0.1:8443"), (" api.example.org ", "api.example.org")])
def test_the_host_override_is_read_from_the_environment(value: str, expected: str | None) -> None:
    assert api_host_override({"LOCKCARE_TUYA_API_HOST": value}) == expected


@pytest.mark.parametrize("value", ["https://127.0.0.1:8443", "127.0.0.1:99999", "127.0.0.1/path", "localhost:8443", "a b"])
def test_a_malformed_host_override_is_refused_clearly(value: str) -> None:
    with pytest.raises(ValidationError, match="LOCKCARE_TUYA_API_HOST"):
        api_host_override({"LOCKCARE_TUYA_API_HOST": value})


def test_the_client_takes_the_override_and_keeps_its_secret_out_of_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCKCARE_TUYA_API_HOST", "127.0.0.1:9")
    with CloudClient("eu", "id", "very-secret-value") as client:  # no network until a call
        assert client.host == "127.0.0.1:9"
        assert "very-secret-value" not in repr(client)
    with pytest.raises(ValidationError):
        CloudClient("eu", "id", "   ")


def test_the_string_to_sign_follows_tuyas_spec() -> None:
    empty = hashlib.sha256(b"").hexdigest()
    text = string_to_sign("get", "/v1.0/devices/d/logs", [("type", "7"), ("end_time", "2"), ("start_time", "1")], b"", {})
    assert text == f"GET\n{empty}\n\n/v1.0/devices/d/logs?end_time=2&start_time=1&type=7"
    with_headers = string_to_sign("POST", "/p", [], b"{}", {"Signature-Headers": "area_id:call_id", "area_id": "1", "call_id": "x"})
    assert with_headers == f"POST\n{hashlib.sha256(b'{}').hexdigest()}\narea_id:1\ncall_id:x\n\n/p"


def test_a_signature_matches_only_its_own_request() -> None:
    to_sign = string_to_sign("GET", "/v1.0/token", [("grant_type", "1")], b"", {})
    good = sign("secret", "client", "", "1700000000000", "", to_sign)
    assert good == good.upper() and len(good) == 64
    assert signature_matches(good, good.lower())
    assert not signature_matches(good, sign("other", "client", "", "1700000000000", "", to_sign))
    assert not signature_matches(good, sign("secret", "client", "", "1700000000001", "", to_sign))


def test_injected_faults_let_requests_pass_then_fail_the_chosen_ones() -> None:
    plan = FaultPlan()
    plan.add(r"/logs$", HTTP_500, after=1, times=2)
    taken = [plan.take("/v1.0/devices/d/logs") for _ in range(5)]
    assert taken == [None, HTTP_500, HTTP_500, None, None]
    assert plan.take("/v1.0/token") is None
