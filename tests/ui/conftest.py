"""Fixtures for GUI tests: a LockcareApp on the test's data folder, keys in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lockcare.app import LockcareApp
from lockcare.storage.keys import MemoryKeyStore


@pytest.fixture
def make_app(data_dir: Path, key_store: MemoryKeyStore) -> Iterator[Callable[..., LockcareApp]]:
    """Build LockcareApp objects on the test's data folder (all sharing ``key_store``); all closed at the end."""
    made: list[LockcareApp] = []

    def make(**kwargs) -> LockcareApp:
        app = LockcareApp(data_dir, key_store=key_store, **kwargs)
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()
