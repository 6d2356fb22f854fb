"""Troubleshooter content: the data model and the loader (no walking, no checking here).

The content is data in ``resources/troubleshooter`` (callers pass
``lockcare.resources.resource_path("troubleshooter")``):

* ``index.json`` lists the failure modes in the order the symptom picker shows them, the
  default words for the three outcomes, the two end nodes and the triage sentence;
* ``<mode id>.json`` holds one failure mode: what the user sees, its entry step and its
  steps, each with outcomes ``fixed`` / ``no-change`` / ``cannot`` leading to another step
  (``{"next": "<step id>"}``) or to an end (``{"end": "fixed"}`` or ``{"end": "support"}``);
* ``advice.json`` holds battery and maintenance advice the app shows outside a walk.

Loading only checks that the files can be read and have the right types;
:func:`lockcare.core.troubleshoot.checks.validate` reports structural problems (unreachable
steps, dead ends, unknown ids, missing pictures).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lockcare.core.troubleshoot.get_in import GetIn, load_get_in
from lockcare.core.troubleshoot.jsonread import ContentError, mapping, read_json, strings, text
from lockcare.core.troubleshoot.situation import Known, Situation

OUTCOME_KINDS: tuple[str, ...] = ("fixed", "no-change", "cannot")
"""What the user can report after a step, in the order buttons show them."""

END_KINDS: tuple[str, ...] = ("fixed", "support")
"""How a walk can end: the problem is fixed, or it is time to contact Tuya support."""

TOOL_IDS: tuple[str, ...] = ("square-bar", "signal", "battery-check")
"""Built-in tools a step may offer (see :mod:`lockcare.core.troubleshoot.tools`)."""

SCHEMA_VERSION = 1
"""The content format this loader reads (``index.json`` says which one it uses)."""

_RESERVED_FILES = frozenset({"index.json", "advice.json", "get-in.json"})


@dataclass(frozen=True, slots=True)
class Outcome:
    """Where one answer to a step leads.

    Attributes:
        kind: One of :data:`OUTCOME_KINDS`.
        label: The button's words.
        next_step: The id of the step it leads to, or None.
        end: One of :data:`END_KINDS` when it ends the walk, or None.
    """

    kind: str
    label: str
    next_step: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One thing to try, with why it helps and where each answer leads."""

    id: str
    title: str
    actions: tuple[str, ...]
    why: str
    figures: tuple[str, ...] = ()
    tools_needed: tuple[str, ...] = ()
    safety: str | None = None
    illustration: str | None = None
    tool: str | None = None
    outcomes: tuple[Outcome, ...] = ()
    inside: bool = False
    """The step needs the inside of the door (a locked-out user cannot do it yet)."""

    def outcome(self, kind: str) -> Outcome:
        """Returns the outcome for ``kind``.

        Raises:
            KeyError: if the step has no such outcome.
        """
        for outcome in self.outcomes:
            if outcome.kind == kind:
                return outcome
        raise KeyError(f"step {self.id!r} has no outcome {kind!r}")

    def texts(self) -> Iterator[str]:
        """Yields every piece of text the user reads for this step."""
        yield self.title
        yield from self.actions
        yield self.why
        yield from self.tools_needed
        if self.safety:
            yield self.safety
        yield from (outcome.label for outcome in self.outcomes)


@dataclass(frozen=True, slots=True)
class Mode:
    """A failure mode, described the way the user sees it, with its steps."""

    id: str
    title: str
    what_you_see: str
    usually_means: str
    entry: str
    steps: tuple[Step, ...]
    source: str = ""
    entries: Mapping[str, str] = field(default_factory=dict)
    """Another entry step by :class:`~lockcare.core.troubleshoot.situation.Situation`."""
    notes: Mapping[str, str] = field(default_factory=dict)
    """By situation: what lockcare knows and why the walk starts where it does (``{reading}`` is filled in)."""

    def entry_for(self, situation: Situation | str) -> str:
        """The entry step for ``situation`` (the usual entry when it has none of its own)."""
        return self.entries.get(situation, self.entry)

    def note(self, known: Known) -> str:
        """What lockcare knows, in one or two sentences for this mode, or ""."""
        template = self.notes.get(known.situation, "")
        return known.fill(template) if template else ""

    def step(self, step_id: str) -> Step:
        """Returns the step with ``step_id``.

        Raises:
            KeyError: if the mode has no such step.
        """
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"mode {self.id!r} has no step {step_id!r}")


@dataclass(frozen=True, slots=True)
class EndNode:
    """Where a walk ends: ``fixed`` or ``support``."""

    kind: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class AdviceItem:
    """A piece of battery or maintenance advice shown outside a walk."""

    section: str
    id: str
    title: str
    text: str
    figures: tuple[str, ...] = ()
    every_months: int | None = None


