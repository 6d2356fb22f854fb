"""The simulators the forecast benchmarks know, by name: each makes ``Case`` lists.

A is ``benchmarks/traces.py`` (lockcare's own); B is ``benchmarks/sim_independent``
(written without reading the forecaster). B is used as it is: only its cases are turned
into ``Case`` objects here.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks import sim_independent, traces
from benchmarks.forecast_cases import Case

B_STYLES = {"1%": "1", "5%": "5", "10%": "10", "enum": "enum"}


def independent_cases(n_locks: int, seed: int) -> list[Case]:
    """Simulator B's evaluation cases (25, 50 and 75 % of each set's life)."""
    histories = sim_independent.generate(seed=seed, n_locks=n_locks)
    cases = []
    for case in sim_independent.evaluation_cases(histories):
        groups, lock = case.groups, case.lock
        cases.append(Case(
            "B", groups.chemistry, case.readings, case.swaps, case.now, lock.voice_prompts,
            lock.unlocks_per_day, None, case.truth_set.start, case.truth,
            B_STYLES[groups.reporting], round(groups.fraction * 100), groups.earlier_sets,
        ))
    return cases


SIMULATORS: dict[str, Callable[[int, int], list[Case]]] = {"A": traces.cases, "B": independent_cases}
"""name -> cases(n_sets or n_locks, seed)."""
