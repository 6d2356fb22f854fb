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
    score,
    shipped,
    stretch,
)


def situation(**changes) -> Situation:
    fields = {"known_start": True, "elapsed": 0.5, "history": 0, "style": "5", "battery": "aa-alkaline"}
    return Situation(**{**fields, **changes})


def test_conformal_factor_takes_the_finite_sample_rank():
    assert conformal_factor([float(i) for i in range(1, 10)]) == 8.0  # rank ceil(10 * 0.8) = 8
    assert conformal_factor([float(i) for i in range(1, 5)]) == 4.0  # ceil(5 * 0.8) = 4: widen when thin
    assert conformal_factor([float(i) for i in range(1, 20)], 0.9) == 18.0


def test_a_score_measures_the_truth_in_the_half_width_on_its_side():
    median, low, high = math.log(200), math.log(180), math.log(240)
    assert score(median, low, high, math.log(160)) == pytest.approx(math.log(200 / 160) / math.log(200 / 180))
    assert score(median, low, high, math.log(300)) == pytest.approx(math.log(300 / 200) / math.log(240 / 200))


def test_stretch_keeps_the_median_inside_and_scales_both_sides():
    lo, hi = stretch(5.0, 5.0, 5.0, 0.0)
    assert lo <= 5.0 <= hi
    lo, hi = stretch(5.0, 4.9, 5.2, 2.0)
    assert lo == pytest.approx(4.8) and hi == pytest.approx(5.4)


def test_the_finest_well_measured_situation_wins():
    parts = situation().path()
    table = Table({
        key(()): (5000, 1.0),
        key(parts[:1]): (3000, 1.1),
        key(parts[:2]): (400, 1.3),
        key(parts[:3]): (MIN_CASES - 1, 9.0),  # too few cases: not trusted
    })
    assert table.factor(situation()) == 1.3
    assert Table({}).factor(situation()) == FALLBACK


def test_elapsed_and_history_choose_the_situation():
    assert situation(elapsed=0.1).path()[1] == "start"
    assert situation(elapsed=0.9).path()[1] == "late"
    assert situation(history=3).path()[2] == "sets 2+"
    assert situation(known_start=False).path()[0] == "no-swap"


def test_the_shipped_table_round_trips_and_covers_the_common_situations():
    table = shipped()
    assert Table.from_json(table.to_json()) == table
    assert "simulators A + B" in table.source
    for parts in (("swap",), ("swap", "early"), ("swap", "middle"), ("swap", "late")):
        cases, factor = table.cells[key(parts)]
        assert cases >= MIN_CASES and 0 < factor < 10
