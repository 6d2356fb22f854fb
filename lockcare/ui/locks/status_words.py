"""What the page header says about reachability: calm for sleep, specific for problems."""

from __future__ import annotations

from datetime import datetime

from lockcare.core.models import Lock, LockKind, LockStatus
from lockcare.core.timefmt import ago


def status_headline(lock: Lock, status: LockStatus, now: datetime) -> str:
    """One or two plain sentences for the lock page (empty when there is nothing to say)."""
    seen = status.last_seen_at
    if status.state == "asleep":
        since = f" since {_clock(seen, now)}" if seen else ""
        if lock.kind is LockKind.WIFI:
            return (f"Asleep{since}. Battery locks sleep to save power; that is normal. "
                    "Touch its keypad, then press Wake and read.")
        return f"Not answering{since}. {status.message}".strip()
    if status.state == "wrong-key":
        return ("The lock refused lockcare's key. Check the local key and protocol version: the key comes from "
                "the tinytuya wizard's devices.json and changes whenever the lock is paired again in the Tuya app.")
    if status.state == "silent":
        return "The lock was awake but did not answer in time. Try Read now again in a moment."
    if status.state == "garbled":
        return ("Something answered at this lock's address, but not like a Tuya lock (its replies were garbled). "
                "This is not a key problem: check the address and port, then try Read now again.")
    if status.state == "gateway-child-offline":
        return ("The gateway says this lock is out of reach. Check the lock's batteries and that it is within "
                "Bluetooth range of the gateway.")
    if status.state == "ok" and status.message:
        return status.message
    return ""


def _clock(when: datetime, now: datetime) -> str:
    local = when.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return f"{local.day} {local:%b}, {local:%H:%M} ({ago(when, now)})"
