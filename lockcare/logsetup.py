"""Logging for the app and the CLI: a rotating file in the log folder, secrets redacted."""

from __future__ import annotations

import logging
import logging.handlers

from lockcare import paths
from lockcare.redaction import RedactingFilter

_OWNED_LOGGERS = ("lockcare", "tinytuya")


def configure_logging(*, verbose: bool = False, to_file: bool = True) -> None:
    """Send lockcare's (and tinytuya's) log records to a rotating file, secrets redacted.

    tinytuya logs local and session keys at DEBUG, so its logger is held at WARNING and
    goes through the same redacting handlers as lockcare's own.
    """
    shutdown_logging()
    root = logging.getLogger("lockcare")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    tinytuya_log = logging.getLogger("tinytuya")
    tinytuya_log.setLevel(logging.WARNING)
    handlers: list[logging.Handler] = []
    if to_file:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / "lockcare.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
            )
        )
    if verbose:
        handlers.append(logging.StreamHandler())
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        handler.lockcare_owned = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        tinytuya_log.addHandler(handler)
    root.propagate = False
    tinytuya_log.propagate = False


def shutdown_logging() -> None:
    """Flush and close the handlers :func:`configure_logging` added."""
    for name in _OWNED_LOGGERS:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if getattr(handler, "lockcare_owned", False):
                logger.removeHandler(handler)
                handler.close()
