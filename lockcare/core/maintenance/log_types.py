"""Maintenance as data: the log entry types and the recurring task kinds they complete.

This module holds the *what* (labels, how-to texts, figures); :mod:`lockcare.core.maintenance.schedule`
holds the *when* (due dates). Task figures come from the "Batteries" and "Preventive
maintenance" sections of the troubleshooting facts; the cleaning how-to adds the keypad
and sensor clean (70 % isopropyl alcohol, dry 5 minutes) from the keypad-dark fixes.

Every :class:`~lockcare.core.models.LogEntry` carries a ``type`` that is one of the ids
below. Each type has a plain label for the user, an optional unit for the entry's
measured value, and the recurring task kinds it completes.

Modelling choice: the facts' quarterly job ("wipe the exterior, then check the strike
plate screws") is two recurring tasks, ``cleaning`` and ``strike-plate-screws``, both every
3 months. A homeowner often does only one of the two on a given day, and logging them
separately keeps each one's due date honest. The log type ids match the task kinds they
complete, so "logging an entry of a task's type completes it" holds for every default
task. A ``battery-swap`` also completes the monthly ``battery-check``: whoever fits fresh
cells has just seen the battery level.

Types that complete nothing (``key-replaced``, ``troubleshooting-run``, ``repair``,
``note``, ``battery-removal``) are kept for the record only. Taking the batteries out
before a long absence is :data:`BATTERY_REMOVAL`, advice shown when it applies rather
than a recurring task.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LogType:
    """One kind of maintenance log entry.

    Attributes:
        id: Stored in ``LogEntry.type``; stable, never translated.
        label: Plain words shown to the user.
        completes: Recurring task kinds that an entry of this type marks as done.
        measured_unit: Unit suggested for the entry's measured value ("" when none).
    """

    id: str
    label: str
    completes: frozenset[str] = frozenset()
    measured_unit: str = ""


LOG_TYPES: tuple[LogType, ...] = (
    LogType("battery-check", "Battery check", frozenset({"battery-check"}), "%"),
    LogType(
        "battery-swap", "Battery swap", frozenset({"battery-swap", "battery-check"})
    ),
    LogType("cleaning", "Cleaning", frozenset({"cleaning"})),
    LogType(
        "strike-plate-screws",
        "Strike plate screws",
        frozenset({"strike-plate-screws"}),
        "N·m",
    ),
    LogType("lubrication", "Lubrication", frozenset({"lubrication"})),
    LogType(
        "backup-access-test", "Backup access test", frozenset({"backup-access-test"})
    ),
    LogType("key-replaced", "Key replaced"),
    LogType("troubleshooting-run", "Troubleshooting"),
    LogType("repair", "Repair"),
    LogType("note", "Note"),
    LogType("battery-removal", "Batteries taken out (long absence)"),
)
"""Every log type, in the order a picker should list them."""

_BY_ID: dict[str, LogType] = {log_type.id: log_type for log_type in LOG_TYPES}

LOG_TYPE_IDS: frozenset[str] = frozenset(_BY_ID)
"""The ids a ``LogEntry.type`` may take."""


def log_type(type_id: str) -> LogType | None:
    """Return the log type with this id.

    Args:
        type_id: A ``LogEntry.type`` value.

    Returns:
        The matching :class:`LogType`, or None for an id lockcare does not know.
    """
    return _BY_ID.get(type_id)


def label_for(type_id: str) -> str:
    """Return the plain label for a log type id.

    Args:
        type_id: A ``LogEntry.type`` value.

    Returns:
        The label, or the id itself for an unknown type (so old data still shows).
    """
    known = _BY_ID.get(type_id)
    return known.label if known else type_id


def kinds_completed_by(type_id: str) -> frozenset[str]:
    """Return the recurring task kinds an entry of this type completes.

    Args:
        type_id: A ``LogEntry.type`` value.

    Returns:
        The task kinds; empty for record-only or unknown types.
    """
    known = _BY_ID.get(type_id)
    return known.completes if known else frozenset()


@dataclass(frozen=True, slots=True)
class TaskSpec:
    """What lockcare knows about a kind of recurring task.

    Attributes:
        kind: Stored in ``RecurringTask.kind``; matches the log type that completes it.
        title: Short plain name ("Battery check").
        interval_months: Months between due dates (0 when days or a forecast decide).
        interval_days: Days between due dates (0 when months or a forecast decide).
        how: What to do, with the exact figures.
        figures: The key figures on their own, for checklists.
        why: One line on why it matters.
    """

    kind: str
    title: str
    interval_months: int
    interval_days: int
    how: str
    figures: tuple[str, ...]
    why: str = ""


@dataclass(frozen=True, slots=True)
class Advice:
    """Something to do only when a situation arises, never on a schedule.

    Attributes:
        kind: Log type id to record it with.
        title: Short plain name.
        when: The situation, in plain words.
        how: What to do.
        figures: The key figures on their own.
        threshold_days: How many unused days trigger the advice.
    """

    kind: str
    title: str
    when: str
    how: str
    figures: tuple[str, ...]
    threshold_days: int


TASK_SPECS: tuple[TaskSpec, ...] = (
    TaskSpec(
        "battery-check", "Battery check", 1, 0,
        "Open the Tuya or Smart Life app, tap the lock, then the battery icon, and note "
        "the level. Replace the batteries at 20 %: below 15 % the lock becomes "
        "unreliable, and emergency unlocking works only down to 5 %.",
        ("20 %", "15 %", "5 %"),
        "Flat batteries are the most common reason a lock stops working.",
    ),
    TaskSpec(
        "backup-access-test", "Backup access test", 1, 0,
        "Try every backup way in: the physical key, the keypad code and app access for "
        "each household member. Keep at least 2 working ways in besides the one you use "
        "every day, and leave a physical key with a trusted neighbour.",
        ("at least 2 backup ways in", "physical key"),
        "A backup you have not tried may not work on the day you need it.",
    ),
    TaskSpec(
        "cleaning", "Exterior clean", 3, 0,
        "Wipe the whole outside of the lock with a microfiber cloth and a neutral pH "
        "cleaner. Then wipe the keypad and fingerprint sensor with a lint-free cloth "
        "dampened with 70 % isopropyl alcohol and let them dry for 5 minutes.",
        ("microfiber cloth", "neutral pH cleaner", "70 % isopropyl alcohol",
         "5 minutes to dry"),
        "Grime and moisture cause missed touches and rejected fingers.",
    ),
    TaskSpec(
        "strike-plate-screws", "Strike plate screws", 3, 0,
        "Check the screws of the strike plate (the metal plate on the door frame) and "
        "tighten them to 2.0 N·m with a Phillips #2 screwdriver.",
        ("2.0 N·m", "Phillips #2"),
        "Loose screws let the door drift out of line; misaligned doors cause 40 % of "
        "mechanical lock failures.",
    ),
    TaskSpec(
        "lubrication", "Latch lubrication", 12, 0,
        "Lubricate the latch with graphite powder. Never use a petroleum-based "
        "lubricant: it attracts dust and gums up the lock.",
        ("graphite powder", "never petroleum-based"),
        "A dry latch binds and strains the motor.",
    ),
    TaskSpec(
        "battery-swap", "Battery replacement", 0, 0,
        "Replace all the batteries together with fresh cells of one type (1.5 V AA "
        "alkaline, or 3.7 V 2600 mAh 18650 Li-ion if your model takes them). Never mix "
        "old and new cells or types, and never use NiMH rechargeables (1.2 V). Match the "
        "+/- marks, then wait 30 seconds for the lock to restart.",
        ("20 %", "1.5 V AA alkaline", "3.7 V 2600 mAh 18650 Li-ion",
         "never NiMH (1.2 V)", "30 seconds"),
        "A set lasts about 8-10 months, or 3-4 months with voice prompts on.",
    ),
)
"""The default recurring tasks, in the order lockcare lists them."""

BATTERY_REMOVAL = Advice(
    "battery-removal", "Take the batteries out",
    "When the lock will not be used for 90 days or more",
    "Take all the batteries out so they cannot leak and damage the lock. Put fresh "
    "ones in when you are back.",
    ("90+ days",), 90,
)
"""Conditional advice for a long absence (not a recurring task)."""

_SPECS: dict[str, TaskSpec] = {spec.kind: spec for spec in TASK_SPECS}


def task_spec(kind: str) -> TaskSpec | None:
    """Return the built-in spec for a task kind, or None for a kind lockcare lacks."""
    return _SPECS.get(kind)
