"""Live reads from the GUI: each lock in its own lane, results stored on the GUI thread.

Reads never block the window: the network part runs in the task runner, and a sleeping
lock simply comes back as "asleep". A lock heard waking up
(:class:`~lockcare.ui.locks.wake_listener.WakeListener`) is read at once through :meth:`LiveReads.read`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock, LockKind
from lockcare.core.vocabulary import ErrorKind
from lockcare.services.reading import ReadOutcome, fetch, fetch_until_awake
from lockcare.services.registry import Services
from lockcare.tasks import TaskHandle, TaskRunner
from lockcare.core.i18n import translate

log = logging.getLogger(__name__)
POLL_INTERVAL_MS = 15 * 60 * 1000


class LiveReads(QObject):
    """Starts reads and wake probes, and reports their outcomes."""

    read_started = Signal(str)  # device id
    read_finished = Signal(object)  # ReadOutcome
    wake_attempted = Signal(str, int, float)  # device id, attempt number, seconds left

    def __init__(self, services: Services, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._busy: dict[str, TaskHandle] = {}
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_INTERVAL_MS)
        self._poll_timer.timeout.connect(self._on_poll_timer_timeout)

    def start_polling(self) -> None:
        """Read every lock once now, then the always-reachable ones every 15 minutes.

        Battery Wi-Fi locks are left to the wake-up listener and to Wake and read: polling
        a sleeping lock only finds it asleep.
        """
        self._poll(everything=True)
        self._poll_timer.start()

    def stop_polling(self) -> None:
        """Stop the periodic reads."""
        self._poll_timer.stop()

    def _on_poll_timer_timeout(self) -> None:
        self._poll(everything=False)

    def _poll(self, *, everything: bool) -> None:
        for summary in self._services.locks.summaries():
            if everything or summary.lock.kind is not LockKind.WIFI:
                self.read(summary.lock)

    def is_busy(self, device_id: str) -> bool:
        """True while a read or wake probe for this lock is under way."""
        return device_id in self._busy

    def read(self, lock: Lock) -> TaskHandle | None:
        """Read a lock once in the background (ignored if one is already under way)."""
        return self._start(lock, wake=False)

    def wake_and_read(self, lock: Lock) -> TaskHandle | None:
        """Probe a sleeping lock for up to 60 s while the user wakes it."""
        return self._start(lock, wake=True)

    def cancel(self, device_id: str) -> None:
        """Stop a wake probe (the lane finishes its current short attempt)."""
        handle = self._busy.pop(device_id, None)
        if handle is not None:
            handle.cancel()

    def _start(self, lock: Lock, *, wake: bool) -> TaskHandle | None:
        if lock.device_id in self._busy:
            return None
        try:
            conn = self._services.reading.connection_for(lock)
        except LockcareError as exc:
            self.read_finished.emit(self._services.reading.apply_exception(lock, exc))
            return None

        def done(raw: object) -> None:
            self._busy.pop(lock.device_id, None)
            self.read_finished.emit(self._services.reading.apply_read(lock, raw))

        def failed(exc: BaseException) -> None:
            self._busy.pop(lock.device_id, None)
            self.read_finished.emit(self._services.reading.apply_exception(lock, exc))

        if wake:
            def probe(connection: object, *, handle: TaskHandle) -> object:
                return fetch_until_awake(
                    connection, handle=handle,
                    on_attempt=lambda n, left: self.wake_attempted.emit(lock.device_id, n, left),
                )

            handle = self._runner.submit(probe, conn, lane=lock.device_id, name=f"wake {lock.name}",
                                         on_done=done, on_error=failed, pass_handle=True)
        else:
            handle = self._runner.submit(fetch, conn, lane=lock.device_id, name=f"read {lock.name}",
                                         on_done=done, on_error=failed)
        if not handle.done.is_set():
            self._busy[lock.device_id] = handle
        self.read_started.emit(lock.device_id)
        return handle


def outcome_message(outcome: ReadOutcome) -> tuple[str, int]:
    """A finished read for the status bar: the words and how long to show them (ms)."""
    if outcome.reachable:
        return translate("locks.live_reads", "Read {name}.").format(name=outcome.lock.name), 5000
    if outcome.error_kind == ErrorKind.ASLEEP:
        return translate("locks.live_reads", "{name} is asleep; nothing lost.").format(name=outcome.lock.name), 5000
    return f"{outcome.lock.name}: {outcome.message}", 8000


__all__ = ["LiveReads", "ReadOutcome", "outcome_message"]
