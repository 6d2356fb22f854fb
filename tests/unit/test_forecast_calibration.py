"""The range calibration: conformal factors, situation fallback, the shipped table."""

from __future__ import annotations

import math

import pytest

from lockcare.core.battery.calibration import (
    FALLBACK,
    MIN_CASES,
    Situation,
    Table,
    conformal_factor,
    key,
    scores,
    shipped,
    stretch,
)


def situation(**changes) -> Situation:
    fields = {"known_start": True, "elapsed": 0.5, "history": 0, "style": "5", "battery": "aa-alkaline"}
    return Situation(**{**fields, **changes})


def test_conformal_factor_takes_the_finite_sample_rank():
    scores_ = [float(i) for i in range(1, 10)]  # n = 9: rank ceil(10 * 0.9) = 9
    assert conformal_factor(scores_) == 9.0
    assert conformal_factor([float(i) for i in range(1, 20)]) == 18.0  # ceil(20 * 0.9) = 18


def test_scores_measure_each_side_in_its_own_half_width():
    median, low, high = math.log(200), math.log(180), math.log(240)
    below, above = scores(median, low, high, math.log(160))
    assert above == 0.0 and below == pytest.approx(math.log(200 / 160) / math.log(200 / 180))
    below, above = scores(median, low, high, math.log(300))
    assert below == 0.0 and above == pytest.approx(math.log(300 / 200) / math.log(240 / 200))


def test_stretch_never_crosses_the_median():
    lo, hi = stretch(5.0, 5.0, 5.0, (0.0, 0.0))
    assert lo <= 5.0 <= hi
    lo, hi = stretch(5.0, 4.9, 5.2, (2.0, 0.5))
    assert lo == pytest.approx(4.8) and hi == pytest.approx(5.1)


def test_the_finest_well_measured_situation_wins():
    parts = situation().path()
    table = Table({
        key(()): (5000, 1.0, 1.0),
        key(parts[:1]): (3000, 1.1, 1.2),
        key(parts[:2]): (400, 1.3, 1.4),
        key(parts[:3]): (MIN_CASES - 1, 9.0, 9.0),  # too few cases: not trusted
    })
    assert table.factors(situation()) == (1.3, 1.4)
    assert Table({}).factors(situation()) == FALLBACK


def test_elapsed_and_history_choose_the_situation():
    assert situation(elapsed=0.1).path()[1] == "start"
    assert situation(elapsed=0.9).path()[1] == "late"
    assert situation(history=3).path()[2] == "sets 2+"
    assert situation(known_start=False).path()[0] == "no-swap"


def test_the_shipped_table_round_trips_and_covers_the_common_situations():
    table = shipped()
    assert Table.from_json(table.to_json()) == table
    assert "simulators" in table.source
    for parts in (("swap",), ("swap", "early"), ("swap", "middle"), ("swap", "late")):
        cases, lower, upper = table.cells[key(parts)]
        assert cases >= MIN_CASES and 0 <= lower < 10 and 0 <= upper < 10
