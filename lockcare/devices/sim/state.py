"""The data-point state of one emulated lock: values, battery drain, events, quirks.

No sockets here. Every mutator returns the DPs that changed *in wire form* (what the
lock would push), so the server decides whether and where to push them.
"""

from __future__ import annotations

import threading
from typing import Any, Iterable, Mapping

from lockcare.devices.sim.profiles import (
    ALARM_CODE,
    BATTERY_PERCENT_CODE,
    BATTERY_STATE_CODE,
    KNOWN_QUIRKS,
    QUIRK_ALARM_BITFIELD,
    QUIRK_ALARM_INDEX,
    QUIRK_BATTERY_UNKNOWN,
    LockProfile,
)


def check_quirks(quirks: Iterable[str]) -> frozenset[str]:
    """Validate a set of quirk names.

    Raises:
        ValueError: on unknown names or on both alarm quirks at once.
    """
    chosen = frozenset(quirks)
    unknown = chosen - KNOWN_QUIRKS
    if unknown:
        raise ValueError(f"unknown quirks {sorted(unknown)}; known: {sorted(KNOWN_QUIRKS)}")
    if {QUIRK_ALARM_INDEX, QUIRK_ALARM_BITFIELD} <= chosen:
        raise ValueError("choose one alarm quirk, not both")
    return chosen


class LockState:
    """Canonical DP values of one lock plus its battery model.

    Values are stored canonically (``alarm_lock`` as its enum word); quirks are applied
    when values leave the lock (:meth:`wire_dps`). Thread-safe.

    Args:
        profile: The lock family.
        quirks: Quirk names from :data:`~lockcare.devices.sim.profiles.KNOWN_QUIRKS`.
        battery_level: Starting charge in percent; defaults to the profile's.
    """

    def __init__(
        self,
        profile: LockProfile,
        quirks: Iterable[str] = (),
        battery_level: float | None = None,
    ) -> None:
        self.profile = profile
        self.quirks = check_quirks(quirks)
        self._lock = threading.RLock()
        self._dps: dict[str, Any] = dict(profile.default_dps)
        self._level = float(profile.battery.initial_level if battery_level is None else battery_level)
        self._low_alarm_sent = False
        self._battery_dp = profile.dp_for(BATTERY_PERCENT_CODE)
        self._state_dp = profile.dp_for(BATTERY_STATE_CODE)
        self._alarm_dp = profile.dp_for(ALARM_CODE)
        self._apply_level()

    # -- reading -------------------------------------------------------------------

    @property
    def battery_level(self) -> float:
        """The true charge in percent (float), whatever the lock reports."""
        with self._lock:
            return self._level

    def wire_dps(self, only: Iterable[str] | None = None) -> dict[str, Any]:
        """Return the DPs as the lock reports them (quirks applied).

        Args:
            only: Restrict to these DP ids (missing ones are skipped).
        """
        with self._lock:
            keys = list(self._dps) if only is None else [str(k) for k in only if str(k) in self._dps]
            return {k: self._to_wire(k, self._dps[k]) for k in keys}

    def _to_wire(self, dp_id: str, value: Any) -> Any:
        if dp_id == self._battery_dp and QUIRK_BATTERY_UNKNOWN in self.quirks:
            return -1
        if dp_id == self._alarm_dp and isinstance(value, str):
            values = self.profile.enum_range(dp_id)
            if value in values:
                index = values.index(value)
                if QUIRK_ALARM_INDEX in self.quirks:
                    return str(index)
                if QUIRK_ALARM_BITFIELD in self.quirks:
                    return 1 << index
        return value

    # -- mutating (each returns the changed DPs in wire form) ---------------------

    def set_dps(self, values: Mapping[str | int, Any]) -> dict[str, Any]:
        """Set DP values (canonical form) and return those reported as changed.

        Setting the battery percent DP also moves the true battery level. Record DPs
        (unlock ids) are always reported, even when the value repeats.
        """
        with self._lock:
            changed: dict[str, Any] = {}
            for key, value in values.items():
                dp_id = str(key)
                if dp_id not in self.profile.mapping:
                    raise ValueError(f"DP {dp_id} is not part of profile {self.profile.id}")
                self._dps[dp_id] = value
                changed[dp_id] = value
                if dp_id == self._battery_dp and isinstance(value, (int, float)) and value >= 0:
                    self._level = float(value)
                    if self._state_dp is not None:
                        new_state = self.profile.battery.state_for(self._level)
                        if self._dps.get(self._state_dp) != new_state:
                            self._dps[self._state_dp] = new_state
                            changed[self._state_dp] = new_state
            return {k: self._to_wire(k, v) for k, v in changed.items()}

    def unlock(self, method: str, user_id: int) -> dict[str, Any]:
        """Record an unlock: set the record DP to ``user_id`` and drain the battery.

        Raises:
            ValueError: if the profile has no record DP for ``method``.
        """
        dp_id = self.profile.dp_for(f"unlock_{method}")
        if dp_id is None:
            raise ValueError(
                f"profile {self.profile.id} has no unlock_{method}; "
                f"methods: {', '.join(self.profile.unlock_methods())}"
            )
        with self._lock:
            changed = self.set_dps({dp_id: int(user_id)})
            motor_dp = self.profile.dp_for("lock_motor_state")
            if motor_dp is not None:
                # tuya-local maps lock_motor_state true = unlocked on BLE locks.
                changed.update(self.set_dps({motor_dp: True}))
            changed.update(self.drain(self.profile.battery.drain_per_unlock))
            return changed

    def raise_alarm(self, code: str) -> dict[str, Any]:
        """Report an ``alarm_lock`` value such as "low_battery" or "pry".

        Raises:
            ValueError: if the profile has no alarm DP or the code is not in its enum.
        """
        if self._alarm_dp is None:
            raise ValueError(f"profile {self.profile.id} has no alarm_lock DP")
        allowed = self.profile.enum_range(self._alarm_dp)
        if code not in allowed:
            raise ValueError(f"alarm {code!r} not in {allowed}")
        return self.set_dps({self._alarm_dp: code})

    def drain(self, percent: float) -> dict[str, Any]:
        """Lower the battery by ``percent`` and return the DPs whose reported value moved."""
        with self._lock:
            before = self.wire_dps()
            self._level = max(0.0, self._level - max(0.0, percent))
            self._apply_level()
            changed = {k: v for k, v in self.wire_dps().items() if before.get(k) != v}
            if (
                self._alarm_dp is not None
                and not self._low_alarm_sent
                and self._level < self.profile.battery.low_alarm_below
            ):
                self._low_alarm_sent = True
                self._dps[self._alarm_dp] = "low_battery"
                changed[self._alarm_dp] = self._to_wire(self._alarm_dp, "low_battery")
            return changed

    def replace_battery(self, level: float = 100.0) -> dict[str, Any]:
        """Fit fresh cells; returns the changed DPs."""
        with self._lock:
            before = self.wire_dps()
            self._level = float(level)
            self._low_alarm_sent = False
            self._apply_level()
            return {k: v for k, v in self.wire_dps().items() if before.get(k) != v}

    def _apply_level(self) -> None:
        if self._battery_dp is not None:
            self._dps[self._battery_dp] = int(round(self._level))
        if self._state_dp is not None:
            self._dps[self._state_dp] = self.profile.battery.state_for(self._level)
