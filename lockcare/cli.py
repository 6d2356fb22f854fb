"""lockcare's command line: ``lockcare [COMMAND] [--data-dir DIR] ...``.

Every command shares the same services as the GUI. Qt is imported only by ``gui`` (and the
commands that print), so scripting lockcare from cron stays light. Errors are one line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from lockcare import __version__, paths
from lockcare.commands import battery, cloud, context, gui, locks, maintenance, pairing, schedule
from lockcare.core.errors import LockcareError
from lockcare.logsetup import configure_logging, shutdown_logging

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

COMMAND_MODULES = (gui, locks, pairing, battery, maintenance, cloud, schedule)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """Build the parser for every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep data, settings and logs in DIR (also ${paths.ENV_DATA_DIR})",
    )
    common.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser = _Parser(
        prog="lockcare",
        description="A maintenance companion for Tuya smart door locks.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"lockcare {__version__}")
    parser.add_argument("--demo", action="store_true", help="start the app with emulated demo locks")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (headless, in a temporary folder that is deleted) and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run lockcare with ``argv`` (default: the process arguments) and return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.self_test:
            from lockcare.selftest import run_self_test  # its own temporary folder, logging and report

            return run_self_test(verbose=args.verbose)
        if args.command is None:
            args = parser.parse_args(["gui", *(["--demo"] if args.demo else []), *_common_args(args)])
    except SystemExit as exc:  # --help, --version and usage errors (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    paths.set_data_dir_override(args.data_dir)
    ctx = context.CliContext(args)
    try:
        configure_logging(verbose=args.verbose)
        return int(args.handler(ctx, args) or EXIT_OK)
    except LockcareError as exc:
        print(f"lockcare: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lockcare: stopped.", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"lockcare: {exc.strerror or exc} ({exc.filename or 'file system'}). Nothing was lost.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: keep the traceback in the log, one line for the user
        log.exception("Unexpected error in %s", args.command)
        print(
            f"lockcare: unexpected error ({type(exc).__name__}); details are in {paths.log_dir() / 'lockcare.log'}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    finally:
        ctx.close()
        shutdown_logging()


def _common_args(args: argparse.Namespace) -> list[str]:
    extra = []
    if args.data_dir:
        extra += ["--data-dir", args.data_dir]
    if args.verbose:
        extra.append("--verbose")
    return extra


if __name__ == "__main__":
    sys.exit(main())
