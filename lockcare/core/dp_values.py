"""What a lock's data point (DP) values say, and which role a value could belong to.

Two kinds of functions live here:

* **parsers** that turn a raw value into lockcare's words (:func:`battery_percent`,
  :func:`battery_level`, :func:`door_state`...), returning None for anything unusable;
* **shape tests** used to work out which DP means what when no mapping says so:
  :func:`type_fits` (could this value belong to the role at all?) and :func:`evidence`
  (how strongly does it speak for, or against, the role?).
"""

from __future__ import annotations

from lockcare.core.alarms import ALARM_LABELS
from lockcare.core.models import BATTERY_LEVELS

UNLOCK_CODES: tuple[str, ...] = (
    "unlock_fingerprint",
    "unlock_password",
    "unlock_card",
    "unlock_face",
    "unlock_key",
    "unlock_temporary",
    "unlock_dynamic",
    "unlock_app",
    "unlock_ble",
    "unlock_hand",
    "unlock_finger_vein",
    "unlock_voice_remote",
    "unlock_phone_remote",
)
"""Record-type DPs whose value is the id of the credential used to unlock."""

BOOL_ROLES: frozenset[str] = frozenset({"motor_state", "hijack", "doorbell"})

STRONG = 3.0
"""Evidence of a value only that role takes (a battery level word, an alarm name)."""
FITS = 1.0
WEAK = 0.5
"""Evidence of a value many DPs could hold (a credential number, a door 0/1)."""
CONTRADICTS = -3.0
IMPLAUSIBLE = -1.0

_MAX_DP_DIGITS = 3  # Tuya DP ids run from 1 to 255
_DOOR_WORDS = {"open": "open", "opened": "open", "closed": "closed", "close": "closed"}
_DISTINCT_LEVELS = frozenset({"medium", "poweroff"})  # no volume or torque enum uses these


def dp_number(key: object) -> int | None:
    """Returns the DP id of a ``dps`` or ``mapping`` key, or None if it is not one.

    Only ASCII digits count: ``"²"`` passes ``str.isdigit`` and a 5000-digit key would
    make ``int()`` raise, and neither is a data point.
    """
    if isinstance(key, str) and 0 < len(key) <= _MAX_DP_DIGITS and key.isascii() and key.isdigit():
        key = int(key)
    if is_int(key) and 0 < key < 10**_MAX_DP_DIGITS:  # type: ignore[operator]
        return int(key)  # type: ignore[arg-type]
    return None


