"""Importing a battery history from a CSV file: ``lockcare import-readings`` and the window's
"Import battery history...".

The file has a header row; columns may come in any order and extra ones are ignored:

* lockcare's form: ``at`` (ISO 8601; a time without a zone is local time) and ``percent``
  (0-100) or ``level`` (high, medium, low, poweroff), or both;
* Home Assistant's recorder history export (``entity_id,state,last_changed``), recognised by
  its column names when there is no ``at`` column: ``last_changed`` is the time and
  ``state`` the percent or level; rows where Home Assistant recorded ``unavailable`` or
  ``unknown`` (the sensor was offline) are skipped and counted, and a file holding several
  entities needs ``entity`` to say which one is the lock's battery.

All or nothing: the file is read as a stream and its rows are stored in one transaction
(``executemany``); the first wrong line (its number and field, e.g. ``line 7, "percent": "abc"
is not a percentage``) rolls everything back, and so does a cancel. Readings already stored
(same lock, time, percent and level) are not stored again, so importing a file twice adds
nothing the second time. Imported readings have the source ``import``.
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lockcare.core.errors import LockcareError, ValidationError
from lockcare.core.models import BATTERY_LEVELS, Lock, ReadingSource
from lockcare.core.validation import FUTURE_TOLERANCE
from lockcare.storage.battery_repository import BatteryRepository

PROGRESS_EVERY = 5000
"""Rows between two progress reports (and cancel checks)."""
HA_MISSING = frozenset({"unavailable", "unknown", "none", ""})
"""States Home Assistant records when a sensor has no value."""
_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.(\d{1,6}))?(?:Z|[+-]00:?00)\Z")
"""A time written in UTC to the second (or finer): its digits can be kept as they are."""
FORMAT_LOCKCARE = "lockcare"
FORMAT_HOME_ASSISTANT = "home-assistant"

Progress = Callable[[int, int], None]
"""Called with (rows read, rows in the file) every :data:`PROGRESS_EVERY` rows."""


class ReadingsFileError(ValidationError):
    """The file cannot be imported as it is (nothing was imported)."""


class ImportCancelled(LockcareError):
    """The import was stopped before it finished (nothing was imported)."""


@dataclass
class ImportResult:
    """What an import did.

    Attributes:
        lock: The lock the readings were stored for.
        path: The file.
        format: ``"lockcare"`` or ``"home-assistant"``.
        rows: Data rows read (the header not counted).
        added: Readings stored.
        already_stored: Rows that were stored before (or repeated in the file).
        skipped: Home Assistant rows without a value (``unavailable``, ``unknown``).
        first: The earliest reading time in the file (UTC), or None.
        last: The latest (UTC), or None.
    """

    lock: Lock
    path: Path
    format: str = FORMAT_LOCKCARE
    rows: int = 0
    added: int = 0
    already_stored: int = 0
    skipped: int = 0
    first: datetime | None = None
    last: datetime | None = None

    @property
    def summary(self) -> str:
        """The outcome in one sentence."""
        parts = [f"Imported {self.added:,} battery reading{'s' if self.added != 1 else ''} for {self.lock.name}"]
        if self.already_stored:
            parts.append(f"{self.already_stored:,} were already stored")
        if self.skipped:
            parts.append(f"{self.skipped:,} rows without a value were skipped")
        return "; ".join(parts) + "."


@dataclass(frozen=True)
class _Columns:
    """Where the values are in each row (column indexes) and how to read them."""

    format: str
    at: int
    percent: int | None
    level: int | None
    state: int | None
    entity: int | None


class ReadingImport:
    """Imports battery readings from CSV files.

    Args:
        battery: The battery repository (the connection it writes through is the caller's:
            the window runs imports in the pool on a connection of their own).
        clock: Returns "now" (readings dated after it are refused).
    """

    def __init__(self, battery: BatteryRepository, *, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._battery = battery
        self._clock = clock

    def import_file(
        self,
        lock: Lock,
        path: Path,
        *,
        entity: str | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportResult:
        """Import the readings in ``path`` for ``lock`` (all or nothing).

        Args:
            lock: A stored lock.
            path: The CSV file.
            entity: For a Home Assistant export holding several entities: the one to import.
            progress: Told how far the import got (from the calling thread).
            cancel: Set it to stop; nothing is stored then.

        Raises:
            ReadingsFileError: The file cannot be read or a line is wrong (nothing stored).
            ImportCancelled: ``cancel`` was set (nothing stored).
        """
        assert lock.id is not None
        total = _count_rows(path)
        result = ImportResult(lock, path)
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = _rows(csv.reader(handle), path, result, entity=entity, now=self._clock(), total=total,
                             progress=progress, cancel=cancel)
                stored = self._battery.add_new_readings(rows, lock.id, ReadingSource.IMPORT)
        except UnicodeDecodeError:
            raise ReadingsFileError(f"{path.name} is not a text (UTF-8) CSV file. Nothing was imported.") from None
        except csv.Error as exc:
            raise ReadingsFileError(f"{path.name} is not a readable CSV file ({exc}). Nothing was imported.") from None
        result.added = stored
        result.already_stored = result.rows - result.skipped - stored
        if progress is not None:
            progress(result.rows, total)
        return result


def _count_rows(path: Path) -> int:
    """Data rows in the file, near enough for progress (its lines, less the header)."""
    try:
        with path.open("rb") as handle:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except FileNotFoundError:
        raise ReadingsFileError(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise ReadingsFileError(f"{path} is a folder, not a CSV file.") from None
    except OSError as exc:
        raise ReadingsFileError(f"Could not read {path}: {exc.strerror or exc}.") from None
    return max(0, lines - 1)


def _columns(header: list[str], path: Path) -> _Columns:
    names = [name.strip().lower() for name in header]

    def find(name: str) -> int | None:
        return names.index(name) if name in names else None

    if find("at") is not None:
        percent, level = find("percent"), find("level")
        if percent is None and level is None:
            raise ReadingsFileError(f'{path.name} line 1: there is an "at" column but no "percent" or "level" column. '
                                    "Nothing was imported.")
        return _Columns(FORMAT_LOCKCARE, find("at") or 0, percent, level, None, None)
    state, changed = find("state"), find("last_changed")
    if state is not None and changed is not None:
        return _Columns(FORMAT_HOME_ASSISTANT, changed, None, None, state, find("entity_id"))
    found = ", ".join(f'"{name}"' for name in names if name) or "none"
    raise ReadingsFileError(
        f'{path.name} line 1 must name the columns: "at" and "percent" or "level" (or Home Assistant\'s '
        f'"entity_id,state,last_changed"); found {found}. Nothing was imported.'
    )


def _rows(
    reader: csv._reader, path: Path, result: ImportResult, *, entity: str | None, now: datetime, total: int,
    progress: Progress | None, cancel: threading.Event | None,
) -> Iterator[tuple[str, int | None, str | None]]:
    """The file's readings as stored values, checked line by line (raising at the first wrong one).

    Written for speed (it runs 350,000 times for ten years of readings): the common case
    (a whole percent, a time in UTC) takes the short ways in :func:`_percent` and
    :func:`_stored_time`.
    """
    header = next(reader, None)
    if header is None:
        raise ReadingsFileError(f"{path.name} is empty. Nothing was imported.")
    columns = _columns(header, path)
    result.format = columns.format
    latest_allowed = now + FUTURE_TOLERANCE
    home_assistant = columns.format == FORMAT_HOME_ASSISTANT
    time_column = "last_changed" if home_assistant else "at"
    at_index, percent_index, level_index = columns.at, columns.percent, columns.level
    width = len(header)
    first_entity: str | None = None
    first = last = None
    count = skipped = 0
    for row in reader:
        if not row or (len(row) == 1 and not row[0].strip()):
            continue  # a blank line
        number = reader.line_num  # the file's line (a quoted field may span lines)
        if len(row) < width:
            raise _wrong(path, number, "", f"has {len(row)} fields where the header names {width}")
        if home_assistant:
            if columns.entity is not None:
                name = row[columns.entity].strip()
                if entity is not None and name != entity:
                    continue  # another entity's row: not part of this import
                if first_entity is None:
                    first_entity = name
                elif name != first_entity:
                    raise _wrong(path, number, "entity_id", f"“{name}” is a second entity (after “{first_entity}”); "
                                 "choose one with --entity")
            percent, level = _state(row[columns.state or 0], path, number)
        else:
            percent = _percent(row[percent_index], path, number) if percent_index is not None else None
            level = _level(row[level_index], path, number) if level_index is not None else None
        count += 1
        if count % PROGRESS_EVERY == 0:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled(f"The import from {path.name} was cancelled. Nothing was imported.")
            if progress is not None:
                progress(count, total)
        if percent is None and level is None:
            if home_assistant:
                skipped += 1  # the sensor was offline: nothing to import
                continue
            raise _wrong(path, number, "percent" if percent_index is not None else "level", "is empty")
        text = row[at_index].strip()
        at = _time(text, path, number, time_column)
        if at > latest_allowed:
            raise _wrong(path, number, time_column, f"{at.isoformat(timespec='minutes')} is in the future")
        if first is None or at < first:
            first = at
        if last is None or at > last:
            last = at
        yield _stored_time(text, at), percent, level
    if entity is not None and first_entity is None and columns.entity is not None:
        raise ReadingsFileError(f"{path.name} has no rows for the entity “{entity}”. Nothing was imported.")
    result.rows, result.skipped = count, skipped
    result.first = first.astimezone(UTC) if first else None
    result.last = last.astimezone(UTC) if last else None


def _wrong(path: Path, number: int, column: str, problem: str) -> ReadingsFileError:
    where = f'{path.name} line {number}, "{column}"' if column else f"{path.name} line {number}"
    return ReadingsFileError(f"{where}: {problem}. Nothing was imported.")


def _stored_time(text: str, moment: datetime) -> str:
    """``moment`` as storage writes it (see :func:`lockcare.storage.db.to_db_time`).

    A time written in UTC (the usual export) is rewritten as text, several times faster
    than formatting the datetime: it counts for 350,000 rows.
    """
    if len(text) in (20, 25) and text[19:] in ("Z", "+00:00") and text[4] == "-" and text[13] == ":":
        return f"{text[:10]}T{text[11:19]}.000000+00:00"  # to the second: the most common form
    utc = _UTC_TEXT.match(text)
    if utc is not None:
        return f"{text[:10]}T{text[11:19]}.{utc.group(1) or '':0<6}+00:00"
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds") + "+00:00"


def _time(text: str, path: Path, number: int, column: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _wrong(path, number, column, f"“{text}” is not a date and time (use ISO 8601, e.g. 2026-07-03T18:30)") from None
    return moment if moment.tzinfo is not None else moment.astimezone()  # no zone: the local time


def _percent(text: str, path: Path, number: int) -> int | None:
    try:  # the usual case, quickly: a whole number
        whole = int(text)
    except ValueError:
        pass
    else:
        if 0 <= whole <= 100:
            return whole
    value = text.strip().rstrip("%").strip()
    if not value:
        return None
    try:
        percent = float(value)
    except ValueError:
        raise _wrong(path, number, "percent", f"“{text}” is not a percentage (0-100)") from None
    if not 0 <= percent <= 100:  # also refuses NaN
        raise _wrong(path, number, "percent", f"{value} is not between 0 and 100")
    return round(percent)


def _level(text: str, path: Path, number: int) -> str | None:
    value = text.strip().lower().replace(" ", "").replace("-", "")
    if not value:
        return None
    if value not in BATTERY_LEVELS:
        raise _wrong(path, number, "level", f"“{text}” is not one of {', '.join(BATTERY_LEVELS)}")
    return value


def _state(text: str, path: Path, number: int) -> tuple[int | None, str | None]:
    """A Home Assistant state: a percent, a level, or nothing (unavailable)."""
    value = text.strip().lower()
    if value in HA_MISSING:
        return None, None
    if value.replace(" ", "").replace("-", "") in BATTERY_LEVELS:
        return None, _level(text, path, number)
    try:
        return _percent(text, path, number), None
    except ReadingsFileError:
        raise _wrong(path, number, "state", f"“{text}” is not a battery percentage or level") from None
