"""Dates and times shown in the user's locale and local time zone.

Stored times are aware UTC datetimes; the UI shows them in the machine's zone,
formatted by QLocale so a German user sees "28.11.26, 14:00" and an American
"11/28/26 2:00 PM".
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone


def local(moment: datetime) -> datetime:
    return moment.astimezone()


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def time_text(moment: datetime) -> str:
    t = local(moment)
    return QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def date_text(day: date, long: bool = True) -> str:
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(to_qdate(day), fmt)


def datetime_text(moment: datetime) -> str:
    t = local(moment)
    qdt = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def wall_time_text(moment: datetime) -> str:
    """A time as shown on the clock of the zone `moment` carries (not converted to ours)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def span_text(start: datetime, end: datetime) -> str:
    """'Mon 1/12/26 7:00 PM–8:00 PM', with the end's date when it falls on another day."""
    same_day = local(start).date() == local(end).date()
    return f"{datetime_text(start)}–{time_text(end) if same_day else datetime_text(end)}"


def recent_text(moment: datetime, now: datetime) -> str:
    """"9:07 AM" for a moment earlier today, the date and time otherwise ("Sent 9:07 AM to …")."""
    return time_text(moment) if local(moment).date() == local(now).date() else datetime_text(moment)


def when_text(moment: datetime, now: datetime) -> str:
    """"today at 2:00 PM", "tomorrow at 2:00 PM" or "on 12/3/26 at 2:00 PM", in the user's zone."""
    days = (local(moment).date() - local(now).date()).days
    at = time_text(moment)
    if days == 0:
        return QCoreApplication.translate("Formatting", "today at %1").replace("%1", at)
    if days == 1:
        return QCoreApplication.translate("Formatting", "tomorrow at %1").replace("%1", at)
    if days == -1:
        return QCoreApplication.translate("Formatting", "yesterday at %1").replace("%1", at)
    day = date_text(local(moment).date(), long=False)
    return QCoreApplication.translate("Formatting", "on %1 at %2").replace("%1", day).replace("%2", at)


def next_local_midnight(now: datetime) -> datetime:
    """The start of tomorrow where the user is: when "today" and "overdue" change."""
    local_now = local(now)
    return datetime.combine(local_now.date() + timedelta(days=1), time(), local_now.tzinfo)


def system_zone_name() -> str:
    """The IANA name of the machine's zone (what a new interview defaults to)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return "UTC" if name in {"", "Etc/Unknown"} else name
