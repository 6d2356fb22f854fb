"""Logging for the app and the CLI: a rotating file in the log folder, secrets redacted."""

from __future__ import annotations

import logging
import logging.handlers

from lockcare import paths
from lockcare.redaction import RedactingFilter


def configure_logging(*, verbose: bool = False, to_file: bool = True) -> None:
    """Send lockcare's log records to a rotating file (and to stderr when verbose)."""
    root = logging.getLogger("lockcare")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "lockcare_owned", False):
            root.removeHandler(handler)
            handler.close()
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
    root.propagate = False


def shutdown_logging() -> None:
    """Flush and close the handlers :func:`configure_logging` added."""
    root = logging.getLogger("lockcare")
    for handler in list(root.handlers):
        if getattr(handler, "lockcare_owned", False):
            root.removeHandler(handler)
            handler.close()
