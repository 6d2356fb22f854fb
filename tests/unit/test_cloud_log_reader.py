"""The device-log reader's cursor against scripted servers (orders, boundaries, failures)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lockcare.core.cloud import from_ms, to_ms
from lockcare.devices.cloud.errors import CloudError
from lockcare.devices.cloud.logs import LogWindow, read_log

DAY = 86_400_000
NOW = from_ms(1_764_000_000_000)
SETTLE = timedelta(minutes=2)


class ScriptedLog:
    """A device log served in pages; ``fail_at`` makes that request (0-based) fail."""

    def __init__(self, times: list[int], *, newest_first: bool = True, page: int = 3, exclusive: bool = False, fail_at: int | None = None) -> None:
        self.times = times
        self.newest_first = newest_first
        self.page = page
        self.exclusive = exclusive
        self.fail_at = fail_at
        self.calls = 0

    def __call__(self, start: int, end: int, row_key: str | None) -> Mapping[str, object]:
        self.calls += 1
        if self.fail_at is not None and self.calls - 1 == self.fail_at:
            raise CloudError("server", "HTTP 500")
        inside = [t for t in self.times if (start < t < end if self.exclusive else start <= t <= end)]
        inside.sort(reverse=self.newest_first)
        begin = int(row_key or 0)
        chunk = inside[begin : begin + self.page]
        more = begin + self.page < len(inside)
        return {
            "logs": [{"code": "residual_electricity", "value": str(n % 100), "event_time": t} for n, t in enumerate(chunk, begin)],
            "has_next": more,
            "next_row_key": str(begin + self.page) if more else "",
        }


def times_of(log: object) -> list[int]:
    return [to_ms(r.at) for r in log.records]


def test_the_window_starts_after_the_cursor_and_ends_before_the_settle_time() -> None:
    plan = LogWindow.plan(from_ms(to_ms(NOW) - DAY), NOW, settle=SETTLE)
    assert (plan.start, plan.end, plan.missed_before) == (to_ms(NOW) - DAY + 1, to_ms(NOW) - 120_000, None)
    old = LogWindow.plan(from_ms(to_ms(NOW) - 9 * DAY), NOW, settle=SETTLE)
    assert old.start == to_ms(NOW) - 7 * DAY and old.missed_before == from_ms(old.start)
    assert LogWindow.plan(None, NOW, settle=SETTLE).missed_before is None
    assert [b - a + 1 for a, b in old.days()][:-1] == [DAY] * 6


@pytest.mark.parametrize("newest_first", [True, False])
@pytest.mark.parametrize("exclusive", [True, False])
def test_records_on_window_boundaries_are_kept_once_whatever_the_servers_rules(newest_first: bool, exclusive: bool) -> None:
    start = to_ms(NOW) - 7 * DAY
    boundaries = [start, start + DAY - 1, start + DAY, start + 2 * DAY - 1, start + 2 * DAY]
    times = sorted(boundaries + [start + 5, start + 3 * DAY + 7, to_ms(NOW) - 120_000])
    server = ScriptedLog(times, newest_first=newest_first, exclusive=exclusive)

    log = read_log(server, "d", None, NOW, settle=SETTLE)

    assert times_of(log) == times
    assert log.complete_through == NOW - SETTLE


def test_entries_younger_than_the_settle_time_wait_for_the_next_harvest() -> None:
    young = to_ms(NOW) - 60_000
    log = read_log(ScriptedLog([young]), "d", None, NOW, settle=SETTLE)
    assert log.records == ()
    later = read_log(ScriptedLog([young]), "d", log.complete_through, NOW + SETTLE, settle=SETTLE)
    assert times_of(later) == [young]


def test_a_page_that_fails_keeps_every_complete_day_and_nothing_after() -> None:
    start = to_ms(NOW) - 7 * DAY
    times = [start + day * DAY + k * 1000 for day in range(7) for k in range(7)]  # 7 a day: 3 pages a day
    server = ScriptedLog(times, fail_at=7)  # the second page of the third day

    with pytest.raises(CloudError) as caught:
        read_log(server, "d", None, NOW, settle=SETTLE)

    partial = caught.value.partial
    assert partial.complete_through == from_ms(start + 2 * DAY - 1)
    assert times_of(partial) == times[:14]
    assert partial.pages == 7 and caught.value.kind == "server"


def test_pages_that_never_end_are_a_server_problem() -> None:
    def looping(start: int, end: int, row_key: str | None) -> Mapping[str, object]:
        return {"logs": [], "has_next": True, "next_row_key": "same"}

    with pytest.raises(CloudError) as caught:
        read_log(looping, "d", None, NOW)

    assert caught.value.kind == "server" and caught.value.partial.complete_through is None


def test_a_page_without_entries_is_a_server_problem_with_the_partial_result() -> None:
    def broken(start: int, end: int, row_key: str | None) -> Mapping[str, object]:
        return {"has_next": False}

    with pytest.raises(CloudError) as caught:
        read_log(broken, "d", from_ms(to_ms(NOW) - DAY), NOW)

    assert caught.value.partial.complete_through == from_ms(to_ms(NOW) - DAY)


def test_a_cursor_in_the_future_reads_nothing() -> None:
    server = ScriptedLog([to_ms(NOW) - 1000])
    log = read_log(server, "d", NOW, NOW)
    assert (log.records, log.complete_through, server.calls) == ((), NOW, 0)


@settings(max_examples=60, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=7 * DAY - 120_001), max_size=40),
    fail_at=st.integers(min_value=0, max_value=30),
    newest_first=st.booleans(),
    page=st.integers(min_value=1, max_value=5),
)
def test_harvests_resumed_after_failures_return_every_record_exactly_once(
    offsets: list[int], fail_at: int, newest_first: bool, page: int
) -> None:
    start = to_ms(NOW) - 7 * DAY
    times = sorted({start + o for o in offsets})
    kept: list[int] = []
    cursor = None
    server = ScriptedLog(times, newest_first=newest_first, page=page, fail_at=fail_at)
    for _attempt in range(3):
        try:
            log = read_log(server, "d", cursor, NOW, settle=SETTLE)
        except CloudError as exc:
            log = exc.partial
        kept += times_of(log)
        cursor = log.complete_through
        server.fail_at = None
    assert kept == times
