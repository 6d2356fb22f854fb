"""Swaps: when a household changes its lock's batteries, and what it puts in.

The household swaps when it notices (the app has shown its personal trigger level for
about a day, or the lock itself has beeped its low-battery alarm a few times) plus a delay,
at the latest shortly after the lock stops working; now and then it swaps early (before a
trip). The new set is usually fresh cells of the same type, sometimes another AA type,
sometimes a partial swap (only some cells replaced) or a set with a cell from the drawer.
Rechargeable sets are the same cells recharged: a little less capacity each time, and not
always charged to full.
"""

from __future__ import annotations

import numpy as np

from .chemistry import AA_TYPES, CHEMISTRIES, Chemistry
from .pack import Pack
from .profile import LockProfile
from .sets import DAY, SetRun


def new_pack(
    rng: np.random.Generator,
    profile: LockProfile,
    chem_name: str,
    index: int,
    previous: tuple[Pack, np.ndarray] | None,
) -> tuple[Pack, bool, bool]:
    """Cells of a new set; ``previous`` is the old pack and its cells' charge at the swap."""
    chem = CHEMISTRIES[chem_name]
    n = profile.n_series
    capacity = chem.capacity_mah * rng.normal(1.0, chem.capacity_cv, n) * profile.n_parallel
    if chem.name == "aa-nimh":
        capacity *= profile.nimh_capacity * (1.0 - 0.01 * index)
        soc0 = rng.uniform(0.8, 1.0, n).clip(max=1.0)
    elif chem.name == "18650-li-ion":
        capacity *= profile.cell_health * (1.0 - 0.02 * index)
        soc0 = np.full(n, rng.uniform(0.9, 1.0)) + rng.normal(0.0, 0.005, n)
    elif chem.name == "aa-lithium":
        soc0 = rng.uniform(0.985, 1.0, n)
    else:
        soc0 = np.full(n, rng.uniform(0.95, 1.0)) + rng.normal(0.0, 0.005, n)
    chems: list[Chemistry] = [chem] * n
    partial = mixed = False
    single_string_aa = profile.design == "aa" and profile.n_parallel == 1
    if single_string_aa and previous is not None and rng.random() < 0.05:
        old_pack, old_soc = previous
        partial = True
        for i in rng.choice(n, size=int(rng.integers(1, n // 2 + 1)), replace=False):
            chems[i] = old_pack.chems[i]
            capacity[i] = old_pack.capacity_mah[i]
            soc0[i] = max(old_soc[i], 0.0)
    elif single_string_aa and rng.random() < 0.04:
        mixed = True
        i = int(rng.integers(0, n))
        soc0[i] = rng.uniform(0.5, 0.9)
        capacity[i] *= rng.uniform(0.8, 1.0)
    pack = Pack(
        chems=tuple(chems),
        capacity_mah=capacity,
        soc0=np.minimum(soc0, 1.0),
        r_mult=rng.normal(1.0, 0.1, n).clip(0.7, 1.4),
        sd_mult=8.0 if (chem.name == "aa-nimh" and profile.classic_nimh) else 1.0,
        n_parallel=profile.n_parallel,
    )
    return pack, partial, mixed


def decide_swap(rng: np.random.Generator, profile: LockProfile, run: SetRun) -> float | None:
    """When the household swaps this set (None: not within the simulated horizon).

    Also sets ``run.ended_by``: ``early`` (before a trip), ``notice`` or ``dead``.
    """
    emergency = None if run.dead is None else run.dead + rng.uniform(2.0, 48.0) * 3600.0
    notice = run.notice
    if notice is not None and notice - run.start < 14 * DAY:
        # Low from the start (NiMH on an alkaline gauge): people learn to ignore it.
        run.early_low = True
        notice = None
    if run.crossing is not None and rng.random() < 0.05:
        # Fresh cells before a trip, well before the lock asked for them.
        run.ended_by = "early"
        return run.start + rng.uniform(0.5, 0.95) * (run.crossing - run.start)
    planned = None
    if notice is not None:
        delay = profile.household.swap_delay_days * float(np.exp(rng.normal(0.0, 0.5)))
        planned = notice + delay * DAY
    candidates = [
        (t, why)
        for t, why in ((planned, "notice"), (emergency, "dead"))
        if t is not None and t < run.end
    ]
    if not candidates:
        return None
    swap, run.ended_by = min(candidates)
    return swap


def next_chemistry(rng: np.random.Generator, profile: LockProfile, run: SetRun) -> str:
    """Battery type of the next set (AA households sometimes change chemistry)."""
    if profile.design != "aa":
        return run.chemistry
    if run.early_low and run.chemistry == "aa-nimh" and rng.random() < 0.5:
        return "aa-alkaline"
    if rng.random() < 0.07:
        return str(rng.choice([name for name in AA_TYPES if name != run.chemistry]))
    return run.chemistry
