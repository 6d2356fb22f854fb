"""Stand-ins for OS keyring backends, for the key store's own tests.

Plain classes with the three ``keyring`` backend methods, deliberately *not*
``keyring.backend.KeyringBackend`` subclasses: the ``keyring`` library registers every
subclass it sees as a candidate backend for the whole process.
"""

from __future__ import annotations

import keyring.errors


class MemoryKeyring:
    """A working keyring: passwords in a dict."""

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    """A keyring that is there but fails every call (a locked or absent Secret Service)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringError("no secret service")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringError("no secret service")


class LockedLaterKeyring(MemoryKeyring):
    """A keyring that passes the probe, then refuses keys (locked while lockcare runs)."""

    def __init__(self) -> None:
        super().__init__()
        self.locked = False

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("the wallet was locked")
        super().set_password(service, username, password)
