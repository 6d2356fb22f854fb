"""An independent battery-discharge simulator for judging lockcare's battery forecaster.

Written from battery physics, lock behaviour and field facts, without reading lockcare's
forecaster or its other simulator, so the two do not share blind spots. See README.md in
this folder for the models.

    from benchmarks.sim_independent import generate, evaluation_cases

    histories = generate(seed=1, n_locks=300)
    for readings, swaps, now, truth, groups in evaluation_cases(histories):
        ...

Modules: ``chemistry`` (cell curves), ``climate`` (battery-box temperature), ``household``
(usage, trips, swap habits), ``firmware`` (voltage to reported level), ``pack`` (charge
and measured voltage), ``profile`` (one lock's fixed traits), ``sets`` (consecutive sets and
their truth), ``reporting`` (what reaches lockcare), ``history`` (``generate``) and
``evaluation`` (``evaluation_cases``).
"""

from .evaluation import EvalCase, Groups, evaluation_cases
from .history import LockHistory, SetTruth, generate, simulate_lock

__all__ = [
    "EvalCase",
    "Groups",
    "LockHistory",
    "SetTruth",
    "evaluation_cases",
    "generate",
    "simulate_lock",
]
