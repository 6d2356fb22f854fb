"""What every command needs: storage and services, opened on first use and closed at exit."""

from __future__ import annotations

import argparse
import sys

from lockcare import paths
from lockcare.composition import open_services
from lockcare.services.registry import Services
from lockcare.storage import Storage


class CliContext:
    """The services of one command run, built by the composition root when first asked for.

    Args:
        args: The parsed command line.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._storage: Storage | None = None
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        """Every service, on the data folder (opened, and the key store chosen, on first use)."""
        if self._services is None:
            paths.ensure_dirs()
            self._storage, self._services = open_services(paths.data_dir())
        return self._services

    def say_key_notice(self) -> None:
        """Print the one-time notice about where keys are kept, if it is due."""
        notice = self.services.locks.take_key_notice()
        if notice:
            print(f"Note: {notice}", file=sys.stderr)

    def close(self) -> None:
        """Close whatever was opened."""
        if self._storage is not None:
            self._storage.close()
            self._storage = None
            self._services = None
