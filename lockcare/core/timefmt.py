"""Times in words for people: "3 min ago", "yesterday", "12 Mar"."""

from __future__ import annotations

from datetime import datetime


def ago(then: datetime | None, now: datetime) -> str:
    """How long ago ``then`` was, in a few plain words."""
    if then is None:
        return "never"
    seconds = (now - then).total_seconds()
    if seconds < 60:
        return "just now"
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min ago"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} h ago"
    days = hours // 24
    if days == 1:
        return "yesterday"
    if days < 60:
        return f"{days} days ago"
    return f"{days // 30} months ago"


def short_date(value: datetime) -> str:
    """A compact local date such as ``3 Jul 2026``."""
    local = value.astimezone()
    return f"{local.day} {local:%b %Y}"


def short_datetime(value: datetime) -> str:
    """A compact local date and time such as ``3 Jul 2026, 18:30``."""
    local = value.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"
