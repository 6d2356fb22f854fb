"""Where local keys (and later cloud secrets) live: the OS keyring, a private file, or memory.

The store is chosen once, by the composition root, with :func:`choose_key_store`:

* the OS keyring when it *works*: a probe entry is written, read back and deleted, so a
  keyring that exists but cannot store anything (no Secret Service, a locked wallet,
  ``keyring.backends.fail``) is never trusted with a key;
* otherwise ``keys.json`` in the data folder, readable only by the user (0600), and the
  store's :attr:`~KeyStore.notice` says so in one plain sentence the app shows once;
* the choice waits for the first key actually needed (:class:`ChosenOnFirstUse`);
* :class:`MemoryKeyStore` only when the caller asks for it (the demo, tests). It is a plain
  class, not a ``keyring`` backend: the ``keyring`` library registers every backend subclass
  it sees and may make it the process default, which once kept users' keys in memory only.

Every store raises :class:`KeyStoreError` with a complete sentence when a key cannot be
written, so the caller can refuse the whole change (a lock is never added without its key).
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from lockcare.atomic import atomic_write
from lockcare.redaction import register_secret
from lockcare.storage.errors import StorageError

if TYPE_CHECKING:  # keyring is loaded when a key store is chosen (a tenth of a second the start does not need)
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE = "lockcare"
KEY_FILE = "keys.json"
NOTICE_MARKER = ".keyfile-notice-shown"
_PROBE_USER = "lockcare-probe"


class KeyStoreError(StorageError):
    """A key could not be stored or removed; the message says where and why."""


class KeyStore(Protocol):
    """Stores local keys by device id.

    Attributes:
        kind: ``"keyring"``, ``"file"`` or ``"memory"``.
        is_fallback: True when keys are (also) kept outside the OS keyring, which the
            user should be told once (:attr:`notice`).
    """

    kind: str

    @property
    def is_fallback(self) -> bool:
        """True when keys are kept in the fallback file rather than the OS keyring."""
        ...

    @property
    def notice(self) -> str | None:
        """One plain sentence about where keys are kept when that deserves saying, else None."""
        ...

    def get(self, device_id: str) -> str | None:
        """The key of a device, or None when none is stored."""
        ...

    def set(self, device_id: str, key: str) -> None:
        """Store the key of a device (replacing any earlier one).

        Raises:
            KeyStoreError: The key could not be written.
        """
        ...

    def set_many(self, keys: Mapping[str, str]) -> None:
        """Store several keys at once: all of them, or (on error) none.

        Raises:
            KeyStoreError: A key could not be written; the others are as they were.
        """
        ...

    def delete(self, device_id: str) -> None:
        """Forget the key of a device (no error when there is none).

        Raises:
            KeyStoreError: The key could not be removed.
        """
        ...


class MemoryKeyStore:
    """Keys held in a dict for the life of the object (the demo and tests; never chosen by default)."""

    kind = "memory"
    is_fallback = False
    notice = None

    def __init__(self, keys: dict[str, str] | None = None) -> None:
        self.keys: dict[str, str] = dict(keys or {})

    def get(self, device_id: str) -> str | None:  # noqa: D102 - see KeyStore
        return self.keys.get(device_id)

    def set(self, device_id: str, key: str) -> None:  # noqa: D102
        register_secret(key)
        self.keys[device_id] = key

    def set_many(self, keys: Mapping[str, str]) -> None:  # noqa: D102
        set_each_or_none(self, keys)

    def delete(self, device_id: str) -> None:  # noqa: D102
        self.keys.pop(device_id, None)


class FileKeyStore:
    """Keys in a JSON file only the user can read (0600), written atomically.

    Args:
        path: The key file (``keys.json`` in the data folder).
    """

    kind = "file"
    is_fallback = True

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cache: dict[str, str] | None = None
        self._stamp: tuple[int, int] | None = None

    @property
    def notice(self) -> str:
        """Where the keys are, in one sentence."""
        return (
            f"No system keyring is available, so lockcare keeps lock keys in {self.path}, "
            "readable only by your user account."
        )

    def get(self, device_id: str) -> str | None:  # noqa: D102
        key = self._read().get(device_id)
        register_secret(key)
        return key

    def set(self, device_id: str, key: str) -> None:  # noqa: D102
        self.set_many({device_id: key})

    def set_many(self, keys: Mapping[str, str]) -> None:
        """Store several keys in one atomic rewrite of the file (a full disk leaves it as it was)."""
        for key in keys.values():
            register_secret(key)
        stored = self._read(strict=True)
        stored.update(keys)
        self._write(stored)

    def delete(self, device_id: str) -> None:  # noqa: D102
        keys = self._read(strict=True)
        if keys.pop(device_id, None) is not None:
            self._write(keys)

    def _read(self, *, strict: bool = False) -> dict[str, str]:
        """The stored keys. A file that cannot be read or parsed reads as empty (with a
        warning), or, when it is about to be rewritten (``strict``), is refused untouched."""
        try:
            status = self.path.stat()
        except FileNotFoundError:
            self._cache, self._stamp = {}, None
            return {}
        except OSError as exc:
            return self._unreadable(exc, f"cannot be reached ({exc.strerror or exc})", strict)
        stamp = (status.st_mtime_ns, status.st_size)
        if self._cache is not None and stamp == self._stamp:
            return dict(self._cache)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except OSError as exc:
            return self._unreadable(exc, f"cannot be read ({exc.strerror or exc})", strict)
        except ValueError as exc:
            return self._unreadable(exc, "is damaged", strict)
        if not isinstance(data, dict):
            return self._unreadable(ValueError("not a JSON object"), "is damaged", strict)
        self._cache, self._stamp = {str(k): str(v) for k, v in data.items()}, stamp
        return dict(self._cache)

    def _unreadable(self, exc: Exception, what: str, strict: bool) -> dict[str, str]:
        if strict:
            raise KeyStoreError(
                f"The key file {self.path} {what}, so lockcare left it as it is and saved no key. "
                "Move it aside (or fix it), then change the lock's key (lockcare edit LOCK --key-stdin)."
            ) from exc
        log.warning("The key file %s could not be read (%s)", self.path, type(exc).__name__)
        return {}

    def _write(self, keys: dict[str, str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(self.path, permissions=0o600) as handle:
                json.dump(keys, handle, indent=1, sort_keys=True)
        except OSError as exc:
            self._cache = None
            raise KeyStoreError(f"Could not save the local key in {self.path} ({exc.strerror or exc}).") from exc
        self._cache, self._stamp = None, None


class KeyringKeyStore:
    """Keys in the OS keyring, read once each (the keyring can be slow or prompt the user).

    A keyring that refuses a key later (locked meanwhile, say) sends that key to the file
    store instead, with a warning in the log; :attr:`is_fallback` then turns true so the
    user is told where it went.

    Args:
        backend: A keyring backend that passed :func:`keyring_works`.
        file_store: Where keys go when the keyring refuses one (and where they are looked
            for when the keyring has none).
    """

    kind = "keyring"

    def __init__(self, backend: keyring.backend.KeyringBackend, file_store: FileKeyStore) -> None:
        self.backend = backend
        self._file = file_store
        self._cache: dict[str, str | None] = {}
        self._fell_back = False

    @property
    def is_fallback(self) -> bool:  # noqa: D102
        return self._fell_back

    @property
    def notice(self) -> str | None:  # noqa: D102
        return self._file.notice if self._fell_back else None

    def get(self, device_id: str) -> str | None:  # noqa: D102
        if device_id in self._cache:
            return self._cache[device_id]
        from keyring.errors import KeyringError

        try:
            key = self.backend.get_password(SERVICE, device_id)
        except KeyringError:
            key = None
        if key is None:
            key = self._file.get(device_id)
        register_secret(key)
        self._cache[device_id] = key
        return key

    def set(self, device_id: str, key: str) -> None:  # noqa: D102
        from keyring.errors import KeyringError

        register_secret(key)
        self._cache.pop(device_id, None)
        try:
            self.backend.set_password(SERVICE, device_id, key)
        except KeyringError as exc:
            log.warning("The system keyring refused a key (%s); keeping it in the key file instead", type(exc).__name__)
            self._file.set(device_id, key)
            self._fell_back = True
        self._cache[device_id] = key

    def set_many(self, keys: Mapping[str, str]) -> None:  # noqa: D102
        set_each_or_none(self, keys)

    def delete(self, device_id: str) -> None:  # noqa: D102
        from keyring.errors import KeyringError

        self._cache.pop(device_id, None)
        with contextlib.suppress(KeyringError):
            self.backend.delete_password(SERVICE, device_id)
        self._file.delete(device_id)


class ChosenOnFirstUse:
    """A key store chosen the first time a key (or the notice) is needed.

    Starting the ``keyring`` library and probing the OS keyring costs about 0.4 s; a window
    showing its locks, or ``lockcare locks``, needs no key, so they never pay for it.

    Args:
        choose: Makes the store (:func:`choose_key_store`), called at most once.
    """

    def __init__(self, choose: Callable[[], KeyStore]) -> None:
        self._choose = choose
        self._store: KeyStore | None = None

    @property
    def store(self) -> KeyStore:
        """The chosen store (chosen now if need be)."""
        if self._store is None:
            self._store = self._choose()
        return self._store

    @property
    def kind(self) -> str:  # noqa: D102
        return self.store.kind

    @property
    def is_fallback(self) -> bool:  # noqa: D102
        return self.store.is_fallback

    @property
    def notice(self) -> str | None:  # noqa: D102
        return self.store.notice

    def get(self, device_id: str) -> str | None:  # noqa: D102
        return self.store.get(device_id)

    def set(self, device_id: str, key: str) -> None:  # noqa: D102
        self.store.set(device_id, key)

    def set_many(self, keys: Mapping[str, str]) -> None:  # noqa: D102
        self.store.set_many(keys)

    def delete(self, device_id: str) -> None:  # noqa: D102
        self.store.delete(device_id)


class KeyNotice:
    """Hands out a store's notice once per data folder (a marker file remembers it was shown).

    Args:
        store: The key store in use.
        data_dir: Where the marker file lives.
    """

    def __init__(self, store: KeyStore, data_dir: Path | None) -> None:
        self._store = store
        self._marker = data_dir / NOTICE_MARKER if data_dir is not None else None
        self._shown = False

    def take(self) -> str | None:
        """The notice if it is due (then never again), else None."""
        notice = self._store.notice
        if not notice or self._shown:
            return None
        self._shown = True
        if self._marker is None:
            return notice
        if self._marker.exists():
            return None
        with contextlib.suppress(OSError):  # an unwritable folder: better shown twice than never
            self._marker.parent.mkdir(parents=True, exist_ok=True)
            self._marker.touch(mode=0o600)
        return notice


def set_each_or_none(store: KeyStore, keys: Mapping[str, str]) -> None:
    """Set keys one by one; if one fails, put the ones already set back as they were."""
    previous: dict[str, str | None] = {}
    try:
        for device_id, key in keys.items():
            previous[device_id] = store.get(device_id)
            store.set(device_id, key)
    except KeyStoreError:
        put_back(store, previous)
        raise


def put_back(store: KeyStore, previous: Mapping[str, str | None]) -> None:
    """Best effort: give each device its earlier key again (None: no key).

    Used after a failure, so a further failure is only logged: the first error is the one
    worth reporting.
    """
    for device_id, old in previous.items():
        try:
            if old:
                store.set(device_id, old)
            else:
                store.delete(device_id)
        except KeyStoreError as exc:
            log.info("Could not put a key back for %s (%s)", device_id, exc)


def keyring_works(backend: keyring.backend.KeyringBackend) -> bool:
    """True when ``backend`` stores, returns and deletes a probe entry.

    Trying is the only honest test: a backend's name or priority says nothing about a
    Secret Service that is missing, locked or refuses writes.
    """
    token = secrets.token_hex(8)
    try:
        backend.set_password(SERVICE, _PROBE_USER, token)
        try:
            return backend.get_password(SERVICE, _PROBE_USER) == token
        finally:
            backend.delete_password(SERVICE, _PROBE_USER)
    except Exception as exc:  # any backend failure (D-Bus, a locked wallet...) means "not usable"
        log.info("The system keyring is not usable (%s); keys go to the key file", type(exc).__name__)
        return False


def choose_key_store(data_dir: Path, backend: keyring.backend.KeyringBackend | None = None) -> KeyStore:
    """The OS keyring when it works, else the private key file in ``data_dir``.

    Args:
        data_dir: The data folder (for ``keys.json``).
        backend: The keyring backend to try (default: the one ``keyring`` picks, which
            ``PYTHON_KEYRING_BACKEND`` can name).
    """
    import keyring

    file_store = FileKeyStore(data_dir / KEY_FILE)
    chosen = backend if backend is not None else keyring.get_keyring()
    if keyring_works(chosen):
        log.debug("Keeping keys in the system keyring (%s)", type(chosen).__name__)
        return KeyringKeyStore(chosen, file_store)
    return file_store
