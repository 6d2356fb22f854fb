"""A lock's battery readings as columns: what long histories travel as.

Ten years of 15-minute readings are 350,000 rows. As Python objects (a dataclass, a
datetime, an enum each) they cost over 100 MB and seconds to build; as the numpy columns
of :class:`ReadingArrays` they cost about 5 MB and are read from SQLite in a fraction of
that time (:meth:`lockcare.storage.battery_repository.BatteryRepository.reading_arrays`).
The chart draws the columns as they are; the forecaster, which wants objects, gets them
only for the readings it looks at (:meth:`ReadingArrays.readings` for the current set,
:meth:`ReadingArrays.jump_context` for swap detection), as :class:`ReadingRow` tuples:
tuples of plain values are untracked by Python's cycle collector, so building a few
hundred thousand of them in a worker does not set off collections that hold the GIL (and
stall the GUI thread) for tens of milliseconds each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

import numpy as np

from lockcare.core.battery.data import JUMP_HIGH, JUMP_LOW
from lockcare.core.models import BatteryReading, ReadingSource
from lockcare.core.vocabulary import LEVEL_RANKS

RANK_LEVELS: dict[int, str] = {rank: str(level) for level, rank in LEVEL_RANKS.items()}
"""Level rank (0 poweroff .. 3 high) to the level word stored with a reading."""
SOURCES: tuple[ReadingSource, ...] = tuple(ReadingSource)
"""A reading's source by its code in :attr:`ReadingArrays.source`."""
SOURCE_CODES: dict[str, int] = {str(source): code for code, source in enumerate(SOURCES)}
"""A reading's source code by the stored word."""
LOW_RANKS = 1
"""Level ranks up to this read as a set near its end (``low``, ``poweroff``), as in the forecaster."""
FULL_RANK = 3
"""The level rank that reads as a fresh set (``high``)."""


class ReadingRow(NamedTuple):
    """One reading as the forecaster reads it (``at``, ``percent``, ``level``)."""

    at: datetime
    percent: int | None
    level: str | None


@dataclass(frozen=True, eq=False)
class ReadingArrays:
    """One lock's readings, oldest first, one numpy array per field.

    Attributes:
        lock_id: The lock.
        at: Times, seconds since the epoch (UTC), float64 (exact to the microsecond).
        percent: Reported percent, float32, NaN where the reading gave only a level.
        level: Level rank (0 poweroff, 1 low, 2 medium, 3 high), int8, -1 where none.
        source: Code of the reading's source (index into :data:`SOURCES`), int8.
        via_gateway: True where the reading came through a gateway.
    """

    lock_id: int
    at: np.ndarray
    percent: np.ndarray
    level: np.ndarray
    source: np.ndarray
    via_gateway: np.ndarray

    @classmethod
    def empty(cls, lock_id: int) -> ReadingArrays:
        """No readings."""
        return cls(lock_id, np.empty(0), np.empty(0, np.float32), np.empty(0, np.int8), np.empty(0, np.int8),
                   np.empty(0, bool))

    def __len__(self) -> int:
        return int(self.at.size)

    @property
    def nbytes(self) -> int:
        """Memory the columns take."""
        return sum(a.nbytes for a in (self.at, self.percent, self.level, self.source, self.via_gateway))

    def index_at(self, moment: datetime) -> int:
        """Index of the first reading at or after ``moment``."""
        return int(np.searchsorted(self.at, moment.timestamp(), side="left"))

    def time(self, index: int) -> datetime:
        """The time of one reading."""
        return datetime.fromtimestamp(float(self.at[index]), UTC)

    def reading(self, index: int) -> BatteryReading:
        """One reading as the rest of lockcare knows it (no id: the columns do not keep it)."""
        percent = self.percent[index]
        rank = int(self.level[index])
        return BatteryReading(
            self.lock_id, self.time(index), None if np.isnan(percent) else int(percent),
            RANK_LEVELS.get(rank), SOURCES[int(self.source[index])], bool(self.via_gateway[index]),
        )

    def latest(self) -> BatteryReading | None:
        """The newest reading, or None."""
        return self.reading(len(self) - 1) if len(self) else None

    def readings(self, start: int = 0, stop: int | None = None, indices: np.ndarray | None = None) -> list[ReadingRow]:
        """Readings ``start:stop`` (or at ``indices``) as :class:`ReadingRow` tuples for the forecaster."""
        if indices is None:
            indices = np.arange(start, len(self) if stop is None else stop)
        from_timestamp = datetime.fromtimestamp
        times = [from_timestamp(t, UTC) for t in self.at[indices].tolist()]
        percents = [None if p != p else int(p) for p in self.percent[indices].tolist()]  # p != p: NaN
        levels = [RANK_LEVELS.get(r) for r in self.level[indices].tolist()]
        return list(map(ReadingRow, times, percents, levels))

    def jump_context(self) -> np.ndarray:
        """Indices of the first and last reading of each run that reads alike: low, full or neither.

        Swap detection (:func:`lockcare.core.battery.detect_swaps`) looks for a low reading
        followed by a full one, and checks the readings just before and after (skipping
        readings at the same time). Those are always the last reading of a low run, the
        first of a full run and their run neighbours, all kept here; so these readings give
        exactly the proposals all of them give, from a fraction of a long history.
        """
        if len(self) < 3:
            return np.arange(len(self))
        has_percent = ~np.isnan(self.percent)
        low = np.where(has_percent, self.percent <= JUMP_LOW, (self.level >= 0) & (self.level <= LOW_RANKS))
        full = np.where(has_percent, self.percent >= JUMP_HIGH, self.level == FULL_RANK)
        kind = low.astype(np.int8) + 2 * full.astype(np.int8)
        changed = kind[1:] != kind[:-1]
        keep = np.ones(len(self), dtype=bool)
        keep[1:-1] = changed[:-1] | changed[1:]
        return np.flatnonzero(keep)

    def before_each(self, moments: list[datetime], keep: int = 3) -> np.ndarray:
        """Indices of the last ``keep`` readings before each moment, and the last ``keep`` of all."""
        picked = set(range(max(0, len(self) - keep), len(self)))
        for moment in moments:
            end = self.index_at(moment)
            picked.update(range(max(0, end - keep), end))
        return np.array(sorted(picked), dtype=np.int64)
