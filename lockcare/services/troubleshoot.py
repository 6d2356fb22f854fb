"""Use cases of the troubleshooter: the content, where to start for a lock, saving a walk.

Synchronous and Qt-free. The walk itself (steps, answers, back) is
:class:`lockcare.core.troubleshoot.walk.Walk`; this service adds what needs the database:

* **Suggestion.** Where to start for a stored lock, from its status, its latest battery
  reading and its recent alarms (rules in :mod:`lockcare.core.troubleshoot.suggest`). A reading
  taken before the latest recorded battery swap is ignored, and so are battery alarms from
  before that swap: the batteries they describe are no longer in the lock.
* **Saving.** A walk that ends (fixed, or time to ask support) or that the user leaves
  after answering at least one step is stored as one
  :class:`~lockcare.core.models.TroubleshootRun`, with a maintenance-log entry when it was
  for a stored lock. Going back from the end page un-saves it (:meth:`forget`), so a walk
  is never logged twice.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lockcare.atomic import atomic_write
from lockcare.core.dates_in_words import ago
from lockcare.core.models import (
    battery_type_words,
    Lock,
    LockKind,
    LogEntry,
    TroubleshootRun,
)
from lockcare.core.troubleshoot.situation import UNKNOWN, Known, battery_situation
from lockcare.core.alarms import ALARM_LABELS
from lockcare.core.vocabulary import BatteryLevel
from lockcare.core.wording import connection_words, level_word
from lockcare.resources import resource_path
from lockcare.services.maintenance_log import MaintenanceLog
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.lock_repository import LockRepository

if TYPE_CHECKING:  # the troubleshooter's engine loads when it is first used, not at start
    from lockcare.core.troubleshoot.content import Content
    from lockcare.core.troubleshoot.suggest import Suggestion
    from lockcare.core.troubleshoot.walk import Walk

ABANDONED = "abandoned"
"""The outcome stored for a walk the user left before it reached an end."""


@dataclass(frozen=True, slots=True)
class SavedRun:
    """A stored walk, kept so it can be un-saved when the user goes back.

    Attributes:
        run: The stored run (with its id).
        entry: Its maintenance-log entry, or None for a walk without a stored lock.
    """

    run: TroubleshootRun
    entry: LogEntry | None


class TroubleshootService:
    """The troubleshooter's content, suggestions for stored locks, and saved walks.

    Args:
        locks: The lock repository (locks and their reachability).
        battery: The battery repository (latest reading, swaps, alarms).
        maintenance: Stores runs with their log entry.
        content_dir: Where the content lives (default: the bundled ``troubleshooter``).
        clock: Returns "now".
    """

    def __init__(
        self,
        locks: LockRepository,
        battery: BatteryRepository,
        maintenance: MaintenanceLog,
        *,
        content_dir: Path | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._locks = locks
        self._battery = battery
        self._maintenance = maintenance
        self._content_dir = content_dir
        self._clock = clock

    @functools.cached_property
    def content(self) -> Content:
        """The troubleshooter content, loaded on first use and then kept.

        Raises:
            ContentError: if the bundled content cannot be read (a broken install).
        """
        from lockcare.core.troubleshoot.content import load_content

        return load_content(self._content_dir or resource_path("troubleshooter"))

    @property
    def illustrations_dir(self) -> Path:
        """The folder holding the steps' SVG illustrations."""
        base = self._content_dir.parent if self._content_dir else resource_path()
        return base / "illustrations"

    def now(self) -> datetime:
        """The service's idea of the current time."""
        return self._clock()

    def new_walk(self, mode_id: str, known: Known = UNKNOWN) -> Walk:
        """Starts a walk through ``mode_id`` now, at the entry step for what lockcare ``known``s.

        Raises:
            KeyError: if there is no such failure mode.
        """
        from lockcare.core.troubleshoot.walk import Walk

        walk = Walk(self.content)
        walk.start(mode_id, at=self.now(), known=known)
        return walk

    def known(self, lock: Lock | None) -> Known:
        """What lockcare knows about ``lock``'s batteries now (nothing for None).

        A reading from before the latest recorded battery change says nothing: those
        batteries are no longer in the lock.
        """
        if lock is None or lock.id is None:
            return UNKNOWN
        swaps = self._battery.swaps(lock.id)
        latest = self._battery.latest_reading(lock.id)
        return battery_situation(latest, self.now(), swapped_at=swaps[-1].at if swaps else None)

    # -- locks ------------------------------------------------------------------------

    def locks(self) -> list[Lock]:
        """The locks the user can pick (gateways left out), by name."""
        return [lock for lock in self._locks.list() if lock.kind is not LockKind.GATEWAY]

    def find_lock(self, device_id: str) -> Lock | None:
        """A stored lock by device id, or None."""
        return next((lock for lock in self.locks() if lock.device_id == device_id), None)

    def suggest(self, lock: Lock) -> Suggestion | None:
        """Where to start for ``lock``, with the reason, or None when nothing stands out."""
        from lockcare.core.troubleshoot.suggest import ALARM_WINDOW, suggest_symptom

        assert lock.id is not None
        now = self.now()
        swaps = self._battery.swaps(lock.id)
        swapped_at = swaps[-1].at if swaps else None
        latest = self._battery.latest_reading(lock.id)
        if latest is not None and swapped_at is not None and latest.at < swapped_at:
            latest = None  # the reading describes batteries that have been changed since
        alarms = [
            (event.at, event.code)
            for event in self._battery.events(lock.id, since=now - ALARM_WINDOW, kind="alarm")
            if not (swapped_at and event.at < swapped_at and event.code in ("low_battery", "power_off"))
        ]
        return suggest_symptom(
            now=now,
            last_seen_at=self._locks.status(lock.id).last_seen_at,
            battery_level=latest.level if latest else None,
            battery_percent=latest.percent if latest else None,
            alarms=alarms,
        )

    def battery_text(self, lock: Lock) -> str:
        """The lock's battery state in words for a support request.

        Example: ``"18 %, read 2 h ago; 4 × AA alkaline (1.5 V)"``.
        """
        assert lock.id is not None
        latest = self._battery.latest_reading(lock.id)
        cells = f"{lock.battery_count} × {battery_type_words(lock.battery_type)}"
        if latest is None:
            return f"no reading yet; {cells}"
        parts = []
        if latest.percent is not None:
            parts.append(f"{latest.percent} %")
        if latest.level:
            parts.append("empty (power off)" if latest.level == BatteryLevel.POWEROFF else level_word(latest.level))
        return f"{', '.join(parts)}, read {ago(latest.at, self.now())}; {cells}"

    def summary(self, walk: Walk, lock: Lock | None) -> str:
        """The plain-text summary to send to Tuya's regional support."""
        battery = self.battery_text(lock) if lock is not None else None
        from lockcare.core.troubleshoot.summary import support_summary  # the engine loads with the troubleshooter

        return support_summary(walk, _lock_info(lock), battery, now=self.now().astimezone())

    def problem_report(self, lock: Lock | None, about: list[str]) -> str:
        """What "Report a problem" offers to send: the lock's battery, connection, alarms and last walk.

        Args:
            lock: The lock the problem is with, or None.
            about: Lines about lockcare and the computer (version, system).
        """
        from lockcare.core.troubleshoot.suggest import ALARM_WINDOW
        from lockcare.core.troubleshoot.summary import problem_report

        now = self.now()
        if lock is None or lock.id is None:
            return problem_report(None, battery_text=None, connection_text="", about=about, now=now.astimezone())
        status = self._locks.status(lock.id)
        seen = f", last heard from {ago(status.last_seen_at, now)}" if status.last_seen_at else ""
        connection = f"{connection_words(status, now)}{seen}" + (f" ({status.message})" if status.message else "")
        alarms = [f"{ALARM_LABELS.get(e.code, e.code)} {ago(e.at, now)}"
                  for e in reversed(self._battery.events(lock.id, since=now - ALARM_WINDOW, kind="alarm"))][:10]
        runs = self._maintenance.runs(lock)
        last = ""
        if runs:
            run = max(runs, key=lambda r: r.started_at)
            mode = next((m for m in self.content.modes if m.id == run.symptom), None)
            last = f"{mode.title if mode else run.symptom}: {run.outcome}, {ago(run.started_at, now)}"
        return problem_report(_lock_info(lock), battery_text=self.battery_text(lock), connection_text=connection,
                              alarms=alarms, last_walk=last, about=about, now=now.astimezone())

    # -- saving -----------------------------------------------------------------------

    def save_walk(self, walk: Walk, lock: Lock | None) -> SavedRun | None:
        """Stores a walk as a run (and a log entry for a stored lock).

        Args:
            walk: A started walk. Finished, its outcome is stored (``fixed`` or
                ``support``); unfinished, it is stored as ``abandoned``.
            lock: The lock it was for, or None ("not paired / not listed").

        Returns:
            The stored run, or None when nothing was answered (nothing worth keeping).
        """
        mode = walk.mode
        if mode is None or not walk.history:
            return None
        outcome = walk.outcome or ABANDONED
        run = TroubleshootRun(
            lock_id=lock.id if lock is not None else None,
            started_at=walk.started_at or self.now(),
            symptom=mode.id,
            steps=walk.history,
            outcome=outcome,
        )
        stored, entry = self._maintenance.record_run(run, notes=_log_notes(walk, outcome))
        return SavedRun(stored, entry)

    def forget(self, saved: SavedRun) -> None:
        """Un-saves a run stored by :meth:`save_walk` (its log entry goes with it)."""
        if saved.entry is not None:
            self._maintenance.delete_entry(saved.entry)
        elif saved.run.id is not None:
            self._maintenance.delete_run(saved.run)


def _lock_info(lock: Lock | None) -> dict[str, object] | None:
    if lock is None:
        return None
    return {"name": lock.name, "product_name": lock.product_name, "product_id": lock.product_id,
            "category": lock.category, "device_id": lock.device_id}


def save_text(text: str, path: Path) -> Path:
    """Writes ``text`` to ``path`` as UTF-8, atomically (a crash leaves the old file or none).

    Raises:
        OSError: if the folder cannot be written (the message says why).
    """
    with atomic_write(path, newline="\n") as handle:
        handle.write(text)
    return path


def _log_notes(walk: Walk, outcome: str) -> str:
    """One line for the maintenance log: the symptom, how it ended, the steps tried."""
    assert walk.mode is not None
    result = {"fixed": "fixed", "support": "not fixed, time to ask support"}.get(outcome, "stopped before the end")
    tried = "; ".join(f"{step.title}: {answer.label}" for step, answer in walk.steps_tried())
    return f"{walk.mode.title}: {result}. Tried: {tried}."
