"""Walking the troubleshooter: every mode reaches an end, back() undoes, the summary tells support enough."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lockcare.core.troubleshoot.content import Content, EndNode, Step, load_content
from lockcare.core.troubleshoot.summary import support_summary
from lockcare.core.troubleshoot.walk import Progress, Walk, longest_path
from lockcare.resources import resource_path

MODES = ("app-offline", "keypad-dark", "fingerprint-red", "handle-depressed", "key-turns-locked")
NOW = datetime(2025, 3, 14, 10, 2, tzinfo=UTC)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(resource_path("troubleshooter"))


def _walk_all(walk: Walk, outcome: str) -> EndNode:
    for _ in range(50):  # far more than any mode has steps
        result = walk.answer(outcome)
        if isinstance(result, EndNode):
            return result
    raise AssertionError("the walk never ended")


@pytest.mark.parametrize("mode_id", MODES)
def test_all_no_change_ends_at_support(content: Content, mode_id: str) -> None:
    walk = Walk(content)
    walk.start(mode_id)
    end = _walk_all(walk, "no-change")
    assert end.kind == "support" and walk.finished and walk.outcome == "support"
    assert walk.current is None
    assert len(walk.history) == len(content.mode(mode_id).steps) - (mode_id == "key-turns-locked")


@pytest.mark.parametrize("mode_id", MODES)
def test_cannot_all_the_way_also_ends_at_support(content: Content, mode_id: str) -> None:
    walk = Walk(content)
    walk.start(mode_id)
    assert _walk_all(walk, "cannot").kind == "support"


@pytest.mark.parametrize("mode_id", MODES)
def test_fixed_ends_fixed(content: Content, mode_id: str) -> None:
    walk = Walk(content)
    walk.start(mode_id)
    end = _walk_all(walk, "fixed")
    assert end.kind == "fixed" and walk.outcome == "fixed"


def test_fixed_after_a_few_steps(content: Content) -> None:
    walk = Walk(content)
    walk.start("keypad-dark")
    assert walk.answer("no-change").id == "fresh-batteries"
    assert walk.answer("no-change").id == "polarity"
    assert walk.answer("no-change").id == "clean-keypad"
    assert walk.answer("fixed") == content.ends["fixed"]
    assert walk.history == (
        ("emergency-power", "no-change"),
        ("fresh-batteries", "no-change"),
        ("polarity", "no-change"),
        ("clean-keypad", "fixed"),
    )


def test_a_fix_can_lead_to_a_follow_up_step(content: Content) -> None:
    walk = Walk(content)
    walk.start("key-turns-locked")
    step = walk.answer("fixed")  # the door opened by easing the pressure
    assert isinstance(step, Step) and step.id == "strike-plate"
    assert walk.answer("fixed").kind == "fixed"


def test_back_undoes_the_last_answer(content: Content) -> None:
    walk = Walk(content)
    walk.start("app-offline")
    walk.answer("no-change")
    walk.answer("cannot")
    assert walk.current is not None and walk.current.id == "other-devices"
    assert walk.back().id == "phone-internet"
    assert walk.history == (("wake-lock", "no-change"),)
    assert walk.back().id == "wake-lock"
    assert not walk.can_go_back
    with pytest.raises(RuntimeError):
        walk.back()


def test_back_reopens_a_finished_walk(content: Content) -> None:
    walk = Walk(content)
    walk.start("fingerprint-red")
    walk.answer("fixed")
    assert walk.finished
    assert walk.back().id == "battery-level"
    assert not walk.finished and walk.outcome is None and walk.end is None


def test_progress_counts_the_longest_remaining_path(content: Content) -> None:
    walk = Walk(content)
    assert walk.progress == Progress(0, 0)
    walk.start("keypad-dark")
    assert walk.progress == Progress(1, 5)
    walk.answer("no-change")
    assert walk.progress == Progress(2, 5)
    walk.answer("fixed")
    assert walk.progress == Progress(2, 2)


def test_progress_follows_a_branch(content: Content) -> None:
    walk = Walk(content)
    walk.start("key-turns-locked")
    assert walk.progress == Progress(1, 3)  # frame-pressure, spare-key, other-access
    walk.answer("fixed")
    assert walk.progress == Progress(2, 2)  # strike-plate is the last step on this branch
    assert longest_path(content.mode("key-turns-locked"), "strike-plate") == 1


def test_answers_are_checked(content: Content) -> None:
    walk = Walk(content)
    with pytest.raises(RuntimeError):
        walk.answer("fixed")
    walk.start("fingerprint-red")
    with pytest.raises(ValueError, match="Unknown outcome"):
        walk.answer("maybe")
    walk.answer("fixed")
    with pytest.raises(RuntimeError):
        walk.answer("fixed")


def test_start_again_resets(content: Content) -> None:
    walk = Walk(content)
    walk.start("keypad-dark")
    walk.answer("no-change")
    walk.start("app-offline", at=NOW)
    assert walk.history == () and walk.current is not None and walk.current.id == "wake-lock"
    assert walk.started_at == NOW
    with pytest.raises(KeyError):
        walk.start("door-squeaks")


# --------------------------------------------------------------------------- support summary


def test_support_summary_lists_lock_symptom_steps_battery_and_date(content: Content) -> None:
    walk = Walk(content)
    walk.start("keypad-dark")
    _walk_all(walk, "no-change")
    lock = {
        "name": "Front door",
        "model": "SL-200",
        "product_id": "oufbykk1",
        "device_id": "bf12345",
        "local_key": "s3cr3t-k3y",
    }
    text = support_summary(walk, lock, "18 % (low), read 2 h ago", now=NOW)
    assert "Date: 2025-03-14 10:02 UTC" in text
    assert "  Name: Front door" in text and "  Model: SL-200" in text
    assert "  Product id: oufbykk1" in text and "  Device id: bf12345" in text
    assert "Symptom: The keypad stays dark." in text
    assert "Battery: 18 % (low), read 2 h ago" in text
    assert "  1. Wake the lock with emergency power: It stays dark" in text
    assert "  2. Put in fresh batteries: No change" in text
    assert "  5. Check the batteries sit firmly: No change" in text
    assert "Result: not fixed; asking support for help" in text
    assert "s3cr3t" not in text and "local_key" not in text


def test_support_summary_of_an_unfinished_walk_without_lock_details(content: Content) -> None:
    walk = Walk(content)
    walk.start("handle-depressed")
    walk.answer("cannot")
    text = support_summary(walk, None, None, now=NOW)
    assert "Lock: not given" in text and "model number" in text
    assert "Battery: not known" in text
    assert "  1. Rule out low batteries: I can't do this" in text
    assert "  Stopped at: Take the pressure off the latch (not tried yet)" in text
    assert "Result: not finished" in text


def test_support_summary_needs_a_started_walk(content: Content) -> None:
    with pytest.raises(ValueError):
        support_summary(Walk(content), None, None)
