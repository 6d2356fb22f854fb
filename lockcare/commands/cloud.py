"""``cloud link|status|unlink|import``, ``harvest`` and ``collect``: the Tuya cloud path."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from lockcare.commands.context import CliContext
from lockcare.commands.output import dumps, iso
from lockcare.core.cloud import REGION_NAMES, REGIONS
from lockcare.core.dates_in_words import ago
from lockcare.core.errors import ValidationError
from lockcare.devices.cloud import CloudError
from lockcare.platform.runlock import AlreadyRunning
from lockcare.services.collect import CollectReport
from lockcare.services.harvest import LockHarvest

EXIT_FAILED = 1
EXIT_SOME_FAILED = 3
WRONG_KEY_HINT = (
    "change its local key with “lockcare edit {name} --key-stdin”; if it was paired again in the Smart Life / "
    "Tuya Smart app, “lockcare cloud import” fetches its current key from your Tuya cloud project."
)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the parser."""
    cloud = subparsers.add_parser("cloud", parents=[common], help="link your Tuya cloud project (local keys, history)")
    actions = cloud.add_subparsers(dest="cloud_command", metavar="ACTION", required=True, parser_class=type(cloud))
    link = actions.add_parser("link", parents=[common], help="link your Tuya IoT cloud project (see README)")
    link.add_argument("--region", required=True, choices=REGIONS, metavar="REGION",
                      help=f"the project's data centre: {', '.join(REGIONS)}")
    link.add_argument("--access-id", required=True, metavar="ID", help="the project's access id (client id)")
    link.add_argument("--access-secret-stdin", action="store_true",
                      help="read the access secret from standard input (otherwise it is asked for)")
    link.set_defaults(handler=_link)
    status = actions.add_parser("status", parents=[common], help="whether a cloud project is linked, and how it went")
    status.add_argument("--json", action="store_true", help="print JSON (see README)")
    status.set_defaults(handler=_status)
    unlink = actions.add_parser("unlink", parents=[common], help="forget the cloud credentials")
    unlink.set_defaults(handler=_unlink)
    imp = actions.add_parser("import", parents=[common], help="add the project's locks (keys, data points)")
    imp.add_argument("--json", action="store_true", help="print JSON (see README)")
    imp.set_defaults(handler=_import)

    harvest = subparsers.add_parser("harvest", parents=[common],
                                    help="read the cloud's reports of the last days (battery, alarms, unlocks)")
    harvest.add_argument("locks", nargs="*", metavar="LOCK", help="lock names or ids (default: every cloud lock)")
    harvest.add_argument("--json", action="store_true", help="print one JSON object per lock (JSON lines)")
    harvest.set_defaults(handler=_harvest)

    collect = subparsers.add_parser("collect", parents=[common],
                                    help="one unattended pass: read the locks, harvest the cloud, notify")
    collect.add_argument("--json", action="store_true", help="print JSON (see README)")
    collect.set_defaults(handler=_collect)


# -- cloud ----------------------------------------------------------------------------


def _link(ctx: CliContext, args: argparse.Namespace) -> int:
    secret = _read_secret(args.access_secret_stdin)
    try:
        locks = ctx.services.cloud.link(args.region, args.access_id, secret)
    except CloudError as exc:
        return _refused("The cloud project was not linked", exc)
    print(f"Linked to your Tuya cloud project ({REGION_NAMES[args.region]} data centre): "
          f"{locks} lock{'' if locks == 1 else 's'} found. Next: “lockcare cloud import” adds them.")
    ctx.say_key_notice()
    return 0


def _read_secret(from_stdin: bool) -> str:
    if from_stdin:
        secret = sys.stdin.readline().strip()
    elif sys.stdin.isatty():
        secret = getpass.getpass("Access secret (not shown): ").strip()
    else:
        raise ValidationError("Give the access secret on standard input with --access-secret-stdin "
                              "(it is never taken as an argument, which other users could see).")
    if not secret:
        raise ValidationError("No access secret was given; nothing was linked.")
    return secret


def _status(ctx: CliContext, args: argparse.Namespace) -> int:
    status = ctx.services.cloud.status()
    if args.json:
        print(dumps(status.to_json()))
        return 0
    if not status.linked:
        print("Not linked to a Tuya cloud project. See “lockcare cloud link --help”.")
        return 0
    now = ctx.services.locks.now()
    print(f"Linked: {status.access_id} ({REGION_NAMES.get(status.region or '', status.region)} data centre)")
    print(f"Locks from the cloud: {status.locks}")
    print(f"Last harvest: {ago(status.last_harvest, now) if status.last_harvest else 'never'}")
    if status.problem:
        print(f"Problem ({status.problem['kind']}): {status.problem['message']}")
    return 0


def _unlink(ctx: CliContext, args: argparse.Namespace) -> int:
    if ctx.services.cloud.unlink():
        print("Forgot the Tuya cloud credentials (the secret is gone from the key store). "
              "Your locks and their history stay.")
    else:
        print("No Tuya cloud project was linked; nothing to forget.")
    return 0


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
    try:
        report = ctx.services.cloud_import.import_locks()
    except CloudError as exc:
        if args.json:
            print(json.dumps({"error": exc.to_dict()}))
        return _refused("Nothing was imported", exc)
    print(dumps(report.to_json()) if args.json else report.summary())
    ctx.say_key_notice()
    return 0


def _refused(what: str, exc: CloudError) -> int:
    print(f"lockcare: {what} ({exc.kind}): {exc.message}", file=sys.stderr)
    return EXIT_FAILED


# -- harvest and collect --------------------------------------------------------------


def _harvest(ctx: CliContext, args: argparse.Namespace) -> int:
    services = ctx.services
    if not args.locks and not services.harvest.linked_locks():
        services.cloud.credentials()  # not linked: that is the message to give
        print("No locks from the cloud yet: “lockcare cloud import” adds them.", file=sys.stderr)
        return 0
    results = services.harvest.harvest(args.locks)
    for result in results:
        print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else harvest_text(result), flush=True)
    return 0 if all(r.ok for r in results) else EXIT_SOME_FAILED


def harvest_text(result: LockHarvest) -> str:
    """One lock's harvest in words."""
    added = (f"{result.readings_added} battery reading(s), {result.alarms_added} alarm(s), "
             f"{result.unlocks_added} unlock(s) added")
    through = f"complete through {iso(result.through.astimezone())}" if result.through else "nothing complete yet"
    if result.error is None:
        return f"{result.lock}: {added}; {through}."
    return (f"{result.lock}: harvest failed ({result.error.kind}): {result.error.message} "
            f"Kept what was complete ({added}; {through}); the next harvest goes on from there.")


def _collect(ctx: CliContext, args: argparse.Namespace) -> int:
    try:
        report = ctx.services.collect.run()
    except AlreadyRunning as exc:
        print(json.dumps({"skipped": True, "message": str(exc)}) if args.json else str(exc))
        return 0
    if args.json:
        print(dumps(report.to_json()))
    else:
        print(_collect_text(report))
    return 0 if report.ok else EXIT_SOME_FAILED


def _collect_text(report: CollectReport) -> str:
    lines = [f"LAN: {sum(r.reachable for r in report.reads)} of {len(report.reads)} lock(s) answered."]
    if report.cloud_linked:
        lines += [harvest_text(h) for h in report.harvest] or ["Cloud: no locks from the cloud yet."]
    lines += [f"Notified: {n.title}" for n in report.notices]
    lines += [f"Problem: {p}" for p in report.problems]
    return "\n".join(lines)
