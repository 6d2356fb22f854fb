"""Logging for the app and the CLI: a rotating file in the log folder, secrets redacted."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from typing import IO, Any

from lockcare import paths
from lockcare.atomic import private_folder
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
        handlers.append(PrivateLogFile(private_folder(paths.log_dir()) / "lockcare.log"))
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
                with contextlib.suppress(OSError):  # a full disk: the last lines are lost, not the command
                    handler.close()


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file readable by the user only (0600), quiet when the disk is full.

    A log that cannot be written must not turn a clear one-line message into pages of
    tracebacks: the first failed write switches the file off for the rest of the run.

    Args:
        path: The log file.
    """

    def __init__(self, path: os.PathLike[str] | str) -> None:
        super().__init__(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
        self.failed = False

    def _open(self) -> IO[Any]:
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,  # noqa: SIM115
                    opener=lambda name, flags: os.open(name, flags, 0o600))

    def emit(self, record: logging.LogRecord) -> None:  # noqa: D102 - see RotatingFileHandler
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """Stop writing to a file that cannot be written (full disk, removed folder) instead of printing a traceback."""
        if isinstance(sys.exc_info()[1], OSError):
            self.failed = True
        else:
            super().handleError(record)
