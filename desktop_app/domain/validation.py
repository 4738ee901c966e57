"""Checks on what the user typed, shared by the form, the JSON import and the CLI.

Each check returns field-keyed messages so the form can show them inline, next to
the field that needs fixing, and nothing is saved while any remain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


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


def _text_limit(field: str, label: str, value: str, limit: int) -> list[FieldError]:
    if len(value) > limit:
        return [FieldError(field, f"{label} is too long ({len(value):,} characters; at most {limit:,}).")]
    return []


def validate_person(person: Person, prefix: str = "") -> list[FieldError]:
    errors: list[FieldError] = []
    if not person.name.strip():
        errors.append(FieldError(prefix + "name", "Enter the interviewer's name."))
    if person.email.strip() and not is_valid_email(person.email):
        errors.append(FieldError(prefix + "email", f"“{person.email.strip()}” is not an e-mail address."))
    errors += _text_limit(prefix + "name", "The name", person.name, MAX_SHORT_TEXT)
    errors += _text_limit(prefix + "title", "The title", person.title, MAX_SHORT_TEXT)
    errors += _text_limit(prefix + "email", "The e-mail address", person.email, MAX_SHORT_TEXT)
    errors += _text_limit(prefix + "postal_address", "The address", person.postal_address, MAX_LONG_TEXT)
    if person.form_of_address not in FORMS_OF_ADDRESS:
        errors.append(FieldError(prefix + "form_of_address", "Choose the form of address from the list."))
    return errors


def validate_times(start: datetime, end: datetime) -> list[FieldError]:
    # Compare instants, not wall clocks: two times in one zone compare by wall time in
    # Python, which is wrong across a daylight-saving change.
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    if end <= start:
        return [FieldError("end", "The interview must end after it starts.")]
    if end - start > _MAX_LENGTH:
        return [FieldError("end", "An interview cannot last more than 7 days.")]
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
        errors.append(FieldError("company", "Enter the company's name."))
    errors += _text_limit("company", "The company name", interview.company, MAX_SHORT_TEXT)
    errors += _text_limit("role", "The role", interview.role, MAX_SHORT_TEXT)
    errors += _text_limit("round", "The round", interview.round, MAX_SHORT_TEXT)
    errors += _text_limit("location", "The location", interview.location, MAX_LONG_TEXT)
    if not is_valid_zone(interview.timezone):
        errors.append(FieldError("timezone", f"“{interview.timezone}” is not a known time zone."))
    if interview.start.tzinfo is None or interview.end.tzinfo is None:
        errors.append(FieldError("start", "The start and end need a time zone."))
    else:
        for field, moment in (("start", interview.start), ("end", interview.end)):
            if nonexistent_local_time(moment):
                errors.append(FieldError(field, f"{moment:%H:%M} does not exist on {moment:%d %b %Y} in "
                                                f"{interview.timezone}: the clocks go forward then."))
        errors += validate_times(interview.start, interview.end)
    if len(interview.interviewers) > MAX_INTERVIEWERS:
        errors.append(FieldError("interviewers", f"{len(interview.interviewers):,} interviewers is too many: at "
                                                 f"most {MAX_INTERVIEWERS} per interview."))
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