def is_int(value: object) -> bool:
    """True for an int that is not a bool (JSON ``true`` is not a number here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def battery_percent(value: object) -> int | None:
    """Returns a battery percentage, or None unless ``value`` is an int from 0 to 100.

    Args:
        value: The raw ``residual_electricity`` value (-1 means unknown on some products).
    """
    return value if is_int(value) and 0 <= value <= 100 else None  # type: ignore[operator,return-value]


def battery_level(value: object) -> str | None:
    """Returns a ``battery_state`` level from its name or index string, else None.

    Args:
        value: ``"high"``/``"medium"``/``"low"``/``"poweroff"`` or ``"0"``..``"3"``.
    """
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if text in BATTERY_LEVELS:
        return text
    if text.isascii() and text.isdigit() and int(text) < len(BATTERY_LEVELS):
        return BATTERY_LEVELS[int(text)]
    return None


def door_state(value: object) -> str | None:
    """Returns ``"open"``/``"closed"`` from an enum word, a boolean or 0/1, else None."""
    if isinstance(value, bool):
        return "open" if value else "closed"
    if is_int(value):
        return {0: "closed", 1: "open"}.get(value)  # type: ignore[call-overload]
    if isinstance(value, str):
        return _DOOR_WORDS.get(value.strip().lower())
    return None


def as_bool(value: object) -> bool | None:
    """The value when it is a JSON boolean, else None."""
    return value if isinstance(value, bool) else None


def credential_id(value: object) -> int | None:
    """The credential number of an unlock record (an int >= 0 or a digit string), else None."""
    if is_int(value) and value >= 0:  # type: ignore[operator]
        return value  # type: ignore[return-value]
    if isinstance(value, str) and 0 < len(value) <= 9 and value.isascii() and value.isdigit():
        return int(value)
    return None


def is_level_word(value: object) -> bool:
    """True for a ``battery_state`` word (high/medium/low/poweroff), wherever it appears."""
    return isinstance(value, str) and value.strip().lower() in BATTERY_LEVELS


def is_distinct_level_word(value: object) -> bool:
    """True for ``"medium"`` or ``"poweroff"``: battery words that no volume enum uses."""
    return isinstance(value, str) and value.strip().lower() in _DISTINCT_LEVELS


def is_alarm_name(value: object) -> bool:
    """True for a lock alarm enum name such as ``"wrong_finger"`` or ``"low_battery"``."""
    return isinstance(value, str) and value.strip() in ALARM_LABELS


def is_percent_shape(value: object) -> bool:
    """An int from -1 (unknown) to 100: what a ``residual_electricity`` DP reports."""
    return is_int(value) and -1 <= value <= 100  # type: ignore[operator]


def is_distinctive(value: object) -> bool:
    """A value that only a battery level or an alarm DP reports."""
    return is_distinct_level_word(value) or is_alarm_name(value)


def type_fits(role: str, value: object) -> bool:
    """Whether ``value`` could belong to ``role`` at all (used to drop stale stored roles).

    Deliberately loose: a mapping or a user may know better than a value's looks, so only
    a value of the wrong type (text where a number belongs...) counts against them.
    """
    if value is None:
        return True
    if role == "battery_percent":
        return is_int(value)
    if role == "battery_level":
        return isinstance(value, str)
    if role == "alarm":
        return is_int(value) or isinstance(value, str)
    if role in BOOL_ROLES:
        return isinstance(value, bool)
    if role == "door_state":
        return isinstance(value, (bool, int, str))
    if role in UNLOCK_CODES:
        return is_int(value) or isinstance(value, str)
    return True


def evidence(role: str, value: object, *, battery_elsewhere: bool = False) -> float:
    """How strongly a reported value speaks for ``role`` (negative: against it).

    Args:
        role: A single-DP role or an unlock code.
        value: The value the lock reported at the DP in question.
        battery_elsewhere: True when another DP already holds the battery percentage, so an
            integer 0-100 here cannot be the battery (a bitfield alarm then fits).

    Returns:
        :data:`STRONG`, :data:`FITS` or :data:`WEAK` when the value fits, 0 when it says
        nothing, :data:`IMPLAUSIBLE` or :data:`CONTRADICTS` when it does not fit.
    """
    if value is None:
        return 0.0
    if role == "battery_percent":
        return FITS if is_percent_shape(value) else CONTRADICTS
    if role == "battery_level":
        if is_level_word(value):
            return STRONG
        return WEAK if battery_level(value) is not None else CONTRADICTS
    if role == "alarm":
        return _alarm_evidence(value, battery_elsewhere)
    if role in BOOL_ROLES:
        return FITS if isinstance(value, bool) else CONTRADICTS
    if role == "door_state":
        return WEAK if door_state(value) is not None or value == "unknown" else CONTRADICTS
    if role in UNLOCK_CODES:
        return WEAK if credential_id(value) is not None else CONTRADICTS
    return 0.0


def _alarm_evidence(value: object, battery_elsewhere: bool) -> float:
    if is_alarm_name(value):
        return STRONG
    if isinstance(value, str):
        text = value.strip()
        return FITS if text.isascii() and text.isdigit() else CONTRADICTS  # "10" = low_battery
    if not is_int(value) or value < 0:  # type: ignore[operator]
        return CONTRADICTS
    if value > 100:  # type: ignore[operator]
        return FITS  # only a bitfield is that large
    # An integer 0-100 is not an alarm enum; it is a bitfield only if the battery is elsewhere.
    return WEAK if battery_elsewhere else IMPLAUSIBLE


def shape_fits(shape: str, value: object) -> bool:
    """Whether ``value`` has the ``"int"``, ``"bool"`` or ``"str"`` shape a known DP carries."""
    if value is None:
        return True
    if shape == "int":
        return is_int(value)
    if shape == "bool":
        return isinstance(value, bool)
    return isinstance(value, str)
