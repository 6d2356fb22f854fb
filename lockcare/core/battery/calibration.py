"""Make the stated 80 % range true: widths measured on simulated sets, stored as data.

The posterior's own 10 % and 90 % quantiles rest on a model of the curve that no real lock
follows exactly, so they are only a starting point. For each *data situation* (is the
swap known, how far into its predicted life the set is, how many earlier sets of this
lock are known, how the lock reports, which battery type) a calibration run measured how
far the true date strayed from the posterior median, in units of the posterior's own
half-width on that side, on the log scale. The 80 % quantile of those scaled residuals
(split conformal, with its finite-sample correction) is the factor both half-widths are
stretched by, so that about 80 % of true dates fall between ``earliest`` and ``latest``.

One factor for both sides, not one per side: a simulator that runs late would otherwise
teach a short lower and a long upper half, which fails on sets that run early. Tested on
a simulator it was not measured on, the single factor held its 80 % far better.

Situations are nested from coarse to fine. A forecast uses the finest situation that had
at least ``MIN_CASES`` calibration cases, so a rare combination borrows the factors of its
broader group instead of trusting a handful of cases. Where no calibration applies at all,
``FALLBACK`` widens generously.

The table is ``calibration.json`` beside this module, written by
``benchmarks/calibrate_forecast.py``; it never changes the median (``replace_by``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

MIN_CASES = 200
"""Calibration cases a situation needs before its own factors are used: a 90 % quantile
from fewer cases is too noisy to be worth more than its broader group's."""
FALLBACK = 2.0
"""Stretch of the posterior half-widths when the table knows nothing better."""
COVERAGE = 0.8
MIN_HALF_WIDTH = 0.01
"""Smallest half-width on the log scale (1 %) a range is stretched from."""
ELAPSED_BANDS = ((0.15, "start"), (0.4, "early"), (0.65, "middle"), (math.inf, "late"))
"""Share of the predicted life already used, in bands."""
TABLE_FILE = "calibration.json"


@dataclass(frozen=True, slots=True)
class Situation:
    """What a forecast had to go on, as calibration sees it.

    Attributes:
        known_start: Whether the swap that started the set is recorded.
        elapsed: Days since the anchor over the predicted days to the threshold.
        history: Earlier sets of this lock blended into the prior.
        style: ``"none"`` (no readings), ``"enum"``, or the percent step: ``"1"``,
            ``"5"``, ``"10"`` (calibration only tells enum from percent: the step's
            effect is already in the posterior's own width).
        battery: Battery type id.
    """

    known_start: bool
    elapsed: float
    history: int
    style: str
    battery: str

    def path(self) -> tuple[str, ...]:
        """Situation names from the coarsest to the finest."""
        band = next(name for limit, name in ELAPSED_BANDS if self.elapsed < limit)
        history = "0" if self.history == 0 else "1" if self.history == 1 else "2+"
        style = "percent" if self.style in ("1", "5", "10") else self.style
        return (
            "swap" if self.known_start else "no-swap",
            band,
            f"sets {history}",
            style,
            self.battery,
        )


def key(parts: tuple[str, ...]) -> str:
    """The table key of a situation prefix."""
    return " / ".join(parts)


@dataclass(frozen=True, slots=True)
class Table:
    """Stretch factors by situation.

    Attributes:
        cells: Key -> (cases, factor).
        source: Which simulated sets the table was measured on.
    """

    cells: dict[str, tuple[int, float]]
    source: str = ""

    def factor(self, situation: Situation) -> float:
        """The stretch factor of the finest well-measured situation."""
        parts = situation.path()
        found = FALLBACK
        for depth in range(len(parts) + 1):
            cell = self.cells.get(key(parts[:depth]))
            if cell is None or cell[0] < MIN_CASES:
                break
            found = cell[1]
        return found

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (see ``from_json``)."""
        return {
            "version": 2,
            "source": self.source,
            "coverage": COVERAGE,
            "cells": {k: {"cases": n, "factor": f} for k, (n, f) in sorted(self.cells.items())},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Table:
        """Read the form written by ``to_json``."""
        cells = {str(k): (int(v["cases"]), float(v["factor"])) for k, v in data.get("cells", {}).items()}
        return cls(cells, str(data.get("source", "")))


@cache
def shipped() -> Table:
    """The table shipped with lockcare (an empty table, i.e. ``FALLBACK``, if missing)."""
    try:
        text = resources.files(__package__).joinpath(TABLE_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return Table({}, "none")
    return Table.from_json(json.loads(text))


def conformal_factor(scores: list[float], coverage: float = COVERAGE) -> float:
    """Split-conformal quantile: the ``ceil((n + 1) * coverage)``-th smallest score."""
    ordered = sorted(scores)
    rank = math.ceil((len(ordered) + 1) * coverage)
    return ordered[min(rank, len(ordered)) - 1]


def score(median: float, low: float, high: float, truth: float) -> float:
    """Scaled residual of one calibration case (all arguments in log-days).

    How many of the posterior's half-widths the truth lies from the median, counting
    the half-width on the truth's side.
    """
    if truth < median:
        return (median - truth) / max(median - low, MIN_HALF_WIDTH)
    return (truth - median) / max(high - median, MIN_HALF_WIDTH)


def stretch(median: float, low: float, high: float, factor: float) -> tuple[float, float]:
    """The calibrated (low, high) on the log scale from the posterior's (low, median, high)."""
    below = max(median - low, MIN_HALF_WIDTH)
    above = max(high - median, MIN_HALF_WIDTH)
    return median - factor * below, median + factor * above
