"""The bundle of services the composition root builds and hands to the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from lockcare.services.locks import LockService


@dataclass
class Services:
    """Every use case the views may call (synchronous, Qt-free)."""

    locks: LockService
    demo_note: str = ""
    """Non-empty in demo mode: what the demo shows and how to leave it."""
