"""``add``, ``locks``, ``battery``, ``swap`` and ``history``."""

from __future__ import annotations

import argparse
import sys

from lockcare.commands import arguments
from lockcare.commands.context import CliContext
from lockcare.commands.output import (
    dumps,
    iso,
    lock_json,
    reading_json,
    reading_text,
    swap_json,
    table,
)
from lockcare.core.errors import ValidationError
from lockcare.core.models import BATTERY_TYPES, Lock, LockKind, PROTOCOL_VERSIONS, battery_type_words
from lockcare.core.validation import parse_percent_or_level, parse_when
from lockcare.core.wording import battery_label


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the parser."""
    add = subparsers.add_parser("add", parents=[common], help="pair a lock by hand")
    add.add_argument("--name", required=True, help="what you call the lock, e.g. 'Front door'")
    add.add_argument("--id", required=True, dest="device_id", help="the Tuya device id")
    add.add_argument("--address", type=arguments.address, metavar="HOST",
                     help="the lock's IP address or host name on your network (not for --gateway)")
    add.add_argument("--key", help="the 16-character local key from the tinytuya wizard (not for --gateway)")
    add.add_argument("--gateway", metavar="GATEWAY", help="read this lock through a paired gateway (name or id)")
    add.add_argument("--node-id", default="", help="with --gateway: the lock's node id (node_id in devices.json)")
    add.add_argument("--version", default="3.3", choices=[*PROTOCOL_VERSIONS, "auto"], help="protocol version")
    add.add_argument("--port", type=arguments.port, default=6668, help="TCP port (default 6668)")
    add.add_argument("--battery", default="aa-alkaline", choices=list(BATTERY_TYPES), help="battery type")
    add.add_argument("--count", type=int, default=4, help="how many batteries it holds (default 4)")
    add.add_argument("--json", action="store_true", help="print the stored lock as JSON")
    add.set_defaults(handler=_add)

    listing = subparsers.add_parser("locks", parents=[common], help="list paired locks")
    listing.add_argument("--json", action="store_true", help="print JSON (see README)")
    listing.set_defaults(handler=_locks)

    battery = subparsers.add_parser("battery", parents=[common], help="record a battery reading by hand")
    battery.add_argument("lock", metavar="LOCK", help="lock name or device id")
    battery.add_argument("value", metavar="PERCENT_OR_LEVEL", help="0-100, or high/medium/low/poweroff")
    battery.add_argument("--at", metavar="ISO8601", help="when it was read (default: now)")
    battery.set_defaults(handler=_battery)

    swap = subparsers.add_parser("swap", parents=[common], help="record a battery swap")
    swap.add_argument("lock", metavar="LOCK", help="lock name or device id")
    swap.add_argument("--at", metavar="ISO8601", help="when the batteries were changed (default: now)")
    swap.add_argument("--battery", choices=list(BATTERY_TYPES), help="battery type (default: the lock's)")
    swap.add_argument("--brand", default="", help="battery brand")
    swap.add_argument("--count", type=int, help="how many batteries (default: the lock's)")
    swap.add_argument("--note", default="", help="anything worth remembering")
    swap.set_defaults(handler=_swap)

    history = subparsers.add_parser("history", parents=[common], help="show a lock's battery history")
    history.add_argument("lock", metavar="LOCK", help="lock name or device id")
    history.add_argument("--json", action="store_true", help="print JSON (see README)")
    history.set_defaults(handler=_history)


def _add(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.gateway:
        child = Lock(name=args.name, device_id=args.device_id, node_id=args.node_id.strip(),
                     battery_type=args.battery, battery_count=args.count)
        stored = ctx.services.pairing.add_gateway_child(child, args.gateway)
        if args.json:
            print(dumps(lock_json(stored, None, ctx.services.locks.status(stored))))
        else:
            print(f"Added “{stored.name}” ({stored.device_id}), read through gateway {stored.parent_device_id}.")
        return 0
    if not args.address or not args.key:
        raise ValidationError("A lock on Wi-Fi needs --address and --key (or use --gateway and --node-id).")
    lock = Lock(
        name=args.name,
        device_id=args.device_id,
        address=args.address,
        port=args.port,
        version=args.version,
        kind=LockKind.WIFI,
        battery_type=args.battery,
        battery_count=args.count,
    )
    stored = ctx.services.locks.add_lock(lock, args.key)
    if args.json:
        print(dumps(lock_json(stored, None, ctx.services.locks.status(stored))))
    else:
        print(f"Added “{stored.name}” ({stored.device_id}, {stored.address}:{stored.port}, protocol {stored.version}).")
    ctx.say_key_notice()
    return 0


def _locks(ctx: CliContext, args: argparse.Namespace) -> int:
    summaries = ctx.services.locks.summaries()
    if args.json:
        print(dumps([lock_json(s.lock, s.latest, s.status) for s in summaries]))
        return 0
    if not summaries:
        print("No locks yet. Add one with: lockcare add --name 'Front door' --id ID --address IP --key KEY")
        return 0
    rows = [
        [s.lock.name, s.lock.device_id, s.lock.address or "-", reading_text(s.latest), s.status.state]
        for s in summaries
    ]
    print(table(rows, ["NAME", "DEVICE ID", "ADDRESS", "BATTERY", "STATE"]))
    return 0


def _battery(ctx: CliContext, args: argparse.Namespace) -> int:
    lock = ctx.services.locks.resolve(args.lock)
    percent, level = parse_percent_or_level(args.value)
    reading = ctx.services.locks.record_reading(lock, percent=percent, level=level, at=parse_when(args.at))
    print(f"Recorded {reading_text(reading)} for “{lock.name}” at {iso(reading.at.astimezone())}.")
    return 0


def _swap(ctx: CliContext, args: argparse.Namespace) -> int:
    lock = ctx.services.locks.resolve(args.lock)
    swap = ctx.services.maintenance.record_swap(
        lock, at=parse_when(args.at), battery_type=args.battery, brand=args.brand, count=args.count, note=args.note
    )
    print(f"Recorded a swap to {swap.count} × {battery_type_words(swap.battery_type)} in “{lock.name}” on {swap.at.astimezone():%Y-%m-%d}.")
    for warning in ctx.services.battery.warnings(lock):
        if warning.code != "forecast":
            print(f"Note: {warning.message}", file=sys.stderr)
    return 0


def _history(ctx: CliContext, args: argparse.Namespace) -> int:
    history = ctx.services.locks.history(ctx.services.locks.resolve(args.lock))
    if args.json:
        print(
            dumps(
                {
                    "lock": history.lock.name,
                    "id": history.lock.device_id,
                    "readings": [reading_json(r) for r in history.readings],
                    "swaps": [swap_json(s) for s in history.swaps],
                }
            )
        )
        return 0
    events = [(r.at, "reading", reading_text(r), str(r.source)) for r in history.readings]
    events += [(s.at, "swap", f"{s.count} × {battery_label(s.battery_type)}", s.brand or "") for s in history.swaps]
    if not events:
        print(f"Nothing recorded for “{history.lock.name}” yet.")
        return 0
    rows = [[f"{at.astimezone():%Y-%m-%d %H:%M}", what, value, extra] for at, what, value, extra in sorted(events)]
    print(table(rows, ["WHEN", "WHAT", "VALUE", "SOURCE"]))
    return 0
