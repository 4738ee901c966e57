"""Checks on what the user typed, shared by the form, the JSON import and the CLI.

Each check returns field-keyed messages so the form can show them inline, next to
the field that needs fixing, and nothing is saved while any remain.

A message is a fixed English template (`%1`, `%2` for its values) plus the values, not a finished
sentence: the window and the command line translate the template by its text in the context
"FieldError" and fill in the values formatted for the user's locale (ui/shared/domain_words.py,
cli_language.py). The templates are module constants, so a caller tells problems apart by the
constant (`error.template is NAME_MISSING`), never by the words. This module stays free of Qt: the
local QT_TRANSLATE_NOOP only marks the templates for `pyside6-lupdate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .model import FORMS_OF_ADDRESS, Interview, Person

MAX_SHORT_TEXT = 300
MAX_LONG_TEXT = 2000
#: Interviewers per interview: a panel is a handful; thousands (a mailing list in an invitation)
#: would make every view of the interview slow. Invitations keep the first ones (invitation.py).
MAX_INTERVIEWERS = 50

# Deliberately permissive: one @, something on each side, a dot in the domain, no spaces.
# Real validation is the mail server's job; this catches typos like "dana.example.com".
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; domain/ imports no Qt."""
    return text


CONTEXT = "FieldError"
NAME_MISSING = QT_TRANSLATE_NOOP("FieldError", "Enter the interviewer's name.")
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("FieldError", "“%1” is not an e-mail address.")
FORM_OF_ADDRESS_UNKNOWN = QT_TRANSLATE_NOOP("FieldError", "Choose the form of address from the list.")
COMPANY_MISSING = QT_TRANSLATE_NOOP("FieldError", "Enter the company's name.")
ZONE_UNKNOWN = QT_TRANSLATE_NOOP("FieldError", "“%1” is not a known time zone.")
ZONE_MISSING = QT_TRANSLATE_NOOP("FieldError", "The start and end need a time zone.")
TIME_SKIPPED = QT_TRANSLATE_NOOP("FieldError", "%1 does not exist on %2 in %3: the clocks go forward then.")
END_BEFORE_START = QT_TRANSLATE_NOOP("FieldError", "The interview must end after it starts.")
TOO_LONG_INTERVIEW = QT_TRANSLATE_NOOP("FieldError", "An interview cannot last more than 7 days.")
TOO_MANY_INTERVIEWERS = QT_TRANSLATE_NOOP("FieldError", "%1 interviewers is too many: at most %2 per interview.")
#: "%1 characters" over the limit %2, per field
TOO_LONG = {
    "name": QT_TRANSLATE_NOOP("FieldError", "The name is too long (%1 characters; at most %2)."),
    "title": QT_TRANSLATE_NOOP("FieldError", "The title is too long (%1 characters; at most %2)."),
    "email": QT_TRANSLATE_NOOP("FieldError", "The e-mail address is too long (%1 characters; at most %2)."),
    "postal_address": QT_TRANSLATE_NOOP("FieldError", "The address is too long (%1 characters; at most %2)."),
    "company": QT_TRANSLATE_NOOP("FieldError", "The company name is too long (%1 characters; at most %2)."),
    "role": QT_TRANSLATE_NOOP("FieldError", "The role is too long (%1 characters; at most %2)."),
    "round": QT_TRANSLATE_NOOP("FieldError", "The round is too long (%1 characters; at most %2)."),
    "location": QT_TRANSLATE_NOOP("FieldError", "The location is too long (%1 characters; at most %2)."),
}

#: A value of a message: text as it is, a count (grouped by the locale), a day (the locale's date).
Value = str | int | date


def english_value(value: Value) -> str:
    if isinstance(value, bool) or not isinstance(value, int | date):
        return str(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:%d %b %Y}"


def fill(template: str, values: tuple[Value, ...], show: Callable[[Value], str] = english_value) -> str:
    """`template` (English or translated) with %1, %2… replaced by the values shown by `show`.

    Highest number first, so %1 does not eat the start of %10; a value containing "%2" stays as it is."""
    parts = {f"%{n}": show(v) for n, v in enumerate(values, 1)}
    if not parts:
        return template
    pattern = re.compile("|".join(re.escape(k) for k in sorted(parts, key=len, reverse=True)))
    return pattern.sub(lambda m: parts[m.group(0)], template)


@dataclass(frozen=True)
class FieldError:
    field: str
    template: str  # one of the constants above (or a text already in the user's words)
    values: tuple[Value, ...] = ()

    @property
    def message(self) -> str:
        """In English: logs, tests and anything that does not translate."""
        return fill(self.template, self.values)


