"""How the self-test reports: one line per check, then a one-line summary."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TextIO


class Status(StrEnum):
    """The outcome of one check."""

    OK = "ok"
    FAIL = "FAIL"
    NOTE = "note"  # informational: not a failure, not counted as a pass


class CheckFailed(Exception):
    """A check found something wrong; the message is the line the user reads."""


@dataclass(frozen=True)
class Check:
    """A named check: ``run(context)`` returns a short detail or raises :class:`CheckFailed`."""

    name: str
    run: Callable[[Any], str | tuple[Status, str]]


@dataclass(frozen=True)
class Result:
    """What one check gave."""

    name: str
    status: Status
    detail: str

    def line(self) -> str:
        """The report line, e.g. ``ok    database        schema v3 ...``."""
        return f"{self.status.value:<5} {self.name:<15} {self.detail}"


def summary(results: Sequence[Result]) -> str:
    """The closing line: all passed, or which failed."""
    counted = [r for r in results if r.status is not Status.NOTE]
    failed = [r.name for r in counted if r.status is Status.FAIL]
    if not failed:
        return f"Self-test passed: all {len(counted)} checks are ok."
    return f"Self-test FAILED: {len(failed)} of {len(counted)} checks ({', '.join(failed)}). Nothing of yours was touched."


def emit(result: Result, out: TextIO) -> None:
    """Print one result at once (the About dialog shows lines as they come)."""
    print(result.line(), file=out, flush=True)
