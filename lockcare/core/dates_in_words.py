"""Dates and times in words for people: "3 min ago", "yesterday", "3 Jul", "12 Mar – 2 Apr".

Every way lockcare turns a moment into words is here, so a date reads the same on the
lock page, in the fleet table, on a printout and in the terminal. The forms are fixed
English ("3 Jul 2026") so the core stays locale-free. Functions that say "local" show the
moment in the computer's time zone; :func:`day_text` shows it in the zone it carries.
"""

from __future__ import annotations

from datetime import datetime, timedelta


def ago(then: datetime | None, now: datetime) -> str:
    """How long ago ``then`` was, in a few plain words ("3 min ago", "yesterday")."""
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


def rough_ago(delta: timedelta) -> str:
    """A past span in a sentence's words: "in the last hour", "3 hours ago", "2 days ago"."""
    if delta < timedelta(hours=1):
        return "in the last hour"
    if delta < timedelta(days=1):
        hours = int(delta.total_seconds() // 3600)
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    days = delta.days
    return f"{days} day{'s' if days != 1 else ''} ago"


def day_text(moment: datetime) -> str:
    """A date as "3 Jul 2025", in the moment's own time zone."""
    return f"{moment.day} {moment:%b %Y}"


def short_date(value: datetime) -> str:
    """A compact local date such as ``3 Jul 2026``."""
    return day_text(value.astimezone())


def short_datetime(value: datetime) -> str:
    """A compact local date and time such as ``3 Jul 2026, 18:30``."""
    local = value.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def day_month(moment: datetime, now: datetime) -> str:
    """A local date as "3 Jul", with the year when it is not this year ("3 Jul 2027")."""
    local = moment.astimezone()
    text = f"{local.day} {local:%b}"
    return text if local.year == now.astimezone().year else f"{text} {local.year}"


def range_ends(start: datetime, end: datetime, now: datetime) -> tuple[str, str]:
    """Both ends of a date range, "12 Mar" and "2 Apr"; both carry the year when either is not this year.

    "28 Dec 2026" and "3 Jan 2027", never "28 Dec" and "3 Jan 2027": a reader must not have to
    guess which year the first date is in.
    """
    first, last = start.astimezone(), end.astimezone()
    this_year = now.astimezone().year
    if first.year == last.year == this_year:
        return f"{first.day} {first:%b}", f"{last.day} {last:%b}"
    return f"{first.day} {first:%b} {first.year}", f"{last.day} {last:%b} {last.year}"


def range_words(start: datetime, end: datetime, now: datetime) -> str:
    """A date range as "12 Mar – 2 Apr" (one date when both fall on the same day; years as in :func:`range_ends`)."""
    first, last = range_ends(start, end, now)
    return first if first == last else f"{first} – {last}"


def clock_or_day(when: datetime, now: datetime) -> str:
    """A local time today ("09:12"), else the day and time with how long ago ("3 Jul, 09:12 (2 days ago)")."""
    local = when.astimezone()
    if local.date() == now.astimezone().date():
        return local.strftime("%H:%M")
    return f"{local.day} {local:%b}, {local:%H:%M} ({ago(when, now)})"
