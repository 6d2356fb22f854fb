"""Lock firmware: how a measured voltage becomes the battery level the lock reports.

A lock does not know its chemistry: it measures the pack voltage (under whatever load is
running at that moment), divides by the number of cells and looks the result up in a map
its vendor wrote for one chemistry (alkaline for AA locks, Li-ion for 18650 locks). Maps:

* ``linear`` between an empty and a full cut-off voltage;
* ``table``: a vendor's piecewise-linear table;
* ``coarse``: a handful of voltage thresholds giving 100/80/60/40/20/10/0 only.

Locks that measure *while the motor runs* use lower cut-offs (the vendor calibrated them
under load). The firmware may then smooth the raw level: ``none``, ``latch`` (never report
a rise until the next reboot) or ``mean`` of the last few measurements. Finally the level
is reported in 1 %, 5 % or 10 % steps (floored, rounded or ceiled) or as Tuya's enum
(high / medium / low / poweroff) with the firmware's own thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

STYLES = ("1%", "5%", "10%", "enum")
ENUM_LEVELS = ("poweroff", "low", "medium", "high")

_AA_TABLE = ((1.05, 1.12, 1.16, 1.20, 1.25, 1.30, 1.38, 1.46), (0, 5, 10, 20, 40, 60, 80, 100))
_LI_TABLE = ((3.30, 3.50, 3.62, 3.70, 3.76, 3.84, 3.95, 4.10), (0, 5, 10, 20, 40, 60, 80, 100))
_AA_COARSE = ((1.08, 1.15, 1.21, 1.26, 1.32, 1.40), (0, 10, 20, 40, 60, 80, 100))
_LI_COARSE = ((3.55, 3.68, 3.74, 3.80, 3.88, 4.00), (0, 10, 20, 40, 60, 80, 100))
_UNDER_LOAD_SHIFT = {"aa": 0.12, "li-ion": 0.06}  # V per cell lower when measured under load


@dataclass(frozen=True)
class Firmware:
    """One lock model's battery gauge.

    Attributes:
        design: ``aa`` (alkaline-calibrated) or ``li-ion`` (18650-calibrated).
        map_kind: ``linear``, ``table`` or ``coarse``.
        volts: Per-cell voltages of the map (ascending; thresholds for ``coarse``).
        percents: Level at each voltage (``coarse``: one more level than thresholds).
        smoothing: ``none``, ``latch`` or ``mean``.
        window: Measurements averaged by ``mean``.
        under_load: Measures while the motor runs (else just after it stops).
        settle_s: Seconds after the motor stops that a post-operation measurement is taken.
        periodic_h: Hours between measurements when idle (None: only when operated).
        rest_current_a: Current flowing (MCU and radio) during an idle measurement.
        adc_sd_v: Noise of the pack-voltage measurement.
        style: Reporting style, one of ``STYLES``.
        rounding: ``floor``, ``round`` or ``ceil`` to the style's step.
        enum_high: Level at and above which the enum says ``high``.
        enum_medium: Level at and above which it says ``medium`` (else ``low``).
        enum_low: Level below which it says ``poweroff``.
        low_alarm: Level at which the lock itself beeps a low-battery warning.
        brownout_v: Pack voltage under which the electronics reset.
        resets_per_year: Spontaneous reboots (watchdog, radio stack) per year.
    """

    design: str
    map_kind: str
    volts: tuple[float, ...]
    percents: tuple[float, ...]
    smoothing: str
    window: int
    under_load: bool
    settle_s: float
    periodic_h: float | None
    rest_current_a: float
    adc_sd_v: float
    style: str
    rounding: str
    enum_high: int
    enum_medium: int
    enum_low: int
    low_alarm: int
    brownout_v: float
    resets_per_year: float

    def level(self, cell_volts: np.ndarray) -> np.ndarray:
        """The firmware's level (0-100) for measured per-cell voltages."""
        if self.map_kind == "coarse":
            index = np.searchsorted(np.asarray(self.volts), cell_volts, side="right")
            return np.asarray(self.percents, dtype=float)[index]
        return np.interp(cell_volts, self.volts, self.percents)

    def smooth(self, levels: np.ndarray, segment: np.ndarray) -> np.ndarray:
        """Apply the firmware's smoothing; ``segment`` numbers the runs between reboots."""
        if levels.size == 0 or self.smoothing == "none":
            return levels
        if self.smoothing == "latch":
            # Latching firmwares average a few samples, then never report a rise. A reboot
            # starts a new run lower by a large offset, so the running minimum restarts.
            offset = segment * 1000.0
            return np.minimum.accumulate(_running_mean(levels, segment, 3) - offset) + offset
        return _running_mean(levels, segment, self.window)

    def quantize(self, levels: np.ndarray) -> np.ndarray:
        """Reported percent for levels (percent styles only)."""
        step = {"1%": 1, "5%": 5, "10%": 10}[self.style]
        scaled = np.asarray(levels, dtype=float) / step
        rounder = {"floor": np.floor, "round": np.round, "ceil": np.ceil}[self.rounding]
        return np.clip(rounder(scaled) * step, 0, 100).astype(int)

    def enum(self, levels: np.ndarray) -> np.ndarray:
        """Enum rank (0 poweroff .. 3 high) for levels."""
        levels = np.asarray(levels, dtype=float)
        return (
            (levels >= self.enum_low).astype(int)
            + (levels >= self.enum_medium)
            + (levels >= self.enum_high)
        )


