"""Options every command takes, before or after the command's name.

``lockcare --data-dir D locks`` and ``lockcare locks --data-dir D`` mean the same. argparse
copies a subparser's defaults over the root parser's values, so the options are declared on
the root parser with real defaults and again on every command (through the ``common``
parent parser handed to each ``register``) with ``default=argparse.SUPPRESS``: a command
that was not given the option leaves the root's value alone.
"""

from __future__ import annotations

import argparse
from typing import Any

from lockcare import paths


def _default(value: Any, *, root: bool) -> Any:
    return value if root else argparse.SUPPRESS


def add_global_options(parser: argparse.ArgumentParser, *, root: bool) -> None:
    """Add ``--data-dir`` and ``-v/--verbose`` (real defaults on the root parser only)."""
    parser.add_argument(
        "--data-dir", metavar="DIR", default=_default(None, root=root),
        help=f"keep data, settings and logs in DIR (also ${paths.ENV_DATA_DIR})",
    )
    parser.add_argument("-v", "--verbose", action="store_true", default=_default(False, root=root),
                        help="log details to stderr")


def add_demo_option(parser: argparse.ArgumentParser, *, root: bool) -> None:
    """Add ``--demo`` (the window with emulated locks): on the root parser and on ``gui``."""
    parser.add_argument("--demo", action="store_true", default=_default(False, root=root),
                        help="show emulated demo locks (nothing of yours is touched)")


def common_parent() -> argparse.ArgumentParser:
    """The parent parser every command is built with (``parents=[common]``)."""
    common = argparse.ArgumentParser(add_help=False)
    add_global_options(common, root=False)
    return common
