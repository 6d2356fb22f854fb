"""Dates in the user's locale, one form in every dialog: the locale's "medium" date.

Qt offers a locale's short form ("03/07/2026", "03.07.26") and long form ("Friday, 3 July
2026"); what people read best in a form field is between the two: the day, the month's
abbreviated name and the full year, in the locale's own order ("3 Jul 2026", "Jul 3, 2026",
"3. Juli 2026"). It is the locale's long form without the weekday and with the month
abbreviated, so the order and punctuation stay the locale's.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateTimeEdit

_WEEKDAY = re.compile(r"(?:^d{4}[^\w']*|[^\w']*d{4}$)")


def medium_date_format(locale: QLocale | None = None) -> str:
    """The locale's long date form without the weekday, month abbreviated (e.g. "d MMM yyyy")."""
    long = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    return _WEEKDAY.sub("", long).replace("MMMM", "MMM").strip()


def medium_datetime_format(locale: QLocale | None = None) -> str:
    """:func:`medium_date_format` and the locale's short time ("d MMM yyyy HH:mm")."""
    loc = locale or QLocale()
    return f"{medium_date_format(loc)} {loc.timeFormat(QLocale.FormatType.ShortFormat)}"


def use_medium_format(edit: QDateTimeEdit, *, with_time: bool = False) -> None:
    """Show ``edit``'s date (and time) in the medium form, with a calendar to pick from."""
    edit.setDisplayFormat(medium_datetime_format() if with_time else medium_date_format())
    edit.setCalendarPopup(True)
