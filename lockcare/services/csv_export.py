"""CSV export of the maintenance log, battery readings and battery swaps.

Three files in one folder: ``log.csv``, ``readings.csv`` and ``swaps.csv``. Each is UTF-8
with a header row; times are ISO 8601 in UTC with the offset written out
(``2026-07-03T10:00:00+00:00``); every row names its lock and device id so the files
stand alone. Local keys are never written. Each file is written to a temporary file and
then moved into place, so an interrupted export leaves no half-written file; new files are
readable by the user only (0600), in a folder created 0700 when it is new.

Text a spreadsheet would run as a formula (a note or name starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return: "formula injection") is written with a leading
``'``, which spreadsheets show as plain text. Only text cells get it: numbers lockcare
writes itself (a cost of -5, a percentage) stay numbers, since their column says so and
their value comes from a number, never from text someone typed.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from lockcare.atomic import atomic_write, private_folder
from lockcare.core.maintenance.log_types import label_for
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.lock_repository import LockRepository
from lockcare.storage.maintenance_repository import MaintenanceRepository

LOG_COLUMNS = (
    "lock", "device_id", "at", "type", "type_label", "notes", "cost", "measured_value",
    "measured_unit", "done_by", "battery_swap_id", "troubleshoot_run_id", "entry_id",
)
READING_COLUMNS = ("lock", "device_id", "at", "percent", "level", "source", "via_gateway")
SWAP_COLUMNS = ("lock", "device_id", "at", "battery_type", "brand", "count", "note", "swap_id")


class ExportService:
    """Spreadsheet exports of everything lockcare recorded.

    Args:
        locks: The lock repository.
        battery: The battery repository (readings and swaps).
        maintenance: The log repository.
    """

    def __init__(self, locks: LockRepository, battery: BatteryRepository, maintenance: MaintenanceRepository) -> None:
        self._locks = locks
        self._battery = battery
        self._maintenance = maintenance

    def write_csv(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Write the log, the readings and the swaps of every lock as CSV files.

        Args:
            folder: Where to write (created if missing); files of the same names are replaced.

        Returns:
            The files written: log.csv, readings.csv, swaps.csv.
        """
        target = private_folder(folder)
        log_rows, reading_rows, swap_rows = [], [], []
        for lock in self._locks.list():
            assert lock.id is not None
            name, device_id = spreadsheet_safe(lock.name), spreadsheet_safe(lock.device_id)
            for e in self._maintenance.entries(lock_ids=[lock.id], newest_first=False):
                log_rows.append((
                    name, device_id, _iso(e.at), spreadsheet_safe(e.type), spreadsheet_safe(label_for(e.type)), spreadsheet_safe(e.notes),
                    _num(e.cost), _num(e.measured_value), spreadsheet_safe(e.measured_unit), spreadsheet_safe(e.done_by),
                    _num(e.swap_id), _num(e.run_id), _num(e.id),
                ))
            for r in self._battery.readings(lock.id):
                reading_rows.append((
                    name, device_id, _iso(r.at), _num(r.percent), spreadsheet_safe(r.level or ""),
                    str(r.source), "yes" if r.via_gateway else "no",
                ))
            for s in self._battery.swaps(lock.id):
                swap_rows.append((
                    name, device_id, _iso(s.at), spreadsheet_safe(s.battery_type), spreadsheet_safe(s.brand), s.count, spreadsheet_safe(s.note),
                    _num(s.id),
                ))
        return [
            _write(target / "log.csv", LOG_COLUMNS, log_rows),
            _write(target / "readings.csv", READING_COLUMNS, reading_rows),
            _write(target / "swaps.csv", SWAP_COLUMNS, swap_rows),
        ]


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    with atomic_write(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection)."""


def spreadsheet_safe(value: str) -> str:
    """A text cell a spreadsheet shows as text, never runs."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds")


def _num(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)
