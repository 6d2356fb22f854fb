"""Run a command with a pseudo-terminal as its stdin, stdout and stderr, as a person would.

Output to a pipe is not what a person sees: tinytuya's colorama strips some escape
sequences from non-terminal output, and lockcare asks before removing a lock only on a
terminal. The child gets the terminal as its controlling terminal (so ``getpass`` works);
each answer is typed once its prompt has appeared (``getpass`` discards anything typed
ahead), and the bytes the child wrote are returned as they reached the terminal.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

_CONTROLLING = (
    "import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.argv[1], sys.argv[1:])"
)


def run_in_terminal(
    argv: Sequence[str | bytes], *, env: Mapping[str, str], cwd: Path | None = None,
    answers: Sequence[tuple[bytes, bytes]] = (), timeout: float = 60.0,
) -> tuple[int | None, bytes]:
    """Run ``argv`` on a new pseudo-terminal; returns (exit code, or a negative signal if it had to be killed; output).

    Args:
        argv: The command.
        env: Its environment.
        cwd: Its working folder.
        answers: (prompt, typed) pairs: ``typed`` is sent once ``prompt`` has been written.
        timeout: Seconds before the child is killed.
    """
    master, slave = os.openpty()
    try:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter
            [sys.executable, "-c", _CONTROLLING, *argv], stdin=slave, stdout=slave, stderr=slave, env=dict(env),
            cwd=cwd, start_new_session=True, close_fds=True,
        )
    finally:
        os.close(slave)
    pending = list(answers)
    chunks: list[bytes] = []
    seen = 0
    deadline = time.monotonic() + timeout
    try:
        while True:
            ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                process.kill()
                break
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed its end of the terminal
                break
            if not data:
                break
            chunks.append(data)
            output = b"".join(chunks)
            if pending and (found := output.find(pending[0][0], seen)) >= 0:
                seen = found + len(pending[0][0])
                os.write(master, pending.pop(0)[1])
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(master)
    return code, b"".join(chunks)
