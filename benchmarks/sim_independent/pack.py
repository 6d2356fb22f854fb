"""A battery pack discharging in a lock, and the voltage the lock measures from it.

Charge is booked on an hourly grid: the standby drain, the operations of that hour (each
a pulse: motor, radio, voice prompts; a jam adds a motor stall) and self-discharge. Pulse
charge costs a cell more than its face value (alkaline cells especially, and more in the
cold: rate-dependent capacity). Cells in series carry the same current but each has its own
capacity, starting charge, chemistry and resistance, so a weak or old cell in the pack
reaches its knee first and pulls the pack voltage down with it.

The voltage a lock measures at a moment is

    sum over cells of (light-load voltage(SOC, T)) - I * R_pack(SOC, T) - polarization

where ``I`` is the current flowing while it measures (radio and MCU when idle, the motor
when measuring under load) and ``polarization`` is what the last operations left behind:
after a pulse a cell recovers quickly at first (minutes), then slowly (hours), and more
slowly in the cold. A motor is a resistance: its current is the pack voltage divided by
(motor resistance + pack resistance), so a weak cold pack both sags and draws less.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .chemistry import Chemistry

HOUR = 3600.0
RECENT_PULSES = 6  # pulses whose polarization still counts at a measurement


@dataclass(frozen=True)
class Load:
    """What the lock draws from its pack.

    Attributes:
        standby_ma: Average idle current (sleep, radio keep-alive, sensors).
        event_mah: Charge per operation (wake, identify, motor out and back, report).
        jam_mah: Extra charge of a jam (stall and retries).
        voice_event_mah: Extra charge per operation for voice prompts (when enabled).
        voice_standby_ma: Extra idle current with voice prompts on (amplifier kept biased).
        voice: Voice prompts enabled.
        run_ohm: Motor resistance while running.
        stall_ohm: Motor resistance when stalled (jam).
    """

    standby_ma: float
    event_mah: float
    jam_mah: float
    voice_event_mah: float
    voice_standby_ma: float
    voice: bool
    run_ohm: float
    stall_ohm: float

    def idle_ma(self) -> float:
        """Idle current including the voice amplifier when enabled."""
        return self.standby_ma + (self.voice_standby_ma if self.voice else 0.0)

    def pulse_mah(self, jams: np.ndarray) -> np.ndarray:
        """Pulse charge of each operation."""
        base = self.event_mah + (self.voice_event_mah if self.voice else 0.0)
        return base + np.where(jams, self.jam_mah, 0.0)


@dataclass(frozen=True)
class Pack:
    """The cells of one battery set, one entry per series position.

    Attributes:
        chems: Chemistry of each position (a mixed set has different ones).
        capacity_mah: Capacity of each position (parallel strings add up).
        soc0: Charge at insertion of each position (0-1).
        r_mult: Cell-to-cell resistance spread.
        sd_mult: Self-discharge multiplier (classic NiMH vs low-self-discharge).
        n_parallel: Parallel strings (resistance divides, current splits).
    """

    chems: tuple[Chemistry, ...]
    capacity_mah: np.ndarray
    soc0: np.ndarray
    r_mult: np.ndarray
    sd_mult: float
    n_parallel: int

    @property
    def n_series(self) -> int:
        """Cells in series."""
        return len(self.chems)


class Discharge:
    """A pack discharging from ``start`` to ``stop`` (seconds from the lock's origin).

    Args:
        pack: The set's cells.
        load: The lock's current draw.
        box_temps: Hourly battery-box temperature from the origin.
        start: When the set went in.
        stop: Last moment simulated.
        event_t: Operation times within [start, stop).
        event_mah: Pulse charge of each operation.
    """

    def __init__(
        self,
        pack: Pack,
        load: Load,
        box_temps: np.ndarray,
        start: float,
        stop: float,
        event_t: np.ndarray,
        event_mah: np.ndarray,
    ) -> None:
        self.pack = pack
        self.load = load
        self._box_temps = box_temps
        n = max(1, int(np.ceil((stop - start) / HOUR)))
        self.grid = start + HOUR * np.arange(n + 1)
        temps = self.temperature(self.grid[:-1])
        slot = ((event_t - start) // HOUR).astype(int)
        pulse = np.bincount(slot, weights=event_mah, minlength=n)[:n]
        removed = np.empty((n, pack.n_series))
        for i, chem in enumerate(pack.chems):
            drawn = (load.idle_ma() + pulse * chem.pulse_factor(temps)) / pack.n_parallel
            leak = chem.self_discharge_per_day(temps) * pack.sd_mult / 24.0
            removed[:, i] = drawn + leak * pack.capacity_mah[i]
        used = np.vstack([np.zeros(pack.n_series), np.cumsum(removed, axis=0)])
        self.soc_grid = pack.soc0 - used / pack.capacity_mah

    def temperature(self, t: np.ndarray) -> np.ndarray:
        """Battery-box temperature at times ``t``."""
        hours = np.asarray(t, dtype=float) / HOUR
        return np.interp(hours, np.arange(self._box_temps.size), self._box_temps)

    def soc(self, t: np.ndarray) -> np.ndarray:
        """State of charge of each cell at times ``t`` (shape ``(len(t), n_series)``)."""
        t = np.atleast_1d(np.asarray(t, dtype=float))
        return np.column_stack(
            [np.interp(t, self.grid, self.soc_grid[:, i]) for i in range(self.pack.n_series)]
        )

    def electrical(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Pack light-load voltage, pack resistance and temperature at times ``t``."""
        temps = self.temperature(t)
        soc = self.soc(t)
        volts = np.zeros(soc.shape[0])
        ohms = np.zeros(soc.shape[0])
        for i, chem in enumerate(self.pack.chems):
            volts += chem.voltage(soc[:, i], temps)
            ohms += chem.resistance(soc[:, i], temps) * self.pack.r_mult[i]
        return volts, ohms / self.pack.n_parallel, temps

    def motor_volts(self, open_v: np.ndarray, ohms: np.ndarray, stalled: np.ndarray) -> np.ndarray:
        """Pack terminal voltage with the motor running (or stalled)."""
        motor = np.where(stalled, self.load.stall_ohm, self.load.run_ohm)
        return open_v * motor / (motor + ohms)

    def polarization(
        self,
        t: np.ndarray,
        ohms: np.ndarray,
        temps: np.ndarray,
        open_v: np.ndarray,
        event_t: np.ndarray,
        jams: np.ndarray,
        min_age_s: float,
    ) -> np.ndarray:
        """Voltage still missing at ``t`` after the recent operations' pulses.

        Pulses younger than ``min_age_s`` are ignored (a measurement taken during the
        motor run already counts its own drop as ``I * R``).
        """
        result = np.zeros(t.size)
        if event_t.size == 0:
            return result
        chem = self.pack.chems[0]
        slow_down = 1.0 + 0.03 * np.clip(20.0 - temps, 0.0, 40.0)
        tau_fast = chem.tau_fast_s * slow_down
        tau_slow = chem.tau_slow_s * slow_down
        last = np.searchsorted(event_t, t - min_age_s, side="right") - 1
        for back in range(RECENT_PULSES):
            index = last - back
            valid = index >= 0
            safe = np.where(valid, index, 0)
            age = np.where(valid, t - event_t[safe], np.inf)
            stalled = jams[safe]
            motor = np.where(stalled, self.load.stall_ohm, self.load.run_ohm)
            current = open_v / (motor + ohms)
            # What lingers grows with the pulse's length: a motor run lasts about a second,
            # a jam stalls the motor for a couple of seconds and retries.
            amplitude = chem.polarization * current * ohms * np.where(stalled, 0.6, 0.3)
            decay = 0.75 * np.exp(-age / tau_fast) + 0.25 * np.exp(-age / tau_slow)
            result += np.where(valid, amplitude * decay, 0.0)
        return result