def is_valid_email(address: str) -> bool:
    return bool(_EMAIL.match(address.strip()))


def is_valid_zone(name: str) -> bool:
    if not name or name.strip() != name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file path
        return False
    return True


def _text_limit(prefix: str, field: str, value: str, limit: int) -> list[FieldError]:
    if len(value) > limit:
        return [FieldError(prefix + field, TOO_LONG[field], (len(value), limit))]
    return []


def validate_person(person: Person, prefix: str = "") -> list[FieldError]:
    errors: list[FieldError] = []
    if not person.name.strip():
        errors.append(FieldError(prefix + "name", NAME_MISSING))
    if person.email.strip() and not is_valid_email(person.email):
        errors.append(FieldError(prefix + "email", NOT_AN_EMAIL, (person.email.strip(),)))
    errors += _text_limit(prefix, "name", person.name, MAX_SHORT_TEXT)
    errors += _text_limit(prefix, "title", person.title, MAX_SHORT_TEXT)
    errors += _text_limit(prefix, "email", person.email, MAX_SHORT_TEXT)
    errors += _text_limit(prefix, "postal_address", person.postal_address, MAX_LONG_TEXT)
    if person.form_of_address not in FORMS_OF_ADDRESS:
        errors.append(FieldError(prefix + "form_of_address", FORM_OF_ADDRESS_UNKNOWN))
    return errors


def validate_times(start: datetime, end: datetime) -> list[FieldError]:
    # Compare instants, not wall clocks: two times in one zone compare by wall time in
    # Python, which is wrong across a daylight-saving change.
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start:
        return [FieldError("end", END_BEFORE_START)]
    if end - start > _MAX_LENGTH:
        return [FieldError("end", TOO_LONG_INTERVIEW)]
    return []


_MAX_LENGTH = timedelta(days=7)


def nonexistent_local_time(moment: datetime) -> bool:
    """True for a wall time its zone skips (02:30 on a spring-forward day).

    Such a time comes back changed from a round trip through UTC, so it cannot be what
    the user meant; the form asks for another time instead of guessing. Times already
    expressed as an instant (UTC or a fixed offset) always exist.
    """
    if moment.tzinfo is None:
        return False
    back = moment.astimezone(UTC).astimezone(moment.tzinfo)
    return back.replace(tzinfo=None) != moment.replace(tzinfo=None)


def validate_interview(interview: Interview) -> list[FieldError]:
    """All problems with an interview as typed; an empty list means it can be saved."""
    errors: list[FieldError] = []
    if not interview.company.strip():
        errors.append(FieldError("company", COMPANY_MISSING))
    errors += _text_limit("", "company", interview.company, MAX_SHORT_TEXT)
    errors += _text_limit("", "role", interview.role, MAX_SHORT_TEXT)
    errors += _text_limit("", "round", interview.round, MAX_SHORT_TEXT)
    errors += _text_limit("", "location", interview.location, MAX_LONG_TEXT)
    if not is_valid_zone(interview.timezone):
        errors.append(FieldError("timezone", ZONE_UNKNOWN, (interview.timezone,)))
    if interview.start.tzinfo is None or interview.end.tzinfo is None:
        errors.append(FieldError("start", ZONE_MISSING))
    else:
        for field, moment in (("start", interview.start), ("end", interview.end)):
            if nonexistent_local_time(moment):
                errors.append(FieldError(field, TIME_SKIPPED, (f"{moment:%H:%M}", moment.date(), interview.timezone)))
        errors += validate_times(interview.start, interview.end)
    if len(interview.interviewers) > MAX_INTERVIEWERS:
        errors.append(FieldError("interviewers", TOO_MANY_INTERVIEWERS, (len(interview.interviewers),
                                                                          MAX_INTERVIEWERS)))
        return errors  # one message, not one per person
    for index, person in enumerate(interview.interviewers):
        errors += validate_person(person, prefix=f"interviewers.{index}.")
    return errors


def parse_address_list(text: str) -> tuple[list[str], list[str]]:
    """Addresses typed one per line or separated by commas: (valid ones, once each; the rest)."""
    valid: list[str] = []
    invalid: list[str] = []
    for part in re.split(r"[,;\s]+", text):
        address = part.strip().removeprefix("mailto:")
        if not address:
            continue
        if not is_valid_email(address):
            invalid.append(address)
        elif address.lower() not in {a.lower() for a in valid}:
            valid.append(address)
    return valid, invalid
