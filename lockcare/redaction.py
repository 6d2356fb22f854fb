"""Keep local keys and cloud secrets out of logs.

Every secret lockcare learns is registered here; :class:`RedactingFilter`, installed on the
root handlers by :func:`lockcare.logsetup.configure_logging`, replaces registered secrets and
anything shaped like ``key=...`` / ``"key": "..."`` before a record is written.
"""

from __future__ import annotations

import logging
import re
import threading

MASK = "***"
_lock = threading.Lock()
_secrets: set[str] = set()

_KEYISH = re.compile(
    r"""(?ix)
    (?P<name>["']?(?:local_?key|localkey|key|secret|api_?secret|access_token|password)["']?\s*[:=]\s*)
    (?P<quote>["']?)(?P<value>[^\s"',}]{4,})(?P=quote)
    """
)


def register_secret(secret: str | None) -> None:
    """Remember a secret so it is masked wherever it appears in a log message."""
    if secret and len(secret) >= 4:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """Return ``text`` with registered secrets and key-shaped assignments masked."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    return _KEYISH.sub(lambda m: f"{m.group('name')}{m.group('quote')}{MASK}{m.group('quote')}", text)


class RedactingFilter(logging.Filter):
    """A logging filter that masks secrets in the formatted message and exception text."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
