"""One walk through a failure mode: start, answer each step, go back, finish.

Typical use::

    content = load_content(resource_path("troubleshooter"))
    walk = Walk(content)
    step = walk.start("keypad-dark")
    step = walk.answer("no-change")   # the next Step, or an EndNode when the walk ends
    walk.back()                       # undo the last answer
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lockcare.core.troubleshoot.content import (
    OUTCOME_KINDS,
    Content,
    ContentError,
    EndNode,
    Mode,
    Outcome,
    Step,
)
from lockcare.core.troubleshoot.situation import UNKNOWN, Known


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
        self.known: Known = UNKNOWN
        """What lockcare knew about the batteries when the walk started."""

    def start(self, mode_id: str, *, at: datetime | None = None, known: Known = UNKNOWN) -> Step:
        """Starts (or restarts) a walk through ``mode_id`` at its entry step.

        Args:
            mode_id: A failure mode id such as ``"keypad-dark"``.
            at: When the walk started, kept for the support summary and the log.
            known: What lockcare knows about the batteries; it picks the entry step
                (:meth:`~lockcare.core.troubleshoot.content.Mode.entry_for`).

        Returns:
            The entry step.

        Raises:
            KeyError: if there is no such mode.
        """
        mode = self._content.mode(mode_id)
        entry = mode.entry_for(known.situation)
        self._mode, self._current, self._end = mode, entry, None
        self._history = []
        self.started_at = at
        self.known = known
        return mode.step(entry)

    @property
    def note(self) -> str:
        """What lockcare knew and why the walk starts where it does, or ""."""
        return self._mode.note(self.known) if self._mode is not None else ""

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
