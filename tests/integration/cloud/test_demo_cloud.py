"""The demo's cloud-only lock: harvested from lockcare's fake cloud, and nothing left behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from lockcare.composition import open_services
from lockcare.core.models import ReadingSource
from lockcare.demo import CLOUD_LOCK, start_demo

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_the_demo_links_a_cloud_only_lock_whose_week_is_harvested_and_cleans_up(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("LOCKCARE_TUYA_API_HOST", raising=False)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    temp_before = set(Path(tempfile.gettempdir()).glob("lockcare-fakecloud-*"))
    folder = tmp_path / "demo"
    session = start_demo(folder)
    try:
        ca = Path(session.cloud.ca_path)
        storage, services = open_services(folder, key_store=session.key_store)
        try:
            results = services.harvest.harvest()
            lock = services.locks.resolve(CLOUD_LOCK)
            readings = services.locks.history(lock).readings
        finally:
            storage.close()
        assert os.environ["REQUESTS_CA_BUNDLE"] == str(ca)
    finally:
        session.stop()

    assert [(r.lock, r.error) for r in results] == [(CLOUD_LOCK, None)]
    assert results[0].readings_added > 150 and all(r.source is ReadingSource.CLOUD for r in readings)
    assert lock.address == ""  # only the cloud knows it
    assert "LOCKCARE_TUYA_API_HOST" not in os.environ and "REQUESTS_CA_BUNDLE" not in os.environ
    assert not ca.exists() and not ca.parent.exists() and not folder.exists()
    assert set(Path(tempfile.gettempdir()).glob("lockcare-fakecloud-*")) == temp_before
