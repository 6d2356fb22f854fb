"""Checks the troubleshooter content: reachability, dead ends, cycles, figures, illustrations."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from lockcare.core.troubleshoot.content import (
    END_KINDS,
    OUTCOME_KINDS,
    TOOL_IDS,
    Content,
    Mode,
    Step,
)
from lockcare.core.troubleshoot.get_in import GetIn
from lockcare.core.troubleshoot.situation import Situation

GET_IN_WAYS: tuple[str, ...] = ("key", "emergency-power", "other-access", "call")
"""The ways the "Get in now" screen must offer, in this order (a situation may move one forward)."""


def contains_figure(text: str, figure: str) -> bool:
    """Tells whether ``figure`` appears in ``text`` as a whole token.

    "5 %" does not match inside "15 %", and "5 mm" does not match inside "2.5 mm" or
    "45 mm"; the figure's own characters must match exactly (case included).
    """
    return re.search(rf"(?<![\w.]){re.escape(figure)}(?!\w)", text) is not None


def validate(content: Content, illustrations_dir: Path) -> list[str]:
    """Checks the content's structure and returns the problems found (empty when sound).

    Checked: every step is reachable from its mode's entries; every step answers all three
    outcomes and each leads to a known step or to a known end (no dead ends); no loops;
    step ids are unique; tools are known; every figure a step lists appears in its text;
    every referenced illustration exists and is an SVG document; both end nodes exist.
    A locked-out user may be outside, so no entry step (for any situation) needs the inside
    of the door; situations named in entries and notes are known. The "Get in now" screen
    exists and offers the key, emergency power, another way in and who to call, in that
    order, each with its figures in its text.
    """
    problems = [f"end node {kind!r} is missing" for kind in END_KINDS if kind not in content.ends]
    problems += [f"{name} is not listed in index.json" for name in content.stray_files]
    seen_modes: set[str] = set()
    for mode in content.modes:
        if mode.id in seen_modes:
            problems.append(f"mode {mode.id!r} is listed twice")
        seen_modes.add(mode.id)
        problems += _validate_mode(mode, illustrations_dir)
    problems += _validate_get_in(content.get_in, illustrations_dir)
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
    situations = {str(s) for s in Situation}
    problems += [f"{where}: unknown situation {s!r}" for s in (*mode.entries, *mode.notes) if s not in situations]
    for entry in (mode.entry, *mode.entries.values()):
        if entry not in ids:
            problems.append(f"{where}: entry step {entry!r} does not exist")
        elif mode.step(entry).inside:
            problems.append(f"{where}: entry step {entry!r} needs the inside of the door (the user may be outside)")
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


def _validate_get_in(get_in: GetIn | None, illustrations_dir: Path) -> list[str]:
    if get_in is None:
        return ["the \"Get in now\" screen (get-in.json) is missing"]
    where = "get-in"
    problems: list[str] = []
    if not (get_in.title and get_in.intro):
        problems.append(f"{where}: needs a title and an intro")
    ids = [way.id for way in get_in.ways]
    if ids != list(GET_IN_WAYS):
        problems.append(f"{where}: the ways must be {', '.join(GET_IN_WAYS)} in this order, not {', '.join(ids)}")
    situations = {str(s) for s in Situation}
    problems += [f"{where}: unknown situation {s!r}" for s in get_in.notes if s not in situations]
    for way in get_in.ways:
        at = f"{where} way {way.id!r}"
        if not (way.title and way.actions):
            problems.append(f"{at}: needs a title and actions")
        problems += [f"{at}: unknown situation {s!r}" for s in way.lead_when if s not in situations]
        text = "\n".join(way.texts())
        problems += [f"{at}: figure {f!r} is not in its text" for f in way.figures if not contains_figure(text, f)]
        if way.illustration is not None:
            problem = _check_svg(illustrations_dir / way.illustration)
            if problem:
                problems.append(f"{at}: illustration {way.illustration!r} {problem}")
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
    todo = [entry for entry in (mode.entry, *mode.entries.values()) if entry in ids]
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
