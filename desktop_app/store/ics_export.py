"""Writing interviews and open follow-ups as an iCalendar file, with the `icalendar` library.

So the plan shows in any calendar: each interview is an event, each open follow-up is a
short event at its deadline with an alarm at its reminder time. UIDs come from the
stable ids of our rows, so importing a newer export into the same calendar updates the
events instead of adding copies. Times carry the interview's zone (with VTIMEZONE).

Nobody is listed as ATTENDEE: a calendar that received such an event could send them
invitations. The interviewers are named in the description; the notes stay private.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event
from peewee import JOIN

from .. import __version__
from ..domain.model import Status, Step
from .models import FollowUp, Interview, InterviewPerson, Person

PRODID = f"-//Finish Strong//Finish Strong {__version__}//EN"
UID_DOMAIN = "finish-strong"
#: A deadline is an instant; calendars show it best as a short block starting then.
FOLLOW_UP_LENGTH = timedelta(minutes=15)


def interview_uid(uid: str) -> str:
    return f"interview-{uid}@{UID_DOMAIN}"


def follow_up_uid(uid: str) -> str:
    return f"follow-up-{uid}@{UID_DOMAIN}"


def interview_title(company: str, role: str) -> str:
    # The same shape our invitation reader understands, so the file imports back sensibly.
    return f"Interview: {role} – {company}" if role else f"Interview: {company}"


def export_calendar(now: datetime | None = None) -> Calendar:
    """Every interview (not deleted) and every open follow-up, ordered by time then id.

    A withdrawn interview stays (as CANCELLED) but its follow-ups leave: their alarms would still ring.
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Finish Strong")

    rows = list(Interview.select().where(Interview.deleted_at.is_null()))
    by_id = {row.id: row for row in rows}
    names: dict[int, list[str]] = {}
    people = (
        InterviewPerson.select(InterviewPerson.interview, Person.name, Person.email)
        .join(Person)
        .order_by(InterviewPerson.interview, InterviewPerson.position)
        .tuples()
    )
    for interview_id, name, email in people:
        names.setdefault(interview_id, []).append(f"{name} <{email}>" if email else name)
    open_follow_ups = (
        FollowUp.select(FollowUp, Person.name.alias("person_name"))
        .join(Person, JOIN.LEFT_OUTER)
        .where(FollowUp.done_at.is_null(), FollowUp.interview.in_(list(by_id)),
               FollowUp.interview.not_in([i for i, row in by_id.items() if row.status == Status.WITHDRAWN]))
        .objects()
    )
    events: list[tuple[datetime, str, Event]] = []
    for row in rows:
        events.append((row.start_at, interview_uid(row.uid), _interview_event(row, names.get(row.id, []), stamp)))
    for follow_up in open_follow_ups:
        row = by_id[follow_up.interview_id]
        person = follow_up.person_name if follow_up.person_id else None
        events.append((follow_up.due_at, follow_up_uid(follow_up.uid), _follow_up_event(follow_up, row, person, stamp)))
    events.sort(key=lambda e: (e[0], e[1]))
    for _, _, event in events:
        calendar.add_component(event)
    if events:  # zone rules for the span the events cover (a year either side), not 1970–2038
        first, last = events[0][0].date(), max(e[0] for e in events).date()
        calendar.add_missing_timezones(first_date=first - timedelta(days=366), last_date=last + timedelta(days=366))
    return calendar


#: C0 controls other than tab, CR and LF (and DEL): RFC 5545 allows none of them in a value, and a
#: NUL cuts the file short in many calendar apps. A text typed or imported may hold them. They are
#: single bytes that never occur inside a UTF-8 sequence, so removing them from the output is safe.
_CONTROLS = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def without_controls(data: bytes) -> bytes:
    return data.translate(None, _CONTROLS)


def export_ics(now: datetime | None = None) -> bytes:
    return without_controls(export_calendar(now).to_ical())


def write_calendar(path: Path) -> int:
    """Write the export to `path` (beside it first, then renamed: never half a file); the event count."""
    calendar = export_calendar()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".export-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(without_controls(calendar.to_ical()))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(calendar.events)


def _interview_event(row: Interview, people: list[str], stamp: datetime) -> Event:
    zone = ZoneInfo(row.timezone)
    event = Event()
    event.add("uid", interview_uid(row.uid))
    event.add("dtstamp", stamp)
    event.add("dtstart", row.start_at.astimezone(zone))
    event.add("dtend", row.end_at.astimezone(zone))
    event.add("summary", interview_title(row.company, row.role))
    if row.location:
        event.add("location", row.location)
    lines = [f"Round: {row.round}"] if row.round else []
    lines += [f"Interviewer: {person}" for person in people]
    lines.append(f"Status: {Status(row.status).label}")
    event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if row.status == Status.WITHDRAWN else "CONFIRMED")
    event.add("categories", ["Interview"])
    return event


def _follow_up_event(follow_up: FollowUp, row: Interview, person: str | None, stamp: datetime) -> Event:
    zone = ZoneInfo(row.timezone)
    step = Step(follow_up.step)
    due = follow_up.due_at.astimezone(zone)
    title = step.label + (f" — {person}" if person else "") + f" ({row.company})"
    event = Event()
    event.add("uid", follow_up_uid(follow_up.uid))
    event.add("dtstamp", stamp)
    event.add("dtstart", due)
    event.add("dtend", due + FOLLOW_UP_LENGTH)
    event.add("summary", title)
    event.add("description", f"Due by then, after the interview: {interview_title(row.company, row.role)}.")
    event.add("transp", "TRANSPARENT")  # a deadline does not make the user busy
    event.add("categories", ["Follow-up"])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    alarm.add("trigger", follow_up.remind_at - follow_up.due_at)  # relative to the start: widest support
    event.add_component(alarm)
    return event
