"""``scan``, ``import-devices``, ``read``, ``poll`` and ``sim``."""

from __future__ import annotations

import argparse
import queue
import shlex
import sys
import time
from pathlib import Path

from lockcare.commands import arguments
from lockcare.commands.cloud import WRONG_KEY_HINT
from lockcare.commands.context import CliContext
from lockcare.commands.output import compact, dumps, iso, table
from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock
from lockcare.core.vocabulary import ErrorKind
from lockcare.devices.discovery import DEFAULT_PORTS, DiscoveryError
from lockcare.devices.sim import cli as sim_cli
from lockcare.services.reading import ReadOutcome
from lockcare.services.watch import WakeWatch, WatchError, lock_that_woke
from lockcare.storage.errors import StaleDataError

EXIT_UNREACHABLE = 3
DEFAULT_INTERVAL = 900.0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the parser."""
    scan = subparsers.add_parser("scan", parents=[common], help="listen for Tuya devices on your network")
    scan.add_argument("--seconds", type=arguments.seconds, default=10.0,
                      help="how long to listen (default 10; more than 60 counts as 60)")
    scan.add_argument("--ports", type=arguments.ports, help=argparse.SUPPRESS)  # tests: loopback ports
    scan.add_argument("--json", action="store_true", help="print JSON (see README)")
    scan.set_defaults(handler=_scan)

    imp = subparsers.add_parser("import-devices", parents=[common], help="import locks from the tinytuya wizard's devices.json")
    imp.add_argument("file", metavar="FILE", type=Path, help="the devices.json file")
    imp.set_defaults(handler=_import)

    read = subparsers.add_parser("read", parents=[common], help="read a lock once over the network and store it")
    read.add_argument("lock", metavar="LOCK", help="lock name or device id")
    read.add_argument("--json", action="store_true", help="print JSON (see README)")
    read.set_defaults(handler=_read)

    poll = subparsers.add_parser("poll", parents=[common], help="read every lock once (or keep watching with --watch)")
    poll.add_argument("--watch", action="store_true", help="keep listening and read each lock when it wakes")
    poll.add_argument("--interval", type=arguments.seconds, help="with --watch: re-read every N seconds (default 900)")
    poll.add_argument("--for", dest="duration", type=arguments.seconds, help="with --watch: stop after N seconds")
    poll.add_argument("--ports", type=arguments.ports, help=argparse.SUPPRESS)
    poll.add_argument("--json", action="store_true", help="print one JSON object per read (JSON lines)")
    poll.set_defaults(handler=_poll)

    sim = subparsers.add_parser("sim", parents=[common], help="run an emulated Tuya lock on this computer")
    sim_cli.add_arguments(sim)
    sim.set_defaults(handler=lambda ctx, args: sim_cli.run(args))


def _scan(ctx: CliContext, args: argparse.Namespace) -> int:
    pairing = ctx.services.pairing
    if args.ports:
        pairing.discovery_ports, pairing.bind_address = args.ports, "127.0.0.1"
    if not args.json:
        print(f"Listening for Tuya devices for {args.seconds:g} s (battery locks only show up while awake)…", file=sys.stderr)
    try:
        result = pairing.scan(min(args.seconds, 60.0))
    except DiscoveryError as exc:
        print(f"lockcare: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(dumps([{"id": d.device_id, "address": d.address, "version": d.version, "product_key": d.product_key,
                      "paired": d.paired} for d in result.devices]))
        return 0
    if not result.devices:
        print("No devices heard. Wake a battery lock (touch its keypad) during the scan, or import devices.json.")
        return 0
    rows = [[d.device_id, d.address, d.version, d.product_key, "yes" if d.paired else ""] for d in result.devices]
    print(table(rows, ["DEVICE ID", "ADDRESS", "VERSION", "PRODUCT", "PAIRED"]))
    return 0


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
    report = ctx.services.pairing.import_devices_file(args.file)
    print(report.summary())
    ctx.say_key_notice()
    return 0


def _read(ctx: CliContext, args: argparse.Namespace) -> int:
    outcome = _read_one(ctx, ctx.services.locks.resolve(args.lock))
    print(dumps(outcome.to_json()) if args.json else _outcome_text(outcome))
    _suggest_cloud_import(outcome)
    return 0 if outcome.reachable else EXIT_UNREACHABLE


def _read_one(ctx: CliContext, lock: Lock) -> ReadOutcome:
    """Read a lock; lockcare's own lacks (no key, no address) are an outcome of kind ``setup``."""
    try:
        return ctx.services.reading.read_now(lock)
    except StaleDataError:
        raise  # not this lock's problem: the data was restored under us (see _watch)
    except LockcareError as exc:
        return ctx.services.reading.apply_exception(lock, exc)


