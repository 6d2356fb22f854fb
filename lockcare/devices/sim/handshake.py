"""The device side of the Tuya 3.4 / 3.5 session-key negotiation.

The client sends its nonce (cmd 3), the device answers with its own nonce plus
HMAC-SHA256(local key, client nonce) (cmd 4, retcode 0), the client proves it holds
the key with HMAC-SHA256(local key, device nonce) (cmd 5, no answer), and both sides
derive the session key from ``client nonce XOR device nonce``:

* 3.4: AES-128-ECB(local key) of that block, no padding;
* 3.5: the 16 ciphertext bytes of AES-128-GCM(local key, nonce = client nonce[:12]).
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 16


class HandshakeError(Exception):
    """The client's handshake message is malformed or does not prove the key."""


class DeviceHandshake:
    """Negotiation state for one TCP connection.

    Args:
        version: "3.4" or "3.5".
        local_key: The 16-byte local key.
    """

    def __init__(self, version: str, local_key: bytes) -> None:
        if version not in ("3.4", "3.5"):
            raise ValueError(f"protocol {version} has no session-key handshake")
        self.version = version
        self._key = local_key
        self._client_nonce: bytes | None = None
        self._device_nonce: bytes | None = None

    def start(self, client_nonce: bytes) -> bytes:
        """Take the client's nonce (cmd 3) and return the cmd 4 reply payload (plaintext).

        Raises:
            HandshakeError: if the nonce has the wrong size.
        """
        if len(client_nonce) != NONCE_SIZE:
            raise HandshakeError(f"client nonce has {len(client_nonce)} bytes, expected {NONCE_SIZE}")
        self._client_nonce = bytes(client_nonce)
        self._device_nonce = os.urandom(NONCE_SIZE)
        proof = hmac.new(self._key, self._client_nonce, hashlib.sha256).digest()
        return self._device_nonce + proof

    def finish(self, client_proof: bytes) -> bytes:
        """Check the client's cmd 5 proof and return the session key.

        Raises:
            HandshakeError: if cmd 3 was not seen or the proof is wrong.
        """
        if self._client_nonce is None or self._device_nonce is None:
            raise HandshakeError("handshake finish before start")
        expected = hmac.new(self._key, self._device_nonce, hashlib.sha256).digest()
        if not hmac.compare_digest(expected, bytes(client_proof[: len(expected)])):
            raise HandshakeError("client proof does not match the local key")
        mixed = bytes(a ^ b for a, b in zip(self._client_nonce, self._device_nonce))
        if self.version == "3.4":
            encryptor = Cipher(algorithms.AES(self._key), modes.ECB()).encryptor()
            return encryptor.update(mixed) + encryptor.finalize()
        return AESGCM(self._key).encrypt(self._client_nonce[:12], mixed, None)[:NONCE_SIZE]
