"""Writing files so that a crash, a full disk or a power cut never leaves half a file.

The data goes to a temporary file beside the target, is flushed to disk, and only then
replaces the target in one step; on any failure the temporary file is removed and the old
file (if any) is untouched. :func:`atomic_write` hands out an open file;
:func:`atomic_path` hands out the temporary file's path, for writers that need a name
(SQLite's backup API).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, permissions: int | None = None) -> Iterator[Path]:
    """A temporary path beside ``path``; when the block ends without error it replaces ``path``.

    Args:
        path: The file to write; its folder must exist.
        permissions: e.g. ``0o600`` for a file only the user may read, set before any data is written.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if permissions is not None:
            os.chmod(tmp, permissions)
        yield tmp
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
    permissions: int | None = None,
) -> Iterator[IO[Any]]:
    """Open ``path`` for writing atomically (``mode`` "w" for text or "wb" for bytes).

    Args:
        path: The file to write; its folder must exist.
        mode: "w" or "wb".
        encoding: Text encoding (ignored for bytes).
        newline: As for :func:`open` (``""`` for the csv module).
        permissions: e.g. ``0o600`` for a file only the user may read, set before any data is written.
    """
    text = "b" not in mode
    with atomic_path(path, permissions=permissions) as tmp, open(
        tmp, mode, encoding=encoding if text else None, newline=newline if text else None
    ) as handle:
        yield handle
