"""The "Get in now" screen: ways into the house before any diagnosis.

Someone locked out is outside, often stressed, phone in hand. Before the symptom picker the
troubleshooter shows the ways in that work from outside the door, in order: the mechanical
key, emergency power for a dark keypad, another credential or someone with app access,
then who to call. The content is data (``resources/troubleshooter/get-in.json``); with a
low battery reading, the ways marked ``lead_when`` that situation move to the front.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lockcare.core.troubleshoot.jsonread import ContentError, read_json, strings, text
from lockcare.core.troubleshoot.situation import Known, Situation

GET_IN_FILE = "get-in.json"


@dataclass(frozen=True, slots=True)
class Way:
    """One way in (or one kind of help), tried from outside the door.

    Attributes:
        id: A short id (``key``, ``emergency-power``, ``other-access``, ``call``).
        title: What to do, as a heading.
        actions: Short actions, in order.
        figures: Figures its text must carry exactly (checked).
        illustration: An SVG in ``resources/illustrations``, or None.
        lead_when: Situations in which this way is shown first.
    """

    id: str
    title: str
    actions: tuple[str, ...]
    figures: tuple[str, ...] = ()
    illustration: str | None = None
    lead_when: tuple[str, ...] = ()

    def texts(self) -> tuple[str, ...]:
        """Every piece of text the user reads for this way."""
        return (self.title, *self.actions)


@dataclass(frozen=True, slots=True)
class GetIn:
    """The "Get in now" screen.

    Attributes:
        title: The screen's heading.
        intro: One or two sentences above the ways.
        ways: The ways in, in their usual order.
        notes: By situation: a sentence about what lockcare knows (``{reading}`` is filled in).
        sources: Where the facts beyond the field guide come from.
    """

    title: str
    intro: str
    ways: tuple[Way, ...]
    notes: dict[str, str] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    def ordered(self, situation: Situation) -> tuple[Way, ...]:
        """The ways for ``situation``: those it leads with first, the rest in their order."""
        first = tuple(way for way in self.ways if situation in way.lead_when)
        return first + tuple(way for way in self.ways if way not in first)

    def note(self, known: Known) -> str:
        """The sentence about what lockcare knows, or ""."""
        template = self.notes.get(known.situation, "")
        return known.fill(template) if template else ""

    def texts(self) -> tuple[str, ...]:
        """Every piece of text on the screen (notes included), for figure checks."""
        return (self.title, self.intro, *(t for way in self.ways for t in way.texts()), *self.notes.values())


def load_get_in(directory: Path) -> GetIn | None:
    """Loads ``get-in.json`` from ``directory`` (None when the file is not there).

    Raises:
        ContentError: if the file is not JSON or a field has the wrong type.
    """
    path = directory / GET_IN_FILE
    if not path.exists():
        return None
    raw = read_json(path)
    where = GET_IN_FILE
    ways = []
    for i, item in enumerate(raw.get("ways") or []):
        if not isinstance(item, dict):
            raise ContentError(f"{where}: way {i + 1} is not an object")
        ways.append(_way(item, f"{where} way {item.get('id', i + 1)}"))
    notes = raw.get("notes") or {}
    if not isinstance(notes, dict) or not all(isinstance(v, str) for v in notes.values()):
        raise ContentError(f"{where}: 'notes' must map situations to text")
    return GetIn(
        title=text(raw, "title", where),
        intro=text(raw, "intro", where),
        ways=tuple(ways),
        notes=dict(notes),
        sources=strings(raw, "sources", where, required=False),
    )


def _way(raw: dict[str, Any], where: str) -> Way:
    return Way(
        id=text(raw, "id", where),
        title=text(raw, "title", where),
        actions=strings(raw, "actions", where),
        figures=strings(raw, "figures", where, required=False),
        illustration=raw.get("illustration") or None,
        lead_when=strings(raw, "lead_when", where, required=False),
    )
