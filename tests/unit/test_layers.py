"""The layer contracts in pyproject.toml hold (import-linter)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # import-linter reads the whole tree
def test_import_contracts_are_kept() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", result.stdout)
    assert kept is not None and int(kept.group(1)) >= 4, result.stdout
    # The whole direction is checked, not only forbidden pairs: the layers contract must stay.
    assert "Layers: entry points > demo > composition > ui" in result.stdout


@pytest.mark.slow  # a new Python process
def test_the_cli_does_not_import_qt_for_plain_commands() -> None:
    code = "import sys, lockcare.cli; sys.exit(1 if any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules) else 0)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60, check=False).returncode == 0
