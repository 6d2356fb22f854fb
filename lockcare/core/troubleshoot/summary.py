"""The plain-text summary a user sends to Tuya's regional support when the steps run out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from lockcare.core.troubleshoot.walk import Walk

_LOCK_FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("model", "Model"),
    ("product_name", "Product"),
    ("product_id", "Product id"),
    ("category", "Category"),
    ("device_id", "Device id"),
    ("firmware", "Firmware"),
)
"""The only lock_info keys a summary prints: never a local key or any other secret."""


def support_summary(
    walk: Walk,
    lock_info: Mapping[str, object] | None,
    battery_text: str | None,
    *,
    now: datetime | None = None,
) -> str:
    """Writes a plain-text summary to send to Tuya's regional support.

    Args:
        walk: A started walk, finished or not.
        lock_info: What lockcare knows about the lock; only the keys in ``_LOCK_FIELDS``
            (name, model, product name and id, category, device id, firmware) are printed.
        battery_text: The battery state in words, e.g. ``"18 % (low), read 2 h ago"``.
        now: The date to print; the current local time when omitted.

    Returns:
        The summary, one fact per line.

    Raises:
        ValueError: if the walk has not been started.
    """
    mode = walk.mode
    if mode is None:
        raise ValueError("Start a walk before writing a support summary")
    when = now or datetime.now().astimezone()
    zone = when.tzname() if when.tzinfo else None
    lines = [
        "Lock troubleshooting summary (written by lockcare)",
        f"Date: {when:%Y-%m-%d %H:%M}" + (f" {zone}" if zone else ""),
    ]
    given = [(label, str((lock_info or {}).get(key) or "").strip()) for key, label in _LOCK_FIELDS]
    given = [(label, value) for label, value in given if value]
    if given:
        lines += ["Lock:"] + [f"  {label}: {value}" for label, value in given]
    else:
        lines.append("Lock: not given (the model number is on the lock's label or in its manual)")
    lines.append(f"Symptom: {mode.title}. {mode.what_you_see}")
    lines.append(f"Battery: {battery_text.strip() if battery_text and battery_text.strip() else 'not known'}")
    if walk.note:
        lines.append(f"What lockcare knew: {walk.note}")
    tried = walk.steps_tried()
    lines.append("Steps tried:" if tried or walk.current else "Steps tried: none yet")
    lines += [f"  {n}. {step.title}: {outcome.label}" for n, (step, outcome) in enumerate(tried, start=1)]
    if walk.current is not None:
        lines.append(f"  Stopped at: {walk.current.title} (not tried yet)")
    result = {"fixed": "fixed", "support": "not fixed; asking support for help"}.get(walk.outcome or "", "not finished")
    lines.append(f"Result: {result}")
    return "\n".join(lines) + "\n"


def problem_report(
    lock_info: Mapping[str, object] | None,
    *,
    battery_text: str | None,
    connection_text: str,
    alarms: Sequence[str] = (),
    last_walk: str = "",
    about: Sequence[str] = (),
    now: datetime | None = None,
) -> str:
    """The plain-text summary "Report a problem" offers to copy: the lock's state and lockcare's.

    For Tuya's regional support (a fault in the lock) or lockcare's maintainers (a fault in
    lockcare). Like :func:`support_summary` it prints only the lock fields in ``_LOCK_FIELDS``:
    never a local key.

    Args:
        lock_info: What lockcare knows about the lock, or None for no lock.
        battery_text: The battery state in words.
        connection_text: How lockcare last reached it, in words (with the last error).
        alarms: Recent alarms in words, newest first.
        last_walk: The last troubleshooting walk in one line, or "".
        about: Lines about lockcare and the computer (version, system).
        now: The date to print; the current local time when omitted.
    """
    when = now or datetime.now().astimezone()
    zone = when.tzname() if when.tzinfo else None
    lines = ["Problem report (written by lockcare)", f"Date: {when:%Y-%m-%d %H:%M}" + (f" {zone}" if zone else "")]
    given = [(label, str((lock_info or {}).get(key) or "").strip()) for key, label in _LOCK_FIELDS]
    given = [(label, value) for label, value in given if value]
    if given:
        lines += ["Lock:"] + [f"  {label}: {value}" for label, value in given]
        lines.append(f"Battery: {battery_text.strip() if battery_text and battery_text.strip() else 'not known'}")
        lines.append(f"Connection: {connection_text}")
        lines.append("Recent alarms: " + ("; ".join(alarms) if alarms else "none"))
        lines.append(f"Last troubleshooting: {last_walk or 'none'}")
    else:
        lines.append("Lock: none chosen")
    if about:
        lines += ["lockcare:"] + [f"  {line}" for line in about]
    lines.append("What happened: (describe it here: what you did, what you expected, what you saw)")
    return "\n".join(lines) + "\n"
