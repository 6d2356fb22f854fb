"""The troubleshooter's built-in tools: square-bar calculator, Wi-Fi signal checker, battery check.

Each tool is a pure function returning a small result with a verdict and plain advice. The
figures come from the troubleshooting facts; the rules that turn them into verdicts are
decided here and documented on each function.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# --------------------------------------------------------------------------- square bar

STOCK_BARS_MM: tuple[int, ...] = (60, 70)
"""The square bars (spindles) a Tuya lock comes with: 70 mm fitted, 60 mm in the box."""

HUB_DEPTH_MM = 7.5
"""How much of the bar each handle hub takes up, per side (a model, see :func:`check_square_bar`)."""

MAX_PROTRUSION_MM = 5.0
"""The guide's limit: a bar sticking out more than this on either side binds."""


@dataclass(frozen=True, slots=True)
class SquareBarResult:
    """What the square-bar calculator says.

    Attributes:
        door_mm: The door thickness entered.
        bar_mm: The bar the figures are for (the one to use, or the one asked about).
        protrusion_mm: How far the bar sticks out past each hub; below zero it falls short.
        verdict: ``"ok"``, ``"too-long"`` or ``"too-short"``.
        message: Plain advice for the user.
    """

    door_mm: float
    bar_mm: int
    protrusion_mm: float
    verdict: str
    message: str

    @property
    def fits(self) -> bool:
        """True when this bar suits the door."""
        return self.verdict == "ok"


def protrusion_mm(door_mm: float, bar_mm: float) -> float:
    """Returns how far a bar sticks out past each handle hub, per side.

    The model: the bar sits centred in the door, and each handle hub takes up
    :data:`HUB_DEPTH_MM` (7.5 mm) of it, so ``protrusion = (bar - door) / 2 - 7.5``.
    The hub depth is chosen so that the guide's own rule holds exactly: the 60 mm bar
    gives 0 to 5 mm on doors 35-45 mm thick, and the 70 mm bar gives 0 to 5 mm on doors
    45-55 mm thick. A negative result means the bar does not fill the hubs.
    """
    return (bar_mm - door_mm) / 2 - HUB_DEPTH_MM


def check_square_bar(door_mm: float, bar_mm: int) -> SquareBarResult:
    """Checks one bar against a door.

    Args:
        door_mm: Door thickness in mm (more than 0, at most 150).
        bar_mm: Bar length in mm (more than 0, at most 200).

    Returns:
        ``too-long`` when the bar sticks out more than 5 mm per side (it binds and strains
        the motor), ``too-short`` when it does not fill the hubs, ``ok`` otherwise.

    Raises:
        ValueError: for a thickness or length that cannot be right.
    """
    _check_range(door_mm, "Door thickness", 150)
    _check_range(bar_mm, "Bar length", 200)
    out = protrusion_mm(door_mm, bar_mm)
    if out > MAX_PROTRUSION_MM:
        verdict = "too-long"
        message = (
            f"The {bar_mm} mm bar would stick out {_mm(out)} on each side, more than 5 mm: "
            "it binds and strains the motor."
        )
    elif out < 0:
        verdict = "too-short"
        message = f"The {bar_mm} mm bar is {_mm(-out)} too short on each side to fill the handle hubs."
    else:
        verdict = "ok"
        message = f"The {bar_mm} mm bar suits this door: it sticks out {_mm(out)} on each side."
    return SquareBarResult(float(door_mm), bar_mm, round(out, 2), verdict, message)


