"""Reading a date and a time as people type them: the locale's way, ISO, and the short forms.

A form that silently turns "12/01/26 2:00 PM" into something else costs the user's trust, so
these rules either read the text exactly or say why they cannot; they never guess a value
the user did not type. The locale's conventions (the order of day, month and year; 12- or
24-hour clock) come in as a `DateOrder` and a flag, so this module stays free of Qt.

Accepted dates: ISO `2026-12-01`; the locale's numeric form (`12/1/26`, `01/12/2026`,
`1.12.26`) with `/`, `.`, `-` or spaces between the parts; without the year (this year).
Accepted times: `14:00`, `14.30`, `1430`, `2pm`, `2 pm`, `2:30 pm`, `2:30 p.m.`, `2:00 P`.
In a 12-hour locale an hour from 1 to 12 without am/pm is ambiguous and is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum


class DateOrder(Enum):
    MDY = "MDY"  # en_US: 12/1/26
    DMY = "DMY"  # en_GB 01/12/2026, de_DE 01.12.26
    YMD = "YMD"  # sv_SE, ja_JP: 2026-12-01

    @classmethod
    def from_pattern(cls, pattern: str) -> DateOrder:
        """The order of a Qt/ICU date pattern such as "M/d/yy" or "dd.MM.yy" (quoted text ignored)."""
        bare = re.sub(r"'[^']*'", "", pattern)
        positions = {letter: bare.find(letter) for letter in "dMy"}
        if any(p < 0 for p in positions.values()):
            return cls.MDY if positions["M"] >= 0 and positions["M"] < max(positions["d"], 0) else cls.DMY
        ordered = "".join(sorted(positions, key=positions.__getitem__)).replace("d", "D").replace("y", "Y")
        return cls(ordered) if ordered in cls._value2member_map_ else cls.DMY


@dataclass(frozen=True)
class Parsed:
    """A value read from the text, or the reason it could not be read (exactly one is set)."""

    value: datetime | None = None
    error: str = ""


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_PARTS = re.compile(r"[./\-\s]+")
_TWELVE = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])\.?\s*(?:m\.?)?$", re.IGNORECASE)
_TWENTY_FOUR = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?$")
_COMPACT = re.compile(r"^(\d{1,2})(\d{2})$")
MAX_TEXT = 100  # longer text is not a date and time; refused before any work


def parse_date(text: str, order: DateOrder, today: date) -> date | str:
    """The date typed, or a sentence saying why it is not one."""
    raw = " ".join(text.split())
    shown = raw[:40]
    if not raw:
        return "Enter a date."
    if len(raw) > MAX_TEXT:
        return "That is too long to be a date."
    iso = _ISO_DATE.match(raw)
    if iso:
        return _make_date(int(iso[1]), int(iso[2]), int(iso[3]), shown)
    parts = [p for p in _PARTS.split(raw.strip(".")) if p]
    if not all(p.isdigit() and p.isascii() for p in parts) or len(parts) not in (2, 3):
        return f"“{shown}” is not a date. Type it like {example_date(order)} or 2026-12-01."
    numbers = [int(p) for p in parts]
    if len(parts) == 2:  # no year: this year
        month, day = (numbers[0], numbers[1]) if order in (DateOrder.MDY, DateOrder.YMD) else (numbers[1], numbers[0])
        return _make_date(today.year, month, day, shown)
    if order is DateOrder.YMD or len(parts[0]) == 4:
        year, month, day = numbers
        year_text = parts[0]
    elif order is DateOrder.MDY:
        month, day, year = numbers
        year_text = parts[2]
    else:
        day, month, year = numbers
        year_text = parts[2]
    if len(year_text) == 2:
        year += 2000
    elif len(year_text) != 4:
        return f"“{shown}”: type the year with two or four digits."
    return _make_date(year, month, day, shown)


def _make_date(year: int, month: int, day: int, shown: str) -> date | str:
    try:
        return date(year, month, day)
    except ValueError:
        return f"“{shown}” is not a date in the calendar (check the day and the month)."


def parse_time(text: str, twelve_hour: bool) -> time | str:
    """The time typed, or a sentence saying why it is not one."""
    raw = " ".join(text.split())
    shown = raw[:40]
    if not raw:
        return "Enter a time."
    if len(raw) > MAX_TEXT:
        return "That is too long to be a time."
    match = _TWELVE.match(raw)
    if match:
        hour, minute = int(match[1]), int(match[2] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return f"“{shown}” is not a time: with am or pm the hour is 1 to 12."
        hour = hour % 12 + (12 if match[3].lower() == "p" else 0)
        return time(hour, minute)
    match = _TWENTY_FOUR.match(raw) or _COMPACT.match(raw)
    if match and raw.isascii():
        hour, minute = int(match[1]), int(match[2] or 0)
        if hour > 23 or minute > 59:
            return f"“{shown}” is not a time of day."
        if twelve_hour and 1 <= hour <= 12:
            return f"“{shown}”: add am or pm (for example {hour}:{minute:02d} pm), or type it as 24-hour time."
        return time(hour, minute)
    return f"“{shown}” is not a time. Type it like {example_time(twelve_hour)}, 14:00 or 2pm."


def parse_date_time(text: str, order: DateOrder, twelve_hour: bool, today: date) -> Parsed:
    """A date followed by a time ("12/1/26 2:00 PM", "2026-12-01T14:00", "1.12.26, 14.30")."""
    raw = " ".join(text.replace(",", " ").split())
    if not raw:
        return Parsed(error="Enter the date and the time.")
    if len(raw) > MAX_TEXT:
        return Parsed(error="That is too long to be a date and a time.")
    iso = re.match(r"^(\d{4}-\d{1,2}-\d{1,2})[T ](.+)$", raw)
    splits = [(iso[1], iso[2])] if iso else []
    words = raw.split(" ")
    splits += [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    date_error = time_error = ""
    for date_part, time_part in splits:  # the first split where both halves read wins
        day = parse_date(date_part, order, today)
        if isinstance(day, str):
            date_error = date_error or day
            continue
        moment = parse_time(time_part, twelve_hour)
        if isinstance(moment, str):
            time_error = time_error or moment
            continue
        return Parsed(value=datetime.combine(day, moment))
    if len(words) == 1 and not isinstance(parse_date(raw, order, today), str):
        return Parsed(error="Add the time after the date.")
    return Parsed(error=time_error or date_error or f"“{raw[:40]}” is not a date and time.")


def example_date(order: DateOrder) -> str:
    return {DateOrder.MDY: "12/1/26", DateOrder.DMY: "1/12/26", DateOrder.YMD: "2026-12-01"}[order]


def example_time(twelve_hour: bool) -> str:
    return "2:00 pm" if twelve_hour else "14:00"
