"""Package names that import their module on first use (a package's ``__getattr__``, PEP 562).

For packages whose modules bring heavy libraries (tinytuya, requests) that the window's start
does without: ``from lockcare.devices import read_lock`` still works, and pays then.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_attributes(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module-level ``__getattr__`` for ``package`` that imports each name from ``homes[name]``."""

    def __getattr__(name: str) -> Any:
        if name in homes:
            return getattr(importlib.import_module(homes[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