@dataclass(frozen=True, slots=True)
class Content:
    """Everything the troubleshooter shows, as loaded by :func:`load_content`.

    Attributes:
        modes: The failure modes in the order the symptom picker lists them.
        ends: The end nodes by kind.
        advice: Battery and maintenance advice.
        triage: The one-sentence "simplest fixes first" summary.
        stray_files: Mode files in the folder that the index does not list.
        get_in: The "Get in now" screen, or None.
    """

    modes: tuple[Mode, ...]
    ends: Mapping[str, EndNode]
    advice: tuple[AdviceItem, ...] = ()
    triage: str = ""
    stray_files: tuple[str, ...] = ()
    get_in: GetIn | None = None

    def mode(self, mode_id: str) -> Mode:
        """Returns the mode with ``mode_id``.

        Raises:
            KeyError: if there is no such mode.
        """
        for mode in self.modes:
            if mode.id == mode_id:
                return mode
        raise KeyError(f"no failure mode {mode_id!r}")

    def texts(self) -> Iterator[str]:
        """Yields every piece of text in the content, for figure checks and search."""
        yield self.triage
        for mode in self.modes:
            yield from (mode.title, mode.what_you_see, mode.usually_means)
            for step in mode.steps:
                yield from step.texts()
        for end in self.ends.values():
            yield from (end.title, end.text)
        for item in self.advice:
            yield from (item.title, item.text)
        if self.get_in is not None:
            yield from self.get_in.texts()
        for mode in self.modes:
            yield from mode.notes.values()



def load_content(directory: Path) -> Content:
    """Loads the troubleshooter content from ``directory``.

    Args:
        directory: The folder holding ``index.json``, the mode files and ``advice.json``.

    Returns:
        The content, not yet validated (see :func:`validate`).

    Raises:
        ContentError: if a file is missing, is not JSON, or a field has the wrong type.
    """
    index = read_json(directory / "index.json")
    if index.get("schema") != SCHEMA_VERSION:
        raise ContentError(f"index.json: schema {index.get('schema')!r} is not {SCHEMA_VERSION}; update lockcare")
    labels = {kind: text(index["outcome_labels"], kind, "index.json") for kind in OUTCOME_KINDS}
    mode_ids = strings(index, "modes", "index.json")
    modes = tuple(_load_mode(read_json(directory / f"{m}.json"), labels, f"{m}.json") for m in mode_ids)
    ends = {
        kind: EndNode(kind, text(raw, "title", f"end {kind}"), text(raw, "text", f"end {kind}"))
        for kind, raw in mapping(index, "ends", "index.json").items()
    }
    advice: tuple[AdviceItem, ...] = ()
    if (directory / "advice.json").exists():
        advice = _load_advice(read_json(directory / "advice.json"))
    listed = {f"{m}.json" for m in mode_ids} | _RESERVED_FILES
    stray = tuple(sorted(p.name for p in directory.glob("*.json") if p.name not in listed))
    return Content(modes, ends, advice, text(index, "triage", "index.json"), stray, load_get_in(directory))


def _load_mode(raw: Mapping[str, Any], labels: Mapping[str, str], where: str) -> Mode:
    steps = []
    for i, step in enumerate(raw.get("steps") or []):
        if not isinstance(step, dict):
            raise ContentError(f"{where}: step {i + 1} is not an object")
        steps.append(_load_step(step, labels, f"{where} step {step.get('id', i + 1)}"))
    return Mode(
        id=text(raw, "id", where),
        title=text(raw, "title", where),
        what_you_see=text(raw, "what_you_see", where),
        usually_means=text(raw, "usually_means", where),
        entry=text(raw, "entry", where),
        steps=tuple(steps),
        source=str(raw.get("source", "")),
        entries=_text_map(raw, "entry_when", where),
        notes=_text_map(raw, "notes", where),
    )


def _text_map(raw: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    value = raw.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ContentError(f"{where}: {key!r} must map situations to text")
    return dict(value)


def _load_step(raw: Mapping[str, Any], labels: Mapping[str, str], where: str) -> Step:
    own_labels = raw.get("labels") or {}
    outcomes = []
    for kind, target in mapping(raw, "outcomes", where).items():
        if not isinstance(target, dict):
            raise ContentError(f"{where}: outcome {kind!r} is not an object")
        label = own_labels.get(kind) or labels.get(kind, kind)
        outcomes.append(Outcome(kind, str(label), target.get("next"), target.get("end")))
    return Step(
        id=text(raw, "id", where),
        title=text(raw, "title", where),
        actions=strings(raw, "actions", where),
        why=text(raw, "why", where),
        figures=strings(raw, "figures", where, required=False),
        tools_needed=strings(raw, "tools_needed", where, required=False),
        safety=raw.get("safety") or None,
        illustration=raw.get("illustration") or None,
        tool=raw.get("tool") or None,
        outcomes=tuple(outcomes),
        inside=bool(raw.get("inside", False)),
    )


def _load_advice(raw: Mapping[str, Any]) -> tuple[AdviceItem, ...]:
    items = []
    for section in raw.get("sections") or []:
        name = text(section, "id", "advice.json")
        for item in section.get("items") or []:
            where = f"advice.json {name}"
            every = item.get("every_months")
            items.append(
                AdviceItem(
                    section=name,
                    id=text(item, "id", where),
                    title=text(item, "title", where),
                    text=text(item, "text", where),
                    figures=strings(item, "figures", where, required=False),
                    every_months=int(every) if every is not None else None,
                )
            )
    return tuple(items)
