"""lockcare's command line: ``lockcare [--data-dir DIR] [-v] [COMMAND] ...``.

Every command shares the same services as the GUI. Qt is imported only by ``gui`` (and the
commands that print), so scripting lockcare from cron stays light. Errors are one line on
stderr and a non-zero exit, never a traceback; with ``--json`` the failure is also a JSON
object on stdout. Everything written to the terminal has its control characters escaped
(:mod:`lockcare.core.safe_text`), so a lock's name cannot drive the terminal.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from lockcare import __version__, paths
from lockcare.commands import battery, cloud, context, edit, gui, locks, maintenance, pairing, readings_import, schedule
from lockcare.commands.arguments import UsageError
from lockcare.commands.options import add_demo_option, add_global_options, common_parent
from lockcare.commands.output import EscapingStream, compact
from lockcare.core.errors import LockcareError, NotFoundError, ValidationError
from lockcare.core.safe_text import one_line
from lockcare.core.vocabulary import CommandFailure
from lockcare.logsetup import configure_logging, shutdown_logging
from lockcare.storage.errors import StorageError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141
"""What a tool killed by SIGPIPE reports (128 + 13): the reader of our output went away."""

COMMAND_MODULES = (gui, locks, edit, pairing, battery, maintenance, readings_import, cloud, schedule)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are raised, to be told in one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def build_parser() -> argparse.ArgumentParser:
    """Build the parser for every command."""
    parser = _Parser(prog="lockcare", description="A maintenance companion for Tuya smart door locks.")
    add_global_options(parser, root=True)
    add_demo_option(parser, root=True)
    parser.add_argument("--version", action="version", version=f"lockcare {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (headless, in a temporary folder that is deleted) and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    common = common_parent()
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run lockcare with ``argv`` (default: the process arguments) and return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    with _escaped_output():
        try:
            args = _parse(arguments)
        except UsageError as exc:
            return _fail(CommandFailure.USAGE, str(exc), as_json="--json" in arguments, prefix="")
        except SystemExit as exc:  # --help and --version (already printed)
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
        if args.self_test:
            from lockcare.selftest import run_self_test  # its own temporary folder, logging and report

            return run_self_test(verbose=args.verbose)
        return _run(args)


def _parse(arguments: list[str]) -> argparse.Namespace:
    """Parse, refusing what argparse lets through: text that is not UTF-8, ``--demo`` off the window."""
    for position, argument in enumerate(arguments, start=1):
        if any("\udc80" <= char <= "\udcff" for char in argument):  # bytes Python could not decode
            raise UsageError(
                f"lockcare: argument {position} (“{one_line(argument)}”) is not valid UTF-8 text; "
                "give names, dates and paths in UTF-8"
            )
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.self_test:
        return args
    if args.command is None:
        args = parser.parse_args(["gui", *arguments])
    if args.demo and args.command != "gui":
        raise UsageError(f"lockcare: --demo opens the window with emulated locks; it does not apply to "
                         f"“{args.command}” (see lockcare --help)")
    return args


def _run(args: argparse.Namespace) -> int:
    paths.set_data_dir_override(args.data_dir)
    ctx = context.CliContext(args)
    as_json = bool(getattr(args, "json", False))
    try:
        configure_logging(verbose=args.verbose)
        code = int(args.handler(ctx, args) or EXIT_OK)
        sys.stdout.flush()  # here, not at exit: a reader that went away is noticed while we can still say nothing
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except UsageError as exc:
        return _fail(CommandFailure.USAGE, str(exc), as_json=as_json, prefix="")
    except NotFoundError as exc:
        return _fail(CommandFailure.NOT_FOUND, str(exc), as_json=as_json)
    except ValidationError as exc:
        return _fail(CommandFailure.INVALID, str(exc), as_json=as_json)
    except StorageError as exc:
        return _fail(CommandFailure.STORAGE, str(exc), as_json=as_json)
    except LockcareError as exc:
        return _fail(CommandFailure.REFUSED, str(exc), as_json=as_json)
    except KeyboardInterrupt:
        print("lockcare: stopped.", file=sys.stderr)
        return 130
    except OSError as exc:
        where = exc.filename or "file system"
        return _fail(CommandFailure.FILE, f"{exc.strerror or exc} ({where}). Nothing was lost.", as_json=as_json)
    except Exception as exc:  # a bug: keep the traceback in the log, one line for the user
        log.exception("Unexpected error in %s", args.command)
        return _fail(CommandFailure.UNEXPECTED,
                     f"unexpected error ({type(exc).__name__}); details are in {paths.log_dir() / 'lockcare.log'}",
                     as_json=as_json)
    finally:
        ctx.close()
        shutdown_logging()


def _fail(kind: CommandFailure, message: str, *, as_json: bool, prefix: str = "lockcare: ") -> int:
    """Say what went wrong in one line on stderr (and as JSON on stdout for ``--json``); the exit code."""
    try:
        if as_json:
            print(compact({"error": {"kind": str(kind), "message": message}}), flush=True)
        print(f"{prefix}{one_line(message)}", file=sys.stderr)  # a line break someone typed stays one line
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return EXIT_USAGE if kind is CommandFailure.USAGE else EXIT_ERROR


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush has nowhere to fail."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture output)
        pass


@contextmanager
def _escaped_output() -> Iterator[None]:
    """While lockcare runs, everything printed goes through :class:`EscapingStream`."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(sys.stdout), EscapingStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


if __name__ == "__main__":
    sys.exit(main())
