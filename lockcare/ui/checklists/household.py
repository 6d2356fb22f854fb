"""The household plan printed as a year at a glance: one line per lock and job, one column per month.

The plan's content (:func:`lockcare.core.maintenance.checklist.household_sheet`) comes in
month sections; printed that way it ran to six pages of rows that repeat the same key
figures. Here each job of each lock is one line, each month a column with a tick box and
the day it is due, and the key figures are printed once per job below the grid. A year
for a household of three fits on one page; many locks run over, never clipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, QLocale

from lockcare.core.maintenance.checklist import Section, Sheet
from lockcare.ui.text import html_text


@dataclass
class GridLine:
    """One job of one lock across the plan's months."""

    lock_name: str
    label: str
    interval: str
    days: dict[date, list[tuple[date, bool]]] = field(default_factory=dict)
    """By month (its first day): each due date in it, and whether it is already overdue."""


@dataclass(frozen=True)
class Grid:
    """The household plan, regrouped for printing."""

    months: tuple[date, ...]
    lines: tuple[GridLine, ...]
    figures: tuple[tuple[str, str, tuple[str, ...]], ...]
    """Each job once: its name, how often, its key figures."""
    extra: tuple[Section, ...]
    """Sections that are not months ("When needed")."""


def is_household(sheet: Sheet) -> bool:
    """True for the household plan (its sections are months)."""
    return any(section.month for section in sheet.sections)


def grid_of(sheet: Sheet) -> Grid:
    """Regroup the plan's month sections into lines (lock, job) across the months."""
    months = tuple(s.month for s in sheet.sections if s.month is not None)
    lines: dict[tuple[str, str], GridLine] = {}
    figures: dict[str, tuple[str, tuple[str, ...]]] = {}
    for section in sheet.sections:
        if section.month is None:
            continue
        for row in section.rows:
            line = lines.setdefault((row.lock_name, row.label), GridLine(row.lock_name, row.label, row.interval))
            line.days.setdefault(section.month, []).append((row.on or section.month, row.overdue))
            figures.setdefault(row.label, (row.interval, row.figures))
    ordered = sorted(lines.values(), key=lambda line: (line.lock_name.casefold(), line.label.casefold()))
    return Grid(
        months=months,
        lines=tuple(ordered),
        figures=tuple((label, interval, figs) for label, (interval, figs) in sorted(figures.items()) if figs),
        extra=tuple(s for s in sheet.sections if s.month is None),
    )


def grid_html(sheet: Sheet, grid: Grid, lines: Sequence[GridLine], *, first: bool, last: bool, tick: str,
              footer: str) -> str:
    """One page of the plan: the title (continued after the first), the grid lines, then the key figures.

    Args:
        sheet: The plan (title, subtitle, date).
        grid: The whole plan, regrouped.
        lines: The grid lines on this page.
        first: The first page (title and subtitle in full).
        last: The last page (key figures and "When needed" follow the grid).
        tick: The tick-box character ("" draws a bordered cell).
        footer: "Page 1 of 2".
    """
    escape = html_text
    title = sheet.title if first else f"{sheet.title} (continued)"
    parts = [f"<h1>{escape(title)}</h1>"]
    if first:
        parts.append(f"<p class='sub'>{escape(sheet.subtitle)}. Tick a box when the job is done: the "
                     "number is the day of the month it is due, <b>now</b> marks a job that is overdue.</p>")
    parts.append(_grid_table(grid.months, lines, tick))
    if last:
        if grid.figures:
            parts.append("<h2>Key figures</h2>")
            rows = "".join(
                f"<tr><td width='26%'><b>{escape(label)}</b><br/>{escape(interval)}</td>"
                f"<td width='74%'>{', '.join(escape(f) for f in figs)}</td></tr>"
                for label, interval, figs in grid.figures
            )
            parts.append(f"<table width='100%' cellpadding='3' cellspacing='0'>{rows}</table>")
        for section in grid.extra:
            parts.append(f"<h2>{escape(section.title)}</h2>")
            parts.append(_advice(section))
    made = f"Made with lockcare on {_day(sheet.made_on, 'd MMM yyyy')}." + (f" {footer}." if footer else "")
    parts.append(f"<p class='foot'>{escape(made)}</p>")
    return "".join(parts)


def _advice(section: Section) -> str:
    rows = "".join(
        f"<tr><td width='26%'><b>{html_text(row.label)}</b><br/>{html_text(row.interval)}</td>"
        f"<td width='74%'>{html_text(row.text)}"
        + (f"<br/>Key figures: {', '.join(html_text(f) for f in row.figures)}" if row.figures else "")
        + "</td></tr>"
        for row in section.rows
    )
    return f"<table width='100%' cellpadding='3' cellspacing='0'>{rows}</table>"


def _grid_table(months: Sequence[date], lines: Sequence[GridLine], tick: str) -> str:
    escape = html_text
    share = 68 / max(len(months), 1)
    head = "<tr><th width='12%'>Lock</th><th width='20%'>Job</th>" + "".join(
        f"<th width='{share:.1f}%' align='center'>{escape(_day(m, 'MMM'))}<br/>{m.year}</th>" for m in months
    ) + "</tr>"
    body = []
    previous = ""
    for line in lines:
        lock = "" if line.lock_name == previous else f"<b>{escape(line.lock_name)}</b>"
        previous = line.lock_name
        cells = []
        for month in months:
            due = line.days.get(month, [])
            cells.append("<td align='center'>" + "<br/>".join(_due_cell(day, overdue, tick) for day, overdue in due)
                         + "</td>")
        body.append(f"<tr><td>{lock}</td><td>{escape(line.label)}<br/><span class='small'>{escape(line.interval)}"
                    f"</span></td>{''.join(cells)}</tr>")
    return f"<table width='100%' cellpadding='2' cellspacing='0'>{head}{''.join(body)}</table>"


def _due_cell(day: date, overdue: bool, tick: str) -> str:
    box = tick or "□"
    if overdue:  # "OVERDUE" does not fit a month's column; the subtitle explains "now"
        return f"{box}<br/><b>now</b>"
    return f"{box}&nbsp;{day.day}"


def _day(day: date, form: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


__all__ = ["Grid", "GridLine", "grid_html", "grid_of", "is_household"]