def recommend_square_bar(door_mm: float) -> SquareBarResult:
    """Picks the stock bar for a door.

    Rules: doors 35-45 mm thick take the 60 mm bar; doors over 45 mm and up to 55 mm take
    the 70 mm bar. Thinner than 35 mm, even the 60 mm bar sticks out more than 5 mm, so
    the answer is the 60 mm bar marked ``too-long`` with advice to ask the seller for a
    shorter one. Thicker than 55 mm, the 70 mm bar no longer fills the hubs, so the answer
    is the 70 mm bar marked ``too-short`` with advice to ask for a longer one.

    Args:
        door_mm: Door thickness in mm.

    Raises:
        ValueError: for a thickness that cannot be right.
    """
    bar = 60 if door_mm <= 45 else 70
    result = check_square_bar(door_mm, bar)
    if result.verdict == "too-long":
        advice = " Your door is thinner than 35 mm: ask the seller for a shorter bar."
    elif result.verdict == "too-short":
        advice = " Your door is thicker than the 70 mm bar supports: ask the seller for a longer bar."
    elif bar == 60:
        advice = " Use the 60 mm bar from the box instead of the 70 mm one fitted at the factory."
    else:
        advice = " Keep the 70 mm bar fitted at the factory."
    return SquareBarResult(result.door_mm, bar, result.protrusion_mm, result.verdict, result.message + advice)


