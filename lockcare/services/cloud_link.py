"""Linking lockcare to the user's own Tuya cloud project: prove, remember, report, forget.

The access secret goes to the key store only (entry ``tuya-cloud:<access id>``), written in
the same all-or-nothing step as the link row; the database keeps the region and access id.
Network work (:meth:`CloudLinkService.prove`) takes plain values, so the GUI runs it in the
task runner's pool and stores the outcome (:meth:`CloudLinkService.save`) on its own thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from lockcare.core.cloud import REGIONS
from lockcare.core.cloudlink import CloudLink, secret_key_name
from lockcare.core.errors import LockcareError, ValidationError
from lockcare.devices.cloud import CloudError
from lockcare.devices.cloud.errors import CREDENTIALS
from lockcare.services.key_writes import with_keys
from lockcare.storage import Transaction
from lockcare.storage.cloud_repository import CloudRepository
from lockcare.storage.keys import KeyStore, KeyStoreError

if TYPE_CHECKING:
    from lockcare.devices.cloud.client import CloudClient

log = logging.getLogger(__name__)

ClientFactory = Callable[[str, str, str], "CloudClient"]
"""``(region, access id, secret) -> CloudClient``; the real one honours ``LOCKCARE_TUYA_API_HOST``."""


class NotLinkedError(LockcareError):
    """No cloud project is linked yet."""

    def __init__(self) -> None:
        super().__init__(
            "lockcare is not linked to a Tuya cloud project yet: run “lockcare cloud link --region REGION "
            "--access-id ID --access-secret-stdin” (or open Tuya cloud in the window) first."
        )


@dataclass(frozen=True)
class Credentials:
    """What a worker needs to call the cloud (plain values; the secret is never shown)."""

    region: str
    access_id: str
    secret: str = field(repr=False)


@dataclass(frozen=True)
class CloudLinkStatus:
    """``lockcare cloud status``: whether a project is linked and how it went last time."""

    linked: bool
    region: str | None = None
    access_id: str | None = None
    locks: int = 0
    last_harvest: datetime | None = None
    problem: dict[str, str] | None = None

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape (README): linked, region, access_id, locks, last_harvest, problem."""
        return {
            "linked": self.linked,
            "region": self.region,
            "access_id": self.access_id,
            "locks": self.locks,
            "last_harvest": self.last_harvest.isoformat(timespec="seconds") if self.last_harvest else None,
            "problem": self.problem,
        }


def real_client(region: str, access_id: str, secret: str) -> CloudClient:
    """A cloud client for these credentials (the region's host, or the override)."""
    from lockcare.devices.cloud.client import CloudClient  # tinytuya: loaded when the cloud is first used

    return CloudClient(region, access_id, secret)


class CloudLinkService:
    """Links, reports and unlinks the cloud project; hands out clients for it.

    Args:
        cloud: The cloud repository.
        keys: The key store (holds the access secret).
        transaction: Opens one all-or-nothing write.
        clock: Returns "now".
        client_factory: Makes cloud clients (:func:`real_client`).
    """

    def __init__(
        self,
        cloud: CloudRepository,
        keys: KeyStore,
        *,
        transaction: Transaction,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        client_factory: ClientFactory = real_client,
    ) -> None:
        self._cloud = cloud
        self._keys = keys
        self._transaction = transaction
        self._clock = clock
        self._client_factory = client_factory

    # -- linking ----------------------------------------------------------------------

    def prove(self, region: str, access_id: str, secret: str) -> int:
        """Proves credentials with a token and the device list (network; any thread).

        Returns:
            How many locks the project has.

        Raises:
            ValidationError: An unknown region or empty credentials (nothing was sent).
            CloudError: The cloud refused (``kind`` says why).
        """
        region, access_id, secret = _clean(region, access_id, secret)
        with self._client_factory(region, access_id, secret) as client:
            return client.link()

    def save(self, region: str, access_id: str, secret: str) -> None:
        """Remembers proved credentials: the secret in the key store, the rest in the database.

        Raises:
            KeyStoreError: The secret could not be stored (nothing was linked).
        """
        region, access_id, secret = _clean(region, access_id, secret)
        previous = self._cloud.link()
        try:
            with with_keys(self._transaction, self._keys) as put:
                self._cloud.save_link(region, access_id, self._clock())
                put(secret_key_name(access_id), secret)
        except KeyStoreError as exc:
            raise KeyStoreError(f"{exc} The cloud project was not linked.") from exc
        if previous is not None and previous.access_id != access_id:
            self._forget_secret(previous.access_id)
        log.info("Linked the Tuya cloud project %s (%s)", access_id, region)

    def link(self, region: str, access_id: str, secret: str) -> int:
        """Proves the credentials, then remembers them; returns how many locks the project has."""
        locks = self.prove(region, access_id, secret)
        self.save(region, access_id, secret)
        return locks

    def unlink(self) -> bool:
        """Forgets the credentials (the secret first); returns False when nothing was linked.

        Locks found in the cloud and their harvested history stay.
        """
        link = self._cloud.link()
        if link is None:
            return False
        self._forget_secret(link.access_id)
        self._cloud.delete_link()
        log.info("Unlinked the Tuya cloud project %s", link.access_id)
        return True

    # -- using the link ---------------------------------------------------------------

    def current(self) -> CloudLink | None:
        """The linked project, or None."""
        return self._cloud.link()

    def status(self) -> CloudLinkStatus:
        """Whether a project is linked, how many locks came from it, and the last problem."""
        link = self._cloud.link()
        if link is None:
            return CloudLinkStatus(linked=False, locks=len(self._cloud.lock_states()))
        return CloudLinkStatus(
            linked=True, region=link.region, access_id=link.access_id, locks=len(self._cloud.lock_states()),
            last_harvest=link.last_harvest_at, problem=link.problem,
        )  # fmt: skip

    def credentials(self) -> Credentials:
        """The linked project's credentials, the secret from the key store.

        Raises:
            NotLinkedError: Nothing is linked.
            CloudError: ``credentials``: the secret is missing from the key store.
        """
        link = self._cloud.link()
        if link is None:
            raise NotLinkedError()
        secret = self._keys.get(secret_key_name(link.access_id))
        if not secret:
            raise CloudError(
                CREDENTIALS,
                "The access secret of your Tuya cloud project is not in this computer's key store any more; "
                "link the project again (lockcare cloud link).",
            )
        return Credentials(link.region, link.access_id, secret)

    def client(self, credentials: Credentials) -> CloudClient:
        """A new client for ``credentials`` (close it when done; one per worker)."""
        return self._client_factory(credentials.region, credentials.access_id, credentials.secret)

    def record_outcome(self, error: CloudError | None) -> None:
        """Remembers a project-wide failure for ``cloud status`` (None clears it)."""
        if self._cloud.link() is None:
            return
        self._cloud.set_problem(error.kind if error else "", error.message if error else "")

    def _forget_secret(self, access_id: str) -> None:
        self._keys.delete(secret_key_name(access_id))


def _clean(region: str, access_id: str, secret: str) -> tuple[str, str, str]:
    region, access_id, secret = region.strip().lower(), access_id.strip(), secret.strip()
    if region not in REGIONS:
        raise ValidationError(f"Unknown data centre “{region}”: use one of {', '.join(REGIONS)}.")
    if not access_id or not secret:
        raise ValidationError("Both the access id and the access secret are needed.")
    return region, access_id, secret


__all__ = ["ClientFactory", "CloudLinkService", "CloudLinkStatus", "Credentials", "NotLinkedError", "real_client"]
