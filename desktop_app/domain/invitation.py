"""A calendar invitation as the app understands it, and the interview it becomes.

`store/ics_reader.py` fills these from an .ics file (with the `icalendar` library);
everything here is plain data and rules, so the guesses are tested without files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from .invitation_guess import (
    find_video_link,
    guess_company_role,
    interview_location,
    name_from_email,
    own_address,
)
from .model import Interview, Person
from .validation import MAX_INTERVIEWERS, MAX_SHORT_TEXT, is_valid_email
from .words import Words, counted

#: What an invitation import says per event (domain/words.py): English templates, worded in the
#: user's language by the import dialog and the CLI.
CONTEXT = "InvitationNote"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name: how pyside6-lupdate finds texts)
    """Marks `text` for translation; domain/ imports no Qt."""
    return text


#: An event with neither DTEND nor DURATION lasts this long (RFC 5545 says a date-time
#: start alone is an instant; an interview of no length would make no sense).
DEFAULT_LENGTH = timedelta(hours=1)
#: An all-day event has no time; it is placed at 9:00–10:00 on its first day in the
#: user's zone and flagged, so the user sets the real time.
ALL_DAY_START = time(9, 0)
ALL_DAY_NOTE = Words(CONTEXT, QT_TRANSLATE_NOOP(
    "InvitationNote", "All-day in the invitation: set to 9:00–10:00; change it if you know the time."))
NO_END_NOTE = Words(CONTEXT, QT_TRANSLATE_NOOP("InvitationNote", "No end time in the invitation: assumed to last "
                                               "one hour."))
OWN_ZONE = QT_TRANSLATE_NOOP("InvitationNote", "The invitation's own time zone “%1” is kept as %2, which has the "
                             "same offsets and daylight-saving changes.")
UNREADABLE_ATTENDEE = QT_TRANSLATE_NOOP("InvitationNote", "Skipped an attendee line that could not be read: %1")
#: %1 attendees skipped, %2 interviewers at most, %3 the first names
SKIPPED = (QT_TRANSLATE_NOOP("InvitationNote", "Skipped %1 attendee (at most %2 interviewers per interview): %3."),
           QT_TRANSLATE_NOOP("InvitationNote", "Skipped %1 attendees (at most %2 interviewers per interview): %3."))
SKIPPED_MORE = QT_TRANSLATE_NOOP("InvitationNote", "%1 and %2 more")


@dataclass(frozen=True)
class Invitee:
    """An organizer or attendee: the name from CN, the address from mailto:."""

    name: str
    email: str


@dataclass
class InvitationEvent:
    """One VEVENT, with aware times and the IANA zone the interview takes place in."""

    uid: str
    start: datetime
    end: datetime
    timezone: str
    summary: str = ""
    sequence: int = 0
    location: str = ""
    description: str = ""
    links: tuple[str, ...] = ()  # URL, CONFERENCE, X-GOOGLE-CONFERENCE, Teams' X-MICROSOFT-* link
    organizer: Invitee | None = None
    attendees: list[Invitee] = field(default_factory=list)
    cancelled: bool = False
    notes: list[Words] = field(default_factory=list)  # what the reader assumed (all-day, no end)
    number: int = 0  # 1-based position in its file, so rows and problems are numbered alike


@dataclass(frozen=True)
class EventProblem:
    """An event of the file that cannot be imported, and why: shown on its own row, the others go ahead."""

    number: int  # 1-based position in the file
    summary: str
    message: Words | str  # a template and its values (the window and the CLI translate it)


@dataclass
class Invitation:
    method: str  # REQUEST, PUBLISH, CANCEL… ("" when the file has none)
    events: list[InvitationEvent]
    problems: list[EventProblem] = field(default_factory=list)


def interviewers(event: InvitationEvent, my_addresses: Iterable[str]) -> list[Person]:
    """The attendees other than the user, once each, in the invitation's order."""
    mine = list(my_addresses)
    people: list[Person] = []
    seen: set[str] = set()
    for attendee in event.attendees:
        email = attendee.email.strip()
        key = email.lower() or attendee.name.strip().lower()
        if not key or key in seen or (email and own_address(email, mine)):
            continue
        seen.add(key)
        valid = is_valid_email(email)
        name = attendee.name.strip()
        if not name or name.lower() == email.lower():
            name = name_from_email(email) if valid else name
        if not name:
            continue
        people.append(Person(name=name[:MAX_SHORT_TEXT], email=email if valid else ""))
    return people


#: How many skipped attendees the note names before "and N more" (a note is one readable line).
NAMED_SKIPPED = 10


def cap_interviewers(people: list[Person], room: int = MAX_INTERVIEWERS) -> tuple[list[Person], list[Person]]:
    """(the first `room` people, the rest): an invitation sent to a mailing list of thousands
    keeps the first attendees as interviewers and lists the rest as skipped."""
    room = max(room, 0)
    return people[:room], people[room:]


def skipped_note(skipped: list[Person]) -> Words:
    """One line naming the attendees left out (the first few) and how many there were."""
    names: str | Words = ", ".join(p.name or p.email for p in skipped[:NAMED_SKIPPED])
    if len(skipped) > NAMED_SKIPPED:
        names = Words(CONTEXT, SKIPPED_MORE, (names, len(skipped) - NAMED_SKIPPED))
    return counted(CONTEXT, len(skipped), *SKIPPED, MAX_INTERVIEWERS, names)


def video_link(event: InvitationEvent) -> str:
    return find_video_link(*event.links, event.location, event.description)


def draft_interview(event: InvitationEvent, my_addresses: Iterable[str]) -> Interview:
    """The interview an event becomes: every field guessed, nothing stored yet."""
    mine = list(my_addresses)
    people = interviewers(event, mine)
    emails = [p.email for p in ([event.organizer] if event.organizer else []) + event.attendees
              if p.email and not own_address(p.email, mine)]
    names = [p.name for p in ([event.organizer] if event.organizer else []) + event.attendees]
    guess = guess_company_role(event.summary, emails, names)
    return Interview(
        company=guess.company[:MAX_SHORT_TEXT],
        role=guess.role[:MAX_SHORT_TEXT],
        round=guess.round,
        start=event.start,
        end=event.end,
        timezone=event.timezone,
        location=interview_location(event.location, video_link(event)),
        interviewers=people,
    )
