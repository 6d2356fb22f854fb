"""Installs lockcare's test network guard in every Python subprocess a test starts.

``tests/conftest.py`` puts this folder first on ``PYTHONPATH`` during tests only; Python
imports ``sitecustomize`` at start-up, before any of the child's own code runs. The guard
is loaded from its file (``tests/support/netguard.py``) without changing ``sys.path``.
"""

import importlib.util
import os
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_lockcare_test_netguard", Path(__file__).resolve().parent.parent / "netguard.py"
)
if _spec is not None and _spec.loader is not None:
    _guard = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_guard)
    _guard.install(os.environ.get(_guard.LOG_ENV) or None)
