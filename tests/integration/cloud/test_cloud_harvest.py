"""Harvesting device logs: every page, an honest cursor, token expiry, and nothing but reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
import tinytuya

from lockcare.core.cloud import AlarmReport, BatteryReport, UnlockReport, from_ms, to_ms
from lockcare.devices.cloud import READ_ENDPOINTS, CloudClient, CloudError
from lockcare.devices.cloud.endpoints import allowed
from lockcare.devices.cloud.logs import SETTLE
from lockcare.devices.cloud.transport import Transport
from lockcare.devices.errors import ReadOnlyViolation
from lockcare.devices.fakecloud import FakeDevice, FakeTuyaCloud, faults, seed_week
from tests.integration.cloud.conftest import Home, now_ms

pytestmark = pytest.mark.integration

MakeClient = Callable[..., CloudClient]
LOGS = r"/logs$"


def busy_week(lock: FakeDevice) -> int:
    """Seeds a week of reports (a battery reading every 10 min: two pages a day); returns the record count."""
    counts = seed_week(lock, now_ms=now_ms(), battery_every=timedelta(minutes=10))
    return counts["battery"] + counts["unlock"] + counts["alarm"]


def test_a_week_of_reports_is_read_across_pages_exactly_once(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    expected = busy_week(home.front)
    client = make_client()

    before = from_ms(now_ms())
    log = client.report_log(home.front.device_id)
    after = from_ms(now_ms())

    assert len(log.records) == expected
    assert len({r.identity for r in log.records}) == expected
    assert log.pages == fake_cloud.count(LOGS) >= 3
    assert before - SETTLE <= log.complete_through <= after - SETTLE
    seeded = [e for e in home.front.reports() if e.code == "residual_electricity"]
    battery = log.of_type(BatteryReport)
    assert [(to_ms(r.at), r.percent) for r in battery] == [(e.event_time, int(e.value)) for e in seeded]
    assert log.skipped == 7  # the daily lock_motor_state reports are neither battery, alarm nor unlock


def test_a_second_harvest_adds_nothing_and_a_third_only_what_is_new(home: Home, make_client: MakeClient) -> None:
    busy_week(home.front)
    client = make_client()
    first = client.report_log(home.front.device_id)

    second = client.report_log(home.front.device_id, since=first.complete_through)
    cursor = to_ms(second.complete_through)
    for offset in (1, 2, 3):
        home.front.report("residual_electricity", 40 - offset, at=cursor + offset)
    third = client.report_log(home.front.device_id, since=second.complete_through)

    assert second.records == () and second.complete_through >= first.complete_through
    assert [(to_ms(r.at), r.percent) for r in third.records] == [(cursor + 1, 39), (cursor + 2, 38), (cursor + 3, 37)]


def test_a_500_on_page_two_keeps_the_cursor_and_the_next_harvest_gets_exactly_everything(
    home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient
) -> None:
    expected = busy_week(home.front)
    fake_cloud.inject(LOGS, faults.HTTP_500, after=1)
    client = make_client()

    with pytest.raises(CloudError) as caught:
        client.report_log(home.front.device_id)
    partial = caught.value.partial
    retry = client.report_log(home.front.device_id, since=partial.complete_through)

    assert caught.value.kind == "server"
    assert partial.records == () and partial.complete_through is None  # the first day was not complete
    assert len(retry.records) == expected


def test_a_500_in_the_middle_of_a_later_day_keeps_the_complete_days(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    expected = busy_week(home.front)
    fake_cloud.inject(LOGS, faults.HTTP_500, after=5)  # the 6th page: the second page of the third day
    client = make_client()

    with pytest.raises(CloudError) as caught:
        client.report_log(home.front.device_id)
    partial = caught.value.partial
    rest = client.report_log(home.front.device_id, since=partial.complete_through)

    assert partial.pages == 5 and partial.complete_through == partial.window_start + timedelta(days=2) - timedelta(milliseconds=1)
    assert partial.records and all(r.at <= partial.complete_through for r in partial.records)
    assert all(r.at > partial.complete_through for r in rest.records)
    combined = [r.identity for r in partial.records + rest.records]
    assert len(combined) == len(set(combined)) == expected


def test_tinytuya_alone_returns_a_short_result_when_a_later_page_fails(home: Home, fake_cloud: FakeTuyaCloud) -> None:
    """Why lockcare pages the log itself: tinytuya's own paging hides the failure."""
    expected = busy_week(home.front)
    project = fake_cloud.project
    cloud = tinytuya.Cloud(apiRegion="eu", apiKey=project.access_id, apiSecret=project.access_secret, initial_token="-")
    cloud.urlhost = fake_cloud.host
    cloud._gettoken()
    fake_cloud.inject(LOGS, faults.HTTP_500, after=1)

    result = cloud.getdevicelog(home.front.device_id, start=-7, evtype=7, size=0, max_fetches=50)

    assert result["success"] is True and "Err" not in result
    assert len(result["result"]["logs"]) == 100 < expected


@pytest.mark.parametrize("message", ["token invalid", "token is expired"])
def test_a_token_that_expires_mid_harvest_is_renewed_silently(
    home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient, message: str
) -> None:
    fake_cloud.project.token_expired_message = message  # tinytuya only recognises the first wording
    expected = busy_week(home.front)
    fake_cloud.inject(LOGS, faults.EXPIRE_TOKENS, after=3)

    log = make_client().report_log(home.front.device_id)

    assert len(log.records) == expected
    assert fake_cloud.count(r"/token$") == 2
    assert [s.code for s in fake_cloud.served() if s.code is not None] == [1010]


