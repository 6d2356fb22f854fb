"""The content of printable checklists, as plain data.

Two sheets: a one-page sheet per lock (facts about the lock, every recurring task with
its interval, how-to, figures and room to write "done by / date / notes"), and a
household sheet that lays out the coming 12 months, month by month, for every lock.

Nothing here formats dates or draws anything: rows carry :class:`~datetime.date` values
and the Qt renderer turns the :class:`Sheet` into HTML/PDF in the user's locale.

The household plan assumes each task is done on its due date, so later occurrences are
the first due date plus whole intervals (month ends clamp, as in the schedule). A task
that is already overdue is listed in the first month, flagged, and planned onwards from
today.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from dateutil.relativedelta import relativedelta

from lockcare.core.maintenance.log_types import BATTERY_REMOVAL
from lockcare.core.maintenance.schedule import (
    DueStatus,
    ReplaceBy,
    due_state,
    interval_text,
    is_forecast_driven,
    task_spec,
)
from lockcare.core.models import Lock, RecurringTask, battery_type_words

WRITE_IN_TASK: tuple[str, ...] = ("Done by", "Date", "Notes")
"""Blank fields printed after each task on a lock's sheet."""

WRITE_IN_PLAN: tuple[str, ...] = ("Done by", "Date")
"""Blank fields printed after each line of the household plan."""


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a sheet.

    Attributes:
        label: What the line is about ("Battery check", "Battery").
        text: Its value or how-to text.
        interval: How often, in plain words ("" for facts).
        figures: Key figures to print prominently.
        why: One line on why it matters.
        lock_name: The lock, on household sheets.
        on: The date the line is about: a job's (next) due date, or when a fact
            happened (the last battery swap). None when there is none.
        overdue: True when the job's due date has already passed.
        tick_box: Print a tick box.
        write_in: Labels of blank fields to print for handwriting.
    """

    label: str
    text: str = ""
    interval: str = ""
    figures: tuple[str, ...] = ()
    why: str = ""
    lock_name: str = ""
    on: date | None = None
    overdue: bool = False
    tick_box: bool = False
    write_in: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A headed group of rows.

    Attributes:
        title: The heading.
        rows: Its lines.
        note: A short line under the heading, or shown when there are no rows.
        month: First day of the month, on household plan sections.
    """

    title: str
    rows: tuple[Row, ...] = ()
    note: str = ""
    month: date | None = None


@dataclass(frozen=True, slots=True)
class Sheet:
    """A printable page (or pages) of content.

    Attributes:
        title: Printed at the top.
        subtitle: A line under the title.
        sections: The content, in order.
        made_on: The local date the content was built.
        qr_text: Printed as a QR code beside the title when not empty: which lock a
            sheet taped inside a cupboard belongs to, for a phone's camera.
    """

    title: str
    subtitle: str
    sections: tuple[Section, ...]
    made_on: date
    qr_text: str = ""


def lock_label(lock: Lock) -> str:
    """The text of a lock's QR code: enough to tell which lock it is, never its key."""
    lines = ["lockcare lock", f"Name: {lock.name}", f"Device id: {lock.device_id}"]
    if lock.product_id:
        lines.append(f"Product id: {lock.product_id}")
    return "\n".join(lines)


def lock_sheet(
    lock: Lock,
    tasks: Sequence[RecurringTask],
    *,
    now: datetime,
    tz: tzinfo,
    last_swap_at: datetime | None = None,
    forecast_text: str = "",
    forecast: ReplaceBy | None = None,
) -> Sheet:
    """Build the one-page checklist for a lock.

    Args:
        lock: The lock.
        tasks: Its recurring tasks (disabled ones are left out).
        now: The current time (timezone-aware).
        tz: The user's zone.
        last_swap_at: When the batteries were last replaced, if known.
        forecast_text: The battery forecast's range in words, from the forecaster.
        forecast: Replace-by date for the battery replacement task.

    Returns:
        The sheet: facts about the lock, regular tasks, when-needed advice, notes.
    """
    battery = battery_type_words(lock.battery_type)
    model = lock.product_name or "Unknown model"
    facts = (
        Row("Model", model),
        Row("Product ID", lock.product_id or "Not known"),
        Row("Batteries", f"{lock.battery_count} × {battery}"),
        Row(
            "Last battery swap",
            "" if last_swap_at else "Not recorded",
            on=last_swap_at.astimezone(tz).date() if last_swap_at else None,
        ),
        Row("Replace batteries", forecast_text or "No forecast yet"),
    )
    task_rows = tuple(
        _task_row(task, now=now, tz=tz, forecast=forecast)
        for task in tasks
        if task.enabled
    )
    advice = BATTERY_REMOVAL
    when_needed = (
        Row(
            advice.title, advice.how, interval=advice.when, figures=advice.figures,
            tick_box=True, write_in=WRITE_IN_PLAN,
        ),
    )
    return Sheet(
        title=f"{lock.name}: maintenance checklist",
        subtitle="Tick each job when it is done and write down who did it and when.",
        sections=(
            Section("This lock", facts),
            Section("Regular jobs", task_rows, note="" if task_rows else "No jobs set."),
            Section("When needed", when_needed),
            Section("Notes", (Row("Notes", write_in=("Notes",)),)),
        ),
        made_on=now.astimezone(tz).date(),
        qr_text=lock_label(lock),
    )


