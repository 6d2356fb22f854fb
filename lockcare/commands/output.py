"""Stable JSON shapes for ``--json`` output (documented in README.md) and plain text tables."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TextIO

from lockcare.core.models import BatteryReading, BatterySwap, Lock, LockStatus
from lockcare.core.safe_text import one_line, terminal_safe


def counted(count: int, noun: str, plural: str = "") -> str:
    """ "1 lock", "3 locks", "1 log entry", "0 log entries" (``plural`` when adding an s is wrong)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def iso(value: datetime | None) -> str | None:
    """ISO-8601 text with the offset, or None."""
    return value.isoformat(timespec="seconds") if value else None


def reading_json(reading: BatteryReading | None) -> dict[str, Any] | None:
    """A battery reading as JSON."""
    if reading is None:
        return None
    return {
        "at": iso(reading.at),
        "percent": reading.percent,
        "level": reading.level,
        "source": str(reading.source),
        "via_gateway": reading.via_gateway,
    }


def swap_json(swap: BatterySwap) -> dict[str, Any]:
    """A battery swap as JSON."""
    return {
        "at": iso(swap.at),
        "battery_type": swap.battery_type,
        "brand": swap.brand,
        "count": swap.count,
        "note": swap.note,
    }


def lock_json(lock: Lock, latest: BatteryReading | None, status: LockStatus) -> dict[str, Any]:
    """A lock with its latest reading and reachability, as JSON (never the key)."""
    return {
        "name": lock.name,
        "id": lock.device_id,
        "kind": str(lock.kind),
        "address": lock.address,
        "port": lock.port,
        "version": lock.version,
        "category": lock.category,
        "product_id": lock.product_id,
        "gateway_id": lock.parent_device_id or None,
        "node_id": lock.node_id or None,
        "battery_type": lock.battery_type,
        "battery_count": lock.battery_count,
        "battery": reading_json(latest),
        "state": status.state,
        "last_seen": iso(status.last_seen_at),
    }


def dumps(value: Any) -> str:
    """Pretty, stable JSON."""
    return json.dumps(value, indent=2, ensure_ascii=False)


def compact(value: Any) -> str:
    """JSON on one line (``poll --json`` prints one object per line; errors are one line)."""
    return json.dumps(value, ensure_ascii=False)


def reading_text(reading: BatteryReading | None) -> str:
    """A reading in words: ``64 %``, ``low`` or ``64 % (medium)``."""
    if reading is None:
        return "no reading"
    if reading.percent is not None and reading.level:
        return f"{reading.percent} % ({reading.level})"
    return f"{reading.percent} %" if reading.percent is not None else str(reading.level)


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain left-aligned text table."""
    rows = [[one_line(str(cell)) for cell in row] for row in rows]
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(lines)


class EscapingStream:
    """Wraps stdout or stderr so control characters are written escaped, never raw.

    Names come from users and files; one with an escape sequence must not drive the
    terminal (:mod:`lockcare.core.safe_text`). JSON stays valid: the escapes are JSON's own.

    Args:
        stream: The stream to write to.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters escaped; returns ``len(text)`` like a stream."""
        self._stream.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
