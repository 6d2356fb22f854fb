"""The shipped troubleshooter content is complete and sound, and validate() catches broken content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lockcare.core.troubleshoot.checks import contains_figure, validate
from lockcare.core.troubleshoot.content import (
    OUTCOME_KINDS,
    Content,
    ContentError,
    load_content,
)
from lockcare.resources import resource_path

CONTENT_DIR = resource_path("troubleshooter")
ILLUSTRATIONS_DIR = resource_path("illustrations")
REQUIRED_FIGURES = Path(__file__).resolve().parents[1] / "data" / "required_figures.txt"
FIVE_MODES = {"app-offline", "keypad-dark", "fingerprint-red", "handle-depressed", "key-turns-locked"}


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(CONTENT_DIR)


def _required_figures() -> list[str]:
    lines = REQUIRED_FIGURES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_shipped_content_has_no_problems(content: Content) -> None:
    assert validate(content, ILLUSTRATIONS_DIR) == []


def test_the_five_failure_modes_are_entry_points(content: Content) -> None:
    assert {mode.id for mode in content.modes} == FIVE_MODES
    for mode in content.modes:
        assert mode.title and mode.what_you_see and mode.usually_means
        # "What you see" describes the symptom in one line, not a cause or a procedure.
        assert "\n" not in mode.what_you_see and len(mode.what_you_see) < 140


def test_every_step_is_complete(content: Content) -> None:
    for mode in content.modes:
        for step in mode.steps:
            assert step.title and step.actions and step.why, (mode.id, step.id)
            assert step.illustration, (mode.id, step.id)
            assert {o.kind for o in step.outcomes} == set(OUTCOME_KINDS), (mode.id, step.id)
            assert all(o.label for o in step.outcomes)


@pytest.mark.parametrize("figure", _required_figures())
def test_every_required_figure_appears_in_the_content(content: Content, figure: str) -> None:
    text = "\n".join(content.texts())
    assert contains_figure(text, figure), f"{figure!r} is missing from the troubleshooter content"


def test_required_figures_file_covers_the_key_numbers() -> None:
    figures = set(_required_figures())
    for must in ("2.4 GHz", "-70 dBm", "2.0 N·m", "12 x 12 mm", "4 x AA alkaline", "35-45 mm", "90+ days"):
        assert must in figures


def test_simplest_fixes_come_first(content: Content) -> None:
    """Batteries, cleaning and network before mechanics (the guide's 90 % rule)."""
    entries = {mode.id: mode.entry for mode in content.modes}
    # Emergency power gets a locked-out user in from outside; fresh batteries come right after.
    assert entries["keypad-dark"] == "emergency-power"
    dark = content.mode("keypad-dark")
    assert {o.next_step for o in dark.step("emergency-power").outcomes} == {"fresh-batteries"}
    assert entries["app-offline"] == "wake-lock"
    assert entries["fingerprint-red"] == "battery-level"
    assert entries["handle-depressed"] == "battery-level"
    handle = [step.id for step in content.mode("handle-depressed").steps]
    assert handle.index("battery-level") < handle.index("set-screw") < handle.index("square-bar")


def test_safety_notes_where_forcing_could_do_harm(content: Content) -> None:
    key = content.mode("key-turns-locked")
    for step_id in ("frame-pressure", "spare-key", "other-access"):
        safety = key.step(step_id).safety or ""
        assert "force" in safety and "shear" in safety


def test_steps_offer_the_built_in_tools(content: Content) -> None:
    tools = {step.tool for mode in content.modes for step in mode.steps if step.tool}
    assert tools == {"square-bar", "signal", "battery-check"}
    assert content.mode("handle-depressed").step("square-bar").tool == "square-bar"
    assert content.mode("app-offline").step("signal").tool == "signal"


def test_advice_carries_battery_and_maintenance_figures(content: Content) -> None:
    sections = {item.section for item in content.advice}
    assert sections == {"battery", "maintenance"}
    quarterly = next(item for item in content.advice if item.id == "quarterly-clean")
    assert quarterly.every_months == 3 and "2.0 N·m" in quarterly.text


def test_contains_figure_matches_whole_tokens_only() -> None:
    assert contains_figure("Emergency unlocks work down to 5 %.", "5 %")
    assert not contains_figure("Below 15 % it is unreliable.", "5 %")
    assert not contains_figure("a 45 mm door", "5 mm")
    assert not contains_figure("a 2.5 mm gap", "5 mm")
    assert contains_figure("better than -70 dBm", "-70 dBm")
    assert contains_figure("match the +/- marks", "+/-")


# --------------------------------------------------------------------------- broken content


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    """A copy of the shipped content that tests may damage."""
    target = tmp_path / "troubleshooter"
    shutil.copytree(CONTENT_DIR, target)
    return target


def _edit(directory: Path, mode_id: str, change) -> None:
    path = directory / f"{mode_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def _step(data: dict, step_id: str) -> dict:
    return next(step for step in data["steps"] if step["id"] == step_id)


def test_validate_reports_a_dead_end(broken_dir: Path) -> None:
    _edit(broken_dir, "keypad-dark", lambda d: _step(d, "polarity")["outcomes"].pop("cannot"))
    problems = validate(load_content(broken_dir), ILLUSTRATIONS_DIR)
    assert problems == ["mode 'keypad-dark' step 'polarity': dead end, no outcome 'cannot'"]


def test_validate_reports_unknown_step_and_unreachable_steps(broken_dir: Path) -> None:
    def change(data: dict) -> None:
        _step(data, "clean-keypad")["outcomes"] = {kind: {"next": "nowhere"} for kind in OUTCOME_KINDS}

    _edit(broken_dir, "keypad-dark", change)
    problems = validate(load_content(broken_dir), ILLUSTRATIONS_DIR)
    assert "mode 'keypad-dark' step 'clean-keypad': outcome 'fixed' leads to unknown step 'nowhere'" in problems
    assert "mode 'keypad-dark': step 'loose-connection' cannot be reached from the entry" in problems


def test_validate_reports_a_loop_and_a_missing_illustration(broken_dir: Path) -> None:
    def change(data: dict) -> None:
        _step(data, "loose-connection")["outcomes"]["no-change"] = {"next": "fresh-batteries"}
        _step(data, "polarity")["illustration"] = "missing.svg"

    _edit(broken_dir, "keypad-dark", change)
    problems = validate(load_content(broken_dir), ILLUSTRATIONS_DIR)
    assert "mode 'keypad-dark': the steps loop back on themselves" in problems
    assert "mode 'keypad-dark' step 'polarity': illustration 'missing.svg' does not exist" in problems


def test_validate_reports_bad_targets_tools_and_figures(broken_dir: Path) -> None:
    def change(data: dict) -> None:
        step = _step(data, "signal")
        step["tool"] = "laser"
        step["figures"].append("-80 dBm")
        step["outcomes"]["fixed"] = {"end": "maybe"}
        step["outcomes"]["cannot"] = {"next": "remote-unlock", "end": "support"}

    _edit(broken_dir, "app-offline", change)
    problems = validate(load_content(broken_dir), ILLUSTRATIONS_DIR)
    where = "mode 'app-offline' step 'signal'"
    assert f"{where}: unknown tool 'laser'" in problems
    assert f"{where}: figure '-80 dBm' is not in its text" in problems
    assert f"{where}: outcome 'fixed' has unknown end 'maybe'" in problems
    assert f"{where}: outcome 'cannot' needs exactly one of 'next' or 'end'" in problems


def test_validate_reports_an_svg_that_is_not_svg_and_a_stray_file(broken_dir: Path, tmp_path: Path) -> None:
    pictures = tmp_path / "illustrations"
    shutil.copytree(ILLUSTRATIONS_DIR, pictures)
    (pictures / "cleaning.svg").write_text("<html></html>", encoding="utf-8")
    (broken_dir / "door-squeaks.json").write_text("{}", encoding="utf-8")
    problems = validate(load_content(broken_dir), pictures)
    assert "mode 'keypad-dark' step 'clean-keypad': illustration 'cleaning.svg' is not an SVG document" in problems
    assert "door-squeaks.json is not listed in index.json" in problems


def test_load_rejects_unreadable_content(broken_dir: Path) -> None:
    (broken_dir / "fingerprint-red.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ContentError, match="fingerprint-red.json is not valid JSON"):
        load_content(broken_dir)


def test_load_rejects_a_missing_mode_file(broken_dir: Path) -> None:
    (broken_dir / "key-turns-locked.json").unlink()
    with pytest.raises(ContentError, match="missing: key-turns-locked.json"):
        load_content(broken_dir)


def test_load_rejects_wrong_types(broken_dir: Path) -> None:
    _edit(broken_dir, "handle-depressed", lambda d: _step(d, "set-screw").update(actions="just do it"))
    with pytest.raises(ContentError, match="'actions' must be a list of text"):
        load_content(broken_dir)


def test_load_rejects_an_unknown_schema(broken_dir: Path) -> None:
    index = json.loads((broken_dir / "index.json").read_text(encoding="utf-8"))
    index["schema"] = 2
    (broken_dir / "index.json").write_text(json.dumps(index), encoding="utf-8")
    with pytest.raises(ContentError, match="schema 2"):
        load_content(broken_dir)
