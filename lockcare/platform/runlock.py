"""One collector at a time, across processes: an OS file lock in the data folder.

The OS timer may start ``lockcare collect`` while a previous run (or the GUI's own harvest)
is still going. :func:`single_run` takes ``<data folder>/collect.lock`` with the platform's
own locking (``filelock``: ``fcntl`` on Unix, ``msvcrt`` on Windows), so the OS releases
it when the holder exits, even by a crash; a lock file left on disk is harmless.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lockcare import paths
from lockcare.core.errors import LockcareError


class AlreadyRunning(LockcareError):
    """Another process holds the lock; this run should be skipped."""


def lock_path(name: str = "collect", folder: Path | None = None) -> Path:
    """The lock file for ``name`` in ``folder`` (the data folder by default)."""
    return (folder or paths.data_dir()) / f"{name}.lock"


@contextmanager
def single_run(name: str = "collect", *, folder: Path | None = None, wait: float = 0.0) -> Iterator[Path]:
    """Holds the ``name`` lock for the duration of the block.

    Args:
        name: What is being run (one lock per name).
        folder: Where the lock file lives (the data folder by default).
        wait: Seconds to wait for a running holder to finish (0: do not wait).

    Yields:
        The lock file's path.

    Raises:
        AlreadyRunning: Another process (or another block in this one) holds the lock.
    """
    path = lock_path(name, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    import filelock  # loaded when a run lock is first taken, not with the window

    lock = filelock.FileLock(path, timeout=wait, thread_local=False, mode=0o600)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise AlreadyRunning(
            f"Another lockcare {name} is already running (lock file {path}); this one was skipped."
        ) from None
    try:
        yield path
    finally:
        lock.release()


__all__ = ["AlreadyRunning", "lock_path", "single_run"]