def test_log_values_become_typed_records_at_their_own_time(home: Home, make_client: MakeClient) -> None:
    start = now_ms() - 3 * 3_600_000
    lock = home.back  # a BLE child: the cloud logs it like any device
    entries = [
        ("residual_electricity", 64), ("residual_electricity", -1), ("battery_state", "low"),
        ("alarm_lock", "pry"), ("alarm_lock", "10"), ("hijack", True), ("hijack", False), ("doorbell", True),
        ("unlock_fingerprint", 3), ("unlock_request", 30), ("lock_motor_state", True),
    ]  # fmt: skip
    for n, (code, value) in enumerate(entries):
        lock.report(code, value, at=start + n * 60_000)

    log = make_client().report_log(lock.device_id)

    at = [from_ms(start + n * 60_000) for n in range(len(entries))]
    assert [(type(r), r.at) for r in log.records] == [
        (BatteryReport, at[0]), (BatteryReport, at[2]), (AlarmReport, at[3]), (AlarmReport, at[4]),
        (AlarmReport, at[5]), (AlarmReport, at[7]), (UnlockReport, at[8]),
    ]  # fmt: skip
    battery = log.of_type(BatteryReport)
    assert [(b.percent, b.level) for b in battery] == [(64, None), (None, "low")]
    assert [a.alarms for a in log.of_type(AlarmReport)] == [("pry",), ("low_battery",), ("hijack",), ("doorbell",)]
    unlock = log.of_type(UnlockReport)[0]
    assert (unlock.method, unlock.credential_id, unlock.device_id) == ("fingerprint", 3, lock.device_id)
    assert log.skipped == 4  # -1 (unknown), hijack false, the remote-unlock countdown, the motor state


def test_a_cursor_older_than_the_clouds_week_says_what_was_missed(home: Home, make_client: MakeClient) -> None:
    now = now_ms()
    home.front.report("residual_electricity", 90, at=now - 9 * 86_400_000)  # gone from the cloud
    home.front.report("residual_electricity", 70, at=now - 6 * 86_400_000)

    log = make_client().report_log(home.front.device_id, since=from_ms(now - 10 * 86_400_000))

    assert [r.percent for r in log.of_type(BatteryReport)] == [70]
    assert log.missed_before == log.window_start
    assert timedelta(days=7) - timedelta(minutes=1) < from_ms(now_ms()) - log.window_start <= timedelta(days=7) + timedelta(minutes=1)


def test_no_command_endpoint_is_ever_called(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    busy_week(home.front)
    fake_cloud.inject(LOGS, faults.EXPIRE_TOKENS, after=2)
    client = make_client()

    client.link()
    for device in client.devices():
        client.status(device.device_id)
        if device.is_lock:
            client.specification(device.device_id)
            client.report_log(device.device_id)

    assert fake_cloud.command_calls() == []
    assert {s.method for s in fake_cloud.served()} == {"GET"}
    assert all(any(e.matches(s.path) for e in READ_ENDPOINTS) for s in fake_cloud.served())
    assert len(fake_cloud.served()) == client.requests_sent


def test_a_command_is_refused_before_it_leaves_the_machine(
    home: Home, fake_cloud: FakeTuyaCloud, expect_log_warnings: list[object]
) -> None:
    project = fake_cloud.project
    cloud = tinytuya.Cloud(apiRegion="eu", apiKey=project.access_id, apiSecret=project.access_secret, initial_token="-")
    cloud.urlhost = fake_cloud.host
    transport = Transport(fake_cloud.host, timeout=5)
    try:
        with transport.active():
            with pytest.raises(ReadOnlyViolation):
                cloud.sendcommand(home.front.device_id, {"commands": [{"code": "unlock_request", "value": 1}]})
            with pytest.raises(ReadOnlyViolation):
                cloud.cloudrequest(f"/v1.0/devices/{home.front.device_id}/door-lock/password-ticket", post={})
            with pytest.raises(ReadOnlyViolation):
                cloud.cloudrequest(f"/v1.0/devices/{home.front.device_id}")  # a GET, but not on the list
    finally:
        transport.close()

    assert fake_cloud.served() == []
    assert len(expect_log_warnings) == 3
    assert not allowed("GET", f"https://evil.example/v1.0/devices/{home.front.device_id}/logs", fake_cloud.host)


def test_a_harvest_refused_before_any_page_keeps_the_cursor(home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    cursor = from_ms(now_ms() - 3_600_000)
    fake_cloud.inject(r"/token$", faults.PLAN_EXPIRED)

    with pytest.raises(CloudError) as caught:
        make_client().report_log(home.front.device_id, since=cursor)

    assert caught.value.kind == "subscription"
    assert (caught.value.partial.records, caught.value.partial.complete_through) == ((), cursor)
    assert fake_cloud.count(LOGS) == 0


def test_a_token_expiring_on_a_page_with_a_row_key_is_renewed_and_the_page_signed_right(
    home: Home, fake_cloud: FakeTuyaCloud, make_client: MakeClient
) -> None:
    # tinytuya's own retry re-signs the query URL-encoded ("=" in a row key becomes %3D): sign invalid.
    expected = busy_week(home.front)
    fake_cloud.inject(LOGS, faults.EXPIRE_TOKENS, after=1)  # the second page of the first day

    log = make_client().report_log(home.front.device_id)

    retried = [s for s in fake_cloud.served() if s.path.endswith("/logs")][1:3]
    assert [s.code for s in retried] == [1010, None]
    assert all(dict(s.query).get("start_row_key") for s in retried)
    assert len(log.records) == expected
