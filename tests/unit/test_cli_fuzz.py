"""Fuzzing the command line's argument surface in-process: any argv ends in a clear line, never a bug report.

Commands that touch the network, the window, stdin or the clock for long (``scan``,
``read``, ``poll``, ``gui``, ``sim``, ``edit --key-stdin``) are left out; their edges have
subprocess tests in ``tests/integration/test_cli_edges.py``.
"""

from __future__ import annotations

import contextlib
import io
from datetime import UTC, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lockcare.cli import main

LOCK = "Front door"
ZONES = [None, UTC, timezone(timedelta(hours=14)), timezone(-timedelta(hours=14)), timezone(timedelta(minutes=-30))]
OPTIONS: dict[str, list[str]] = {
    "locks": ["--json"],
    "add": ["--name", "--id", "--address", "--key", "--port", "--version", "--battery", "--count", "--gateway",
            "--node-id", "--json"],
    "battery": ["--at"],
    "swap": ["--at", "--battery", "--brand", "--count", "--note"],
    "history": ["--json"],
    "log": ["--type", "--since", "--until", "--search", "--json"],
    "log-add": ["--at", "--notes", "--cost", "--value", "--unit", "--by", "--json"],
    "due": ["--json"],
    "forecast": ["--json"],
    "edit": ["--name", "--address", "--port", "--version", "--json"],
    "remove": ["--yes"],
    "import-devices": [],
}
POSITIONAL = {"battery": 2, "swap": 1, "history": 1, "log": 1, "log-add": 2, "forecast": 1, "edit": 1, "remove": 1,
              "import-devices": 1}

odd_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x1b", "\x9b", "\u202e", "\n", "\t", "\x00", "²", "\udcff", "\udc80"]),
    ),
    max_size=30,
)
numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["0", "-1", "nan", "inf", "1e309", "65536", "99999999999999999999"]),
)
dates = st.one_of(
    st.datetimes(timezones=st.sampled_from(ZONES)).map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "0001-01-01T00:00+14:00", "9999-12-31T23:59-14:00", "2026-13-45"]),
)
values = st.one_of(st.just(LOCK), odd_text, numbers, dates,
                   st.sampled_from(["192.168.1.300", "not an ip!!", "::1", "high", "note", "aa-alkaline", "3.4"]))


addresses = st.one_of(st.sampled_from(["192.168.1.300", "not an ip!!", "::1", "fe80::1%eth0", "a..b", "-x.local",
                                      "front-door.local", "192.0.2.7", "1.2.3"]), odd_text)
TYPED: dict[str, st.SearchStrategy[str]] = {
    "--at": dates, "--since": dates, "--until": dates,
    "--port": numbers, "--count": numbers, "--cost": numbers, "--value": numbers,
    "--address": addresses,
    "--version": st.sampled_from(["3.3", "3.4", "3.5", "9.9"]),  # never "auto": it asks the lock over the network
    "--battery": st.sampled_from(["aa-alkaline", "aa-nimh", "coin"]),
    "--type": st.sampled_from(["note", "repair", "cleaning", "x"]),
}
SECOND = {"battery": st.one_of(numbers, st.sampled_from(["high", "low", "poweroff", "64%", "full"])),
          "log-add": st.sampled_from(["note", "repair", "battery-check", "x"])}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(sorted(OPTIONS)))
    argv = [command]
    wanted = POSITIONAL.get(command, 0)
    if wanted and command != "import-devices" and draw(st.integers(0, 4)):  # mostly a real lock, to get further
        argv.append(LOCK)
        if wanted == 2:
            argv.append(draw(SECOND[command] | values) if draw(st.integers(0, 4)) else draw(values))
    else:
        argv += [draw(values) for _ in range(draw(st.integers(max(0, wanted - 1), wanted + 1)))]
    for _ in range(draw(st.integers(0, 4))):
        option = draw(st.sampled_from(OPTIONS[command])) if OPTIONS[command] and draw(st.integers(0, 9)) else "--bogus"
        argv.append(option)
        if option not in ("--json", "--yes"):
            argv.append(draw(TYPED[option]) if option in TYPED and draw(st.integers(0, 4)) else draw(values))
    return argv


def ensure_lock(data: Path) -> None:
    """(Re-)add the lock the command lines mostly name (a generated ``remove --yes`` takes it away)."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main(["add", "--name", LOCK, "--id", "bf3a1c2d3e4f5a6b7c8d", "--address", "192.0.2.5",
              "--key", "0123456789abcdef", "--data-dir", str(data)])


@pytest.fixture(scope="module")
def fuzz_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "data"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=command_lines())
def test_any_command_line_ends_in_a_plain_outcome(
    argv: list[str], fuzz_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ensure_lock(fuzz_data)
    code = main([*argv, "--data-dir", str(fuzz_data)])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2, 3), (argv, err)
    assert "unexpected error" not in err and "Traceback" not in err, (argv, err)
    if code != 0:
        assert err.count("\n") == 1, (argv, err)
    assert not any(c in out + err for c in ("\x1b", "\x9b", "\u202e")), (argv, out, err)
