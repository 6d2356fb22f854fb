"""What lockcare keeps about the user's Tuya cloud link and each cloud-linked lock.

Plain dataclasses: storage returns them, services and views read them. The access secret
is never here (it lives in the key store only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

SECRET_KEY_PREFIX = "tuya-cloud:"
"""Key-store entries holding a cloud project's access secret are named ``tuya-cloud:<access id>``."""


def secret_key_name(access_id: str) -> str:
    """The key-store entry that holds the access secret of ``access_id``."""
    return f"{SECRET_KEY_PREFIX}{access_id}"


@dataclass(frozen=True, slots=True)
class CloudLink:
    """The linked cloud project.

    Attributes:
        region: The data centre (``eu``, ``us``...).
        access_id: The project's access id (not a secret; shown to the user).
        linked_at: When the link was proved.
        last_harvest_at: When the device logs were last read (None: never).
        problem_kind: The last project-wide failure (a ``CloudError`` kind), "" when fine.
        problem_message: Its plain words.
    """

    region: str
    access_id: str
    linked_at: datetime
    last_harvest_at: datetime | None = None
    problem_kind: str = ""
    problem_message: str = ""

    @property
    def problem(self) -> dict[str, str] | None:
        """``{"kind", "message"}`` of the last failure, or None."""
        if not self.problem_kind:
            return None
        return {"kind": self.problem_kind, "message": self.problem_message}


@dataclass(frozen=True, slots=True)
class CloudLockState:
    """A lock found in the cloud project, and how far its device log was harvested.

    Attributes:
        lock_id: The lock.
        cloud_name: The name the cloud gave it at the last import (a later change is a rename).
        imported_at: When an import first found it.
        harvested_through: The cursor: every report up to this time is stored (None: never).
        last_harvest_at: When its log was last read.
        error_kind: The last harvest's failure kind, "" when it succeeded.
        error_message: Its plain words.
    """

    lock_id: int
    cloud_name: str
    imported_at: datetime
    harvested_through: datetime | None = None
    last_harvest_at: datetime | None = None
    error_kind: str = ""
    error_message: str = ""


__all__ = ["CloudLink", "CloudLockState", "SECRET_KEY_PREFIX", "secret_key_name"]
