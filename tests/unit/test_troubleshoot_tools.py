"""The troubleshooter's built-in tools: square-bar calculator, signal checker, battery check."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lockcare.core.troubleshoot.tools import (
    check_battery,
    check_signal,
    check_square_bar,
    protrusion_mm,
    recommend_square_bar,
)

# --------------------------------------------------------------------------- square bar


def test_a_40_mm_door_takes_the_60_mm_bar() -> None:
    result = recommend_square_bar(40)
    assert result.bar_mm == 60 and result.fits
    assert result.protrusion_mm == 2.5
    assert "60 mm bar from the box" in result.message


def test_a_50_mm_door_takes_the_70_mm_bar() -> None:
    result = recommend_square_bar(50)
    assert result.bar_mm == 70 and result.fits and result.protrusion_mm == 2.5


def test_the_guide_range_edges() -> None:
    assert recommend_square_bar(35).bar_mm == 60 and recommend_square_bar(35).protrusion_mm == 5
    assert recommend_square_bar(45).bar_mm == 60 and recommend_square_bar(45).protrusion_mm == 0
    assert recommend_square_bar(45.5).bar_mm == 70 and recommend_square_bar(45.5).fits


def test_the_factory_70_mm_bar_in_a_40_mm_door_warns() -> None:
    result = check_square_bar(40, 70)
    assert result.verdict == "too-long" and not result.fits
    assert result.protrusion_mm == 7.5
    assert "7.5 mm" in result.message and "more than 5 mm" in result.message


def test_a_thin_door_needs_a_shorter_bar_than_either() -> None:
    result = recommend_square_bar(30)
    assert result.verdict == "too-long" and result.bar_mm == 60
    assert "shorter bar" in result.message


def test_a_thick_door_needs_a_longer_bar() -> None:
    result = recommend_square_bar(60)
    assert result.verdict == "too-short" and result.bar_mm == 70
    assert "thicker than the 70 mm bar supports" in result.message and "longer bar" in result.message


@pytest.mark.parametrize("door", [0, -5, 151, float("nan"), True])
def test_impossible_door_thickness_is_rejected(door: float) -> None:
    with pytest.raises(ValueError, match="Door thickness"):
        recommend_square_bar(door)


@settings(database=None)
@given(st.floats(min_value=35, max_value=55))
def test_the_chosen_bar_never_sticks_out_more_than_5_mm_in_the_supported_range(door: float) -> None:
    result = recommend_square_bar(door)
    assert result.fits
    assert 0 <= protrusion_mm(door, result.bar_mm) <= 5


@settings(database=None)
@given(st.floats(min_value=1, max_value=150), st.sampled_from([60, 70]))
def test_verdict_agrees_with_the_protrusion(door: float, bar: int) -> None:
    result = check_square_bar(door, bar)
    out = protrusion_mm(door, bar)
    assert (result.verdict == "too-long") == (out > 5)
    assert (result.verdict == "too-short") == (out < 0)


# --------------------------------------------------------------------------- signal


@pytest.mark.parametrize(
    ("dbm", "verdict"),
    [(0, "good"), (-45, "good"), (-66.9, "good"), (-67, "marginal"), (-70, "marginal"),
     (-70.1, "too-weak"), (-85, "too-weak"), (-100, "too-weak")],
)
def test_signal_bands(dbm: float, verdict: str) -> None:
    assert check_signal(dbm).verdict == verdict


def test_signal_advice_is_plain_and_names_the_limit() -> None:
    assert "-70 dBm" in check_signal(-75).advice
    assert "extender" in check_signal(-75).advice
    assert "-70 dBm" in check_signal(-69).advice


@pytest.mark.parametrize("dbm", [1, 30, -101, float("nan"), True])
def test_impossible_signal_is_rejected(dbm: float) -> None:
    with pytest.raises(ValueError, match="dBm"):
        check_signal(dbm)


# --------------------------------------------------------------------------- battery


@pytest.mark.parametrize(
    ("kind", "volts", "verdict"),
    [
        ("aa-alkaline", 1.58, "good"),
        ("aa-alkaline", 1.40, "good"),
        ("aa-alkaline", 1.35, "part-used"),
        ("aa-alkaline", 1.29, "weak"),
        ("aa-lithium", 1.75, "good"),
        ("18650-li-ion", 4.1, "good"),
        ("18650-li-ion", 3.6, "part-used"),
        ("18650-li-ion", 3.4, "weak"),
    ],
)
def test_battery_verdicts(kind: str, volts: float, verdict: str) -> None:
    assert check_battery(kind, volts).verdict == verdict


def test_nimh_is_always_the_wrong_type() -> None:
    result = check_battery("aa-nimh", [1.3, 1.3, 1.3, 1.3])
    assert result.verdict == "wrong-type"
    assert "1.2 V instead of 1.5 V" in result.message and "4 x AA alkaline" in result.message


def test_every_check_reminds_not_to_mix() -> None:
    warnings = check_battery("aa-alkaline", 1.6).warnings
    assert "Never mix battery types." in warnings
    assert any("old and new" in w for w in warnings)


def test_the_weakest_cell_decides_and_mixed_cells_are_spotted() -> None:
    result = check_battery("aa-alkaline", [1.58, 1.57, 1.22, 1.59])
    assert result.verdict == "weak" and result.lowest_v == 1.22
    assert "replace the whole set" in result.message
    assert result.warnings[0].startswith("These cells differ a lot")


def test_even_cells_are_not_called_mixed() -> None:
    assert not any("differ" in w for w in check_battery("aa-alkaline", [1.52, 1.50, 1.51, 1.49]).warnings)


@pytest.mark.parametrize(
    ("kind", "volts", "match"),
    [
        ("aa-alkaline", 3.7, "more than one AA alkaline cell"),
        ("18650-li-ion", 5.0, "more than one 18650 Li-ion cell"),
        ("aa-alkaline", [], "at least one"),
        ("aa-alkaline", -1, "0 or more"),
        ("d-cell", 1.5, "Unknown battery type"),
    ],
)
def test_impossible_battery_input_is_rejected(kind: str, volts: object, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        check_battery(kind, volts)  # type: ignore[arg-type]
