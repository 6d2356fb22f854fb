"""Fixtures for GUI tests: a LockcareApp on the test's data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lockcare.app import LockcareApp
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def make_app(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Callable[..., LockcareApp]]:
    """Build LockcareApp objects on the test's data folder; all are closed at the end."""
    made: list[LockcareApp] = []

    def make(**kwargs) -> LockcareApp:
        app = LockcareApp(data_dir, keyring_backend=memory_keyring, **kwargs)
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()
