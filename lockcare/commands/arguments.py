"""What the command line accepts: argument types that refuse impossible values while parsing.

A refused value is a usage error (exit 2) naming the option, e.g. ``argument --address:
Address: “192.168.1.300” is not a valid IPv4 address``. The checks themselves are the
ones the services and the GUI use (:mod:`lockcare.core.validation`).
"""

from __future__ import annotations

import argparse
import math

from lockcare.core import validation
from lockcare.core.errors import ValidationError


class UsageError(Exception):
    """The command line itself is wrong (exit 2); the message is the whole line to show."""


def address(text: str) -> str:
    """``--address``: an IP address or host name (:func:`~lockcare.core.validation.validate_address`)."""
    try:
        return validation.validate_address(text, field="Address")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def port(text: str) -> int:
    """``--port``: a whole number from 1 to 65535."""
    try:
        return validation.validate_port(int(text.strip()))
    except ValueError as exc:
        message = str(exc) if isinstance(exc, ValidationError) else f"“{text}” is not a port number (1-65535)."
        raise argparse.ArgumentTypeError(message) from None


def seconds(text: str) -> float:
    """A duration in seconds: a finite number above zero (``nan``, ``inf``, 0 and less are refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of seconds.") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"give a number of seconds above 0 (got {text}).")
    return value


def ports(text: str) -> tuple[int, ...]:
    """Comma-separated UDP ports (tests: loopback ports)."""
    return tuple(port(p) for p in text.split(","))
