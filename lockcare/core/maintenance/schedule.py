"""Recurring maintenance: the default tasks, their due dates, and what has fallen due.

The figures come from the "Batteries" and "Preventive maintenance" sections of the
troubleshooting facts (monthly battery check and backup-access test; quarterly exterior
clean and strike-plate screws; annual graphite lubrication; battery replacement when the
forecast says so; batteries out before 90+ days unused).

Rules, decided here once:

* **Completion-anchored.** The next due date counts from the last completion, or from the
  task's creation before it was ever done. Doing a task early moves the next one earlier.
* **Month ends clamp.** Intervals are added with ``dateutil.relativedelta``, which clamps
  to the last day of a shorter month: a monthly task anchored on 31 Jan is due 28 Feb (29
  in a leap year); an annual task done on 29 Feb is due 28 Feb the next year. Because every
  due date counts from the *last completion*, a monthly task done on 28 Feb is next due
  28 Mar, not 31 Mar: it never skips a month and never spills into the next one.
* **Local calendar time.** Intervals are added to the local wall-clock time in the user's
  zone (``tz``), never as multiples of 24 h, so a monthly task done at 09:00 stays due at
  09:00 across daylight-saving changes. A wall time that falls in a spring-forward gap
  moves to the first moment after the gap (this keeps "done earlier, due earlier" true).
* **Days count in local dates.** A task is due on the local date of its due time; it is
  "due-soon" from ``due_soon_days`` before that date through the date itself, and
  "overdue" from the next day. It *becomes due* at the start of its due date, which is the
  moment the catch-up and notification helpers look at.
* **Forecast-driven tasks.** A task with no interval (``battery-swap``) takes its due date
  from a supplied forecast date; without one it is "unscheduled".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timezone, tzinfo
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from lockcare.core.maintenance.log_types import (
    BATTERY_REMOVAL,
    TASK_SPECS,
    Advice,
    TaskSpec,
    kinds_completed_by,
    task_spec,
)
from lockcare.core.models import LogEntry, RecurringTask

ReplaceBy = date | datetime
"""A replace-by date from the battery forecaster (pass the start of its range)."""

__all__ = [
    "BATTERY_REMOVAL", "TASK_SPECS", "Advice", "DueState", "DueStatus", "ReplaceBy",
    "TaskSpec", "apply_log_entry", "battery_removal_advised", "became_due", "complete",
    "default_tasks", "due_state", "fell_due_between", "interval_text",
    "is_forecast_driven", "localize", "next_due", "start_of_day",
    "task_spec", "tasks_completed_by",
]


class DueStatus(StrEnum):
    """How urgent a task is."""

    OK = "ok"
    DUE_SOON = "due-soon"
    OVERDUE = "overdue"
    DISABLED = "disabled"
    UNSCHEDULED = "unscheduled"  # forecast-driven with no forecast yet, or no anchor


@dataclass(frozen=True, slots=True)
class DueState:
    """A task's due date and urgency at one moment.

    Attributes:
        task: The task described.
        status: Its urgency.
        due_at: When it is due, in the user's zone (None when unscheduled or disabled).
        due_on: The local due date (None when unscheduled or disabled).
        days_until: Local calendar days from today to ``due_on``; negative when overdue.
    """

    task: RecurringTask
    status: DueStatus
    due_at: datetime | None = None
    due_on: date | None = None
    days_until: int | None = None

    @property
    def days_overdue(self) -> int:
        """Days past the due date (0 unless overdue)."""
        return max(0, -self.days_until) if self.days_until is not None else 0


def default_tasks(lock_id: int, created_at: datetime) -> list[RecurringTask]:
    """Return the default recurring tasks for a newly added lock.

    Args:
        lock_id: The lock the tasks belong to.
        created_at: When the lock was added (timezone-aware); anchors the first due dates.

    Returns:
        One never-done task per entry of :data:`TASK_SPECS`.

    Raises:
        ValueError: If ``created_at`` is naive.
    """
    _require_aware(created_at, "created_at")
    return [
        RecurringTask(
            lock_id=lock_id, kind=spec.kind, title=spec.title,
            interval_months=spec.interval_months, interval_days=spec.interval_days,
            created_at=created_at,
        )
        for spec in TASK_SPECS
    ]


def is_forecast_driven(task: RecurringTask) -> bool:
    """True when the task has no interval and takes its date from a forecast."""
    return task.interval_months == 0 and task.interval_days == 0


def interval_text(task: RecurringTask | TaskSpec) -> str:
    """Return the interval in plain words ("Every 3 months")."""
    months, days = task.interval_months, task.interval_days
    if months == 0 and days == 0:
        return "When the battery forecast says so"
    parts = []
    if months:
        if months % 12 == 0:
            years = months // 12
            parts.append("year" if years == 1 else f"{years} years")
        else:
            parts.append("month" if months == 1 else f"{months} months")
    if days:
        parts.append("day" if days == 1 else f"{days} days")
    return "Every " + " and ".join(parts)


def tasks_completed_by(log_type: str) -> set[str]:
    """Return the task kinds an entry of ``log_type`` completes (empty when none)."""
    return set(kinds_completed_by(log_type))


def complete(task: RecurringTask, at: datetime) -> RecurringTask:
    """Return the task marked done at ``at``.

    A completion older than the one already recorded (a back-dated log entry) leaves
    the task as it is: the latest completion is the anchor.

    Raises:
        ValueError: If ``at`` is naive.
    """
    _require_aware(at, "at")
    if task.last_done_at is not None and _utc(task.last_done_at) >= _utc(at):
        return task
    return replace(task, last_done_at=at)


def apply_log_entry(
    tasks: Iterable[RecurringTask], entry: LogEntry
) -> list[RecurringTask]:
    """Return ``tasks`` with those the entry completes marked done at ``entry.at``."""
    kinds = kinds_completed_by(entry.type)
    return [
        complete(task, entry.at)
        if task.lock_id == entry.lock_id and task.kind in kinds else task
        for task in tasks
    ]


def next_due(
    task: RecurringTask, *, tz: tzinfo, forecast: ReplaceBy | None = None
) -> datetime | None:
    """Return when the task is next due, in ``tz``.

    Args:
        task: The task.
        tz: The user's time zone; intervals are added in its local calendar.
        forecast: Replace-by date for a forecast-driven task. Ignored for interval tasks,
            and ignored when not after the last completion (it predates the swap).

    Returns:
        The due time, or None when it cannot be known (no forecast, or no anchor).
    """
    if is_forecast_driven(task):
        if forecast is None:
            return None
        due = (
            forecast.astimezone(tz) if isinstance(forecast, datetime)
            else start_of_day(forecast, tz)
        )
        if task.last_done_at is not None and _utc(due) <= _utc(task.last_done_at):
            return None
        return due
    anchor = task.last_done_at or task.created_at
    if anchor is None:
        return None
    _require_aware(anchor, "the task's anchor")
    wall = anchor.astimezone(tz).replace(tzinfo=None)
    step = relativedelta(months=task.interval_months, days=task.interval_days)
    return localize(wall + step, tz)


def due_state(
    task: RecurringTask,
    now: datetime,
    *,
    due_soon_days: int = 7,
    tz: tzinfo | None = None,
    forecast: ReplaceBy | None = None,
) -> DueState:
    """Return how urgent the task is at ``now``.

    Args:
        task: The task.
        now: The current time (timezone-aware).
        due_soon_days: How many days before the due date it counts as "due-soon".
        tz: The user's zone; None uses ``now``'s zone (pass local time, not UTC).
        forecast: Replace-by date for a forecast-driven task.

    Returns:
        The :class:`DueState`.
    """
    _require_aware(now, "now")
    zone = tz or now.tzinfo
    assert zone is not None  # guaranteed by _require_aware
    if not task.enabled:
        return DueState(task, DueStatus.DISABLED)
    due = next_due(task, tz=zone, forecast=forecast)
    if due is None:
        return DueState(task, DueStatus.UNSCHEDULED)
    due_on = due.date()
    days = (due_on - now.astimezone(zone).date()).days
    if days < 0:
        status = DueStatus.OVERDUE
    elif days <= due_soon_days:
        status = DueStatus.DUE_SOON
    else:
        status = DueStatus.OK
    return DueState(task, status, due, due_on, days)


def fell_due_between(
    tasks: Iterable[RecurringTask],
    since: datetime,
    now: datetime,
    *,
    tz: tzinfo | None = None,
    forecasts: Mapping[int, ReplaceBy] | None = None,
) -> list[DueState]:
    """Return the tasks that became due while the app was closed (or between two timer ticks).

    A task becomes due at the start of its local due date. Those that became due in
    ``(since, now]`` are returned, soonest first, for a start-up catch-up summary; ones
    already due before ``since`` were shown last time and are left out.

    Args:
        tasks: Tasks of any locks.
        since: When the app last ran (or the previous tick).
        now: The current time.
        tz: The user's zone; None uses ``now``'s zone.
        forecasts: Replace-by dates by lock id, for forecast-driven tasks.

    Returns:
        Their states at ``now``.
    """
    _require_aware(now, "now")
    zone = tz or now.tzinfo
    assert zone is not None
    states = [due_state(task, now, tz=zone, forecast=(forecasts or {}).get(task.lock_id)) for task in tasks]
    return became_due(states, since, now, tz=zone)


def became_due(states: Iterable[DueState], since: datetime, now: datetime, *, tz: tzinfo) -> list[DueState]:
    """The due states whose local due date began in ``(since, now]``, soonest first.

    The rule behind :func:`fell_due_between`, for states already worked out (the running
    app's reminder reuses the states it shows instead of computing them twice).
    """
    _require_aware(since, "since")
    _require_aware(now, "now")
    found = []
    for state in states:
        if state.due_on is None or state.status is DueStatus.DISABLED:
            continue
        # Compare in UTC: same-zone comparisons use wall time and ignore DST folds.
        began = _utc(start_of_day(state.due_on, tz))
        if _utc(since) < began <= _utc(now):
            found.append((began, state))
    found.sort(key=lambda pair: pair[0])
    return [state for _, state in found]


def battery_removal_advised(unused_days: int) -> bool:
    """True when a lock left unused this many days should have its batteries out."""
    return unused_days >= BATTERY_REMOVAL.threshold_days


def start_of_day(day: date, tz: tzinfo) -> datetime:
    """Return the first moment of a local date in ``tz``."""
    return localize(datetime.combine(day, time()), tz)


def localize(wall: datetime, tz: tzinfo) -> datetime:
    """Attach ``tz`` to a naive local wall time, resolving DST edges.

    A repeated wall time (autumn fall-back) takes its first occurrence. A wall time that
    does not exist (spring-forward gap) becomes the first moment after the gap, so later
    wall times never map to earlier instants.
    """
    first = wall.replace(tzinfo=tz, fold=0)
    if first.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) == wall:
        return first
    # In a gap: fold=1 lands before the transition, fold=0 after it. Transitions fall
    # on whole seconds, so search the seconds between for the first one past the gap.
    # (dateutil.tz.resolve_imaginary shifts by the gap's length instead: 02:30 -> 03:30,
    # after 03:10, which would break the wall-clock order this rule keeps.)
    lo = math.floor(wall.replace(tzinfo=tz, fold=1).timestamp())
    hi = math.ceil(first.timestamp())
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, tz).replace(tzinfo=None) > wall:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, tz)


def _utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got {value!r}")
