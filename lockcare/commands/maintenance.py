"""``log``, ``log-add``, ``due``, ``calendar``, ``checklist``, ``export``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from lockcare.commands.context import CliContext
from lockcare.commands.output import counted, dumps, iso, swap_json, table
from lockcare.core.errors import ValidationError
from lockcare.core.maintenance.log_types import LOG_TYPES, label_for
from lockcare.core.maintenance.schedule import interval_text
from lockcare.core.models import LogEntry
from lockcare.core.validation import parse_bound, parse_when
from lockcare.services.maintenance_plan import DueItem


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the parser."""
    log = subparsers.add_parser("log", parents=[common], help="show a lock's maintenance log")
    log.add_argument("lock", metavar="LOCK", help="lock name or device id")
    log.add_argument("--type", action="append", choices=[t.id for t in LOG_TYPES], help="only this type (repeatable)")
    log.add_argument("--since", metavar="ISO8601", help="only entries from this date or time on")
    log.add_argument("--until", metavar="ISO8601", help="only entries before this date or time")
    log.add_argument("--search", default="", metavar="WORDS", help="only entries whose notes, name or type match")
    log.add_argument("--json", action="store_true", help="print JSON (see README)")
    log.set_defaults(handler=_log)

    add = subparsers.add_parser("log-add", parents=[common], help="log maintenance done on a lock")
    add.add_argument("lock", metavar="LOCK", help="lock name or device id")
    add.add_argument("type", metavar="TYPE", choices=[t.id for t in LOG_TYPES],
                     help="one of: " + ", ".join(t.id for t in LOG_TYPES))
    add.add_argument("--at", metavar="ISO8601", help="when it was done (default: now)")
    add.add_argument("--notes", default="", help="what was done or noticed")
    add.add_argument("--cost", type=float, help="what it cost")
    add.add_argument("--value", type=float, help="a measured value, e.g. 2.0 for a torque")
    add.add_argument("--unit", help="the value's unit, e.g. N·m (default: the type's usual unit)")
    add.add_argument("--by", default="", metavar="NAME", help="who did it")
    add.add_argument("--json", action="store_true", help="print the stored entry as JSON")
    add.set_defaults(handler=_log_add)

    due = subparsers.add_parser("due", parents=[common], help="show what maintenance is due, for every lock")
    due.add_argument("--json", action="store_true", help="print JSON (see README)")
    due.set_defaults(handler=_due)

    cal = subparsers.add_parser("calendar", parents=[common], help="write the maintenance schedule as an .ics file")
    cal.add_argument("--out", required=True, metavar="FILE.ics", help="the calendar file to write")
    cal.set_defaults(handler=_calendar)

    sheet = subparsers.add_parser("checklist", parents=[common], help="write printable checklists as a PDF")
    which = sheet.add_mutually_exclusive_group(required=True)
    which.add_argument("lock", metavar="LOCK", nargs="?", help="one lock's one-page checklist")
    which.add_argument("--all", action="store_true", help="every lock's checklist and the household plan")
    sheet.add_argument("--pdf", required=True, metavar="FILE", help="the PDF file to write")
    sheet.add_argument("--paper", choices=["a4", "letter"], help="paper size (default: from your locale)")
    sheet.set_defaults(handler=_checklist)

    export = subparsers.add_parser("export", parents=[common], help="export the log, readings and swaps as CSV")
    export.add_argument("--csv", required=True, metavar="DIR", help="folder to write log.csv, readings.csv, swaps.csv")
    export.set_defaults(handler=_export)

    backup = subparsers.add_parser("backup", parents=[common], help="write a full backup file")
    backup.add_argument("file", metavar="FILE", help="the backup file to write")
    backup.add_argument("--include-keys", action="store_true", help="put the locks' local keys in the file too")
    backup.set_defaults(handler=_backup)

    restore = subparsers.add_parser("restore", parents=[common], help="replace all data with a backup file's")
    restore.add_argument("file", metavar="FILE", help="a file made by 'lockcare backup'")
    restore.set_defaults(handler=_restore)


def entry_json(ctx: CliContext, entry: LogEntry) -> dict[str, Any]:
    """A log entry as JSON (shape documented in README)."""
    swap = ctx.services.maintenance.swap_of(entry)
    run = ctx.services.maintenance.run_of(entry)
    return {
        "entry_id": entry.id,
        "at": iso(entry.at),
        "type": entry.type,
        "label": label_for(entry.type),
        "notes": entry.notes,
        "cost": entry.cost,
        "measured_value": entry.measured_value,
        "measured_unit": entry.measured_unit,
        "done_by": entry.done_by,
        "battery_swap": swap_json(swap) if swap else None,
        "troubleshoot_run": {"symptom": run.symptom, "outcome": run.outcome} if run else None,
    }


def due_json(item: DueItem) -> dict[str, Any]:
    """One task's due state as JSON (shape documented in README)."""
    return {
        "lock": item.lock.name,
        "id": item.lock.device_id,
        "task": item.task.kind,
        "title": item.task.title,
        "interval": interval_text(item.task),
        "status": str(item.status),
        "due_on": item.state.due_on.isoformat() if item.state.due_on else None,
        "days_until": item.state.days_until,
        "last_done": iso(item.task.last_done_at),
    }


