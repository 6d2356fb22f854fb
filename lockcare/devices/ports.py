"""The UDP ports Tuya devices broadcast on: known without loading tinytuya (the app's start needs them)."""

from __future__ import annotations

DEFAULT_PORTS: tuple[int, ...] = (6666, 6667, 7000)
"""Plain (3.1), encrypted (3.3/3.4) and 3.5 broadcasts."""
