"""``import-readings``: bring a battery history in from a CSV file (see README)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from lockcare.commands.context import CliContext
from lockcare.commands.output import dumps, iso
from lockcare.services.reading_import import ImportResult

IMPORT_JSON_VERSION = 1


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``import-readings`` command."""
    command = subparsers.add_parser(
        "import-readings", parents=[common], help="import a battery history from a CSV file",
        description="Import battery readings from a CSV file with a header row: columns \"at\" (ISO 8601; "
                    "no zone means local time) and \"percent\" or \"level\", in any order (others are ignored), "
                    "or a Home Assistant history export (entity_id,state,last_changed). All or nothing; "
                    "readings already stored are not stored twice.",
    )
    command.add_argument("lock", metavar="LOCK", help="lock name or device id")
    command.add_argument("file", metavar="FILE.csv", type=Path, help="the CSV file")
    command.add_argument("--entity", metavar="ENTITY_ID",
                         help="for a Home Assistant export of several entities: the lock's battery sensor")
    command.add_argument("--json", action="store_true", help="print JSON (see README)")
    command.set_defaults(handler=_import_readings)


def _import_readings(ctx: CliContext, args: argparse.Namespace) -> int:
    lock = ctx.services.locks.resolve(args.lock)
    result = ctx.services.readings_import.import_file(lock, args.file, entity=args.entity)
    print(dumps(import_json(result)) if args.json else result.summary)
    return 0


def import_json(result: ImportResult) -> dict[str, Any]:
    """The stable ``lockcare import-readings --json`` shape (documented in README.md)."""
    return {
        "version": IMPORT_JSON_VERSION,
        "lock": result.lock.name,
        "id": result.lock.device_id,
        "file": str(result.path),
        "format": result.format,
        "rows": result.rows,
        "added": result.added,
        "already_stored": result.already_stored,
        "skipped": result.skipped,
        "first": iso(result.first),
        "last": iso(result.last),
    }
