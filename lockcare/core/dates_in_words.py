"""Dates and times in words for people: "3 min ago", "yesterday", "3 Jul", "12 Mar – 2 Apr".

Every way lockcare turns a moment into words is here, so a date reads the same on the
lock page, in the fleet table, on a printout and in the terminal. The forms are fixed
English ("3 Jul 2026") so the core stays locale-free; month names and the order of the
parts go through :func:`~lockcare.core.i18n.translate` ("3. Juli 2026" in German). Functions
that say "local" show the moment in the computer's time zone; :func:`day_text` shows it in the
zone it carries.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from lockcare.core.i18n import translate, translate_noop

MONTHS = (
    translate_noop("core.dates_in_words", "Jan"), translate_noop("core.dates_in_words", "Feb"),
    translate_noop("core.dates_in_words", "Mar"), translate_noop("core.dates_in_words", "Apr"),
    translate_noop("core.dates_in_words", "May"), translate_noop("core.dates_in_words", "Jun"),
    translate_noop("core.dates_in_words", "Jul"), translate_noop("core.dates_in_words", "Aug"),
    translate_noop("core.dates_in_words", "Sep"), translate_noop("core.dates_in_words", "Oct"),
    translate_noop("core.dates_in_words", "Nov"), translate_noop("core.dates_in_words", "Dec"),
)
"""Month abbreviations as the English forms read ("3 Jul"), translated when shown."""


def _month(moment: datetime) -> str:
    return translate("core.dates_in_words", MONTHS[moment.month - 1])


def _day_month(moment: datetime) -> str:
    """ "3 Jul" (German "3. Juli")."""
    return translate("core.dates_in_words", "{day} {month}").format(day=moment.day, month=_month(moment))


def _day_month_year(moment: datetime) -> str:
    """ "3 Jul 2026" (German "3. Juli 2026")."""
    return translate("core.dates_in_words", "{day} {month} {year}").format(
        day=moment.day, month=_month(moment), year=moment.year)


def _clock(moment: datetime) -> str:
    return translate("core.dates_in_words", "{hour:02d}:{minute:02d}").format(hour=moment.hour, minute=moment.minute)


def ago(then: datetime | None, now: datetime) -> str:
    """How long ago ``then`` was, in a few plain words ("3 min ago", "yesterday")."""
    if then is None:
        return translate("core.dates_in_words", "never")
    seconds = (now - then).total_seconds()
    if seconds < 60:
        return translate("core.dates_in_words", "just now")
    minutes = int(seconds // 60)
    if minutes < 60:
        return translate("core.dates_in_words", "%n min ago", None, minutes)
    hours = minutes // 60
    if hours < 24:
        return translate("core.dates_in_words", "%n h ago", None, hours)
    days = hours // 24
    if days == 1:
        return translate("core.dates_in_words", "yesterday")
    if days < 60:
        return translate("core.dates_in_words", "%n day(s) ago", None, days)
    return translate("core.dates_in_words", "%n month(s) ago", None, days // 30)


def rough_ago(delta: timedelta) -> str:
    """A past span in a sentence's words: "in the last hour", "3 hours ago", "2 days ago"."""
    if delta < timedelta(hours=1):
        return translate("core.dates_in_words", "in the last hour")
    if delta < timedelta(days=1):
        hours = int(delta.total_seconds() // 3600)
        return translate("core.dates_in_words", "%n hour(s) ago", None, hours)
    days = delta.days
    return translate("core.dates_in_words", "%n day(s) ago", None, days)


def day_text(moment: datetime) -> str:
    """A date as "3 Jul 2025", in the moment's own time zone."""
    return _day_month_year(moment)


def short_date(value: datetime) -> str:
    """A compact local date such as ``3 Jul 2026``."""
    return day_text(value.astimezone())


def short_datetime(value: datetime) -> str:
    """A compact local date and time such as ``3 Jul 2026, 18:30``."""
    local = value.astimezone()
    return translate("core.dates_in_words", "{date}, {time}").format(date=_day_month_year(local), time=_clock(local))


def day_month(moment: datetime, now: datetime) -> str:
    """A local date as "3 Jul", with the year when it is not this year ("3 Jul 2027")."""
    local = moment.astimezone()
    return _day_month(local) if local.year == now.astimezone().year else _day_month_year(local)


def range_ends(start: datetime, end: datetime, now: datetime) -> tuple[str, str]:
    """Both ends of a date range, "12 Mar" and "2 Apr"; both carry the year when either is not this year.

    "28 Dec 2026" and "3 Jan 2027", never "28 Dec" and "3 Jan 2027": a reader must not have to
    guess which year the first date is in.
    """
    first, last = start.astimezone(), end.astimezone()
    this_year = now.astimezone().year
    if first.year == last.year == this_year:
        return _day_month(first), _day_month(last)
    return _day_month_year(first), _day_month_year(last)


def range_words(start: datetime, end: datetime, now: datetime) -> str:
    """A date range as "12 Mar – 2 Apr" (one date when both fall on the same day; years as in :func:`range_ends`)."""
    first, last = range_ends(start, end, now)
    return first if first == last else translate("core.dates_in_words", "{first} – {last}").format(first=first, last=last)


def clock_or_day(when: datetime, now: datetime) -> str:
    """A local time today ("09:12"), else the day and time with how long ago ("3 Jul, 09:12 (2 days ago)")."""
    local = when.astimezone()
    if local.date() == now.astimezone().date():
        return _clock(local)
    return translate("core.dates_in_words", "{date}, {time} ({ago})").format(
        date=_day_month(local), time=_clock(local), ago=ago(when, now))
