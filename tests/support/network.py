"""Where a test's lock lives when it must look asleep: loopback, on a port nothing listens on.

Tests never aim at LAN or documentation addresses (192.168.x.y, 192.0.2.x...): a read or a
version probe started by the code under test would send real traffic there. A refused
loopback connection is exactly what an asleep battery lock looks like (tinytuya Err 901).
"""

from __future__ import annotations

import socket

ASLEEP_HOST = "127.0.0.1"


def closed_port() -> int:
    """A loopback TCP port that is closed: bound to find a free one, then released.

    Nothing listens there afterwards, so a connection is refused at once (unless another
    process happens to take the same port in between, which the kernel makes unlikely).
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((ASLEEP_HOST, 0))
        return sock.getsockname()[1]
