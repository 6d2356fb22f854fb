"""The cloud harvest while the window is open: at start, then hourly, never blocking the window.

Each round plans on the GUI thread (cursors and credentials), reads the cloud in the task
runner's shared pool while holding the cross-process collector lock (so ``lockcare
collect`` started by the OS timer and the window never harvest at the same time), then
stores the records on the GUI thread and announces the locks whose readings changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from lockcare.core.errors import LockcareError
from lockcare.services.cloud_link import NotLinkedError
from lockcare.services.harvest import AlreadyRunning, HarvestPlan, LockFetch, LockHarvest
from lockcare.services.registry import Services
from lockcare.tasks import TaskHandle, TaskRunner
from lockcare.ui.changes import ChangeBus, Changes
from lockcare.core.i18n import translate

log = logging.getLogger(__name__)

HARVEST_INTERVAL_MS = 60 * 60 * 1000
RETRY_AFTER_MS = 5 * 60 * 1000
"""When another collector held the lock, try again this much later."""
_SKIPPED = "skipped"


class CloudHarvester(QObject):
    """Harvests the linked cloud project now and every hour.

    Args:
        services: The services (harvest, cloud link).
        runner: The task runner (the network part runs in its shared pool).
        changes: Where the locks whose readings changed are announced.
        parent: The Qt parent.
    """

    progressed = Signal(str)
    """Words for the status bar while a harvest runs (and when it ends)."""
    finished = Signal(object)
    """The list of :class:`LockHarvest` of a round that ran (empty when it was skipped)."""

    def __init__(self, services: Services, runner: TaskRunner, changes: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._changes = changes
        self._handle: TaskHandle | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(HARVEST_INTERVAL_MS)
        self._timer.timeout.connect(self.harvest_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.harvest_now)

    @property
    def busy(self) -> bool:
        """True while a round is under way."""
        return self._handle is not None

    def start(self) -> None:
        """Harvest now, then every hour."""
        self.harvest_now()
        self._timer.start()

    def stop(self) -> None:
        """Stop the timers and the round under way (its results are dropped)."""
        self._timer.stop()
        self._retry.stop()
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def harvest_now(self) -> TaskHandle | None:
        """Start a round unless one is running or nothing is linked; returns its handle."""
        if self._handle is not None:
            return None
        try:
            if not self._services.harvest.linked_locks():
                return None
            plan = self._services.harvest.plan()
        except NotLinkedError:
            return None
        except LockcareError as exc:  # the secret is gone from the key store
            self.progressed.emit(translate("cloud.harvester", "Tuya cloud: {exc}").format(exc=exc))
            return None
        self.progressed.emit(translate("cloud.harvester", "Reading the Tuya cloud for {count} lock(s)…").format(count=len(plan.targets)))
        self._handle = self._runner.submit(self._fetch, plan, name="cloud harvest", pass_handle=True,
                                           on_done=self._on_fetched, on_error=self._on_failed)
        return self._handle

    def _fetch(self, plan: HarvestPlan, *, handle: TaskHandle) -> list[LockFetch] | str:
        """Worker: the network part, under the collector lock."""
        def progress(done: int, total: int, name: str) -> None:
            self.progressed.emit(translate("cloud.harvester", "Reading the Tuya cloud: {name} ({number} of {total})…").format(name=name, number=done + 1, total=total))

        try:
            with self._services.harvest.exclusive():
                return self._services.harvest.fetch(plan, cancel=handle.cancelled, progress=progress)
        except AlreadyRunning:
            return _SKIPPED

    def _on_fetched(self, fetched: list[LockFetch] | str) -> None:
        self._handle = None
        if fetched == _SKIPPED:
            self.progressed.emit(translate("cloud.harvester", "Another lockcare is reading the Tuya cloud; the window tries again in a few minutes."))
            self._retry.start(RETRY_AFTER_MS)
            self.finished.emit([])
            return
        results: list[LockHarvest] = self._services.harvest.apply(fetched)  # type: ignore[arg-type]
        changed = frozenset(r.lock_id for r in results if r.readings_added or r.alarms_added or r.unlocks_added)
        if changed:
            self._changes.announce(Changes(readings=changed))
        self.progressed.emit(_summary(results))
        self.finished.emit(results)

    def _on_failed(self, exc: BaseException) -> None:
        self._handle = None
        if not isinstance(exc, LockcareError):  # a bug: keep the details, tell the user plainly
            log.error("The cloud harvest failed", exc_info=exc)
            self.progressed.emit(translate("cloud.harvester", "Tuya cloud: the harvest failed unexpectedly; details are in the log."))
        else:
            self.progressed.emit(translate("cloud.harvester", "Tuya cloud: {exc}").format(exc=exc))
        self.finished.emit([])


def _summary(results: list[LockHarvest]) -> str:
    added = sum(r.readings_added for r in results)
    failed = [r for r in results if r.error is not None]
    if failed:
        first = failed[0].error
        assert first is not None
        return translate("cloud.harvester", "Tuya cloud: {failed} of {total} lock(s) not read ({kind}): {message}").format(failed=len(failed), total=len(results), kind=first.kind, message=first.message)
    return translate("cloud.harvester", "Tuya cloud read: {added} new battery reading(s).").format(added=added) if added else translate("cloud.harvester", "Tuya cloud read: nothing new.")


__all__ = ["CloudHarvester", "HARVEST_INTERVAL_MS"]
