"""Export the maintenance schedule as an iCalendar (.ics) file.

Choices, made for what imports cleanly into Google, Apple and Outlook calendars:

* **All-day events.** ``DTSTART;VALUE=DATE`` on the next due date and ``DTEND`` the day
  after. Dates carry no zone, so no VTIMEZONE is needed and nothing shifts by an hour.
  An overdue task starts today, so it shows up where the user looks.
* **Repeating events.** Each interval task repeats with an RRULE (``FREQ=MONTHLY``,
  ``INTERVAL=3`` for quarterly, ``FREQ=YEARLY`` for whole years, ``DAILY``/``WEEKLY`` for
  day intervals). Calendars skip months that lack the start day (RFC 5545), so a monthly
  task starting on the 29th-31st repeats with ``BYMONTHDAY=-1`` (last day of the month),
  and a yearly one starting on 29 Feb with ``BYMONTH=2;BYMONTHDAY=-1``. The calendar
  repeats on a fixed rhythm while lockcare counts from the last completion, so the
  description asks the user to export again after logging work.
* **Stable UIDs** built from the lock's device id and the task kind: importing a new
  export updates the events instead of duplicating them.
* A ``VALARM`` reminder at 09:00 on the day (``TRIGGER:PT9H`` from the all-day start).
* Battery replacement (forecast-driven) is a single event on the forecast date; disabled
  and unscheduled tasks are left out. A task mixing months and days cannot be said in
  one RRULE and is exported as a single event on its next due date.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path

import icalendar

from lockcare.atomic import atomic_write
from lockcare.core.maintenance.log_types import task_spec
from lockcare.core.maintenance.schedule import (
    DueStatus,
    ReplaceBy,
    due_state,
    is_forecast_driven,
)
from lockcare.core.models import Lock, RecurringTask

PRODID = "-//lockcare//Lock maintenance schedule//EN"
"""Identifies lockcare as the producer of the calendar."""

CALENDAR_NAME = "Lock maintenance"
"""Shown by calendars that honour ``X-WR-CALNAME``."""

REMINDER_AFTER_START = timedelta(hours=9)
"""The reminder fires at 09:00 on the day of an all-day event."""

_EXPORT_AGAIN = (
    "lockcare counts the next date from when you last did this job. After you log it "
    "in lockcare, export the calendar again to update this event."
)


def build_calendar(
    locks_and_tasks: Iterable[tuple[Lock, Sequence[RecurringTask]]],
    *,
    now: datetime,
    tz: tzinfo,
    forecasts: Mapping[int, ReplaceBy] | None = None,
) -> bytes:
    """Build an .ics calendar with one event per scheduled task.

    Args:
        locks_and_tasks: Each lock with its recurring tasks.
        now: The current time (timezone-aware); stamps the events.
        tz: The user's zone; due dates are local dates in it.
        forecasts: Replace-by dates by lock id, for battery replacement.

    Returns:
        The calendar as iCalendar bytes (UTF-8, CRLF line endings).
    """
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    stamp = now.astimezone(timezone.utc)
    today = now.astimezone(tz).date()
    for lock, tasks in locks_and_tasks:
        for task in tasks:
            forecast = (forecasts or {}).get(task.lock_id)
            event = _event(lock, task, now=now, tz=tz, today=today, forecast=forecast)
            if event is not None:
                event.add("dtstamp", stamp)
                cal.add_component(event)
    return cal.to_ical()


def write_calendar(
    path: str | os.PathLike[str],
    locks_and_tasks: Iterable[tuple[Lock, Sequence[RecurringTask]]],
    *,
    now: datetime,
    tz: tzinfo,
    forecasts: Mapping[int, ReplaceBy] | None = None,
) -> Path:
    """Build the calendar and write it to ``path`` atomically.

    The bytes go to a temporary file in the same folder, are flushed to disk, and then
    replace ``path`` in one step, so a crash never leaves a half-written file.

    Args:
        path: Where to write the .ics file.
        locks_and_tasks: Each lock with its recurring tasks.
        now: The current time (timezone-aware).
        tz: The user's zone.
        forecasts: Replace-by dates by lock id.

    Returns:
        The path written.

    Raises:
        OSError: If the folder cannot be written (the old file, if any, is untouched).
    """
    target = Path(path)
    data = build_calendar(locks_and_tasks, now=now, tz=tz, forecasts=forecasts)
    with atomic_write(target, "wb") as handle:
        handle.write(data)
    return target


def event_uid(lock: Lock, task: RecurringTask) -> str:
    """Return the stable UID for a lock's task (same lock and kind, same UID)."""
    lock_key = lock.device_id or f"lock-{task.lock_id}"
    return f"{task.kind}.{lock_key}@lockcare"


def event_summary(lock: Lock, task: RecurringTask) -> str:
    """Return the event title, e.g. "Front door: battery check"."""
    title = task.title
    if not title[:2].isupper():  # keep acronyms as they are
        title = title[:1].lower() + title[1:]
    return f"{lock.name}: {title}"


def recurrence(task: RecurringTask, start: date) -> dict[str, object] | None:
    """Return the RRULE for a task starting on ``start``, or None for a one-off.

    Args:
        task: The task; its interval decides the rule.
        start: The first occurrence (decides the month-end handling).

    Returns:
        RRULE parts for :mod:`icalendar`, or None when the task does not repeat in a way
        one RRULE can say (forecast-driven, or months and days mixed).
    """
    months, days = task.interval_months, task.interval_days
    if months and not days:
        if months % 12 == 0:
            rule: dict[str, object] = {"freq": "yearly", "interval": months // 12}
            if (start.month, start.day) == (2, 29):
                rule.update(bymonth=2, bymonthday=-1)
            return rule
        rule = {"freq": "monthly", "interval": months}
        if start.day > 28:
            rule["bymonthday"] = -1
        return rule
    if days and not months:
        if days % 7 == 0:
            return {"freq": "weekly", "interval": days // 7}
        return {"freq": "daily", "interval": days}
    return None


def _event(
    lock: Lock,
    task: RecurringTask,
    *,
    now: datetime,
    tz: tzinfo,
    today: date,
    forecast: ReplaceBy | None,
) -> icalendar.Event | None:
    state = due_state(task, now, tz=tz, forecast=forecast)
    if state.status in (DueStatus.DISABLED, DueStatus.UNSCHEDULED):
        return None
    assert state.due_on is not None  # scheduled states carry a date
    start = max(state.due_on, today)
    event = icalendar.Event()
    event.add("uid", event_uid(lock, task))
    event.add("summary", event_summary(lock, task))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a reminder, not a busy block
    event.add("categories", ["Lock maintenance"])
    rule = None if is_forecast_driven(task) else recurrence(task, start)
    if rule is not None:
        event.add("rrule", rule)
    event.add("description", _description(task, repeats=rule is not None))
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", event_summary(lock, task))
    alarm.add("trigger", REMINDER_AFTER_START)
    event.add_component(alarm)
    return event


def _description(task: RecurringTask, *, repeats: bool) -> str:
    spec = task_spec(task.kind)
    parts = []
    if spec is not None:
        parts.append(spec.how)
        parts.append("Key figures: " + ", ".join(spec.figures) + ".")
        if spec.why:
            parts.append(spec.why)
    if repeats:
        parts.append(_EXPORT_AGAIN)
    return "\n\n".join(parts)
