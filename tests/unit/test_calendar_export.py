"""The .ics export: parsed back with icalendar, checked field by field."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr

from lockcare.core.maintenance.schedule import complete, default_tasks
from lockcare.core.models import Lock, RecurringTask
from lockcare.services import calendar_export
from lockcare.services.calendar_export import (
    PRODID,
    build_calendar,
    event_summary,
    recurrence,
    write_calendar,
)

BERLIN = ZoneInfo("Europe/Berlin")
FRONT = Lock(name="Front door", device_id="bf0123abcd", id=1)
BACK = Lock(name="Back door", device_id="bf9876zyxw", id=2)
CREATED = datetime(2024, 5, 10, 9, tzinfo=BERLIN)
NOW = datetime(2024, 5, 20, 12, tzinfo=BERLIN)


def events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(ev["summary"]): ev for ev in cal.walk("VEVENT")}


def front_tasks() -> list[RecurringTask]:
    return default_tasks(1, CREATED)


def test_calendar_header_names_lockcare() -> None:
    cal = icalendar.Calendar.from_ical(build_calendar([], now=NOW, tz=BERLIN))
    assert str(cal["prodid"]) == PRODID
    assert str(cal["version"]) == "2.0"


def test_each_interval_task_is_a_repeating_all_day_event() -> None:
    found = events(build_calendar([(FRONT, front_tasks())], now=NOW, tz=BERLIN))
    rules = {summary: dict(ev["rrule"]) for summary, ev in found.items()}
    assert rules == {
        "Front door: battery check": {"FREQ": ["MONTHLY"], "INTERVAL": [1]},
        "Front door: backup access test": {"FREQ": ["MONTHLY"], "INTERVAL": [1]},
        "Front door: exterior clean": {"FREQ": ["MONTHLY"], "INTERVAL": [3]},
        "Front door: strike plate screws": {"FREQ": ["MONTHLY"], "INTERVAL": [3]},
        "Front door: latch lubrication": {"FREQ": ["YEARLY"], "INTERVAL": [1]},
    }  # battery replacement has no forecast yet, so no event
    check = found["Front door: battery check"]
    assert check.decoded("dtstart") == date(2024, 6, 10)
    assert type(check.decoded("dtstart")) is date  # VALUE=DATE, not a date-time
    assert check.decoded("dtend") == date(2024, 6, 11)
    assert found["Front door: latch lubrication"].decoded("dtstart") == date(2025, 5, 10)


def test_descriptions_carry_the_how_to_figures() -> None:
    found = events(build_calendar([(FRONT, front_tasks())], now=NOW, tz=BERLIN))
    screws = str(found["Front door: strike plate screws"]["description"])
    assert "2.0 N·m" in screws and "Phillips #2" in screws
    cleaning = str(found["Front door: exterior clean"]["description"])
    assert "neutral pH" in cleaning and "70 % isopropyl alcohol" in cleaning
    assert "graphite powder" in str(found["Front door: latch lubrication"]["description"])


def test_each_event_has_a_reminder_at_nine_on_the_day() -> None:
    found = events(build_calendar([(FRONT, front_tasks())], now=NOW, tz=BERLIN))
    for event in found.values():
        (alarm,) = event.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm.decoded("trigger") == timedelta(hours=9)


def test_uids_are_stable_across_exports_and_completions() -> None:
    first = build_calendar([(FRONT, front_tasks()), (BACK, default_tasks(2, CREATED))],
                           now=NOW, tz=BERLIN)
    later_tasks = [complete(t, datetime(2024, 6, 1, tzinfo=BERLIN)) for t in front_tasks()]
    second = build_calendar([(FRONT, later_tasks), (BACK, default_tasks(2, CREATED))],
                            now=NOW + timedelta(days=12), tz=BERLIN)
    uids_1 = [str(ev["uid"]) for ev in icalendar.Calendar.from_ical(first).walk("VEVENT")]
    uids_2 = [str(ev["uid"]) for ev in icalendar.Calendar.from_ical(second).walk("VEVENT")]
    assert uids_1 == uids_2
    assert len(set(uids_1)) == len(uids_1) == 10  # two locks never share a UID


def test_battery_replacement_is_a_single_event_on_the_forecast_date() -> None:
    data = build_calendar([(FRONT, front_tasks())], now=NOW, tz=BERLIN,
                          forecasts={1: date(2025, 2, 14)})
    swap = events(data)["Front door: battery replacement"]
    assert swap.decoded("dtstart") == date(2025, 2, 14)
    assert "rrule" not in swap
    assert "20 %" in str(swap["description"])


def test_overdue_task_starts_today_and_disabled_task_is_left_out() -> None:
    tasks = front_tasks()
    tasks[1] = RecurringTask(1, "backup-access-test", "Backup access test",
                             interval_months=1, enabled=False, created_at=CREATED)
    found = events(build_calendar([(FRONT, tasks)], now=datetime(2024, 7, 1, 8, tzinfo=BERLIN),
                                  tz=BERLIN))
    assert found["Front door: battery check"].decoded("dtstart") == date(2024, 7, 1)
    assert "Front door: backup access test" not in found


def test_month_end_start_repeats_on_the_last_day_without_skipping_months() -> None:
    task = RecurringTask(1, "battery-check", "Battery check", interval_months=1,
                         last_done_at=datetime(2024, 12, 31, 9, tzinfo=BERLIN))
    data = build_calendar([(FRONT, [task])], now=datetime(2025, 1, 2, tzinfo=BERLIN),
                          tz=BERLIN)
    (event,) = events(data).values()
    assert event.decoded("dtstart") == date(2025, 1, 31)
    rule = event["rrule"].to_ical().decode()
    expanded = rrulestr(rule, dtstart=datetime(2025, 1, 31))
    dates = [d.date() for d in expanded.xafter(datetime(2025, 1, 30), count=4)]
    assert dates == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 31),
                     date(2025, 4, 30)]


def test_yearly_from_a_leap_day_comes_every_year() -> None:
    rule = recurrence(RecurringTask(1, "x", "X", interval_months=12), date(2024, 2, 29))
    assert rule == {"freq": "yearly", "interval": 1, "bymonth": 2, "bymonthday": -1}
    as_text = icalendar.vRecur(rule).to_ical().decode()
    years = [d.date() for d in rrulestr(as_text, dtstart=datetime(2024, 2, 29))
             .xafter(datetime(2024, 1, 1), count=3)]
    assert years == [date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28)]


@pytest.mark.parametrize(
    ("months", "days", "expected"),
    [
        (0, 14, {"freq": "weekly", "interval": 2}),
        (0, 10, {"freq": "daily", "interval": 10}),
        (24, 0, {"freq": "yearly", "interval": 2}),
        (1, 5, None),  # cannot be said in one rule: a single event instead
        (0, 0, None),
    ],
)
def test_recurrence_rules_for_other_intervals(months: int, days: int, expected: object) -> None:
    task = RecurringTask(1, "x", "X", interval_months=months, interval_days=days)
    assert recurrence(task, date(2024, 5, 10)) == expected


def test_summary_keeps_acronyms() -> None:
    assert event_summary(FRONT, RecurringTask(1, "x", "USB-C port check")) == (
        "Front door: USB-C port check")


def test_write_calendar_replaces_the_file_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "locks.ics"
    target.write_bytes(b"old")
    written = write_calendar(target, [(FRONT, front_tasks())], now=NOW, tz=BERLIN)
    assert written == target
    assert target.read_bytes() == build_calendar([(FRONT, front_tasks())], now=NOW, tz=BERLIN)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locks.ics"]


def test_failed_write_keeps_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "locks.ics"
    target.write_bytes(b"old")

    def refuse(src: str, dst: os.PathLike[str]) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(calendar_export.os, "replace", refuse)
    with pytest.raises(OSError, match="No space"):
        write_calendar(target, [(FRONT, front_tasks())], now=NOW, tz=BERLIN)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locks.ics"]


def test_dtstamp_is_utc() -> None:
    found = events(build_calendar([(FRONT, front_tasks())], now=NOW, tz=BERLIN))
    stamp = found["Front door: battery check"].decoded("dtstamp")
    assert stamp == NOW.astimezone(timezone.utc)
