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
from lockcare.core.i18n import translate


def open_reading_dialog(parent: QWidget, services: Services, lock: Lock | None,
                        saved: Callable[[Lock, str], None]) -> ReadingDialog:
    """Ask for a reading (for ``lock``, or a lock the user chooses); ``saved`` gets the lock and a message."""

    def record(chosen: Lock, percent: int | None, level: str | None, when: datetime) -> object:
        return services.locks.record_reading(chosen, percent=percent, level=level, at=when)

    dialog = ReadingDialog(lock, record, parent, choices=_choices(services))
    dialog.accepted.connect(lambda: _said(saved, dialog.lock, translate("dialogs.battery_dialogs", "Battery reading saved for {name}.")))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_swap_dialog(parent: QWidget, services: Services, lock: Lock | None, saved: Callable[[Lock, str], None],
                     *, at: datetime | None = None) -> SwapDialog:
    """Ask about a battery change (on ``at``'s day if given); ``saved`` gets the lock and a message."""

    def record(chosen: Lock, when: datetime, battery_type: str, brand: str, count: int, note: str) -> object:
        return services.maintenance.record_swap(chosen, at=when, battery_type=battery_type, brand=brand, count=count,
                                                note=note)

    dialog = SwapDialog(lock, record, parent, choices=_choices(services))
    if at is not None:
        dialog.set_day(at)
    dialog.accepted.connect(lambda: _said(saved, dialog.lock, translate("dialogs.battery_dialogs", "Battery swap saved for {name}.")))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _choices(services: Services) -> list[Lock]:
    """Locks with batteries (gateways have none), by name."""
    return [summary.lock for summary in services.locks.summaries()]


def _said(saved: Callable[[Lock, str], None], lock: Lock | None, template: str) -> None:
    if lock is not None:
        saved(lock, template.format(name=lock.name))