def household_sheet(
    locks_and_tasks: Iterable[tuple[Lock, Sequence[RecurringTask]]],
    *,
    now: datetime,
    tz: tzinfo,
    forecasts: Mapping[int, ReplaceBy] | None = None,
    months: int = 12,
) -> Sheet:
    """Build the household plan: what is due for which lock, month by month.

    Args:
        locks_and_tasks: Each lock with its recurring tasks.
        now: The current time (timezone-aware).
        tz: The user's zone.
        forecasts: Replace-by dates by lock id, for battery replacement.
        months: How many months to plan, starting with the current one.

    Returns:
        A sheet with one section per month (empty months carry a note) and a final
        "When needed" section.
    """
    today = now.astimezone(tz).date()
    first_month = today.replace(day=1)
    end = first_month + relativedelta(months=months)
    by_month: dict[date, list[Row]] = {
        first_month + relativedelta(months=i): [] for i in range(months)
    }
    for lock, tasks in locks_and_tasks:
        for task in tasks:
            forecast = (forecasts or {}).get(task.lock_id)
            for row in _planned_rows(lock, task, now, tz, today, end, forecast):
                assert row.on is not None  # planned rows always carry their date
                by_month[max(row.on, today).replace(day=1)].append(row)
    sections = tuple(
        Section(
            f"{month:%B %Y}",
            tuple(sorted(rows, key=lambda r: (r.on, r.lock_name, r.label))),
            note="" if rows else "Nothing due this month.",
            month=month,
        )
        for month, rows in by_month.items()
    )
    advice = BATTERY_REMOVAL
    when_needed = Section(
        "When needed",
        (Row(advice.title, advice.how, interval=advice.when, figures=advice.figures),),
    )
    last = end - relativedelta(days=1)
    return Sheet(
        title="Household lock maintenance plan",
        subtitle=f"{first_month:%B %Y} to {last:%B %Y}, every lock",
        sections=(*sections, when_needed),
        made_on=today,
    )


def _task_row(
    task: RecurringTask, *, now: datetime, tz: tzinfo, forecast: ReplaceBy | None
) -> Row:
    spec = task_spec(task.kind)
    state = due_state(task, now, tz=tz, forecast=forecast)
    return Row(
        label=task.title,
        text=spec.how if spec else "",
        interval=interval_text(task),
        figures=spec.figures if spec else (),
        why=spec.why if spec else "",
        on=state.due_on,
        overdue=state.status is DueStatus.OVERDUE,
        tick_box=True,
        write_in=WRITE_IN_TASK,
    )


def _planned_rows(
    lock: Lock,
    task: RecurringTask,
    now: datetime,
    tz: tzinfo,
    today: date,
    end: date,
    forecast: ReplaceBy | None,
) -> list[Row]:
    """Rows for every occurrence of ``task`` before ``end``."""
    state = due_state(task, now, tz=tz, forecast=forecast)
    if state.due_on is None:
        return []
    spec = task_spec(task.kind)

    def row(day: date, overdue: bool = False) -> Row:
        return Row(
            label=task.title,
            interval=interval_text(task),
            figures=spec.figures if spec else (),
            lock_name=lock.name,
            on=day,
            overdue=overdue,
            tick_box=True,
            write_in=WRITE_IN_PLAN,
        )

    rows = []
    base = state.due_on
    if state.status is DueStatus.OVERDUE:
        rows.append(row(state.due_on, overdue=True))
        base = today
        start = 1  # the overdue one stands for today; plan onwards from it
    else:
        start = 0
    if is_forecast_driven(task):
        return rows if rows else ([row(base)] if base < end else [])
    step = relativedelta(months=task.interval_months, days=task.interval_days)
    k = start
    while (day := base + step * k) < end:
        rows.append(row(day))
        k += 1
    return rows
