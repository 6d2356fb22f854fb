"""Background loads for the views: read in the shared pool, newest result only.

A view that shows data (the lock page, the fleet, the Due page, the lock list) asks its
:class:`LatestLoad` to run a read; the read runs in the task runner's shared pool with the
worker's own read-only services (see :class:`lockcare.composition.WorkerServices`), and its
result comes back on the GUI thread by signal. When the user moves on before it arrives
(another lock, another refresh), the newer request supersedes the older one: a superseded
read that has not started is skipped, and one that finishes late is dropped, never shown.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from lockcare.tasks.runner import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

_SKIPPED = object()


class LatestLoad(QObject):
    """One view's reads: each request supersedes the one before.

    Args:
        runner: Runs the reads in its shared pool.
        worker_services: Returns the services for the calling worker thread.
        name: Names the reads in logs.
        parent: The Qt parent.
    """

    loaded = Signal(object)
    """A result was delivered to its view (after the view's callback ran)."""
    dropped = Signal(object)
    """A result arrived after a newer request: it was not shown."""
    failed = Signal(object)
    """The newest read raised this exception."""

    def __init__(self, runner: TaskRunner, worker_services: Callable[[], Any], name: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._worker_services = worker_services
        self._name = name
        self._generation = 0
        self._superseded = threading.Event()
        self._in_flight = 0

    @property
    def busy(self) -> bool:
        """True while a read has not reported back."""
        return self._in_flight > 0

    def load(self, work: Callable[[Any], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> TaskHandle | None:
        """Run ``work(services)`` in the pool and pass its result to ``on_done`` on the GUI thread.

        Args:
            work: Reads what the view shows; gets the worker's read-only services.
            on_done: Shows the result (only if no newer request came meanwhile).
            on_error: Shows a failure of the newest request (default: logged as a bug).

        Returns:
            The submitted task, or None when the runner is shut down (the app is closing).
        """
        self._superseded.set()  # tells a previous read that has not started to skip its work
        superseded = self._superseded = threading.Event()
        self._generation += 1
        generation = self._generation

        def run() -> Any:
            if superseded.is_set():
                return _SKIPPED
            return work(self._worker_services())

        def done(value: Any) -> None:
            self._in_flight -= 1
            if value is _SKIPPED:
                return
            if generation != self._generation:
                self.dropped.emit(value)
                return
            on_done(value)
            self.loaded.emit(value)

        def failed(error: BaseException) -> None:
            self._in_flight -= 1
            if generation != self._generation:
                return
            self.failed.emit(error)
            if on_error is not None:
                on_error(error)
            else:
                log.error("Loading %s failed", self._name, exc_info=error)

        try:
            handle = self._runner.submit(run, name=f"load {self._name}", on_done=done, on_error=failed)
        except RuntimeError:  # shut down: the window is closing
            return None
        self._in_flight += 1
        return handle

    def forget(self) -> None:
        """Drop whatever is in flight (the view no longer wants it)."""
        self._superseded.set()
        self._generation += 1


class ViewLoads(QObject):
    """Every view's :class:`LatestLoad`, made on one runner and one source of worker services.

    Args:
        runner: The task runner (its shared pool does the reading).
        worker_services: Returns the calling worker thread's read-only services.
        parent: The Qt parent.
    """

    def __init__(self, runner: TaskRunner, worker_services: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._worker_services = worker_services
        self._channels: list[LatestLoad] = []

    def channel(self, name: str) -> LatestLoad:
        """A new channel for one view's reads."""
        channel = LatestLoad(self._runner, self._worker_services, name, self)
        self._channels.append(channel)
        return channel

    @property
    def busy(self) -> bool:
        """True while any view's read has not reported back."""
        return any(channel.busy for channel in self._channels)
