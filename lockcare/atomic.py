"""Writing files so that a crash, a full disk or a power cut never leaves half a file.

The data goes to a temporary file beside the target, is flushed to disk, and only then
replaces the target in one step; on any failure the temporary file is removed and the old
file (if any) is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


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
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        if permissions is not None:
            os.chmod(tmp_name, permissions)
        text = "b" not in mode
        with os.fdopen(fd, mode, encoding=encoding if text else None, newline=newline if text else None) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
