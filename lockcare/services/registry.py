"""The bundle of services the composition root builds and hands to the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from lockcare.services.battery import BatteryService
from lockcare.services.locks import LockService
from lockcare.services.maintenance import MaintenanceService
from lockcare.services.pairing import PairingService
from lockcare.services.reading import ReadService
from lockcare.services.troubleshoot import TroubleshootService


@dataclass
class Services:
    """Every use case the views may call (synchronous, Qt-free)."""

    locks: LockService
    reading: ReadService
    pairing: PairingService
    maintenance: MaintenanceService
    battery: BatteryService
    troubleshoot: TroubleshootService
    demo_note: str = ""
    """Non-empty in demo mode: what the demo shows and how to leave it."""
