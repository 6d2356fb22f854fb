"""The troubleshooter engine: walk one failure mode step by step, check the content, and
write a summary for Tuya support.

Typical use::

    content = load_content(resource_path("troubleshooter"))
    walk = Walk(content)
    step = walk.start("keypad-dark")
    step = walk.answer("no-change")   # the next Step, or an EndNode when the walk ends
    walk.back()                       # undo the last answer
    text = support_summary(walk, {"name": "Front door", "model": "X1"}, "18 % (low)")

The data model and the loader live in :mod:`lockcare.core.troubleshoot_content` and are
re-exported here, so callers need only this module.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lockcare.core.troubleshoot_content import (
    END_KINDS,
    OUTCOME_KINDS,
    TOOL_IDS,
    AdviceItem,
    Content,
    ContentError,
    EndNode,
    Mode,
    Outcome,
    Step,
    load_content,
)

__all__ = [
    "END_KINDS",
    "OUTCOME_KINDS",
    "TOOL_IDS",
    "AdviceItem",
    "Content",
    "ContentError",
    "EndNode",
    "Mode",
    "Outcome",
    "Progress",
    "Step",
    "Walk",
    "contains_figure",
    "load_content",
    "longest_path",
    "support_summary",
    "validate",
]

# --------------------------------------------------------------------------- checking


def contains_figure(text: str, figure: str) -> bool:
    """Tells whether ``figure`` appears in ``text`` as a whole token.

    "5 %" does not match inside "15 %", and "5 mm" does not match inside "2.5 mm" or
    "45 mm"; the figure's own characters must match exactly (case included).
    """
    return re.search(rf"(?<![\w.]){re.escape(figure)}(?!\w)", text) is not None


def validate(content: Content, illustrations_dir: Path) -> list[str]:
    """Checks the content's structure and returns the problems found (empty when sound).

    Checked: every step is reachable from its mode's entry; every step answers all three
    outcomes and each leads to a known step or to a known end (no dead ends); no loops;
    step ids are unique; tools are known; every figure a step lists appears in its text;
    every referenced illustration exists and is an SVG document; both end nodes exist.
    """
    problems = [f"end node {kind!r} is missing" for kind in END_KINDS if kind not in content.ends]
    problems += [f"{name} is not listed in index.json" for name in content.stray_files]
    seen_modes: set[str] = set()
    for mode in content.modes:
        if mode.id in seen_modes:
            problems.append(f"mode {mode.id!r} is listed twice")
        seen_modes.add(mode.id)
        problems += _validate_mode(mode, illustrations_dir)
    for item in content.advice:
        problems += [
            f"advice {item.id!r}: figure {figure!r} is not in its text"
            for figure in item.figures
            if not contains_figure(item.text, figure)
        ]
    return problems


def _validate_mode(mode: Mode, illustrations_dir: Path) -> list[str]:
    problems: list[str] = []
    where = f"mode {mode.id!r}"
    ids = [step.id for step in mode.steps]
    problems += [f"{where}: step id {i!r} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    if not (mode.title and mode.what_you_see):
        problems.append(f"{where}: needs a title and a 'what you see' line")
    if mode.entry not in ids:
        problems.append(f"{where}: entry step {mode.entry!r} does not exist")
    for step in mode.steps:
        problems += _validate_step(step, set(ids), f"{where} step {step.id!r}", illustrations_dir)
    reachable = _reachable(mode)
    problems += [f"{where}: step {i!r} cannot be reached from the entry" for i in ids if i not in reachable]
    if _has_cycle(mode):
        problems.append(f"{where}: the steps loop back on themselves")
    return problems


def _validate_step(step: Step, ids: set[str], where: str, illustrations_dir: Path) -> list[str]:
    problems: list[str] = []
    if not (step.title and step.actions and step.why):
        problems.append(f"{where}: needs a title, actions and a why")
    kinds = [outcome.kind for outcome in step.outcomes]
    problems += [f"{where}: dead end, no outcome {k!r}" for k in OUTCOME_KINDS if k not in kinds]
    problems += [f"{where}: unknown outcome {k!r}" for k in kinds if k not in OUTCOME_KINDS]
    for outcome in step.outcomes:
        if (outcome.next_step is None) == (outcome.end is None):
            problems.append(f"{where}: outcome {outcome.kind!r} needs exactly one of 'next' or 'end'")
        elif outcome.next_step is not None and outcome.next_step not in ids:
            problems.append(f"{where}: outcome {outcome.kind!r} leads to unknown step {outcome.next_step!r}")
        elif outcome.next_step == step.id:
            problems.append(f"{where}: outcome {outcome.kind!r} leads back to itself")
        elif outcome.end is not None and outcome.end not in END_KINDS:
            problems.append(f"{where}: outcome {outcome.kind!r} has unknown end {outcome.end!r}")
    if step.tool is not None and step.tool not in TOOL_IDS:
        problems.append(f"{where}: unknown tool {step.tool!r}")
    text = "\n".join(step.texts())
    problems += [f"{where}: figure {f!r} is not in its text" for f in step.figures if not contains_figure(text, f)]
    if step.illustration is not None:
        problem = _check_svg(illustrations_dir / step.illustration)
        if problem:
            problems.append(f"{where}: illustration {step.illustration!r} {problem}")
    return problems


def _check_svg(path: Path) -> str | None:
    if path.suffix != ".svg" or not path.is_file():
        return "does not exist"
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        return f"is not well-formed XML ({exc})"
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        return "is not an SVG document"
    return None


def _reachable(mode: Mode) -> set[str]:
    ids = {step.id for step in mode.steps}
    seen: set[str] = set()
    todo = [mode.entry] if mode.entry in ids else []
    while todo:
        step_id = todo.pop()
        if step_id in seen:
            continue
        seen.add(step_id)
        todo += [o.next_step for o in mode.step(step_id).outcomes if o.next_step in ids]
    return seen


def _has_cycle(mode: Mode) -> bool:
    ids = {step.id for step in mode.steps}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished

    def visit(step_id: str) -> bool:
        state[step_id] = 1
        for outcome in mode.step(step_id).outcomes:
            nxt = outcome.next_step
            if nxt in ids and (state.get(nxt) == 1 or (nxt not in state and visit(nxt))):
                return True
        state[step_id] = 2
        return False

    return any(step_id not in state and visit(step_id) for step_id in ids)


def longest_path(mode: Mode, step_id: str) -> int:
    """Counts the steps on the longest path from ``step_id`` (included) to an end.

    Content with a loop (which :func:`validate` reports) is cut off where the path
    would repeat a step, so this always returns.
    """

    def walk(current: str, path: frozenset[str]) -> int:
        nexts = [o.next_step for o in mode.step(current).outcomes if o.next_step]
        known = [n for n in nexts if n not in path and any(s.id == n for s in mode.steps)]
        return 1 + max((walk(n, path | {n}) for n in known), default=0)

    return walk(step_id, frozenset({step_id}))


# --------------------------------------------------------------------------- walking


@dataclass(frozen=True, slots=True)
class Progress:
    """Where the user is in a walk: step ``number`` of ``total``.

    ``total`` counts the steps already answered plus the longest path still ahead, so it
    never understates what may remain; it shrinks when an answer skips steps.
    """

    number: int
    total: int


class Walk:
    """One session through a failure mode: start, answer each step, go back, finish.

    Args:
        content: The loaded (and ideally validated) troubleshooter content.
    """

    def __init__(self, content: Content) -> None:
        self._content = content
        self._mode: Mode | None = None
        self._current: str | None = None
        self._end: str | None = None
        self._history: list[tuple[str, str]] = []
        self.started_at: datetime | None = None

    def start(self, mode_id: str, *, at: datetime | None = None) -> Step:
        """Starts (or restarts) a walk through ``mode_id`` at its entry step.

        Args:
            mode_id: A failure mode id such as ``"keypad-dark"``.
            at: When the walk started, kept for the support summary and the log.

        Returns:
            The entry step.

        Raises:
            KeyError: if there is no such mode.
        """
        mode = self._content.mode(mode_id)
        self._mode, self._current, self._end = mode, mode.entry, None
        self._history = []
        self.started_at = at
        return mode.step(mode.entry)

    @property
    def content(self) -> Content:
        """The content this walk reads."""
        return self._content

    @property
    def mode(self) -> Mode | None:
        """The failure mode being walked, or None before :meth:`start`."""
        return self._mode

    @property
    def current(self) -> Step | None:
        """The step waiting for an answer; None before the start and once finished."""
        if self._mode is None or self._current is None:
            return None
        return self._mode.step(self._current)

    @property
    def history(self) -> tuple[tuple[str, str], ...]:
        """The answers so far as (step id, outcome kind), oldest first."""
        return tuple(self._history)

    @property
    def finished(self) -> bool:
        """True once an answer has led to an end node."""
        return self._end is not None

    @property
    def outcome(self) -> str | None:
        """How the walk ended (``"fixed"`` or ``"support"``), or None while it goes on."""
        return self._end

    @property
    def end(self) -> EndNode | None:
        """The end node reached, or None while the walk goes on."""
        return self._content.ends[self._end] if self._end is not None else None

    @property
    def can_go_back(self) -> bool:
        """True when there is an answer to undo."""
        return bool(self._history)

    @property
    def progress(self) -> Progress:
        """Step n of the longest path through this walk (0 of 0 before the start)."""
        done = len(self._history)
        if self._mode is None:
            return Progress(0, 0)
        if self._current is None:
            return Progress(done, done)
        return Progress(done + 1, done + longest_path(self._mode, self._current))

    def answer(self, outcome: str) -> Step | EndNode:
        """Records the user's answer to the current step and moves on.

        Args:
            outcome: One of :data:`OUTCOME_KINDS`.

        Returns:
            The next step, or the end node when the walk is over.

        Raises:
            RuntimeError: if the walk has not started or has already finished.
            ValueError: if ``outcome`` is not a known outcome kind.
            ContentError: if the content leads nowhere (invalid content; nothing changes).
        """
        step = self.current
        if step is None or self._mode is None:
            raise RuntimeError("The walk has not started, or it has already finished")
        if outcome not in OUTCOME_KINDS:
            raise ValueError(f"Unknown outcome {outcome!r}; expected one of {', '.join(OUTCOME_KINDS)}")
        try:
            chosen = step.outcome(outcome)
            target: Step | EndNode = (
                self._content.ends[chosen.end] if chosen.end else self._mode.step(chosen.next_step or "")
            )
        except KeyError as exc:
            raise ContentError(f"step {step.id!r}: outcome {outcome!r} leads nowhere ({exc})") from exc
        self._history.append((step.id, outcome))
        if isinstance(target, EndNode):
            self._current, self._end = None, target.kind
        else:
            self._current = target.id
        return target

    def back(self) -> Step:
        """Undoes the last answer and returns to that step (also after the walk ended).

        Raises:
            RuntimeError: if there is no answer to undo.
        """
        if not self._history or self._mode is None:
            raise RuntimeError("There is no earlier step to go back to")
        step_id, _ = self._history.pop()
        self._current, self._end = step_id, None
        return self._mode.step(step_id)

    def steps_tried(self) -> tuple[tuple[Step, Outcome], ...]:
        """The answered steps with the outcome chosen for each, oldest first."""
        if self._mode is None:
            return ()
        mode = self._mode
        return tuple((mode.step(s), mode.step(s).outcome(o)) for s, o in self._history)


# --------------------------------------------------------------------------- support summary

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
    tried = walk.steps_tried()
    lines.append("Steps tried:" if tried or walk.current else "Steps tried: none yet")
    lines += [f"  {n}. {step.title}: {outcome.label}" for n, (step, outcome) in enumerate(tried, start=1)]
    if walk.current is not None:
        lines.append(f"  Stopped at: {walk.current.title} (not tried yet)")
    result = {"fixed": "fixed", "support": "not fixed; asking support for help"}.get(walk.outcome or "", "not finished")
    lines.append(f"Result: {result}")
    return "\n".join(lines) + "\n"
