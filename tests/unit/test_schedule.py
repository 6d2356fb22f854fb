"""The maintenance schedule: default tasks, recurrence rules, due states, catch-up."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from lockcare.core.maintenance import log_types
from lockcare.core.maintenance.schedule import (
    BATTERY_REMOVAL,
    DueStatus,
    apply_log_entry,
    battery_removal_advised,
    became_due,
    complete,
    default_tasks,
    due_state,
    fell_due_between,
    interval_text,
    localize,
    next_due,
    task_spec,
    tasks_completed_by,
)
from lockcare.core.models import LogEntry, RecurringTask

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
UTC = timezone.utc


def monthly(anchor: datetime, *, months: int = 1, done: bool = False) -> RecurringTask:
    """A task created (or last done) at ``anchor``."""
    return RecurringTask(
        lock_id=1, kind="battery-check", title="Battery check",
        interval_months=months, created_at=anchor,
        last_done_at=anchor if done else None,
    )


# --- default tasks ------------------------------------------------------------------


def test_default_tasks_cover_the_facts_schedule() -> None:
    created = datetime(2024, 5, 1, 9, tzinfo=BERLIN)
    tasks = {t.kind: t for t in default_tasks(7, created)}
    assert {k: (t.interval_months, t.interval_days) for k, t in tasks.items()} == {
        "battery-check": (1, 0),
        "backup-access-test": (1, 0),
        "cleaning": (3, 0),
        "strike-plate-screws": (3, 0),
        "lubrication": (12, 0),
        "battery-swap": (0, 0),
    }
    assert all(t.lock_id == 7 and t.created_at == created for t in tasks.values())
    assert all(t.enabled and t.last_done_at is None for t in tasks.values())


@pytest.mark.parametrize(
    ("kind", "figures"),
    [
        ("battery-check", ["20 %", "15 %", "5 %"]),
        ("backup-access-test", ["at least 2", "physical key"]),
        ("cleaning", ["microfiber cloth", "neutral pH", "70 % isopropyl alcohol",
                      "5 minutes"]),
        ("strike-plate-screws", ["2.0 N·m", "Phillips #2"]),
        ("lubrication", ["graphite powder", "petroleum-based"]),
        ("battery-swap", ["1.5 V", "3.7 V 2600 mAh 18650", "1.2 V", "30 seconds"]),
    ],
)
def test_each_default_task_carries_its_exact_figures(kind: str, figures: list[str]) -> None:
    spec = task_spec(kind)
    assert spec is not None
    for figure in figures:
        assert figure in spec.how
        assert any(figure in listed for listed in spec.figures)


def test_battery_removal_is_advice_for_90_days_not_a_recurring_task() -> None:
    kinds = {t.kind for t in default_tasks(1, datetime(2024, 1, 1, tzinfo=UTC))}
    assert BATTERY_REMOVAL.kind not in kinds
    assert BATTERY_REMOVAL.threshold_days == 90
    assert "90" in BATTERY_REMOVAL.when
    assert not battery_removal_advised(89)
    assert battery_removal_advised(90)


def test_default_tasks_refuse_a_naive_creation_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        default_tasks(1, datetime(2024, 1, 1))


def test_interval_text_is_plain() -> None:
    tasks = {t.kind: t for t in default_tasks(1, datetime(2024, 1, 1, tzinfo=UTC))}
    assert interval_text(tasks["battery-check"]) == "Every month"
    assert interval_text(tasks["cleaning"]) == "Every 3 months"
    assert interval_text(tasks["lubrication"]) == "Every year"
    assert interval_text(tasks["battery-swap"]) == "When the battery forecast says so"
    assert interval_text(RecurringTask(1, "x", "X", interval_days=14)) == "Every 14 days"


# --- log types ------------------------------------------------------------------------


def test_every_default_task_is_completed_by_the_log_type_of_its_kind() -> None:
    for spec in log_types.TASK_SPECS:
        assert spec.kind in log_types.LOG_TYPE_IDS
        assert spec.kind in tasks_completed_by(spec.kind)


def test_quarterly_job_is_two_tasks_logged_separately() -> None:
    assert tasks_completed_by("cleaning") == {"cleaning"}
    assert tasks_completed_by("strike-plate-screws") == {"strike-plate-screws"}


def test_battery_swap_also_counts_as_a_battery_check() -> None:
    assert tasks_completed_by("battery-swap") == {"battery-swap", "battery-check"}


@pytest.mark.parametrize(
    "type_id",
    ["key-replaced", "troubleshooting-run", "repair", "note", "battery-removal", "???"],
)
def test_record_only_and_unknown_log_types_complete_nothing(type_id: str) -> None:
    assert tasks_completed_by(type_id) == set()


def test_log_type_labels_are_plain_words() -> None:
    assert log_types.label_for("battery-check") == "Battery check"
    assert log_types.label_for("strike-plate-screws") == "Strike plate screws"
    assert log_types.label_for("made-up") == "made-up"
    assert all(t.label and t.label[0].isupper() for t in log_types.LOG_TYPES)


def test_log_entry_completes_only_matching_tasks_of_its_own_lock() -> None:
    created = datetime(2024, 1, 1, tzinfo=UTC)
    tasks = default_tasks(1, created) + default_tasks(2, created)
    at = datetime(2024, 2, 2, 10, tzinfo=UTC)
    done = apply_log_entry(tasks, LogEntry(lock_id=1, at=at, type="battery-swap"))
    completed = {(t.lock_id, t.kind) for t in done if t.last_done_at == at}
    assert completed == {(1, "battery-swap"), (1, "battery-check")}


# --- month arithmetic -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("anchor", "months", "expected"),
    [
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2023, 2, 28), 1, date(2023, 3, 28)),  # counts from the completion
        (date(2023, 3, 31), 1, date(2023, 4, 30)),
        (date(2023, 11, 30), 3, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # annual from a leap day
        (date(2023, 2, 28), 12, date(2024, 2, 28)),  # not pushed to the 29th
        (date(2023, 12, 31), 1, date(2024, 1, 31)),
    ],
)
def test_month_ends_clamp_and_never_skip_a_month(
    anchor: date, months: int, expected: date
) -> None:
    task = monthly(datetime.combine(anchor, datetime.min.time(), BERLIN), months=months,
                   done=True)
    due = next_due(task, tz=BERLIN)
    assert due is not None and due.date() == expected


def test_monthly_on_the_31st_walks_down_the_month_ends_when_done_on_time() -> None:
    at = datetime(2023, 1, 31, 9, tzinfo=BERLIN)
    seen = []
    task = monthly(at, done=True)
    for _ in range(3):
        due = next_due(task, tz=BERLIN)
        assert due is not None
        seen.append(due.date())
        task = complete(task, due)
    assert seen == [date(2023, 2, 28), date(2023, 3, 28), date(2023, 4, 28)]


# --- time zones and daylight saving -------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "done", "due"),
    [
        (BERLIN, datetime(2024, 3, 10, 9), datetime(2024, 4, 10, 9)),  # into summer time
        (BERLIN, datetime(2024, 10, 15, 9), datetime(2024, 11, 15, 9)),  # back to winter
        (NEW_YORK, datetime(2024, 2, 15, 9), datetime(2024, 3, 15, 9)),
        (NEW_YORK, datetime(2024, 10, 20, 9), datetime(2024, 11, 20, 9)),
    ],
)
def test_monthly_task_done_at_nine_stays_at_nine_across_dst(
    zone: ZoneInfo, done: datetime, due: datetime
) -> None:
    done_local = done.replace(tzinfo=zone)
    stored_utc = done_local.astimezone(UTC)  # storage hands back UTC
    result = next_due(monthly(stored_utc, done=True), tz=zone)
    assert result is not None
    assert result.replace(tzinfo=None) == due
    assert result.utcoffset() != done_local.utcoffset()


def test_day_interval_counts_calendar_days_not_24_hour_blocks() -> None:
    task = RecurringTask(1, "x", "X", interval_days=1,
                         last_done_at=datetime(2024, 3, 30, 9, tzinfo=BERLIN))
    due = next_due(task, tz=BERLIN)
    assert due == datetime(2024, 3, 31, 9, tzinfo=BERLIN)
    assert task.last_done_at is not None
    elapsed = due.astimezone(UTC) - task.last_done_at.astimezone(UTC)
    assert elapsed == timedelta(hours=23)  # the clocks went forward that night


def test_due_time_in_the_spring_gap_moves_to_the_end_of_the_gap() -> None:
    # 02:30 on 10 Mar 2024 does not exist in New York.
    task = monthly(datetime(2024, 2, 10, 2, 30, tzinfo=NEW_YORK), done=True)
    assert next_due(task, tz=NEW_YORK) == datetime(2024, 3, 10, 3, 0, tzinfo=NEW_YORK)
    assert localize(datetime(2024, 3, 31, 2, 30), BERLIN) == datetime(
        2024, 3, 31, 1, 0, tzinfo=UTC
    )


def test_repeated_autumn_hour_takes_its_first_occurrence() -> None:
    result = localize(datetime(2024, 10, 27, 2, 30), BERLIN)
    assert result.utcoffset() == timedelta(hours=2)


# --- anchoring --------------------------------------------------------------------------


def test_never_done_task_counts_from_its_creation() -> None:
    task = monthly(datetime(2024, 5, 3, 8, tzinfo=UTC))
    assert next_due(task, tz=UTC) == datetime(2024, 6, 3, 8, tzinfo=UTC)


def test_done_early_counts_from_the_completion() -> None:
    task = monthly(datetime(2024, 5, 3, 8, tzinfo=UTC))
    done = complete(task, datetime(2024, 5, 20, 8, tzinfo=UTC))
    assert next_due(done, tz=UTC) == datetime(2024, 6, 20, 8, tzinfo=UTC)


def test_back_dated_completion_does_not_pull_the_task_back() -> None:
    task = monthly(datetime(2024, 5, 3, 8, tzinfo=UTC))
    later = complete(task, datetime(2024, 6, 1, tzinfo=UTC))
    assert complete(later, datetime(2024, 5, 10, tzinfo=UTC)) == later


def test_completion_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        complete(monthly(datetime(2024, 1, 1, tzinfo=UTC)), datetime(2024, 1, 2))


def test_task_without_any_anchor_is_unscheduled() -> None:
    task = RecurringTask(1, "battery-check", "Battery check", interval_months=1)
    state = due_state(task, datetime(2024, 1, 1, tzinfo=UTC))
    assert state.status is DueStatus.UNSCHEDULED and state.due_on is None


# --- due states -------------------------------------------------------------------------

CREATED = datetime(2024, 5, 1, 9, tzinfo=BERLIN)  # battery check due 1 Jun 09:00


@pytest.mark.parametrize(
    ("now", "status", "days"),
    [
        (datetime(2024, 5, 24, 12), DueStatus.OK, 8),
        (datetime(2024, 5, 25, 0), DueStatus.DUE_SOON, 7),
        (datetime(2024, 5, 31, 23, 30), DueStatus.DUE_SOON, 1),
        (datetime(2024, 6, 1, 0, 5), DueStatus.DUE_SOON, 0),  # due today
        (datetime(2024, 6, 1, 23, 59), DueStatus.DUE_SOON, 0),
        (datetime(2024, 6, 2, 0, 0), DueStatus.OVERDUE, -1),
        (datetime(2024, 6, 12, 8), DueStatus.OVERDUE, -11),
    ],
)
def test_due_state_counts_local_calendar_days(
    now: datetime, status: DueStatus, days: int
) -> None:
    state = due_state(monthly(CREATED), now.replace(tzinfo=BERLIN))
    assert (state.status, state.days_until) == (status, days)
    assert state.due_on == date(2024, 6, 1)
    assert state.due_at == datetime(2024, 6, 1, 9, tzinfo=BERLIN)
    assert state.days_overdue == max(0, -days)


def test_due_state_uses_the_given_zone_not_utc() -> None:
    # 22:30 UTC on 31 May is already 1 Jun in Berlin.
    now = datetime(2024, 5, 31, 22, 30, tzinfo=UTC)
    assert due_state(monthly(CREATED), now, tz=BERLIN).days_until == 0
    assert due_state(monthly(CREATED), now, tz=NEW_YORK).days_until == 1


def test_due_soon_window_is_adjustable() -> None:
    now = datetime(2024, 5, 20, tzinfo=BERLIN)
    assert due_state(monthly(CREATED), now).status is DueStatus.OK
    assert due_state(monthly(CREATED), now, due_soon_days=14).status is DueStatus.DUE_SOON


def test_disabled_task_reports_disabled() -> None:
    task = RecurringTask(1, "cleaning", "Exterior clean", interval_months=3,
                         enabled=False, created_at=CREATED)
    state = due_state(task, datetime(2030, 1, 1, tzinfo=BERLIN))
    assert state.status is DueStatus.DISABLED and state.due_at is None


def battery_swap(last_done: datetime | None = None) -> RecurringTask:
    return RecurringTask(1, "battery-swap", "Battery replacement",
                         created_at=CREATED, last_done_at=last_done)


def test_battery_replacement_waits_for_a_forecast() -> None:
    now = datetime(2024, 6, 1, tzinfo=BERLIN)
    assert due_state(battery_swap(), now).status is DueStatus.UNSCHEDULED
    state = due_state(battery_swap(), now, forecast=date(2024, 6, 5))
    assert (state.status, state.due_on, state.days_until) == (
        DueStatus.DUE_SOON, date(2024, 6, 5), 4)
    later = due_state(battery_swap(), now, forecast=datetime(2025, 1, 5, 12, tzinfo=UTC))
    assert later.status is DueStatus.OK and later.due_on == date(2025, 1, 5)


def test_forecast_from_before_the_last_swap_is_ignored() -> None:
    swapped = battery_swap(last_done=datetime(2024, 6, 10, tzinfo=BERLIN))
    now = datetime(2024, 6, 11, tzinfo=BERLIN)
    stale = due_state(swapped, now, forecast=date(2024, 6, 5))
    assert stale.status is DueStatus.UNSCHEDULED


# --- catch-up and notifications -------------------------------------------------------


def task_due_on(day: date, lock_id: int = 1, kind: str = "battery-check") -> RecurringTask:
    """A daily task created at 09:00 the day before, so it is next due on ``day``."""
    created = datetime.combine(day - timedelta(days=1), time(9), BERLIN)
    return RecurringTask(lock_id, kind, kind, interval_days=1, created_at=created)


def test_catch_up_lists_what_fell_due_while_closed_soonest_first() -> None:
    since = datetime(2024, 3, 1, 18, tzinfo=BERLIN)
    now = datetime(2024, 3, 10, 8, tzinfo=BERLIN)
    earlier = task_due_on(date(2024, 2, 20), kind="already-overdue")
    later = task_due_on(date(2024, 3, 8), kind="b")
    first = task_due_on(date(2024, 3, 2), kind="a")
    today = task_due_on(date(2024, 3, 10), kind="today")
    future = task_due_on(date(2024, 3, 11), kind="future")
    off = RecurringTask(1, "off", "off", interval_months=1, enabled=False,
                        created_at=datetime(2024, 2, 5, tzinfo=BERLIN))
    found = fell_due_between([earlier, later, first, today, future, off], since, now)
    assert [s.task.kind for s in found] == ["a", "b", "today"]
    assert [s.status for s in found] == [
        DueStatus.OVERDUE, DueStatus.OVERDUE, DueStatus.DUE_SOON]


def test_catch_up_includes_forecast_driven_tasks_by_lock() -> None:
    since = datetime(2024, 6, 1, tzinfo=BERLIN)
    now = datetime(2024, 6, 9, tzinfo=BERLIN)
    swap_1 = battery_swap()
    swap_2 = RecurringTask(2, "battery-swap", "Battery replacement", created_at=CREATED)
    found = fell_due_between([swap_1, swap_2], since, now,
                             forecasts={2: date(2024, 6, 3)})
    assert [s.task.lock_id for s in found] == [2]


def test_a_task_becomes_due_once_when_the_due_day_starts() -> None:
    task = task_due_on(date(2024, 3, 31))  # the night the clocks go forward
    midnight = datetime(2024, 3, 31, 0, 0, tzinfo=BERLIN)
    tick = timedelta(minutes=1)
    assert [s.task for s in fell_due_between([task], midnight - tick, midnight)] == [task]
    assert fell_due_between([task], midnight, midnight + tick) == []
    assert fell_due_between([task], midnight - 2 * tick, midnight - tick) == []

    def fired(before: datetime, after: datetime) -> list[RecurringTask]:  # the running app's reminder tick
        return [s.task for s in became_due([due_state(task, after, tz=BERLIN)], before, after, tz=BERLIN)]

    assert fired(midnight - tick, midnight) == [task]
    assert fired(midnight, midnight + tick) == []
    assert fired(midnight - 2 * tick, midnight - tick) == []


def test_catch_up_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        fell_due_between([], datetime(2024, 1, 1), datetime(2024, 1, 2, tzinfo=UTC))