def _poll(ctx: CliContext, args: argparse.Namespace) -> int:
    if not args.watch and (args.interval is not None or args.duration is not None):
        raise arguments.UsageError("lockcare poll: --interval and --for go with --watch (see lockcare poll --help)")
    locks = [s.lock for s in ctx.services.locks.summaries()]
    failures = 0
    for lock in locks:
        failures += not _read_and_print(ctx, lock, args.json)
    if not args.watch:
        return 0 if failures == 0 else EXIT_UNREACHABLE
    return _watch(ctx, locks, args)


def _watch(ctx: CliContext, locks: list[Lock], args: argparse.Namespace) -> int:
    """Read each lock when it wakes (the policy in services/watch.py) and all of them every interval.

    A restore meanwhile (from the window, or ``lockcare restore``) replaces the locks this
    loop holds: their next write is refused (:class:`StaleDataError`), and the loop reloads
    the locks from the restored data and goes on with those.
    """
    interval = args.interval or DEFAULT_INTERVAL
    woken: queue.SimpleQueue[tuple[str, str]] = queue.SimpleQueue()
    watch = WakeWatch(ctx.services.locks, lambda device_id, address, _version: woken.put((device_id, address)),
                      ports=args.ports or DEFAULT_PORTS, bind_address="127.0.0.1" if args.ports else "")
    try:
        watch.start()
    except WatchError as exc:
        print(f"lockcare: cannot listen for wake-ups ({exc}); re-reading every {interval:g} s instead.", file=sys.stderr)
    deadline = time.monotonic() + args.duration if args.duration is not None else None
    next_round = time.monotonic() + interval
    try:
        while deadline is None or time.monotonic() < deadline:
            wait = next_round - time.monotonic()
            if deadline is not None:
                wait = min(wait, deadline - time.monotonic())
            try:
                woke: tuple[str, str] | None = woken.get(timeout=max(0.0, wait))
            except queue.Empty:
                woke = None
            try:
                if woke is not None and (lock := lock_that_woke(ctx.services.locks, *woke)) is not None:
                    _read_and_print(ctx, lock, args.json)
                if time.monotonic() >= next_round:
                    for lock in locks:
                        _read_and_print(ctx, lock, args.json)
                    next_round = time.monotonic() + interval
            except StaleDataError:
                locks = _reload_after_restore(ctx)
    finally:
        watch.stop()
    return 0


def _reload_after_restore(ctx: CliContext) -> list[Lock]:
    ctx.services.backup.adopt_replaced_data()
    locks = [s.lock for s in ctx.services.locks.summaries()]
    print(f"lockcare: the data was replaced by a restore; watching the {len(locks)} lock(s) it holds now.",
          file=sys.stderr, flush=True)
    return locks


def _read_and_print(ctx: CliContext, lock: Lock, as_json: bool) -> bool:
    outcome = _read_one(ctx, lock)  # one lock's setup problem must not stop the others
    print(compact(outcome.to_json()) if as_json else _outcome_text(outcome), flush=True)
    _suggest_cloud_import(outcome)
    return outcome.reachable


def _suggest_cloud_import(outcome: ReadOutcome) -> None:
    if outcome.error_kind == ErrorKind.WRONG_KEY:
        name = outcome.lock.name
        print(f"{name}: " + WRONG_KEY_HINT.format(name=shlex.quote(name)), file=sys.stderr)


def _outcome_text(outcome: ReadOutcome) -> str:
    name = outcome.lock.name
    if outcome.error_kind == ErrorKind.SETUP:
        return f"{name}: not read. {outcome.message}"
    if not outcome.reachable:  # the kind in brackets: what --json calls it, for a search or a support mail
        return f"{name}: not reachable ({outcome.error_kind}). {outcome.message}"
    obs = outcome.observation
    assert obs is not None
    battery = f"{obs.battery_percent} %" if obs.battery_percent is not None else (obs.battery_level or "no battery value")
    extra = f"; alarms: {', '.join(obs.alarms)}" if obs.alarms else ""
    via = " (via gateway)" if outcome.via_gateway else ""
    return f"{name}: battery {battery}{via}{extra} at {iso(outcome.at.astimezone())}"
