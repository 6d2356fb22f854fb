"""The one place that knows where lockcare's ``resources/`` folder lives.

Three layouts are supported:

* a frozen bundle (PyInstaller): ``sys._MEIPASS/resources``;
* an installed wheel: ``lockcare/_resources`` (hatch force-includes ``resources/`` there);
* a source checkout or editable install: ``<repo>/resources``.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@functools.cache
def resources_root() -> Path:
    """Return the directory holding lockcare's bundled resources.

    Raises:
        FileNotFoundError: if no layout holds a resources folder (a broken install).
    """
    candidates: list[Path] = []
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    candidates.append(_PACKAGE_DIR / "_resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    for candidate in candidates:
        if (candidate / "MANIFEST").is_file():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"lockcare resources not found (looked in {searched}); reinstall lockcare")


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``resource_path("profiles", "wifi_pro.json")``."""
    return resources_root().joinpath(*parts)
