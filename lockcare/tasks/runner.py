"""Run blocking work off the GUI thread and hand results back to it.

A Tuya device takes one connection at a time, so work for one lock runs in that lock's own
serial lane (one thread); discovery and other long, lock-independent work share a small
pool. Work functions take plain values and return plain values; their results (or errors)
come back on the GUI thread through a queued signal, where the caller's callbacks run.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass(eq=False)  # identity semantics: handles are kept in sets
class TaskHandle:
    """A submitted piece of work. ``cancel()`` asks it to stop (work checks ``cancelled``)."""

    name: str
    cancelled: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; its callbacks will not run."""
        self.cancelled.set()


class _Relay(QObject):
    """Lives in the GUI thread; worker threads emit, the GUI thread receives."""

    finished = Signal(object, object, object, object)  # handle, on_done, on_error, (ok, value)


class TaskRunner(QObject):
    """Serial lanes per lock plus a shared pool, with results delivered on the GUI thread.

    Args:
        pool_size: threads for lane-less work (discovery, long queries).
    """

    def __init__(self, pool_size: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[Hashable, ThreadPoolExecutor] = {}
        self._pool = ThreadPoolExecutor(max_workers=pool_size, thread_name_prefix="lockcare-pool")
        self._relay = _Relay()
        self._relay.finished.connect(self._on_relay_finished)
        self._pending: set[TaskHandle] = set()
        self._lock = threading.Lock()
        self._closed = False

    def submit(
        self,
        work: Callable[..., Any],
        *args: Any,
        lane: Hashable | None = None,
        name: str = "",
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        pass_handle: bool = False,
    ) -> TaskHandle:
        """Run ``work(*args)`` in ``lane`` (or the shared pool) and call back on the GUI thread.

        With ``pass_handle=True`` the work receives the :class:`TaskHandle` as a keyword
        argument ``handle`` so it can stop when cancelled.
        """
        if self._closed:
            raise RuntimeError("the task runner is shut down")
        handle = TaskHandle(name or getattr(work, "__name__", "task"))
        executor = self._pool if lane is None else self._lane(lane)
        with self._lock:
            self._pending.add(handle)

        def run() -> None:
            try:
                value = work(*args, handle=handle) if pass_handle else work(*args)
                outcome: tuple[bool, Any] = (True, value)
            except BaseException as exc:  # delivered to on_error on the GUI thread
                outcome = (False, exc)
            self._relay.finished.emit(handle, on_done, on_error, outcome)

        executor.submit(run)
        return handle

    @property
    def busy(self) -> bool:
        """True while any submitted work has not reported back."""
        with self._lock:
            return bool(self._pending)

    def shutdown(self) -> None:
        """Cancel everything queued, wait for running work, and stop all threads."""
        self._closed = True
        with self._lock:
            for handle in self._pending:
                handle.cancel()
        for executor in [*self._lanes.values(), self._pool]:
            executor.shutdown(wait=True, cancel_futures=True)
        self._lanes.clear()

    def _lane(self, key: Hashable) -> ThreadPoolExecutor:
        executor = self._lanes.get(key)
        if executor is None:
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"lockcare-lane-{key}")
            self._lanes[key] = executor
        return executor

    @Slot(object, object, object, object)
    def _on_relay_finished(self, handle: TaskHandle, on_done: Callback | None, on_error: ErrorCallback | None, outcome: tuple[bool, Any]) -> None:
        with self._lock:
            self._pending.discard(handle)
        handle.done.set()
        if handle.cancelled.is_set():
            return
        ok, value = outcome
        if ok:
            if on_done is not None:
                on_done(value)
        elif on_error is not None:
            on_error(value)
        else:
            log.error("Background task %s failed", handle.name, exc_info=value)


__all__ = ["TaskHandle", "TaskRunner"]
