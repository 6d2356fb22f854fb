"""A device's data points as its cloud specification declares them, by code.

``GET /v1.1/devices/{id}/specifications`` (tinytuya's ``Cloud.getdps``) lists each data
point's code, DP id, type and value range. That is the product's own word, so lockcare
uses it instead of guessing DP numbers: :meth:`CloudSpec.mapping` gives the devices.json
``mapping`` shape that :func:`lockcare.core.dpmap.resolve_dp_map` reads, and
:meth:`CloudSpec.roles` the role -> DP id map directly.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from lockcare.core.alarms import alarm_order_from_values
from lockcare.core.dp_values import dp_number
from lockcare.core.dpmap import parse_mapping


@dataclass(frozen=True, slots=True)
class DataPoint:
    """One declared data point.

    Attributes:
        dp_id: The LAN data-point id.
        code: Tuya's code, e.g. ``residual_electricity``.
        type: ``Integer``, ``Enum``, ``Boolean``, ``String``, ``Raw``, ``Json`` or ``Bitmap``.
        values: The parsed value spec (range, min/max, unit...), or the raw text when it
            is not JSON.
        reported: Listed under ``status`` (the device reports it).
        settable: Listed under ``functions``; lockcare never sets anything, this only
            describes the product.
    """

    dp_id: int
    code: str
    type: str = ""
    values: dict[str, object] | str = field(default_factory=dict)
    reported: bool = False
    settable: bool = False


@dataclass(frozen=True, slots=True)
class CloudSpec:
    """A device's specification: its data points by code.

    Attributes:
        device_id: The device.
        category: The category the specification names.
        points: Code -> data point.
    """

    device_id: str
    category: str = ""
    points: dict[str, DataPoint] = field(default_factory=dict)

    @classmethod
    def from_result(cls, device_id: str, result: Mapping[str, object]) -> CloudSpec:
        """Reads the ``result`` of a specifications call.

        Args:
            device_id: The device the specification is for.
            result: ``{"category", "status": [...], "functions": [...]}``; entries lacking
                a code or a numeric ``dp_id`` are left out.
        """
        points: dict[str, DataPoint] = {}
        for section, flag in (("status", "reported"), ("functions", "settable")):
            entries = result.get(section)
            for entry in entries if isinstance(entries, list) else ():
                point = _point(entry)
                if point is None:
                    continue
                known = points.get(point.code)
                if known is None:
                    points[point.code] = _flagged(point, flag)
                elif known.dp_id == point.dp_id:
                    points[point.code] = _flagged(known, flag)
        return cls(device_id=device_id, category=str(result.get("category") or ""), points=points)

    def mapping(self) -> dict[str, dict[str, object]]:
        """The devices.json ``mapping`` shape: ``{"<dp id>": {"code", "type", "values"}}``."""
        return {
            str(p.dp_id): {"code": p.code, "type": p.type, "values": p.values}
            for p in sorted(self.points.values(), key=lambda p: p.dp_id)
        }

    def roles(self) -> dict[str, int]:
        """Role -> DP id for the roles the specification names (see ``dpmap.ROLES``)."""
        return dict(parse_mapping(self.mapping()).roles)

    @property
    def alarm_order(self) -> tuple[str, ...] | None:
        """The product's ``alarm_lock`` enum order, when the specification lists it."""
        point = self.points.get("alarm_lock")
        if point is None or not isinstance(point.values, dict):
            return None
        return alarm_order_from_values(point.values)


def _point(entry: object) -> DataPoint | None:
    if not isinstance(entry, Mapping):
        return None
    code = str(entry.get("code") or "").strip()
    raw_dp = entry.get("dp_id")
    dp = dp_number(raw_dp if isinstance(raw_dp, int) else str(raw_dp))
    if not code or dp is None:
        return None
    return DataPoint(dp_id=dp, code=code, type=str(entry.get("type") or ""), values=_values(entry.get("values")))


def _values(raw: object) -> dict[str, object] | str:
    if isinstance(raw, dict):
        return raw
    if isinstance(raw, str):
        try:
            parsed = json.loads(raw)
        except (ValueError, RecursionError):
            return raw
        return parsed if isinstance(parsed, dict) else raw
    return {}


def _flagged(point: DataPoint, flag: str) -> DataPoint:
    return replace(point, **{flag: True})


__all__ = ["CloudSpec", "DataPoint"]
