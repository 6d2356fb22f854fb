"""``gui``: start the desktop app (the default command)."""

from __future__ import annotations

import argparse
import sys

from lockcare.commands.context import CliContext
from lockcare.commands.options import add_demo_option
from lockcare.desktop_check import display_problem


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``gui`` command."""
    gui = subparsers.add_parser("gui", parents=[common], help="open the lockcare window (default)")
    add_demo_option(gui, root=False)
    gui.set_defaults(handler=_gui)


def _gui(ctx: CliContext, args: argparse.Namespace) -> int:
    problem = display_problem()  # before Qt loads: without its xcb libraries it aborts unhelpfully
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from lockcare.app import run_app  # Qt is imported only here

    return run_app(demo=args.demo)
