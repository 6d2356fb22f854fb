"""Tuya's request signature, as the server checks it (written from Tuya's spec, not tinytuya).

::

    sign = HMAC-SHA256(secret, client_id [+ access_token] + t + nonce + stringToSign), upper hex
    stringToSign = METHOD \\n sha256(body) \\n signed-headers \\n path[?k=v&... sorted by key]

``signed-headers`` lists ``name:value\\n`` for each header named in ``Signature-Headers``
(``:``-separated); the token request carries no ``access_token``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence


def string_to_sign(
    method: str,
    path: str,
    query: Sequence[tuple[str, str]],
    body: bytes,
    headers: Mapping[str, str],
) -> str:
    """Builds Tuya's ``stringToSign`` for one request.

    Args:
        method: The HTTP method.
        path: The request path.
        query: Decoded query pairs (any order; they are sorted by key here).
        body: The raw request body.
        headers: Request headers, looked up case-insensitively.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    names = [n for n in lower.get("signature-headers", "").split(":") if n]
    signed = "".join(f"{name}:{lower[name.lower()]}\n" for name in names if name.lower() in lower)
    url = path
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in sorted(query, key=lambda pair: pair[0]))
    return f"{method.upper()}\n{hashlib.sha256(body).hexdigest()}\n{signed}\n{url}"


def sign(secret: str, client_id: str, access_token: str, t: str, nonce: str, to_sign: str) -> str:
    """The upper-case hex HMAC-SHA256 signature Tuya expects."""
    message = client_id + access_token + t + nonce + to_sign
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest().upper()


def signature_matches(expected: str, given: str) -> bool:
    """Constant-time comparison of two signatures."""
    return hmac.compare_digest(expected.encode(), given.strip().upper().encode())


__all__ = ["sign", "signature_matches", "string_to_sign"]
