"""Writing files so that a crash, a full disk or a power cut never leaves half a file.

The data goes to a temporary file beside the target, is flushed to disk, and only then
replaces the target in one step; on any failure the temporary file is removed and the old
file (if any) is untouched. :func:`atomic_write` hands out an open file;
:func:`atomic_path` hands out the temporary file's path, for writers that need a name
(SQLite's backup API).

What is written where:

* A target that is a symbolic link is written *through* the link: the file it names is
  replaced and the link stays.
* A target that exists but is no regular file (a device such as ``/dev/null``, a pipe, a
  socket, a folder) is refused with :class:`NotARegularFileError`, never replaced, even
  for root.
* A new file is readable by the user only (0600); a file that is replaced keeps its mode.
  Folders lockcare creates for its files are 0700 (:func:`private_folder`).
* A temporary file carries :data:`TEMP_SUFFIX` and, on POSIX, an exclusive ``flock`` for
  as long as it is written. A process killed mid-write leaves it behind unlocked, and
  :func:`remove_abandoned` (run at every start) deletes it then; temporary files of
  writes elsewhere (a backup in the Documents folder) are noted in the data folder so
  they can be found again.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: a file another process holds open cannot be deleted anyway
    fcntl = None  # type: ignore[assignment]

TEMP_SUFFIX = ".lockcare-tmp"
"""Every temporary file lockcare writes ends with this, so a clean-up never touches anyone else's."""
NOTES_FOLDER = ".pending-writes"
"""In the data folder: one note per temporary file written elsewhere, until it is gone."""
UNLOCKED_AGE = 3600.0
"""Without ``flock`` (Windows), a temporary file untouched this long (s) counts as abandoned."""


class NotARegularFileError(OSError):
    """The target exists but is a device, pipe, socket or folder: lockcare will not replace it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.EINVAL, "this is not an ordinary file (a device, pipe or folder), so lockcare "
                                       "will not write over it", str(path))


def private_folder(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` and its missing parents if needed; every folder created here is 0700.

    (``mkdir(parents=True)`` would give the parents the default mode: the data folder,
    created as the parent of its ``logs`` folder, would be readable by everyone.)
    """
    folder = Path(path)
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for part in reversed(missing):
        part.mkdir(mode=0o700, exist_ok=True)
    return folder


def write_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` really replaces: a link's target; refused if not a regular file.

    Raises:
        NotARegularFileError: ``path`` (or what it links to) is a device, pipe, socket or folder.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        status = target.stat()
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(status.st_mode):
        raise NotARegularFileError(path)
    return target


@contextlib.contextmanager
def atomic_path(
    path: str | os.PathLike[str], *, permissions: int | None = None, notes: Path | None = None
) -> Iterator[Path]:
    """A temporary path beside ``path``; when the block ends without error it replaces ``path``.

    Args:
        path: The file to write (a link is written through); its folder must exist.
        permissions: e.g. ``0o600`` to force a mode; default: the replaced file's, or 0600
            for a new file. Set before any data is written.
        notes: The data folder, when ``path`` is elsewhere: the temporary file is noted
            there so :func:`remove_abandoned` finds it if this process dies mid-write.

    Raises:
        NotARegularFileError: ``path`` is a device, pipe, socket or folder.
    """
    target = write_target(path)
    mode = permissions
    if mode is None:
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(target.stat().st_mode)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:  # name the file the user asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    tmp = Path(tmp_name)
    fd = _lock_or_close(fd)
    note = _note(notes, tmp) if notes is not None else None
    try:
        if mode is not None:
            os.chmod(tmp, mode)
        yield tmp
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno is not None and not exc.filename:
            raise OSError(exc.errno, exc.strerror, str(path)) from exc  # say which file, not "file system"
        raise
    finally:
        if fd >= 0:
            os.close(fd)
        if note is not None:
            note.unlink(missing_ok=True)


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
        path: The file to write (see :func:`atomic_path`).
        mode: "w" or "wb".
        encoding: Text encoding (ignored for bytes).
        newline: As for :func:`open` (``""`` for the csv module).
        permissions: As for :func:`atomic_path`.
    """
    text = "b" not in mode
    with atomic_path(path, permissions=permissions) as tmp, open(
        tmp, mode, encoding=encoding if text else None, newline=newline if text else None
    ) as handle:
        yield handle


@contextlib.contextmanager
def temporary_file(folder: Path, prefix: str) -> Iterator[Path]:
    """A private, locked temporary file in ``folder``, removed at the end of the block whatever happens."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=folder)
    path = Path(name)
    fd = _lock_or_close(fd)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
        if fd >= 0:
            os.close(fd)


def remove_abandoned(folder: Path) -> list[Path]:
    """Delete temporary files a killed lockcare left in ``folder`` or noted there; returns them.

    A file still locked by a live lockcare (the window making a backup while ``lockcare
    poll`` starts) is left alone. SQLite's side files of a temporary database (``-journal``,
    ``-wal``, ``-shm``) go with it. Nothing here raises: a clean-up that fails waits for
    the next start.
    """
    found = [p for p in _listing(folder) if _is_ours(p)]
    notes = _listing(folder / NOTES_FOLDER)
    for note in notes:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            noted = Path(note.read_text(encoding="utf-8").strip())
            found += [p for p in _listing(noted.parent) if _is_ours(p) and p.name.startswith(noted.name)]
    removed: list[Path] = []
    for path in sorted(set(found), key=lambda p: len(p.name)):  # a temporary file before its side files
        main = path.with_name(path.name[: path.name.index(TEMP_SUFFIX) + len(TEMP_SUFFIX)])
        if path == main and _remove_if_abandoned(path):
            removed.append(path)
        elif path != main and not main.exists():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    for note in notes:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            if not Path(note.read_text(encoding="utf-8").strip()).exists():
                note.unlink()
    return removed


def _is_ours(path: Path) -> bool:
    """A temporary file lockcare names (``.NAME.XXXX.lockcare-tmp``) or one of SQLite's side files of it."""
    name = path.name
    return name.startswith(".") and (name.endswith(TEMP_SUFFIX) or any(
        name.endswith(TEMP_SUFFIX + side) for side in ("-journal", "-wal", "-shm")))


def _lock_or_close(fd: int) -> int:
    """Hold an exclusive lock on a new temporary file (POSIX); elsewhere close it at once (-1),
    since Windows cannot replace or delete a file this process still has open."""
    if fcntl is None:
        os.close(fd)
        return -1
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _remove_if_abandoned(path: Path) -> bool:
    try:
        if fcntl is None:
            if time.time() - path.stat().st_mtime < UNLOCKED_AGE:
                return False
            path.unlink()
            return True
        fd = os.open(path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while a live write holds it
            path.unlink()
            return True
        finally:
            os.close(fd)
    except OSError:
        return False


def _note(notes: Path, tmp: Path) -> Path | None:
    """Write down where a temporary file is (best effort: a full disk fails the write anyway)."""
    try:
        folder = private_folder(notes / NOTES_FOLDER)
        note = folder / (hashlib.sha256(str(tmp).encode("utf-8", "surrogateescape")).hexdigest()[:16] + ".txt")
        note.write_text(str(tmp), encoding="utf-8")
        return note
    except (OSError, UnicodeEncodeError):
        return None


def _listing(folder: Path) -> list[Path]:
    try:
        return [p for p in folder.iterdir() if p.is_file()]
    except OSError:
        return []
