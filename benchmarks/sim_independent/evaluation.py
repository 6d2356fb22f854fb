"""Forecasting cases cut from simulated histories, labelled for grouped scoring."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from lockcare.core.battery import Reading, Swap

from .history import LockHistory, SetTruth

DEFAULT_FRACTIONS = (0.25, 0.5, 0.75)
DAYS_PER_MONTH = 30.44


class Groups(NamedTuple):
    """Labels to group scores by.

    Attributes:
        chemistry: Battery type of the set being forecast.
        reporting: ``1%``, ``5%``, ``10%`` or ``enum``.
        fraction: Share of the set's life (start to truth) elapsed at ``now``.
        earlier_sets: Sets the same lock had before this one (0-4).
    """

    chemistry: str
    reporting: str
    fraction: float
    earlier_sets: int


@dataclass(frozen=True)
class EvalCase:
    """One forecast to make and its answer.

    Iterating yields ``(readings, swaps, now, truth, groups)``; the lock and the set are
    there for the app-known settings (``lock.voice_prompts``, ``lock.unlocks_per_day``)
    and for diagnostics.

    Attributes:
        readings: Readings lockcare had stored by ``now``, in stored order.
        swaps: Swaps recorded in the app by ``now``.
        now: The moment of the forecast.
        truth: When the set's level reached 20 % (``SetTruth.crossing``).
        groups: Labels.
        lock: The whole simulated lock (do not feed its future to a forecaster).
        set_index: Position of the set in ``lock.sets``.
    """

    readings: list[Reading]
    swaps: list[Swap]
    now: datetime
    truth: datetime
    groups: Groups
    lock: LockHistory
    set_index: int

    def __iter__(self) -> Iterator:
        return iter((self.readings, self.swaps, self.now, self.truth, self.groups))

    @property
    def truth_set(self) -> SetTruth:
        """The set being forecast."""
        return self.lock.sets[self.set_index]


def evaluation_cases(
    histories: Iterable[LockHistory], fractions: Iterable[float] = DEFAULT_FRACTIONS
) -> Iterator[EvalCase]:
    """Cases at each fraction of each set's life, for every set with a known truth.

    ``now`` is ``start + fraction * (crossing - start)``. What is visible at ``now`` is
    what lockcare had by then: readings that had *arrived* (cloud logs arrive at the next
    sync, so a reading stamped before ``now`` may still be missing) and swaps already
    entered in the app. A case is skipped when lockcare did not know the lock yet at
    ``now`` (data starting mid-set) or had no reading at all by then.
    """
    fractions = tuple(fractions)
    for lock in histories:
        for index, truth_set in enumerate(lock.sets):
            if truth_set.crossing is None:
                continue
            life = truth_set.crossing - truth_set.start
            for fraction in fractions:
                now = truth_set.start + fraction * life
                if now < lock.data_start:
                    continue
                visible = bisect_right(lock.arrivals, now)
                if visible == 0:
                    continue
                swaps = [
                    swap
                    for swap, recorded in zip(lock.swaps, lock.swap_recorded)
                    if recorded <= now and swap.at <= now
                ]
                yield EvalCase(
                    readings=lock.readings[:visible],
                    swaps=swaps,
                    now=now,
                    truth=truth_set.crossing,
                    groups=Groups(truth_set.battery_type, lock.reporting, fraction, index),
                    lock=lock,
                    set_index=index,
                )


def months_to_crossing(histories: Iterable[LockHistory]) -> dict[tuple[str, bool], list[float]]:
    """Months each set took to reach 20 %, by (battery type, voice prompts), main doors only.

    For comparing with the field guide (8-10 months on alkaline AA with standard use,
    3-4 months with voice prompts); back doors used a few times a week are left out.
    """
    months: dict[tuple[str, bool], list[float]] = {}
    for lock in histories:
        if lock.profile.household.door != "main":
            continue
        for truth_set in lock.sets:
            if truth_set.crossing is not None:
                days = (truth_set.crossing - truth_set.start).total_seconds() / 86400
                key = (truth_set.battery_type, lock.voice_prompts)
                months.setdefault(key, []).append(days / DAYS_PER_MONTH)
    return months
