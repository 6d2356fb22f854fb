"""Reading a device's data-point log completely, or saying exactly how far it got.

Tuya pages a device log newest first, 100 entries at a time, following ``has_next`` /
``next_row_key``. A page that fails in the middle leaves a hole that a single cursor time
cannot describe (the newest entries arrived, older ones did not), so the range is read in
windows of one day, oldest window first: each window read to its last page moves the
cursor to the window's end, and a failure keeps every window already complete. Within the
range, records are filtered to the window they belong to (whatever the server's boundary
rules), so a record is never returned twice nor skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from lockcare.core.cloud import LOG_HORIZON_DAYS, CloudRecord, ReportLog, parse_ms, record_from_log
from lockcare.core.cloud import from_ms as at_ms
from lockcare.core.cloud import to_ms as ms
from lockcare.devices.cloud.errors import SERVER, CloudError

_MS = timedelta(milliseconds=1)
WINDOW = timedelta(days=1)
SETTLE = timedelta(minutes=2)
"""Entries younger than this are left for the next harvest: the cloud may still be adding
reports with an event time just before "now"."""
MAX_PAGES_PER_WINDOW = 500

PageFetcher = Callable[[int, int, str | None], Mapping[str, object]]
"""``(start_ms, end_ms, row_key) -> result`` of one successful log page; raises CloudError."""


@dataclass(frozen=True, slots=True)
class LogWindow:
    """The range one harvest covers, in inclusive epoch milliseconds."""

    start: int
    end: int
    missed_before: datetime | None

    @classmethod
    def plan(cls, since: datetime | None, now: datetime, *, settle: timedelta = SETTLE) -> LogWindow:
        """The range after ``since``, within the cloud's horizon, up to ``now - settle``.

        Args:
            since: The previous ``complete_through`` (exclusive), or None for a first harvest.
            now: The cloud's current time.
            settle: How young an entry may be and still be read now.
        """
        horizon = ms(now - timedelta(days=LOG_HORIZON_DAYS))
        start = horizon if since is None else max(ms(since) + 1, horizon)
        missed = at_ms(horizon) if since is not None and ms(since) + 1 < horizon else None
        return cls(start=start, end=ms(now - settle), missed_before=missed)

    def days(self, size: timedelta = WINDOW) -> list[tuple[int, int]]:
        """The range cut into windows of ``size``, oldest first (empty when start > end)."""
        step = size // _MS
        windows = []
        start = self.start
        while start <= self.end:
            end = min(start + step - 1, self.end)
            windows.append((start, end))
            start = end + 1
        return windows


def read_log(
    fetch: PageFetcher,
    device_id: str,
    since: datetime | None,
    now: datetime,
    *,
    alarm_order: Sequence[str] | None = None,
    settle: timedelta = SETTLE,
    window: timedelta = WINDOW,
) -> ReportLog:
    """Reads every DP report after ``since`` that the cloud still keeps.

    Args:
        fetch: Gets one page (already checked for ``success``); raises CloudError.
        device_id: The device.
        since: The previous ``complete_through``, or None for a first harvest.
        now: The cloud's current time.
        alarm_order: The product's ``alarm_lock`` enum order, if known.
        settle: See :data:`SETTLE`.
        window: The size of the windows the range is read in.

    Returns:
        The records and the time through which they are complete.

    Raises:
        CloudError: A page failed; ``partial`` holds the windows completed before it.
    """
    plan = LogWindow.plan(since, now, settle=settle)
    records: dict[tuple[str, str, int, str], CloudRecord] = {}
    through = since
    pages = skipped = 0

    def result() -> ReportLog:
        ordered = tuple(sorted(records.values(), key=lambda r: (r.at, r.code, r.raw_value)))
        return ReportLog(
            device_id=device_id,
            records=ordered,
            complete_through=through,
            window_start=at_ms(plan.start),
            missed_before=plan.missed_before,
            pages=pages,
            skipped=skipped,
        )

    for start, end in plan.days(window):
        found: dict[tuple[str, str, int, str], CloudRecord] = {}
        window_skipped = 0
        row_key: str | None = None
        seen_keys: set[str] = set()
        while True:
            try:
                # One millisecond either side: the server's boundary rules do not matter,
                # entries are kept by their own time below.
                page = fetch(start - 1, end + 1, row_key)
                entries = _entries(page)
            except CloudError as exc:
                raise exc.with_partial(result()) from None
            pages += 1
            for entry in entries:
                event = parse_ms(entry.get("event_time"))
                if event is None or not start <= event <= end:
                    continue
                record = record_from_log(device_id, entry, alarm_order=alarm_order)
                if record is None:
                    window_skipped += 1
                else:
                    found.setdefault(record.identity, record)
            if not page.get("has_next"):
                break
            row_key = str(page.get("next_row_key") or "")
            if not row_key or row_key in seen_keys or len(seen_keys) >= MAX_PAGES_PER_WINDOW:
                raise CloudError(
                    SERVER, "Tuya's cloud sent device-log pages that do not end; try again later."
                ).with_partial(result())
            seen_keys.add(row_key)
        records.update(found)
        skipped += window_skipped
        through = at_ms(end)
    return result()


def _entries(page: Mapping[str, object]) -> list[Mapping[str, object]]:
    logs = page.get("logs")
    if not isinstance(logs, list):
        raise CloudError(SERVER, "Tuya's cloud sent a device-log page without entries; try again later.")
    return [entry for entry in logs if isinstance(entry, Mapping)]


__all__ = ["LogWindow", "PageFetcher", "SETTLE", "WINDOW", "read_log"]