def _log(ctx: CliContext, args: argparse.Namespace) -> int:
    lock = ctx.services.locks.resolve(args.lock)
    entries = ctx.services.maintenance.entries(
        lock, types=args.type, since=parse_bound(args.since), until=parse_bound(args.until, end=True), text=args.search
    )
    if args.json:
        print(dumps({"lock": lock.name, "id": lock.device_id, "entries": [entry_json(ctx, e) for e in entries]}))
        return 0
    if not entries:
        print(f"Nothing logged for “{lock.name}”" + (" that matches." if _filtered(args) else " yet."))
        return 0
    rows = [
        [f"{e.at.astimezone():%Y-%m-%d %H:%M}", label_for(e.type), _measured(e), e.done_by or "-", e.notes]
        for e in entries
    ]
    print(table(rows, ["WHEN", "WHAT", "VALUE", "BY", "NOTES"]))
    return 0


def _log_add(ctx: CliContext, args: argparse.Namespace) -> int:
    lock = ctx.services.locks.resolve(args.lock)
    if args.unit is not None and args.value is None:
        raise ValidationError("--unit needs --value (the measured value).")
    entry = ctx.services.maintenance.add_entry(
        lock, args.type, at=parse_when(args.at, now=ctx.services.maintenance.now()), notes=args.notes,
        cost=args.cost, measured_value=args.value, measured_unit=args.unit, done_by=args.by,
    )
    if args.json:
        print(dumps(entry_json(ctx, entry)))
        return 0
    print(f"Logged “{label_for(entry.type)}” for “{lock.name}” on {entry.at.astimezone():%Y-%m-%d}.")
    done = [item for item in ctx.services.plan.due(lock=lock) if item.task.last_done_at == entry.at]
    for item in done:
        when = item.state.due_on.isoformat() if item.state.due_on else "when the forecast says"
        print(f"Done: {item.task.title} (next due {when}).")
    return 0


def _due(ctx: CliContext, args: argparse.Namespace) -> int:
    items = ctx.services.plan.due()
    if args.json:
        print(dumps([due_json(item) for item in items]))
        return 0
    if not items:
        print("No locks yet, so nothing is due.")
        return 0
    rows = [
        [
            item.lock.name, item.task.title, str(item.status),
            item.state.due_on.isoformat() if item.state.due_on else "-", interval_text(item.task),
        ]
        for item in items
    ]
    print(table(rows, ["LOCK", "TASK", "STATUS", "DUE", "HOW OFTEN"]))
    return 0


def _calendar(ctx: CliContext, args: argparse.Namespace) -> int:
    path = ctx.services.plan.write_calendar(args.out)
    print(f"Wrote the maintenance calendar to {path}. Import it into your calendar app.")
    return 0


def _checklist(ctx: CliContext, args: argparse.Namespace) -> int:
    sheets = ctx.services.plan.sheets(ctx.services.locks.resolve(args.lock) if args.lock else None)
    if len(sheets) == 1 and not args.lock:
        print("No locks yet; the household plan alone will be written.", file=sys.stderr)
    _ensure_qt()
    from lockcare.ui.checklists.preview import locale_paper  # Qt only for this command
    from lockcare.ui.checklists.render import write_pdf

    paper = args.paper or locale_paper()
    pages = write_pdf(sheets, args.pdf, paper=paper)
    print(f"Wrote {counted(pages, 'page')} ({paper.upper()}) to {args.pdf}.")
    return 0


def _export(ctx: CliContext, args: argparse.Namespace) -> int:
    files = ctx.services.export.write_csv(args.csv)
    print("Wrote " + ", ".join(str(f) for f in files) + ".")
    return 0


def _backup(ctx: CliContext, args: argparse.Namespace) -> int:
    info = ctx.services.backup.create(args.file, include_keys=args.include_keys)
    keys = "with the locks' local keys (keep it private)" if info.includes_keys else "without local keys"
    print(f"Backed up {counted(info.locks, 'lock')} and {counted(info.log_entries, 'log entry', 'log entries')} "
          f"to {info.path}, {keys}.")
    return 0


def _restore(ctx: CliContext, args: argparse.Namespace) -> int:
    info = ctx.services.backup.restore(args.file)
    print(
        f"Restored {counted(info.locks, 'lock')} and {counted(info.log_entries, 'log entry', 'log entries')} "
        f"from {info.path} "
        f"(made {info.created_at.astimezone():%Y-%m-%d %H:%M}). The data you had before is kept "
        f"in {ctx.services.backup.before_restore_path}."
    )
    return 0


def _ensure_qt() -> None:
    """Make sure a QGuiApplication exists; offscreen when there is no display."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _QT_APP
        _QT_APP = QGuiApplication(["lockcare"])


_QT_APP: object = None  # kept alive for the process once a checklist command created it


def _filtered(args: argparse.Namespace) -> bool:
    return bool(args.type or args.since or args.until or args.search)


def _measured(entry: LogEntry) -> str:
    if entry.measured_value is None:
        return "-"
    return f"{entry.measured_value:g} {entry.measured_unit}".strip()
