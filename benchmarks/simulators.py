"""The simulators the forecast benchmarks know, by name: each makes ``Case`` lists."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks import traces
from benchmarks.forecast_cases import Case

SIMULATORS: dict[str, Callable[[int, int], list[Case]]] = {"A": traces.cases}
"""name -> cases(n_sets, seed)."""
