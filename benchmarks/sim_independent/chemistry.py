"""Cell chemistries as a door lock's cells experience them.

Every figure is per cell, at 20 °C and a light (tens of mA) load, read off public
datasheet curves (alkaline AA such as Energizer E91, lithium iron-disulfide AA such as
Energizer L91, low-self-discharge NiMH such as Eneloop, a generic 2600 mAh 18650) and
rounded: the simulator needs each curve's *shape*, not a brand's exact numbers.

Shapes that matter for a forecaster:

* alkaline slopes the whole way down (1.58 V fresh, 1.18 V at 72 % drawn) and its internal
  resistance grows as it empties and as it gets cold, so loads and winter sag it a lot;
* lithium AA sits on a flat 1.5-1.6 V shelf, then falls off a steep knee in the last few %;
* Li-ion 18650 declines steadily from 4.2 V with a long 3.7-3.9 V middle and a late knee;
* NiMH holds a 1.2-1.25 V plateau, a volt-based gauge built for alkaline reads it "low" early.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FloatArray = np.ndarray


@dataclass(frozen=True)
class Chemistry:
    """A cell chemistry's electrical behaviour.

    Attributes:
        name: Battery type id as lockcare spells it (``"aa-alkaline"`` ...).
        capacity_mah: Charge a fresh cell gives at light load down to its empty voltage.
        capacity_cv: Cell-to-cell spread of the capacity (coefficient of variation).
        soc: State-of-charge points (0 empty, 1 full) of the voltage curve, ascending.
        volts: Light-load voltage at each ``soc`` point, 20 °C.
        r0_ohm: Internal resistance of a full cell at 20 °C.
        r_rise: How much the resistance grows by the time the cell is empty (multiplier - 1).
        r_power: Shape of that growth (large: only near empty).
        r_cold: Resistance grows by ``exp(r_cold * (20 - T))`` in the cold.
        v_temp: Light-load voltage change per °C (slow kinetics sag cold alkaline cells).
        self_discharge: Fraction of capacity lost per day at 20 °C (doubles every 10 °C).
        pulse_penalty: Extra charge lost per mAh drawn in motor/radio pulses (Peukert-like).
        cold_penalty: Further pulse penalty per °C below 20.
        polarization: Share of a pulse's resistive drop that lingers after the pulse.
        tau_fast_s: Time constant of the fast part of the recovery after a pulse.
        tau_slow_s: Time constant of the slow (diffusion) part of the recovery.
        rechargeable: True when a "swap" is a recharge of the same cells.
    """

    name: str
    capacity_mah: float
    capacity_cv: float
    soc: tuple[float, ...]
    volts: tuple[float, ...]
    r0_ohm: float
    r_rise: float
    r_power: float
    r_cold: float
    v_temp: float
    self_discharge: float
    pulse_penalty: float
    cold_penalty: float
    polarization: float
    tau_fast_s: float
    tau_slow_s: float
    rechargeable: bool

    def voltage(self, soc: FloatArray, temp_c: FloatArray) -> FloatArray:
        """Light-load cell voltage at ``soc`` and ``temp_c`` (an exhausted cell collapses)."""
        soc = np.asarray(soc, dtype=float)
        volts = np.interp(soc, self.soc, self.volts)
        # Past empty the cell collapses towards 0 V (and a series pack drags it further).
        volts = np.where(soc < 0.0, self.volts[0] + soc * 8.0, volts)
        warmth = np.minimum(np.asarray(temp_c, dtype=float), 35.0) - 20.0
        return np.maximum(volts + self.v_temp * warmth, 0.0)

    def resistance(self, soc: FloatArray, temp_c: FloatArray) -> FloatArray:
        """Internal resistance (ohm) at ``soc`` and ``temp_c``."""
        depth = np.clip(1.0 - np.asarray(soc, dtype=float), 0.0, 1.2)
        cold = np.exp(self.r_cold * np.clip(20.0 - np.asarray(temp_c, dtype=float), -15.0, 45.0))
        return self.r0_ohm * (1.0 + self.r_rise * depth**self.r_power) * cold

    def pulse_factor(self, temp_c: FloatArray) -> FloatArray:
        """Charge a cell loses per mAh of pulse load (1 = no penalty)."""
        cold = np.clip(20.0 - np.asarray(temp_c, dtype=float), 0.0, 40.0)
        return 1.0 + self.pulse_penalty + self.cold_penalty * cold

    def self_discharge_per_day(self, temp_c: FloatArray) -> FloatArray:
        """Fraction of capacity lost per day to self-discharge at ``temp_c``."""
        return self.self_discharge * 2.0 ** ((np.asarray(temp_c, dtype=float) - 20.0) / 10.0)


ALKALINE = Chemistry(
    name="aa-alkaline",
    capacity_mah=2700.0,
    capacity_cv=0.03,
    soc=(0.0, 0.04, 0.10, 0.18, 0.28, 0.40, 0.55, 0.72, 0.90, 0.97, 1.0),
    volts=(0.80, 0.95, 1.05, 1.12, 1.18, 1.24, 1.30, 1.37, 1.45, 1.52, 1.58),
    r0_ohm=0.15,
    r_rise=5.0,
    r_power=2.0,
    r_cold=0.03,
    v_temp=0.0012,
    self_discharge=0.02 / 365.0,
    pulse_penalty=0.25,
    cold_penalty=0.012,
    polarization=0.2,
    tau_fast_s=10 * 60.0,
    tau_slow_s=2 * 3600.0,
    rechargeable=False,
)

LITHIUM_AA = Chemistry(
    name="aa-lithium",
    capacity_mah=3300.0,
    capacity_cv=0.02,
    soc=(0.0, 0.02, 0.05, 0.10, 0.18, 0.30, 0.50, 0.70, 0.90, 0.97, 1.0),
    volts=(0.80, 1.10, 1.30, 1.42, 1.48, 1.52, 1.55, 1.58, 1.62, 1.70, 1.78),
    r0_ohm=0.12,
    r_rise=1.5,
    r_power=3.0,
    r_cold=0.012,
    v_temp=0.0003,
    self_discharge=0.01 / 365.0,
    pulse_penalty=0.05,
    cold_penalty=0.002,
    polarization=0.15,
    tau_fast_s=5 * 60.0,
    tau_slow_s=1 * 3600.0,
    rechargeable=False,
)

LI_ION_18650 = Chemistry(
    name="18650-li-ion",
    capacity_mah=2600.0,
    capacity_cv=0.02,
    soc=(0.0, 0.03, 0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 1.0),
    volts=(3.00, 3.30, 3.45, 3.62, 3.71, 3.76, 3.79, 3.83, 3.88, 3.94, 4.00, 4.08, 4.20),
    r0_ohm=0.07,  # cell plus protection board
    r_rise=1.0,
    r_power=4.0,
    r_cold=0.025,
    v_temp=0.0005,
    self_discharge=0.025 / 30.0,  # includes the protection circuit's drain
    pulse_penalty=0.03,
    cold_penalty=0.003,
    polarization=0.1,
    tau_fast_s=3 * 60.0,
    tau_slow_s=0.5 * 3600.0,
    rechargeable=True,
)

NIMH = Chemistry(
    name="aa-nimh",
    capacity_mah=2000.0,
    capacity_cv=0.05,
    soc=(0.0, 0.03, 0.08, 0.15, 0.25, 0.40, 0.60, 0.80, 0.90, 0.96, 1.0),
    volts=(0.85, 1.02, 1.12, 1.17, 1.20, 1.22, 1.24, 1.26, 1.29, 1.33, 1.40),
    r0_ohm=0.04,
    r_rise=1.5,
    r_power=4.0,
    r_cold=0.02,
    v_temp=0.0002,
    self_discharge=0.15 / 365.0,  # low-self-discharge cells; classic NiMH is ~8x this
    pulse_penalty=0.05,
    cold_penalty=0.003,
    polarization=0.15,
    tau_fast_s=5 * 60.0,
    tau_slow_s=1 * 3600.0,
    rechargeable=True,
)

CHEMISTRIES: dict[str, Chemistry] = {
    chem.name: chem for chem in (ALKALINE, LITHIUM_AA, LI_ION_18650, NIMH)
}
AA_TYPES = ("aa-alkaline", "aa-lithium", "aa-nimh")
