"""The real ``lockcare checklist`` in a subprocess: every lock's sheet, then the year at a glance on one page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from lockcare.ui.checklists.render import ALL_SHEETS_TITLE
from tests.support.network import ASLEEP_HOST, closed_port

pytestmark = pytest.mark.integration


def lockcare(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real CLI on ``data_dir`` (no fixture's data-folder variable in between)."""
    env = {k: v for k, v in os.environ.items() if k != "LOCKCARE_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "lockcare", *args, "--data-dir", str(data_dir)],
                          env=env, capture_output=True, text=True, timeout=120)


def test_every_lock_and_a_one_page_year_plan_with_a_title_of_its_own(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name, device_id in (("Front door", "bf3a1c2d3e4f5a6b7c8d"), ("Back door", "bf3a1c2d3e4f5a6b7c8e"),
                            ("Garage gate", "bf3a1c2d3e4f5a6b7c8f")):
        added = lockcare(data, "add", "--name", name, "--id", device_id, "--address", ASLEEP_HOST,
                         "--port", str(closed_port()), "--key", "0123456789abcdef", "--version", "3.4")
        assert added.returncode == 0, added.stderr
    pdf = tmp_path / "all.pdf"
    done = lockcare(data, "checklist", "--all", "--pdf", str(pdf), "--paper", "a4")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote 4 pages (A4)")  # three lock sheets and one page for the year
    reader = PdfReader(pdf)
    assert reader.metadata.title == ALL_SHEETS_TITLE
    plan = " ".join(reader.pages[-1].extract_text().split())
    assert plan.startswith("Household lock maintenance plan") and "Page 1 of 1" in plan
    assert plan.count("2.0 N·m, Phillips #2") == 1  # key figures once per job, not on every line
    for name in ("Front door", "Back door", "Garage gate"):
        assert name in plan
