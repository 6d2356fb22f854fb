"""The read guard: one deadline for a whole read, and a budget for junk."""

from __future__ import annotations

import socket

import pytest
from tinytuya.core.exceptions import DecodeError

from lockcare.devices.bounded import JUNK_LIMIT, MAX_JSON_DEPTH, ReadGuard, _depth


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_each_socket_call_gets_at_most_what_is_left() -> None:
    clock = FakeClock()
    guard = ReadGuard(5.0, clock=clock)
    assert guard.time_for(2.0) == 2.0
    clock.now += 4.5
    assert guard.time_for(2.0) == pytest.approx(0.5)
    clock.now += 0.5
    with pytest.raises(socket.timeout):
        guard.time_for(2.0)
    assert guard.expired


def test_junk_beyond_the_budget_marks_the_device_garbled() -> None:
    guard = ReadGuard(5.0, clock=FakeClock())
    guard.note_junk(JUNK_LIMIT)
    assert guard.garbled is None
    with pytest.raises(DecodeError):
        guard.note_junk(1)
    assert guard.garbled is not None and "not Tuya frames" in guard.garbled


def test_the_first_reason_is_kept_and_a_new_attempt_forgets_it() -> None:
    guard = ReadGuard(5.0, clock=FakeClock())
    guard.mark_garbled("first")
    guard.mark_garbled("second")
    assert guard.garbled == "first"
    deadline = guard.deadline
    guard.partial = 7
    guard.next_attempt()
    assert (guard.garbled, guard.junk, guard.partial, guard.deadline) == (None, 0, 0, deadline)


def test_depth_counts_without_recursion() -> None:
    assert _depth({"dps": {"1": 1}}) == 2
    assert _depth({"data": {"dps": {"1": [1, [2]]}}}) == 5
    deep: object = 0
    for _ in range(5000):  # far deeper than Python's recursion limit
        deep = [deep]
    assert _depth({"dps": deep}) > MAX_JSON_DEPTH
