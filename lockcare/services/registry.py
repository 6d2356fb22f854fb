"""The bundle of services the composition root (:mod:`lockcare.composition`) builds."""

from __future__ import annotations

from dataclasses import dataclass

from lockcare.services.backup import BackupService
from lockcare.services.battery import BatteryService
from lockcare.services.csv_export import ExportService
from lockcare.services.locks import LockService
from lockcare.services.maintenance_log import MaintenanceLog
from lockcare.services.maintenance_plan import MaintenancePlan
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.services.pairing import PairingService
from lockcare.services.reading import ReadService
from lockcare.services.reading_import import ReadingImport
from lockcare.services.run_record import RunRecord
from lockcare.services.troubleshoot import TroubleshootService


@dataclass
class Services:
    """Every use case the CLI and the views may call (synchronous, Qt-free)."""

    locks: LockService
    reading: ReadService
    pairing: PairingService
    battery: BatteryService
    maintenance: MaintenanceLog
    """The maintenance log: entries, swaps, runs (writes)."""
    tasks: MaintenanceTasks
    """Each lock's recurring tasks."""
    plan: MaintenancePlan
    """What is due, the catch-up, sheets and the calendar (reads only)."""
    runs: RunRecord
    troubleshoot: TroubleshootService
    backup: BackupService
    export: ExportService
    readings_import: ReadingImport
    """Battery histories from CSV files (``import-readings``)."""
    demo_note: str = ""
    """Non-empty in demo mode: what the demo shows and how to leave it."""
