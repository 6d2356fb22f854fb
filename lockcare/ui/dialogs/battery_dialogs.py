"""Opening the battery reading and battery swap dialogs for a lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lockcare.core.models import Lock
from lockcare.services.registry import Services
from lockcare.ui.dialogs.reading_dialog import ReadingDialog
from lockcare.ui.dialogs.swap_dialog import SwapDialog


def open_reading_dialog(parent: QWidget, services: Services, lock: Lock, saved: Callable[[str], None]) -> ReadingDialog:
    """Ask for a reading; ``saved`` gets a status-bar message once it is stored."""

    def record(percent: int | None, level: str | None, when: datetime) -> object:
        return services.locks.record_reading(lock, percent=percent, level=level, at=when)

    dialog = ReadingDialog(lock, record, parent)
    dialog.accepted.connect(lambda: saved(f"Battery reading saved for {lock.name}."))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_swap_dialog(parent: QWidget, services: Services, lock: Lock, saved: Callable[[str], None],
                     *, at: datetime | None = None) -> SwapDialog:
    """Ask about a battery change (on ``at``'s day if given); ``saved`` gets a message once it is stored."""

    def record(when: datetime, battery_type: str, brand: str, count: int, note: str) -> object:
        return services.maintenance.record_swap(lock, at=when, battery_type=battery_type, brand=brand, count=count, note=note)

    dialog = SwapDialog(lock, record, parent)
    if at is not None:
        dialog.set_day(at)
    dialog.accepted.connect(lambda: saved(f"Battery swap saved for {lock.name}."))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
