"""Paths follow overrides; resources are found from the source tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from lockcare import paths
from lockcare.resources import resource_path, resources_root
from lockcare.storage import open_storage


def test_override_moves_every_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path))
    assert paths.data_dir() == tmp_path
    assert paths.config_dir() == tmp_path / "config"
    assert paths.log_dir() == tmp_path / "logs"
    storage = open_storage(paths.data_dir())
    try:
        assert storage.db.path == tmp_path / "lockcare.sqlite3"
    finally:
        storage.close()


def test_paths_are_computed_on_each_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "a"))
    first = paths.data_dir()
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "b"))
    assert paths.data_dir() != first


def test_without_override_platformdirs_locations_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR)
    assert "lockcare" in str(paths.data_dir()).lower()
    assert paths.config_dir() != paths.data_dir() / "config"


def test_resources_are_found_from_the_source_tree() -> None:
    root = resources_root()
    assert (root / "MANIFEST").is_file()
    assert resource_path("MANIFEST") == root / "MANIFEST"


def test_resources_are_found_in_a_wheel_and_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lockcare import resources

    wheel_pkg = tmp_path / "site-packages" / "lockcare"
    (wheel_pkg / "_resources").mkdir(parents=True)
    (wheel_pkg / "_resources" / "MANIFEST").write_text("x")
    monkeypatch.setattr(resources, "_PACKAGE_DIR", wheel_pkg)
    resources.resources_root.cache_clear()
    try:
        assert resources.resources_root() == wheel_pkg / "_resources"
        bundle = tmp_path / "bundle"
        (bundle / "resources").mkdir(parents=True)
        (bundle / "resources" / "MANIFEST").write_text("x")
        monkeypatch.setattr("sys._MEIPASS", str(bundle), raising=False)
        resources.resources_root.cache_clear()
        assert resources.resources_root() == bundle / "resources"
        monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "nowhere" / "lockcare")
        monkeypatch.delattr("sys._MEIPASS")
        resources.resources_root.cache_clear()
        with pytest.raises(FileNotFoundError, match="reinstall"):
            resources.resources_root()
    finally:
        resources.resources_root.cache_clear()