def _running_mean(values: np.ndarray, segment: np.ndarray, window: int) -> np.ndarray:
    """Mean of the last ``window`` values, not reaching back past a segment's start."""
    index = np.arange(values.size)
    first = np.r_[0, np.flatnonzero(np.diff(segment)) + 1]
    seg_start = first[np.searchsorted(first, index, side="right") - 1]
    window_start = np.maximum(index - window + 1, seg_start)
    total = np.r_[0.0, np.cumsum(values)]
    return (total[index + 1] - total[window_start]) / (index + 1 - window_start)


def sample_firmware(rng: np.random.Generator, design: str, keep_alive: bool) -> Firmware:
    """Draw one lock model's gauge for a ``design`` (``aa`` or ``li-ion``)."""
    style = str(rng.choice(STYLES, p=[0.33, 0.2, 0.22, 0.25]))
    if style == "10%" and rng.random() < 0.4:
        map_kind = "coarse"
    else:
        map_kind = str(rng.choice(["linear", "table"], p=[0.55, 0.45]))
    under_load = bool(rng.random() < 0.15)
    shift = _UNDER_LOAD_SHIFT[design] if under_load else 0.0
    offset = rng.normal(0.0, 0.02 if design == "aa" else 0.015) - shift
    if map_kind == "linear":
        if design == "aa":
            volts = (rng.uniform(1.05, 1.15), rng.uniform(1.42, 1.52))
        else:
            volts = (rng.uniform(3.3, 3.5), rng.uniform(4.0, 4.15))
        volts = tuple(v - shift for v in volts)
        percents: tuple[float, ...] = (0.0, 100.0)
    else:
        table = {
            ("aa", "table"): _AA_TABLE,
            ("li-ion", "table"): _LI_TABLE,
            ("aa", "coarse"): _AA_COARSE,
            ("li-ion", "coarse"): _LI_COARSE,
        }[(design, map_kind)]
        volts = tuple(v + offset for v in table[0])
        percents = tuple(float(p) for p in table[1])
    medium = int(rng.integers(15, 31))
    if keep_alive:
        periodic: float | None = float(rng.choice([1.0, 2.0, 4.0]))
    else:
        periodic = [None, 12.0, 24.0][int(rng.choice(3, p=[0.5, 0.2, 0.3]))]
    brownout = rng.uniform(3.3, 3.7) if design == "aa" else rng.uniform(2.8, 3.0)
    return Firmware(
        design=design,
        map_kind=map_kind,
        volts=volts,
        percents=percents,
        smoothing=str(rng.choice(["none", "latch", "mean"], p=[0.5, 0.25, 0.25])),
        window=int(rng.integers(3, 9)),
        under_load=under_load,
        settle_s=rng.uniform(1.0, 10.0),
        periodic_h=periodic,
        rest_current_a=rng.uniform(0.01, 0.06),
        adc_sd_v=rng.uniform(0.005, 0.02),
        style=style,
        rounding=str(rng.choice(["floor", "round", "ceil"], p=[0.4, 0.45, 0.15])),
        enum_high=int(rng.integers(50, 71)),
        enum_medium=medium,
        enum_low=int(rng.integers(5, min(13, medium))),
        low_alarm=int(rng.integers(8, 21)),
        brownout_v=brownout,
        resets_per_year=float(np.exp(rng.normal(np.log(2.0), 1.0))),
    )
