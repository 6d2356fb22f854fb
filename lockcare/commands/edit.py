"""``edit`` and ``remove``: the way out when a lock's details, its key or the lock itself are wrong."""

from __future__ import annotations

import argparse
import getpass
import sys

from lockcare.commands import arguments
from lockcare.commands.context import CliContext
from lockcare.commands.output import dumps, lock_json
from lockcare.core.errors import ValidationError
from lockcare.core.models import PROTOCOL_VERSIONS


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``edit`` and ``remove``."""
    edit = subparsers.add_parser("edit", parents=[common], help="change a lock's name, address, port, version or key")
    edit.add_argument("lock", metavar="LOCK", help="lock name or device id")
    edit.add_argument("--name", help="a new name")
    edit.add_argument("--address", type=arguments.address, metavar="HOST", help="its IP address or host name")
    edit.add_argument("--port", type=arguments.port, help="its TCP port (usually 6668)")
    edit.add_argument("--version", choices=[*PROTOCOL_VERSIONS, "auto"], help="its protocol version (auto: ask the lock)")
    edit.add_argument("--key-stdin", action="store_true",
                      help="read a new local key from stdin (asked for, hidden, on a terminal); never give it as an argument")
    edit.add_argument("--json", action="store_true", help="print the lock as stored now (the shape of locks --json)")
    edit.set_defaults(handler=_edit)

    remove = subparsers.add_parser("remove", parents=[common],
                                   help="remove a lock with its readings, log and key (asks first)")
    remove.add_argument("lock", metavar="LOCK", help="lock name or device id")
    remove.add_argument("--yes", action="store_true", help="do not ask (needed when not run from a terminal)")
    remove.set_defaults(handler=_remove)


def _edit(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.name is None and args.address is None and args.port is None and args.version is None and not args.key_stdin:
        raise arguments.UsageError("lockcare edit: nothing to change: give --name, --address, --port, --version or --key-stdin "
                         "(see lockcare edit --help)")
    lock = ctx.services.locks.resolve(args.lock)
    key = _key_from_stdin(lock.name) if args.key_stdin else None
    stored = ctx.services.locks.edit_lock(lock, name=args.name, address=args.address, port=args.port,
                                          version=args.version, key=key)
    if args.json:
        print(dumps(lock_json(stored, ctx.services.locks.summary(stored).latest, ctx.services.locks.status(stored))))
        return 0
    changed = [what for what, value in (("name", args.name), ("address", args.address), ("port", args.port),
                                        ("version", args.version), ("local key", key)) if value is not None]
    where = f"{stored.address}:{stored.port}, protocol {stored.version}" if not stored.is_gateway_child else "via its gateway"
    print(f"Saved “{stored.name}” ({', '.join(changed)} changed; {where}).")
    return 0


def _key_from_stdin(name: str) -> str:
    """The key from a hidden prompt on a terminal, else the first line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"New local key for “{name}” (16 characters, not shown): ").strip()
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line.strip():
        raise ValidationError("--key-stdin found no key on stdin: pipe it in, e.g. lockcare edit LOCK --key-stdin < key.txt")
    return line.strip()


def _remove(ctx: CliContext, args: argparse.Namespace) -> int:
    lock = ctx.services.locks.resolve(args.lock)
    what = ctx.services.locks.removal_footprint(lock).words()
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise arguments.UsageError(f"lockcare remove: this removes {what}; add --yes to remove it without being asked")
        answer = input(f"Remove {what}? This cannot be undone here (a backup can bring it back). [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was removed.")
            return 0
    removed = ctx.services.locks.remove_lock(lock)
    print(f"Removed {removed.footprint.words()}.")
    return 0
