"""Checklist content: every task and figure lands on the sheets, months are planned."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from lockcare.core.maintenance.checklist import Row, Sheet, household_sheet, lock_sheet
from lockcare.core.maintenance.log_types import TASK_SPECS
from lockcare.core.maintenance.schedule import complete, default_tasks
from lockcare.core.models import Lock, RecurringTask

BERLIN = ZoneInfo("Europe/Berlin")
FRONT = Lock(name="Front door", device_id="bf01", id=1, product_id="oufbykk",
             product_name="Deadbolt S3", battery_type="aa-alkaline", battery_count=4)
GARAGE = Lock(name="Garage gate", device_id="bf02", id=2, battery_type="18650-li-ion",
              battery_count=2)
CREATED = datetime(2024, 5, 10, 9, tzinfo=BERLIN)
NOW = datetime(2024, 5, 20, 12, tzinfo=BERLIN)
KEY_FIGURES = ["2.0 N·m", "Phillips #2", "graphite", "70 % isopropyl alcohol",
               "neutral pH", "20 %", "90+ days"]


def all_text(sheet: Sheet) -> str:
    parts = [sheet.title, sheet.subtitle]
    for section in sheet.sections:
        parts += [section.title, section.note]
        for row in section.rows:
            parts += [row.label, row.text, row.interval, row.why, *row.figures]
    return "\n".join(parts)


def rows_of(sheet: Sheet, title: str) -> tuple[Row, ...]:
    (section,) = [s for s in sheet.sections if s.title == title]
    return section.rows


def test_lock_sheet_heads_with_the_lock_facts() -> None:
    sheet = lock_sheet(
        FRONT, default_tasks(1, CREATED), now=NOW, tz=BERLIN,
        last_swap_at=datetime(2024, 3, 3, 23, 30, tzinfo=ZoneInfo("UTC")),
        forecast_text="between 12 Jan and 2 Feb",
    )
    assert "Front door" in sheet.title
    facts = {row.label: row for row in rows_of(sheet, "This lock")}
    assert facts["Model"].text == "Deadbolt S3"
    assert facts["Product ID"].text == "oufbykk"
    assert facts["Batteries"].text == "4 × AA alkaline (1.5 V)"
    assert facts["Last battery swap"].on == date(2024, 3, 4)  # local date in Berlin
    assert facts["Replace batteries"].text == "between 12 Jan and 2 Feb"
    assert sheet.made_on == date(2024, 5, 20)


def test_lock_sheet_says_plainly_when_facts_are_missing() -> None:
    sheet = lock_sheet(GARAGE, [], now=NOW, tz=BERLIN)
    facts = {row.label: row.text for row in rows_of(sheet, "This lock")}
    assert facts["Last battery swap"] == "Not recorded"
    assert facts["Replace batteries"] == "No forecast yet"
    assert facts["Batteries"] == "2 × 18650 Li-ion (3.7 V, 2600 mAh)"
    regular = [s for s in sheet.sections if s.title == "Regular jobs"][0]
    assert regular.rows == () and regular.note


def test_lock_sheet_lists_every_task_with_interval_figures_and_room_to_write() -> None:
    sheet = lock_sheet(FRONT, default_tasks(1, CREATED), now=NOW, tz=BERLIN)
    rows = {row.label: row for row in rows_of(sheet, "Regular jobs")}
    assert set(rows) == {spec.title for spec in TASK_SPECS}
    for spec in TASK_SPECS:
        row = rows[spec.title]
        assert row.figures == spec.figures and row.text == spec.how
        assert row.interval and row.tick_box
        assert row.write_in == ("Done by", "Date", "Notes")
    assert rows["Exterior clean"].interval == "Every 3 months"
    assert rows["Battery check"].on == date(2024, 6, 10)


def test_lock_sheet_carries_every_key_figure() -> None:
    text = all_text(lock_sheet(FRONT, default_tasks(1, CREATED), now=NOW, tz=BERLIN))
    for figure in KEY_FIGURES:
        assert figure in text


def test_lock_sheet_leaves_out_disabled_tasks_and_flags_overdue_ones() -> None:
    tasks = default_tasks(1, CREATED)
    tasks[4] = RecurringTask(1, "lubrication", "Latch lubrication", interval_months=12,
                             enabled=False, created_at=CREATED)
    later = datetime(2024, 6, 20, tzinfo=BERLIN)
    rows = {r.label: r for r in rows_of(lock_sheet(FRONT, tasks, now=later, tz=BERLIN),
                                        "Regular jobs")}
    assert "Latch lubrication" not in rows
    assert rows["Battery check"].overdue
    assert not rows["Exterior clean"].overdue


def test_lock_sheet_has_the_long_absence_advice() -> None:
    sheet = lock_sheet(FRONT, default_tasks(1, CREATED), now=NOW, tz=BERLIN)
    (advice,) = rows_of(sheet, "When needed")
    assert "90 days" in advice.interval and "batteries" in advice.text


def plan() -> Sheet:
    front = default_tasks(1, CREATED)
    garage = [complete(t, datetime(2024, 5, 31, 18, tzinfo=BERLIN))
              for t in default_tasks(2, CREATED)]
    return household_sheet([(FRONT, front), (GARAGE, garage)], now=NOW, tz=BERLIN,
                           forecasts={1: date(2024, 11, 2)})


def test_household_sheet_plans_twelve_months_from_this_one() -> None:
    months = [s.month for s in plan().sections if s.month is not None]
    assert months[0] == date(2024, 5, 1) and months[-1] == date(2025, 4, 1)
    assert len(months) == 12
    assert [s.title for s in plan().sections][:2] == ["May 2024", "June 2024"]


def test_household_sheet_counts_each_job_by_its_interval() -> None:
    counts: dict[tuple[str, str], int] = {}
    for section in plan().sections:
        for row in section.rows:
            if row.lock_name:
                key = (row.lock_name, row.label)
                counts[key] = counts.get(key, 0) + 1
                assert section.month == row.on.replace(day=1)  # type: ignore[union-attr]
    assert counts[("Front door", "Battery check")] == 11  # 10 Jun 2024 .. 10 Apr 2025
    assert counts[("Garage gate", "Battery check")] == 11  # 30 Jun 2024 .. 30 Apr 2025
    assert counts[("Front door", "Exterior clean")] == 3  # Aug, Nov, Feb
    assert counts[("Front door", "Strike plate screws")] == 3
    garage_cleans = [r.on for s in plan().sections for r in s.rows
                     if (r.lock_name, r.label) == ("Garage gate", "Exterior clean")]
    assert garage_cleans == [date(2024, 8, 31), date(2024, 11, 30), date(2025, 2, 28)]
    assert ("Front door", "Latch lubrication") not in counts  # due 10 May 2025
    assert counts[("Front door", "Battery replacement")] == 1
    assert ("Garage gate", "Battery replacement") not in counts  # no forecast


def test_household_sheet_rows_are_in_date_order_with_figures() -> None:
    november = [s for s in plan().sections if s.title == "November 2024"][0]
    days = [r.on for r in november.rows if r.on is not None]
    assert len(days) == len(november.rows) and days == sorted(days)
    swap = [r for r in november.rows if r.label == "Battery replacement"][0]
    assert swap.on == date(2024, 11, 2) and "20 %" in swap.figures
    assert all(r.tick_box and r.write_in == ("Done by", "Date") for r in november.rows)


def test_overdue_job_opens_the_plan_and_later_ones_count_from_today() -> None:
    task = RecurringTask(1, "battery-check", "Battery check", interval_months=1,
                         created_at=datetime(2024, 3, 1, 9, tzinfo=BERLIN))
    sheet = household_sheet([(FRONT, [task])], now=NOW, tz=BERLIN)
    first, second = sheet.sections[0], sheet.sections[1]
    assert [(r.on, r.overdue) for r in first.rows] == [(date(2024, 4, 1), True)]
    assert [r.on for r in second.rows] == [date(2024, 6, 20)]


def test_empty_months_say_so() -> None:
    lube = [t for t in default_tasks(1, CREATED) if t.kind == "lubrication"]
    sheet = household_sheet([(FRONT, lube)], now=NOW, tz=BERLIN)
    assert all(s.rows == () and s.note for s in sheet.sections if s.month is not None)
    assert sheet.sections[-1].title == "When needed"
