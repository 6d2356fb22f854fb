"""The bundle of services the composition root (:mod:`lockcare.composition`) builds."""

from __future__ import annotations

from dataclasses import dataclass

from lockcare.services.backup import BackupService
from lockcare.services.background import BackgroundCollection
from lockcare.services.battery import BatteryService
from lockcare.services.cloud_import import CloudImportService
from lockcare.services.cloud_link import CloudLinkService
from lockcare.services.collect import CollectService
from lockcare.services.csv_export import ExportService
from lockcare.services.harvest import HarvestService
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
    cloud: CloudLinkService
    """The Tuya cloud link: link, status, unlink, credentials."""
    cloud_import: CloudImportService
    harvest: HarvestService
    """Cloud device logs into readings, alarms and unlock records."""
    collect: CollectService
    """One unattended pass (LAN reads, harvest, notifications)."""
    background: BackgroundCollection
    """The OS timer that runs ``collect`` while lockcare is closed."""
    demo_note: str = ""
    """Non-empty in demo mode: what the demo shows and how to leave it."""
