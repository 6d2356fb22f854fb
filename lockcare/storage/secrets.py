"""Local keys (and later cloud secrets) in the OS keyring, with a plain file as the fallback.

Where no keyring backend works (headless Linux, CI, a locked-down desktop) keys go to
``keys.json`` in the data folder with 0600 permissions, and :attr:`SecretStore.notice` holds
one plain sentence the app shows the user once.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from lockcare.atomic import atomic_write
from lockcare.redaction import register_secret

log = logging.getLogger(__name__)

SERVICE = "lockcare"
FALLBACK_FILE = "keys.json"
_NOTICE_MARKER = ".keyfile-notice-shown"


class EphemeralKeyring(keyring.backend.KeyringBackend):
    """Keys held in memory for one process (the demo: nothing reaches the real keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:  # noqa: D102
        return self._values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:  # noqa: D102
        self._values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:  # noqa: D102
        self._values.pop((service, username), None)


def _usable(backend: keyring.backend.KeyringBackend) -> bool:
    try:
        priority = backend.priority
    except Exception:  # a backend may raise from its priority probe
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    return priority > 0 and "fail" not in name and "null" not in name.lower()


class SecretStore:
    """Stores local keys by device id.

    Args:
        data_dir: where the fallback key file lives.
        backend: a keyring backend to use (tests pass an in-memory one); defaults to the
            OS keyring that ``keyring`` picks.
    """

    def __init__(self, data_dir: Path, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._data_dir = data_dir
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._use_file = not _usable(self._backend)
        # Keys read once are kept in memory: the OS keyring can be slow (D-Bus) or prompt the user.
        self._cache: dict[str, str | None] = {}

    @property
    def uses_file(self) -> bool:
        """True when keys are kept in the 0600 file rather than the OS keyring."""
        return self._use_file

    @property
    def file_path(self) -> Path:
        """The fallback key file."""
        return self._data_dir / FALLBACK_FILE

    def take_notice(self) -> str | None:
        """Return the one-time notice about the key file, or None once it has been shown."""
        if not self._use_file:
            return None
        marker = self._data_dir / _NOTICE_MARKER
        if marker.exists():
            return None
        self._data_dir.mkdir(parents=True, exist_ok=True)
        marker.touch()
        return (
            f"No system keyring is available, so lockcare keeps lock keys in {self.file_path}, "
            "readable only by your user account."
        )

    def set_key(self, device_id: str, key: str) -> None:
        """Store the local key of a device."""
        register_secret(key)
        self._cache.pop(device_id, None)
        if not self._use_file:
            try:
                self._backend.set_password(SERVICE, device_id, key)
                self._cache[device_id] = key
                return
            except keyring.errors.KeyringError as exc:
                log.warning("System keyring refused the key (%s); using the key file instead", type(exc).__name__)
                self._use_file = True
        keys = self._read_file()
        keys[device_id] = key
        self._write_file(keys)
        self._cache[device_id] = key

    def get_key(self, device_id: str) -> str | None:
        """Return the local key of a device, or None if none is stored."""
        if device_id in self._cache:
            return self._cache[device_id]
        key: str | None = None
        if not self._use_file:
            try:
                key = self._backend.get_password(SERVICE, device_id)
            except keyring.errors.KeyringError:
                key = None
        if key is None:
            key = self._read_file().get(device_id)
        register_secret(key)
        self._cache[device_id] = key
        return key

    def delete_key(self, device_id: str) -> None:
        """Forget the local key of a device (wherever it is stored)."""
        self._cache.pop(device_id, None)
        if not self._use_file:
            with contextlib.suppress(keyring.errors.KeyringError):
                self._backend.delete_password(SERVICE, device_id)
        keys = self._read_file()
        if keys.pop(device_id, None) is not None:
            self._write_file(keys)

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self.file_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("The key file %s could not be read (%s)", self.file_path, type(exc).__name__)
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write_file(self, keys: dict[str, str]) -> None:
        self._data_dir.mkdir(parents=True, exist_ok=True)
        with atomic_write(self.file_path, permissions=0o600) as handle:
            json.dump(keys, handle, indent=1, sort_keys=True)