def _check_range(value: float, name: str, upper: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ValueError(f"{name} must be a number of mm")
    if not 0 < value <= upper:
        raise ValueError(f"{name} must be more than 0 mm and at most {upper} mm, not {_mm(value)}")


def _mm(value: float) -> str:
    return f"{value:g} mm" if float(value).is_integer() else f"{value:.1f} mm"


# --------------------------------------------------------------------------- Wi-Fi signal

SIGNAL_LIMIT_DBM = -70
"""The guide's figure: the signal at the door should be better than -70 dBm."""

SIGNAL_MARGIN_DBM = -67
"""Stronger than this is comfortably good; from here down to -70 dBm is marginal."""


@dataclass(frozen=True, slots=True)
class SignalResult:
    """What the signal checker says.

    Attributes:
        dbm: The strength entered.
        verdict: ``"good"``, ``"marginal"`` or ``"too-weak"``.
        label: A short heading for the verdict.
        advice: Plain advice for the user.
    """

    dbm: float
    verdict: str
    label: str
    advice: str


def check_signal(dbm: float) -> SignalResult:
    """Rates a Wi-Fi signal strength measured at the door.

    Bands: stronger than -67 dBm is good; -70 to -67 dBm (both included) is marginal,
    since it meets the guide's -70 dBm only narrowly and a closed door or a wet day can
    push it under; weaker than -70 dBm is too weak.

    Args:
        dbm: Signal strength in dBm, from a Wi-Fi analyser (0 down to -100).

    Raises:
        ValueError: for a strength a Wi-Fi analyser cannot show (above 0 or below -100 dBm).
    """
    if isinstance(dbm, bool) or not isinstance(dbm, int | float) or math.isnan(dbm):
        raise ValueError("Signal strength must be a number of dBm, such as -65")
    if dbm > 0:
        raise ValueError(f"Signal strength is always 0 dBm or below (a minus number such as -65), not {dbm:g}")
    if dbm < -100:
        raise ValueError(f"{dbm:g} dBm is below -100 dBm, weaker than any Wi-Fi analyser shows: check the reading")
    if dbm > SIGNAL_MARGIN_DBM:
        return SignalResult(dbm, "good", "Good signal", "The signal at the door is strong enough for the lock.")
    if dbm >= SIGNAL_LIMIT_DBM:
        return SignalResult(
            dbm,
            "marginal",
            "Just about enough",
            "The signal only just reaches -70 dBm. It may drop out now and then: moving the router "
            "closer or adding a Wi-Fi extender would make the lock more reliable.",
        )
    return SignalResult(
        dbm,
        "too-weak",
        "Too weak",
        "The signal is weaker than -70 dBm, so the lock keeps losing its connection. Move the "
        "router closer to the door or add a Wi-Fi extender between them.",
    )


# --------------------------------------------------------------------------- battery check

MIX_SPREAD_V: dict[str, float] = {"aa-alkaline": 0.15, "aa-lithium": 0.15, "18650-li-ion": 0.3}
"""Cells further apart than this look like old and new mixed together."""

_CELL_RULES: dict[str, tuple[str, float, float, float]] = {
    # type: (words, good at or above, weak below, highest believable reading)
    "aa-alkaline": ("AA alkaline", 1.40, 1.30, 1.9),
    "aa-lithium": ("AA lithium", 1.40, 1.30, 1.9),
    "18650-li-ion": ("18650 Li-ion", 3.70, 3.50, 4.35),
}

ALWAYS_ADVICE: tuple[str, ...] = (
    "Never mix battery types.",
    "Never mix old and new cells: change them all together.",
)
"""Reminders shown with every battery check."""


@dataclass(frozen=True, slots=True)
class BatteryCheck:
    """What the battery check says.

    Attributes:
        battery_type: The type checked (a key of ``lockcare.core.models.BATTERY_TYPES``).
        verdict: ``"good"``, ``"part-used"``, ``"weak"`` or ``"wrong-type"``.
        message: The main advice.
        warnings: Extra warnings, then the reminders of :data:`ALWAYS_ADVICE`.
        lowest_v: The lowest cell voltage entered.
    """

    battery_type: str
    verdict: str
    message: str
    warnings: tuple[str, ...]
    lowest_v: float


def check_battery(battery_type: str, volts: float | Sequence[float]) -> BatteryCheck:
    """Judges batteries from the voltage measured on each cell with a multimeter.

    Rules (per cell, the weakest cell decides):

    * AA alkaline or AA lithium (1.5 V nominal): 1.40 V or more is good; 1.30 V up to
      1.40 V is part-used; below 1.30 V is weak, replace the whole set.
    * 18650 Li-ion (3.7 V nominal, 2600 mAh): 3.70 V or more is good; 3.50 V up to
      3.70 V is part-used; below 3.50 V is weak, charge it or change it.
    * NiMH rechargeables are always ``wrong-type``: they give 1.2 V instead of 1.5 V and
      trigger low-battery warnings early.
    * Cells more than :data:`MIX_SPREAD_V` apart look like old and new mixed together.

    These thresholds are lockcare's reading of typical discharge curves, measured with
    the cells out of the lock; only the nominal voltages come from the guide.

    Args:
        battery_type: ``"aa-alkaline"``, ``"aa-lithium"``, ``"18650-li-ion"`` or ``"aa-nimh"``.
        volts: One reading, or one per cell.

    Raises:
        ValueError: for an unknown type, no readings, or a reading the type cannot give.
    """
    readings = [volts] if isinstance(volts, int | float) else list(volts)
    if not readings:
        raise ValueError("Enter at least one voltage")
    for v in readings:
        if isinstance(v, bool) or not isinstance(v, int | float) or math.isnan(v) or v < 0:
            raise ValueError(f"A voltage must be a number of volts, 0 or more, not {v!r}")
    lowest = float(min(readings))
    if battery_type == "aa-nimh":
        return BatteryCheck(
            battery_type,
            "wrong-type",
            "NiMH rechargeables run at 1.2 V instead of 1.5 V, so the lock warns of low batteries "
            "early. Use 4 x AA alkaline cells instead.",
            ALWAYS_ADVICE,
            lowest,
        )
    if battery_type not in _CELL_RULES:
        raise ValueError(f"Unknown battery type {battery_type!r}")
    words, good, weak, highest = _CELL_RULES[battery_type]
    if max(readings) > highest:
        raise ValueError(
            f"{max(readings):g} V is more than one {words} cell can give: check the type and the meter"
        )
    warnings: list[str] = []
    if max(readings) - lowest > MIX_SPREAD_V[battery_type]:
        warnings.append("These cells differ a lot: they look like old and new mixed together.")
    if lowest >= good:
        verdict, message = "good", f"The {words} cells are in good shape ({lowest:.2f} V at the lowest)."
    elif lowest >= weak:
        verdict = "part-used"
        message = (
            f"The {words} cells are part-used ({lowest:.2f} V at the lowest): "
            "fine for now, but keep fresh batteries ready."
        )
    else:
        action = "charge it or change it" if battery_type == "18650-li-ion" else "replace the whole set"
        verdict, message = "weak", f"One {words} cell is weak ({lowest:.2f} V): {action}."
    return BatteryCheck(battery_type, verdict, message, tuple(warnings) + ALWAYS_ADVICE, lowest)
