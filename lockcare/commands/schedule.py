"""``schedule install [--every 1h] | remove | status [--json]``: collect while lockcare is closed."""

from __future__ import annotations

import argparse

from lockcare.commands.context import CliContext
from lockcare.commands.output import dumps


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the parser."""
    schedule = subparsers.add_parser("schedule", parents=[common],
                                     help="run “lockcare collect” on a timer while lockcare is closed")
    actions = schedule.add_subparsers(dest="schedule_command", metavar="ACTION", required=True, parser_class=type(schedule))
    install = actions.add_parser("install", parents=[common], help="install (or replace) the OS timer")
    install.add_argument("--every", default="1h", metavar="INTERVAL",
                         help="15m, 20m, 30m, 1h (default), 2h, 3h, 4h, 6h, 8h, 12h or 1d")
    install.set_defaults(handler=_install)
    remove = actions.add_parser("remove", parents=[common], help="remove the OS timer")
    remove.set_defaults(handler=_remove)
    status = actions.add_parser("status", parents=[common], help="whether the OS timer is installed and running")
    status.add_argument("--json", action="store_true", help="print JSON (see README)")
    status.set_defaults(handler=_status)


def _install(ctx: CliContext, args: argparse.Namespace) -> int:
    status = ctx.services.background.install(args.every)
    print(status.message)
    return 0


def _remove(ctx: CliContext, args: argparse.Namespace) -> int:
    status = ctx.services.background.remove()
    print("Removed: lockcare no longer collects while it is closed." if not status.installed else status.message)
    return 0


def _status(ctx: CliContext, args: argparse.Namespace) -> int:
    status = ctx.services.background.status()
    print(dumps(status.to_dict()) if args.json else status.message)
    return 0

