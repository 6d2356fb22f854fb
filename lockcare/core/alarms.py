"""Decode Tuya lock alarms (the ``alarm_lock`` data point) into plain codes and words.

Locks report the same alarm in three shapes (reference section 3.5):

* the enum **name**, e.g. ``"low_battery"``;
* the enum **index as a string**, e.g. ``"10"`` (some gateways and BLE locks);
* an **integer bitfield** where bit *i* means enum entry *i* (some Wi-Fi locks, although
  the cloud declares an Enum).

The index order is Tuya's standard one (:data:`ALARM_CODES`) unless the product's
devices.json ``mapping`` lists its own ``values.range``; pass that list as ``order``.
"""

from __future__ import annotations

from collections.abc import Sequence

ALARM_CODES: tuple[str, ...] = (
    "wrong_finger",
    "wrong_password",
    "wrong_card",
    "wrong_face",
    "tongue_bad",
    "too_hot",
    "unclosed_time",
    "tongue_not_out",
    "pry",
    "key_in",
    "low_battery",
    "power_off",
    "shock",
    "defense",
)
"""Tuya's standard ``alarm_lock`` enum, in index order (0 = ``wrong_finger``)."""

ALARM_LABELS: dict[str, str] = {
    "wrong_finger": "Wrong fingerprint",
    "wrong_password": "Wrong PIN code",
    "wrong_card": "Wrong card",
    "wrong_face": "Face not recognised",
    "tongue_bad": "Bolt jammed",
    "too_hot": "Lock too hot",
    "unclosed_time": "Door left open",
    "tongue_not_out": "Bolt not fully out",
    "pry": "Someone tried to force the lock",
    "key_in": "Key left in the lock",
    "low_battery": "Low battery",
    "power_off": "Battery empty",
    "shock": "Knock or vibration",
    "defense": "Alarm set",
    # Extras some products add to the enum.
    "stay_alarm": "Someone lingered at the door",
    "doorbell": "Doorbell pressed",
    "wrong_unlock": "Failed unlock attempt",
}
"""Plain words for each alarm code, as shown to the user."""

BATTERY_ALARMS: frozenset[str] = frozenset({"low_battery", "power_off"})
"""Alarm codes that say something about the batteries."""

_UNKNOWN_PREFIX = "unknown_"
_UNKNOWN = "unknown_alarm"
_MAX_INDEX_DIGITS = 4
_MAX_BITFIELD_BITS = 64


def decode_alarm(value: object, order: Sequence[str] | None = None) -> tuple[str, ...]:
    """Turns one reported ``alarm_lock`` value into a tuple of alarm codes.

    Args:
        value: What the lock reported: a name (``"low_battery"``), an index string
            (``"10"``) or an integer bitfield (``1 << 10``). ``None``, ``""``, ``0``
            and booleans mean "no alarm".
        order: The product's enum order when its devices.json mapping gives one
            (``values.range``); Tuya's standard :data:`ALARM_CODES` otherwise.

    Returns:
        The alarm codes, lowest index first for bitfields. An index outside the
        enum becomes ``"unknown_<n>"`` so nothing reported is silently dropped; an absurd
        index or bitfield (more than 4 digits, more than 64 bits) becomes ``"unknown_alarm"``.
    """
    codes = tuple(order) if order else ALARM_CODES
    if value is None or isinstance(value, bool):
        return ()
    if isinstance(value, int):
        return _decode_bitfield(value, codes)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return ()
        if text.isascii() and text.isdigit():
            return (_code_at(int(text), codes) if len(text) <= _MAX_INDEX_DIGITS else _UNKNOWN,)
        return (text,)
    return ()


def alarm_label(code: str) -> str:
    """Returns the plain words for an alarm code.

    Args:
        code: A code from :func:`decode_alarm`.

    Returns:
        A short label such as ``"Bolt jammed"``; unknown codes get a readable fallback.
    """
    if code in ALARM_LABELS:
        return ALARM_LABELS[code]
    if code.startswith(_UNKNOWN_PREFIX) and code[len(_UNKNOWN_PREFIX) :].isdigit():
        return f"Unrecognised alarm (number {code[len(_UNKNOWN_PREFIX):]})"
    return code.replace("_", " ").strip().capitalize() or "Unrecognised alarm"


def alarm_order_from_values(values: object) -> tuple[str, ...] | None:
    """Reads the enum order from a devices.json mapping entry's ``values``.

    Args:
        values: The mapping entry's ``values``: a dict with ``range`` (Enum) or ``label``
            (Bitmap, bit *i* = label *i*), or None.

    Returns:
        The product's enum order, or None when the entry does not give a usable list.
    """
    if not isinstance(values, dict):
        return None
    for key in ("range", "label"):
        names = values.get(key)
        if isinstance(names, list) and names and all(isinstance(item, str) and item for item in names):
            return tuple(names)
    return None


def _decode_bitfield(value: int, codes: Sequence[str]) -> tuple[str, ...]:
    if value <= 0:
        return ()
    if value.bit_length() > _MAX_BITFIELD_BITS:  # not a lock's alarm word: one unknown alarm, not thousands
        return (_UNKNOWN,)
    found: list[str] = []
    bit = 0
    while value >> bit:
        if (value >> bit) & 1:
            found.append(_code_at(bit, codes))
        bit += 1
    return tuple(found)


def _code_at(index: int, codes: Sequence[str]) -> str:
    if 0 <= index < len(codes):
        return codes[index]
    return f"{_UNKNOWN_PREFIX}{index}"
