"""Getting in first: the "Get in now" screen, entries that fit what lockcare knows, outside first."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core.models import BatteryReading
from lockcare.core.troubleshoot.checks import GET_IN_WAYS, validate
from lockcare.core.troubleshoot.content import Content, load_content
from lockcare.core.troubleshoot.situation import UNKNOWN, Known, Situation, battery_situation
from lockcare.core.troubleshoot.summary import support_summary
from lockcare.core.troubleshoot.walk import Walk
from lockcare.resources import resource_path

CONTENT_DIR = resource_path("troubleshooter")
ILLUSTRATIONS_DIR = resource_path("illustrations")
NOW = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(CONTENT_DIR)


def _reading(percent: int | None, *, hours_ago: float = 0.0, level: str | None = None) -> BatteryReading:
    return BatteryReading(lock_id=1, at=NOW - timedelta(hours=hours_ago), percent=percent, level=level)


# --------------------------------------------------------------------------- what lockcare knows


def test_a_fresh_reading_above_20_percent_means_the_lock_has_power() -> None:
    known = battery_situation(_reading(39, hours_ago=0.001), NOW)
    assert known == Known(Situation.FINE, "39 %, read just now")
    assert battery_situation(_reading(None, level="medium", hours_ago=3), NOW).situation is Situation.FINE


def test_a_reading_at_or_below_20_percent_or_a_low_level_is_low_however_old() -> None:
    assert battery_situation(_reading(20, hours_ago=200), NOW).situation is Situation.LOW
    assert battery_situation(_reading(None, level="poweroff"), NOW).situation is Situation.LOW
    assert battery_situation(_reading(21), NOW).situation is Situation.FINE


def test_an_old_good_reading_or_one_from_before_the_last_swap_says_nothing() -> None:
    old = battery_situation(_reading(80, hours_ago=25), NOW)
    assert old.situation is Situation.UNKNOWN and old.reading == "80 %, read yesterday"
    before_swap = battery_situation(_reading(10, hours_ago=5), NOW, swapped_at=NOW - timedelta(hours=1))
    assert before_swap == UNKNOWN
    assert battery_situation(None, NOW) == UNKNOWN


# --------------------------------------------------------------------------- the content


def test_no_walk_starts_inside_the_door_whatever_lockcare_knows(content: Content) -> None:
    for mode in content.modes:
        for situation in Situation:
            entry = mode.step(mode.entry_for(situation))
            assert not entry.inside, (mode.id, situation, entry.id)
    # ...while the steps that do need the inside say so.
    assert content.mode("keypad-dark").step("fresh-batteries").inside
    assert content.mode("handle-depressed").step("set-screw").inside


def test_a_dark_keypad_with_a_fresh_39_percent_does_not_start_with_batteries(content: Content) -> None:
    walk = Walk(content)
    known = battery_situation(_reading(39, hours_ago=0.001), NOW)
    step = walk.start("keypad-dark", known=known)
    assert step.id == "clean-keypad"
    assert "battery" not in " ".join(step.actions).lower()
    assert "39 %, read just now" in walk.note and "had power" in walk.note


def test_a_low_reading_leads_with_emergency_power(content: Content) -> None:
    walk = Walk(content)
    step = walk.start("keypad-dark", known=battery_situation(_reading(12, hours_ago=30), NOW))
    assert step.id == "emergency-power"
    assert "12 %" in walk.note
    assert content.get_in is not None
    assert content.get_in.ordered(Situation.LOW)[0].id == "emergency-power"
    assert [w.id for w in content.get_in.ordered(Situation.UNKNOWN)] == list(GET_IN_WAYS)


def test_the_support_summary_explains_a_dark_keypad_next_to_a_good_reading(content: Content) -> None:
    walk = Walk(content)
    walk.start("keypad-dark", at=NOW, known=battery_situation(_reading(39, hours_ago=0.001), NOW))
    walk.answer("no-change")
    text = support_summary(walk, {"name": "Front door"}, "39 %, read just now; 4 × AA alkaline (1.5 V)", now=NOW)
    assert "Battery: 39 %, read just now" in text
    knew = next(line for line in text.splitlines() if line.startswith("What lockcare knew:"))
    assert "had power even though the keypad stays dark" in knew
    # Without a reading there is nothing to explain.
    plain = Walk(content)
    plain.start("keypad-dark", at=NOW)
    assert "What lockcare knew" not in support_summary(plain, None, None, now=NOW)


def test_the_get_in_screen_offers_key_power_other_ways_and_who_to_call(content: Content) -> None:
    get_in = content.get_in
    assert get_in is not None
    assert [way.id for way in get_in.ways] == list(GET_IN_WAYS)
    text = "\n".join(get_in.texts())
    for words in ("keyhole", "USB-C", "9 V", "app", "locksmith", "landlord"):
        assert words in text
    # Figures beyond the field guide cite where they come from.
    assert any("USB-C" in source or "USB" in source for source in get_in.sources)
    assert any("9 V" in source for source in get_in.sources)
    assert get_in.note(battery_situation(_reading(12), NOW)).startswith("The last reading of this lock was 12 %")
    assert get_in.note(UNKNOWN) == ""


# --------------------------------------------------------------------------- the validator


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    target = tmp_path / "troubleshooter"
    shutil.copytree(CONTENT_DIR, target)
    return target


def _rewrite(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_validate_reports_an_entry_inside_the_door_and_an_unknown_situation(broken_dir: Path) -> None:
    def change(data: dict) -> None:
        data["entry_when"] = {"battery-fine": "fresh-batteries", "raining": "polarity"}

    _rewrite(broken_dir / "keypad-dark.json", change)
    problems = validate(load_content(broken_dir), ILLUSTRATIONS_DIR)
    assert ("mode 'keypad-dark': entry step 'fresh-batteries' needs the inside of the door (the user may be outside)"
            in problems)
    assert "mode 'keypad-dark': unknown situation 'raining'" in problems


def test_validate_reports_a_get_in_screen_missing_out_of_order_or_without_its_figures(broken_dir: Path) -> None:
    def change(data: dict) -> None:
        data["ways"].reverse()
        power = next(way for way in data["ways"] if way["id"] == "emergency-power")
        power["actions"] = [a.replace("9 V", "nine-volt") for a in power["actions"]]

    _rewrite(broken_dir / "get-in.json", change)
    problems = validate(load_content(broken_dir), ILLUSTRATIONS_DIR)
    assert "get-in: the ways must be key, emergency-power, other-access, call in this order, not call, other-access, emergency-power, key" in problems
    assert "get-in way 'emergency-power': figure '9 V' is not in its text" in problems
    (broken_dir / "get-in.json").unlink()
    assert 'the "Get in now" screen (get-in.json) is missing' in validate(load_content(broken_dir), ILLUSTRATIONS_DIR)
