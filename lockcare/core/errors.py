"""Errors a user can act on. Anything else reaching the top is a bug and is reported as one."""

from __future__ import annotations


class LockcareError(Exception):
    """An expected problem with a plain, complete message (what happened, what to do)."""


class ValidationError(LockcareError, ValueError):
    """Input that cannot be right (a percent of 140, a reading dated tomorrow...)."""


class NotFoundError(LockcareError, LookupError):
    """A lock (or record) the user named does not exist."""
