"""``lockcare --self-test`` run for real: from the source tree, from a built wheel, and broken on purpose.

Each run is the real CLI in a subprocess, with its own empty TMPDIR and HOME, so the test
can see that nothing is left behind. (The frozen bundle's run is part of
``packaging/build.py`` and ``.ci/run``.)
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
CHECKS = ("resources", "database", "troubleshooter", "illustrations", "lock profiles", "icon", "emulated lock",
          "checklists", "checklist PDF", "battery chart", "translations", "calendar", "clean-up")


def run_self_test(tmp_path: Path, *, pythonpath: Path | None = None) -> tuple[subprocess.CompletedProcess[str], Path, Path]:
    """Run ``python -m lockcare --self-test`` with an empty TMPDIR and HOME; return them for inspection."""
    tmpdir, home = tmp_path / "tmp", tmp_path / "home"
    tmpdir.mkdir()
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"LOCKCARE_DATA_DIR", "QT_QPA_PLATFORM", "PYTHONPATH"}}
    env.update(TMPDIR=str(tmpdir), HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_STATE_HOME=str(home / ".local/state"),
               XDG_CACHE_HOME=str(home / ".cache"))
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    result = subprocess.run([sys.executable, "-m", "lockcare", "--self-test"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=180)
    return result, tmpdir, home


def lines_of(output: str) -> dict[str, str]:
    """Report lines by check name: ``{"database": "ok    database  schema v3 ..."}``."""
    found = {}
    for line in output.splitlines():
        for name in CHECKS:
            if line[6:].startswith(name + " ") or line[6:] == name:
                found[name] = line
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """lockcare built as a wheel, the way pip builds it for an install."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(REPO)], check=True, capture_output=True, timeout=300)
    (built,) = out.glob("lockcare-*.whl")
    yield built


def install_wheel(wheel: Path, site: Path) -> Path:
    """Unpack the wheel into ``site`` (what pip install puts in site-packages) and return it."""
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def test_self_test_passes_from_the_source_tree_and_leaves_nothing_behind(tmp_path: Path) -> None:
    result, tmpdir, home = run_self_test(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = lines_of(result.stdout)
    assert sorted(lines) == sorted(CHECKS)
    assert all(line.startswith("ok ") for line in lines.values()), result.stdout
    assert "source checkout" in result.stdout.splitlines()[0]
    assert result.stdout.rstrip().endswith(f"Self-test passed: all {len(CHECKS)} checks are ok.")
    assert list(tmpdir.iterdir()) == []
    assert [p for p in home.rglob("*") if "lockcare" in p.name.lower()] == []


def test_self_test_passes_from_an_installed_wheel(tmp_path: Path, wheel: Path) -> None:
    site = install_wheel(wheel, tmp_path / "site")
    result, _, _ = run_self_test(tmp_path, pythonpath=site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "installed package" in result.stdout.splitlines()[0]
    assert f"files in {site / 'lockcare' / '_resources'}" in lines_of(result.stdout)["resources"]


@pytest.mark.parametrize(
    ("broken_file", "content", "check", "says"),
    [
        ("illustrations/wifi-band-signal.svg", "<svg xmlns='http://www.w3.org/2000/svg'><rect", "illustrations",
         "wifi-band-signal.svg is not a readable SVG image"),
        ("troubleshooter/keypad-dark.json", '{"id": "keypad-dark", ', "troubleshooter", "keypad-dark.json is not valid JSON"),
        ("profiles/keep_alive.json", "[]", "lock profiles", "keep_alive.json"),
    ],
)
def test_a_broken_resource_fails_with_a_clear_line(
    tmp_path: Path, wheel: Path, broken_file: str, content: str, check: str, says: str
) -> None:
    site = install_wheel(wheel, tmp_path / "site")
    (site / "lockcare" / "_resources" / broken_file).write_text(content, encoding="utf-8")
    result, tmpdir, _ = run_self_test(tmp_path, pythonpath=site)
    assert result.returncode == 1
    line = lines_of(result.stdout)[check]
    assert line.startswith("FAIL ") and says in line, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    summary = result.stdout.rstrip().splitlines()[-1]
    assert summary.startswith("Self-test FAILED:") and check in summary
    assert lines_of(result.stdout)["clean-up"].startswith("ok ")
    assert list(tmpdir.iterdir()) == []
